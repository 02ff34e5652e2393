"""Whether a Chinese cue after a quotation says its own speech rather than this quotation's."""
# In a sentence after the quotation, a cue that goes on to a colon or to a quotation right
# after its comma introduces that speech ("“…。”\n她強調，「…」"); after a quotation a colon
# introduced, a cue followed by a comma and its own clause reports that clause ("X表示：“…。”
# 他还透露，明年…", "…“…。”\n有记者称，某人的回答“…”"): the colon already said whose the
# quotation is. Without the colon the cue after stays the quotation's ("“…。”袁明说，这多亏了…").

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_INTRODUCES = re.compile(r"[：:]|[，,]\s*[「“『\"]")
_COLONS = frozenset("：:")
_COMMAS = frozenset("，,")


def own_speech(text: str, cue: re.Match[str], opened: int, cues: Cues) -> bool:
    """Whether the cue after a quotation opened at `opened` introduces speech of its own."""
    end = _cue_run_end(text, cue, cues)
    if _INTRODUCES.match(text, end):
        return True
    return text[opened - 1 : opened] in _COLONS and text[end : end + 1] in _COMMAS


def _cue_run_end(text: str, cue: re.Match[str], cues: Cues) -> int:
    """Where a cue ends with the verbs of saying that follow it ("回答说", "补充说道")."""
    more = cues.verbs.match(text, cue.end())
    return _cue_run_end(text, more, cues) if more and more.end() > cue.end() else cue.end()
