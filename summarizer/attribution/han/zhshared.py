"""A Chinese cue in a clause with no subject of its own shares the one that opens its sentence."""
# "民建聯主席陳克勤歡迎報告的方向，但認為「…」", "王丽建议…，并称：“…”": a clause that opens with a
# conjunction or an adverb alone before its cue continues the sentence's subject, a full name
# (after its titles) that opens the sentence; not one named with 的 or joined to another
# ("王丽的同事…", "王丽和李明…"), which say someone else or two people.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.han.hanname import full_name
from summarizer.attribution.lexicon.cues import Cues, Mention

_ZH = _data.load_toml("dialogue.toml")["zh"]
_SHARES = tuple(sorted(_ZH["shares_subject"], key=len, reverse=True))
_NOT_AFTER = frozenset("的和与與跟同及、")
_BREAKS = frozenset("，,。；;：:！？!?“”「」『』\n")
_FULL = 3
_REACH = 16  # characters of titles and a body's name before the opening name


def shared_subject(
    text: str, sentence: int, clause: int, cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The full name that opens the sentence, for a cue whose clause has only a conjunction."""
    joining = text[clause : cue.start()].strip()  # never empty: "文书马上站起来，说：" is fiction's
    if clause <= sentence or not joining or not _only_joining(joining):
        return None
    for at in range(sentence, min(sentence + _REACH, clause)):
        if text[at] in _BREAKS:
            return None
        opens = at == sentence or text.endswith(cues.titles, sentence, at)
        name = text[at : at + _FULL]
        if opens and full_name(name) and text[at + _FULL : at + _FULL + 1] not in _NOT_AFTER:
            return Mention(name, "name", cue.group(), at, cue.start())
    return None


def _only_joining(words: str) -> bool:
    """Whether `words` are only conjunctions and adverbs that keep a subject ("但", "并也")."""
    while words:
        joining = next((w for w in _SHARES if words.startswith(w)), "")
        if not joining:
            return False
        words = words[len(joining) :]
    return True
