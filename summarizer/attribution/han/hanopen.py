"""A Chinese name of two characters that opens a news sentence before its reporting verb."""
# "王毅说：“…”", "张伟表示，“…”": said once, a surname and one given character are marked as a
# name only by where they stand: the subject opening the sentence (or the clause after "据…报道，"),
# at most an adverb before a verb of news reporting, then a colon or comma and the quotation

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.han.hanname import name_shaped
from summarizer.attribution.lexicon.lazy import lazy

_ZH = _data.load_toml("dialogue.toml")["zh"]
_VERBS = frozenset(_ZH["news_verbs"])
_BETWEEN = ("", *_ZH["news_between"])
_NOT_NAMES = frozenset((*_ZH["not_names"], *_ZH["lone_not_names"]))
_NOT_END = frozenset(_ZH["lone_not_end"])
_ACCORDING = tuple(_ZH["according"])
_SENTENCE_ENDS = frozenset("。！？!?\n”」")
_clause = lazy(r"[。！？!?\n”」]")
_LISTENERS = "|".join(map(re.escape, _ZH["news_listeners"]))
_introduces = lazy(rf"(?:{_LISTENERS})?[：:，,]\s*[“「『\"]")
_TELLING = frozenset(_ZH["news_telling"])
_OPENERS = frozenset(_ZH["news_openers"])
# "王毅说，中方“…”": a partial quotation inside the reported clause, a few words on
_reported = lazy(r"[，,][\u4e00-\u9fff]{1,10}[“「『\"]")
_told = lazy(r"[\u4e00-\u9fff·]{1,8}?[：:，,]\s*[“「『\"]")  # "告诉王明：“": any listener
_manner_shape = lazy(rf"[\u4e00-\u9fff]{{1,2}}[{_ZH['news_manner']}]")  # "笑着"
_REACH = 30  # the "据…报道，" clause before the name: a bounded look back
# "对布林肯", "同布林肯会谈时", "在会见布林肯时": a listener or a meeting, never the speaker
_meeting_shape = lazy(
    f"[{_ZH['listener_preps']}][\u4e00-\u9fff·]{{1,8}}"
    f"|[{_ZH['meeting_preps']}][\u4e00-\u9fff·]{{2,10}}[{_ZH['meeting_ends']}]"
    f"|[\u4e00-\u9fff]{{1,8}}[{_ZH['when']}]"  # "接受訪問時說": a time clause with no preposition
)
_MEETING_REACH = 14


def opens_speech(text: str, speaker: str, cue: str, cue_at: int) -> bool:
    """Whether `speaker` opens its sentence before `cue`, which introduces the quotation."""
    # the cue may be found from the adverb before it ("则表示")
    cue_at = text.find(cue, cue_at, cue_at + len(cue) + 2)
    if cue not in _VERBS or not lone_name(speaker) or cue_at < 0:
        return False
    told = cue in _TELLING and _told().match(text, cue_at + len(cue)) is not None
    told = told or _reported().match(text, cue_at + len(cue)) is not None
    if not told and _introduces().match(text, cue_at + len(cue)) is None:
        return False
    # an adverb or another news verb before the cue ("则表示", "回应称")
    gaps = (gap for gap in (*_BETWEEN, *_VERBS) if text.endswith(speaker + gap, 0, cue_at))
    gap = next(gaps, None)
    gap = _manner(text, speaker, cue_at) if gap is None else gap
    gap = _meeting(text, speaker, cue_at) if gap is None else gap
    return gap is not None and _opens(text, cue_at - len(gap) - len(speaker))


def _meeting(text: str, speaker: str, cue_at: int) -> str | None:
    """The listener or meeting between `speaker` and the cue at `cue_at` ("对布林肯"), if any."""
    start = text.rfind(speaker, max(0, cue_at - _MEETING_REACH - len(speaker)), cue_at)
    gap = text[start + len(speaker) : cue_at] if start >= 0 else ""
    spoken = any(verb in gap for verb in _VERBS)  # the gap holds no verb of saying of its own
    return gap if gap and not spoken and _meeting_shape().fullmatch(gap) else None


def _manner(text: str, speaker: str, cue_at: int) -> str | None:
    """The manner adverbial between `speaker` and the cue at `cue_at` ("笑着"), if any."""
    for size in (2, 3):
        if text.startswith(speaker, cue_at - size - len(speaker)):
            gap = text[cue_at - size : cue_at]
            return gap if _manner_shape().fullmatch(gap) else None
    return None


def lone_name(word: str) -> bool:
    """Whether two characters are shaped as a surname and a given name, and no common word."""
    shaped = len(word) == 2 and name_shaped(word)
    return shaped and word not in _NOT_NAMES and word[-1] not in _NOT_END


def _opens(text: str, start: int) -> bool:
    """Whether a sentence, or a clause after "据…报道，" that opens one, starts at `start`."""
    if not start or text[start - 1] in _SENTENCE_ENDS:
        return True
    if text.startswith(_ACCORDING, start - 1):  # "据李华介绍，“…”": the one cited speaks
        return start == 1 or text[start - 2] in _SENTENCE_ENDS
    if text[start - 1] not in "，,":
        return False
    if _opener(text, start - 1):
        return True
    floor = max(0, start - _REACH)
    ends = [m.end() for m in _clause().finditer(text, floor, start - 1)]
    opened = ends[-1] if ends else (0 if floor == 0 else -1)
    one_clause = "，" not in text[opened : start - 1]
    return opened >= 0 and text.startswith(_ACCORDING, opened) and one_clause


def _opener(text: str, comma: int) -> bool:
    """Whether a connective alone opens the sentence before the comma at `comma` ("对此，")."""
    for word in _OPENERS:
        at = comma - len(word)
        if at >= 0 and text.startswith(word, at) and (not at or text[at - 1] in _SENTENCE_ENDS):
            return True
    return False
