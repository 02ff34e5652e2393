"""A Chinese quotation that goes on with the indirect speech of the sentence right before it."""
# "付凌晖指出，规模以上工业增加值同比增长5.3%。“高技术制造业…。”": a quotation that is a sentence
# of its own, right after the stop of a sentence in its paragraph in which a name reported speech
# with a news verb and a comma, and which holds no quotation, goes on with that speech. Only
# `low`: nothing at the quotation itself names the speaker. It gives way to anything that says
# whose words they are after it in its paragraph ("“…。”工人们齐声喊道", "“…。”这是黄文涛的看法",
# "“…。”——黄文涛", "“…。”类似说法…"), and to a reported sentence that itself tells of someone
# else's words ("黄文涛透露，总理在会上说了一句话。“…。”").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.han.zhsubject import inside_word

_ZH = _data.load_toml("dialogue.toml")["zh"]
_STOPS = frozenset("。！？!?")
_MARKS = frozenset("“”「」『』")
_BREAK = re.compile(r"[。！？!?\n“”「」『』]")
_news = re.compile(f"(?:{'|'.join(map(re.escape, _ZH['news_verbs']))})[，,]")
_next = re.compile(r"[^。！？!?\n]*")
# a dash names the author; a demonstrative opens a sentence about the quotation ("这是…的看法")
_ABOUT = ("—", "－", "-", "这", "這", "此")
_REACH = 150  # characters of the sentence before: longer, it is read no further


def reported_cue(
    text: str, opened: int, closed: int, said: re.Pattern[str]
) -> tuple[int, re.Match[str]] | None:
    """The start of the sentence before a whole-sentence quotation and its news verb, if any."""
    # the quotation opens at `opened`, right after a stop, and ends at `closed` with its own stop;
    # `said` finds the verbs of saying
    if text[opened - 1 : opened] not in _STOPS or text[closed - 2 : closed - 1] not in _STOPS:
        return None
    floor = max(0, opened - 1 - _REACH)
    breaks = list(_BREAK.finditer(text, floor, opened - 1))
    if (breaks and breaks[-1].group() in _MARKS) or (not breaks and floor > 0):
        return None  # the sentence before holds a quotation, or runs past the reach
    start = breaks[-1].end() if breaks else 0
    cue = _news.search(text, start, opened - 1)
    if cue is None or _says(text, cue.end(), opened - 1, said):
        return None  # its own sentence tells of another's words ("总理在会上说了一句话")
    after = _next.match(text, closed).group()  # type: ignore[union-attr]
    if after.lstrip().startswith(_ABOUT) or said.search(text, closed, closed + len(after)):
        return None  # the words after the quotation say whose it is, or what ("类似说法…")
    return start, cue


def _says(text: str, start: int, end: int, said: re.Pattern[str]) -> bool:
    """Whether a verb of saying, not inside a word that says nothing (顾问), is in [start, end)."""
    return any(not inside_word(text, m.start()) for m in said.finditer(text, start, end))
