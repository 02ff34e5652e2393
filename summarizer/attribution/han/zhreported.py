"""A Chinese quotation that goes on with the indirect speech of the sentence right before it."""
# "付凌晖指出，规模以上工业增加值同比增长5.3%。“高技术制造业…。”": a quotation that is a sentence
# of its own, right after the stop of a sentence in its paragraph in which a name reported speech
# with a news verb and a comma, and which holds no quotation, goes on with that speech. Only
# `low`: nothing at the quotation itself names the speaker.

from __future__ import annotations

import re

from summarizer import _data

_ZH = _data.load_toml("dialogue.toml")["zh"]
_STOPS = frozenset("。！？!?")
_MARKS = frozenset("“”「」『』")
_BREAK = re.compile(r"[。！？!?\n“”「」『』]")
_news = re.compile(f"(?:{'|'.join(map(re.escape, _ZH['news_verbs']))})[，,]")
_REACH = 150  # characters of the sentence before: longer, it is read no further


def reported_cue(text: str, opened: int, closed: int) -> tuple[int, re.Match[str]] | None:
    """The start of the sentence before a whole-sentence quotation and its news verb, if any."""
    # the quotation opens at `opened`, right after a stop, and ends at `closed` with its own stop
    if text[opened - 1 : opened] not in _STOPS or text[closed - 2 : closed - 1] not in _STOPS:
        return None
    floor = max(0, opened - 1 - _REACH)
    breaks = list(_BREAK.finditer(text, floor, opened - 1))
    if (breaks and breaks[-1].group() in _MARKS) or (not breaks and floor > 0):
        return None  # the sentence before holds a quotation, or runs past the reach
    start = breaks[-1].end() if breaks else 0
    cue = _news.search(text, start, opened - 1)
    return (start, cue) if cue else None
