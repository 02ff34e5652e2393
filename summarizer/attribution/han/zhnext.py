"""Whether a Chinese cue after a quotation says its own speech rather than this quotation's."""
# In a sentence after the quotation, a cue that goes on to a colon or to a quotation of its
# own introduces that speech ("“…。”\n她強調，「…」", "“…。”有记者称，某人的回答“…”"); after a
# quotation a colon introduced, a cue followed by a comma and its own clause reports that
# clause ("X表示：“…。”他还透露，明年…"): the colon already said whose the quotation is.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_INTRODUCES = re.compile(r"[：:]|[，,]\s*[「“『\"]")
# a quotation that opens later in the cue's own sentence; the reach keeps the scan short
_OWN_QUOTE = re.compile(r"[，,][^。！？!?\n「“『\"]{0,30}[「“『]")
_COLONS = frozenset("：:")
_COMMAS = frozenset("，,")


def own_speech(text: str, cue: re.Match[str], opened: int, cues: Cues) -> bool:
    """Whether the cue after a quotation opened at `opened` introduces speech of its own."""
    end = _cue_run_end(text, cue, cues)
    if _INTRODUCES.match(text, end) or _OWN_QUOTE.match(text, end):
        return True
    return text[opened - 1 : opened] in _COLONS and text[end : end + 1] in _COMMAS


def _cue_run_end(text: str, cue: re.Match[str], cues: Cues) -> int:
    """Where a cue ends with the verbs of saying that follow it ("回答说", "补充说道")."""
    more = cues.verbs.match(text, cue.end())
    return _cue_run_end(text, more, cues) if more and more.end() > cue.end() else cue.end()
