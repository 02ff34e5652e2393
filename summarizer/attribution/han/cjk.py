"""Speaker mentions in Chinese and Japanese, where no spaces or capitals mark a name."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from summarizer import _data
from summarizer.attribution.han import hanname, zhsubject
from summarizer.attribution.han.coverbs import any_of as _any_of
from summarizer.attribution.han.coverbs import first_skip
from summarizer.attribution.han.hanname import (
    BODY_END,
    SPEECH,
    described_name,
    foreign_name,
    leading_name,
    surname,
)
from summarizer.attribution.han.labelled import name_label
from summarizer.attribution.han.longname import long_name
from summarizer.attribution.han.zhdescribed import described_or, subject_end
from summarizer.attribution.han.zhnext import own_speech
from summarizer.attribution.han.zhreported import reported_cue
from summarizer.attribution.han.zhshared import own_subject, shared_subject
from summarizer.attribution.han.zhsubject import known_names
from summarizer.attribution.lexicon.cues import LEAD, Cues, Mention, Window

_CJK_BREAK = re.compile(r"[、，,：:；;。！？!?“”「」『』（）()《》\s—]")
_CJK_CLAUSE = re.compile(r"[，,。；;！？!?：:\n]")
_CJK_SENTENCE = re.compile(r"[。！？!?\n]")
_DIGIT = re.compile(r"\d")
_HAN_NEXT = r"(?=[\u3400-\u9fff])"
_MAX_CUES = 4
_ZH = _data.load_toml("dialogue.toml")["zh"]
_NOT_NAME_END = frozenset(_ZH["not_subject_end"])
NOT_NAME_START = frozenset(_ZH["not_name_start"])
_FRAME_REACH = 120
_STOPS = frozenset("。！？!?")
# a passive ("少安被这番话说得无言对答"): its subject is acted on, not speaking ("被窝" is a quilt;
# "被问及时表示" is a time clause)
_PASSIVE = re.compile(
    f"(?<![{_ZH['passive_not_after']}]){_ZH['passive']}(?![{_ZH['passive_not_before']}])"
)
_WHEN = re.compile(f"[{_ZH['when']}]")
_GLOSS = re.compile(r"[（(][^（）()]{1,40}[）)]$")
_ACCORDING = (*_ZH["according"], *_ZH["as_said_by"])  # "据李华介绍", "正如李华所说"


def cjk_frame(text: str, colon: int, cues: Cues) -> Mention | None:
    """The speaker of a frame before an unmarked speech."""
    # "以下是他的演說全文：" (a speech noun, whose owner speaks), "蔡總統談話全文如下：", or a cue
    # ("他在發言中說：")
    reach = max(0, colon - _FRAME_REACH)
    noun = None
    if cues.frame_nouns:
        clause = last_break(text, reach, colon, _CJK_CLAUSE)
        noun = next(reversed(list(cues.frame_nouns.finditer(text, clause, colon))), None)
    if noun is None:
        start = last_break(text, reach, colon, _CJK_SENTENCE)
        return cjk_mention(text, (start, colon + 1), (colon + 1, colon + 1), cues)
    segment = text[clause : noun.start()].removesuffix("的")
    at = clause + len(segment) - len(segment.lstrip())
    segment = segment.strip()
    prefix = next((p for p in cues.frame_prefixes if segment.startswith(p)), "")
    return zh_subject(segment[len(prefix) :], noun, cues, at + len(prefix))


def zh_titled(text: str, start: int, end: int, cues: Cues) -> str | None:
    """The last name written after a title in [start, end) ("副總統彭斯美東時間" -> "彭斯")."""
    if not cues.titles:
        return None
    titled = _any_of(cues.titles, _HAN_NEXT)  # compiled once, not at every quotation
    for match in reversed(list(titled.finditer(text[start:end]))):
        name = _zh_cut(text[start + match.end() : start + match.end() + 10], cues)
        name = _CJK_BREAK.split(_DIGIT.split(name)[0])[0]
        if 2 <= len(name) <= 4:
            return name
    return None


def cjk_mention(text: str, before: Window, after: Window, cues: Cues) -> Mention | None:
    """The speaker mention for a quotation in Chinese text."""
    found = _zh_after(text, after, before[1], cues) or _zh_before(text, before, cues)
    found = found or _reported_before(text, before[1], after[0], cues)
    if found and found.words.startswith(tuple(cues.indefinite)):  # 有網友, 一位业内人士: nobody
        return Mention(found.words, "anonymous", found.cue, found.at, found.cue_at)
    return found


def _reported_before(text: str, opened: int, closed: int, cues: Cues) -> Mention | None:
    """The name that reported speech in the sentence before the quotation (`han/zhreported.py`)."""
    if (found := reported_cue(text, opened, closed, cues.verbs)) is None:
        return None
    clause = last_break(text, found[0], found[1].start())
    mention = zh_subject(text[clause : found[1].start()], found[1], cues, clause)
    full = mention is not None and mention.kind == "name" and len(mention.words) > 2
    return replace(mention, sure=False) if mention and full else None


def _zh_after(text: str, window: Window, opened: int, cues: Cues) -> Mention | None:
    """The subject of a cue right after the quotation ("“…”，李明说")."""
    if (
        opened > 0
        and not _CJK_BREAK.match(text, opened - 1)
        and not cues.verbs.search(text, max(0, opened - 3), opened)
    ):
        return None
    start = LEAD.match(text, window[0], window[1]).end()  # type: ignore[union-attr]
    cue = cues.verbs.search(text, start, min(window[1], start + 40))
    # a name's original form in parentheses before the cue ("普赖斯（Ned Price）说"); no 問 of 顧問
    end = _GLOSS.sub("", text[start : cue.start()]) if cue else ""
    if cue is None or len(end) > 24 or _CJK_BREAK.search(end):
        return None
    if zhsubject.inside_word(text, cue.start()):
        return None
    ended = "\n" in text[window[0] : start] or text[window[0] - 2 : window[0] - 1] in _STOPS
    if ended and own_speech(text, cue, opened, cues):
        return None  # the next sentence's cue introduces its own speech (han/zhnext.py)
    return zh_subject(end, cue, cues, start)


def _zh_before(text: str, window: Window, cues: Cues) -> Mention | None:
    """The subject of the last cue before the quotation in its clause or sentence ("李明说：")."""
    tail = text[window[0] : window[1]].rstrip()
    clause_end = window[0] + len(tail) - (1 if tail.endswith(("：", ":", "，", ",")) else 0)
    floor = last_break(text, window[0], clause_end, _CJK_CLAUSE)
    found = [
        cue
        for cue in cues.verbs.finditer(text, window[0], clause_end)
        if cue.start() >= floor or _CJK_CLAUSE.match(text, cue.end())
    ]
    for cue in reversed(found[-_MAX_CUES:]):
        end = subject_end(text, window[0], cue.start())  # before "接受《…》采访时"
        clause = max(window[0], last_break(text, window[0], end))
        mention = zh_subject(text[clause:end], cue, cues, clause)
        if mention:
            return mention
        sentence = last_break(text, window[0], cue.start(), _CJK_SENTENCE)
        own = own_subject(text[clause : cue.start()], cues)  # "，记者们说": theirs
        mention = None if own else _sentence_subject(text, sentence, cue)
        mention = mention or shared_subject(text, sentence, clause, cue, cues)
        if mention:
            return mention
    if tail.endswith(("：", ":")):
        clause = last_break(text, max(window[0], window[1] - 120), clause_end, _CJK_CLAUSE)
        words = text[clause:clause_end].strip()
        lead = leading_name(text[clause:clause_end], cues, clause)
        return lead or name_label(words, clause_end - len(words), cues, known_names(text))
    return None


def _sentence_subject(text: str, start: int, cue: re.Match[str]) -> Mention | None:
    """The name opening the sentence of a subjectless cue, when it is a cue's subject elsewhere."""
    # "晓霞不笑了，嘴里喃喃地说：": the text names that person elsewhere as a cue's subject
    names = known_names(text)
    for size in (3, 2):
        name = text[start : start + size]
        if name in names:
            return Mention(name, "name", cue.group(), start, cue.start())
    return None


def passive(text: str, start: int, end: int) -> bool:
    """Whether the clause before a verb of saying at `end` is a passive."""
    # or the clause ending a sentence there, from `start`
    end = start + len(text[start:end].rstrip("。！？!?…"))
    found = _PASSIVE.search(text, max(start, last_break(text, start, end, _CJK_CLAUSE)), end)
    return found is not None and not _WHEN.search(text, found.end(), end)


def last_break(text: str, start: int, end: int, breaks: re.Pattern[str] = _CJK_BREAK) -> int:
    """Where the clause containing `end` starts: just after the last break in [start, end)."""
    found = start
    for match in breaks.finditer(text, start, end):
        found = match.end()
    return found


def zh_subject(segment: str, cue: re.Match[str], cues: Cues, at: int) -> Mention | None:
    """A Chinese name (or pronoun, surname, title) from the words before a cue."""
    if passive(segment, 0, len(segment)) or (words := zhsubject.subject_words(segment)) is None:
        return None
    segment = words
    if prefix := next((word for word in _ACCORDING if segment.startswith(word)), ""):
        segment, at = segment[len(prefix) :], at + len(prefix)
    digit = _DIGIT.search(segment, 2)  # a date between the name and its cue ("劉德音2日表示")
    segment = segment[: digit.start()] if digit else segment
    joined = _any_of(cues.skip).search(segment + cue.group(), 1)  # "开玩笑称": the cue is 笑称
    if joined and joined.start() < len(segment) < joined.end():
        segment = segment[: joined.start()]
    found = _zh_subject(segment, cue, cues, at)  # "另一名助理署長何美琪則": named all the same
    return described_or(found, segment, cue, cues, at)  # han/zhdescribed.py


def _zh_subject(segment: str, cue: re.Match[str], cues: Cues, at: int) -> Mention | None:
    """The mention the words before a cue make by their shape."""
    lead = _zh_cut(segment, cues)
    office = lead.rsplit("的", 1)[-1]
    if office != lead and lead.startswith(tuple(cues.indefinite)) and not described_name(office):
        return Mention(lead, "anonymous", cue.group(), at, cue.start())  # "一家企业的负责人"
    if hanname.office(office, cues.titles):
        return Mention(office, "role", cue.group(), at + lead.rfind(office), cue.start())
    shaped = lead[:1] not in NOT_NAME_START and lead[-1:] not in _NOT_NAME_END
    shaped = shaped and not SPEECH & set(lead)
    shaped = shaped and lead not in cues.titles  # "市长在接受采访时说" is a role
    if 2 <= len(lead) <= 4 and lead != segment and not lead.startswith(cues.skip) and shaped:
        return Mention(lead, "name", cue.group(), at, cue.start())
    # the adverbial after the name goes first: a title or 的 inside it ("在例行记者会上",
    # "在当天的记者会上") belongs to no name
    segment = _zh_cut(segment, cues).rsplit("的", 1)[-1]
    if segment.startswith(cues.skip):
        return None
    segment, title = _untitled_zh(_zh_cut(segment, cues), cues)
    if title and lead.startswith(tuple(cues.indefinite)) and not surname(segment[:1]):
        return Mention(lead, "anonymous", cue.group(), at, cue.start())  # "有记者私下称"
    return _zh_mention(segment, title, cue, at, cues)


def _untitled_zh(segment: str, cues: Cues) -> tuple[str, str]:
    """The words before a cue without its adverbs and titles, and the last title cut off."""
    # the adverbs and titles that end them or come before the name: "副總統彭斯" -> "彭斯"
    title = ""
    changed = segment[-1:] in _last_chars((*cues.skip, *cues.titles))
    while changed:
        changed = False
        for word in (*cues.skip, *cues.titles):
            if segment.endswith(word) and word not in cues.coverbs:  # "苗同和": no object
                segment, changed = segment[: -len(word)], True
                title = word if word in cues.titles else title
    if _any_of(cues.titles).search(segment):
        for word in cues.titles:
            cut = segment.rfind(word)
            if cut >= 0:
                segment, title = segment[cut + len(word) :], word
    return segment, title


def _zh_cut(segment: str, cues: Cues) -> str:
    """A name stops at the first adverb or preposition that follows it."""
    found = first_skip(segment, cues)
    return segment[: found.start()] if found else segment


@functools.lru_cache(maxsize=16)
def _last_chars(words: tuple[str, ...]) -> frozenset[str]:
    """The characters `words` end with: a segment ending otherwise has none of them to strip."""
    return frozenset(word[-1] for word in words if word)


def _zh_mention(name: str, title: str, cue: re.Match[str], at: int, cues: Cues) -> Mention | None:
    """The mention a Chinese subject makes: a pronoun, a name, or a bare title."""
    if name in cues.pronouns:
        return Mention(name, "pronoun", cue.group(), at, cue.start())
    if title and name in cues.indefinite:  # "有记者问：", "一名官员说": someone unnamed
        return Mention(name + title, "anonymous", cue.group(), at, cue.start())
    if not title and name.startswith(tuple(cues.indefinite)):  # "一位业内人士透露"
        return Mention(name, "anonymous", cue.group(), at, cue.start())
    if title and name[-1:] in BODY_END:
        return None
    opens = name[:1] in NOT_NAME_START and not surname(name[:2])  # "诸位", not "诸葛亮"
    if name and (opens or name[-1] in _NOT_NAME_END or SPEECH & set(name)):
        return None  # an adverbial or a pronoun phrase ("她高兴地", "他开口"), not a name
    # one character is a name only as a surname ("蔡總統" -> 蔡), not the 时 of "“转型”时说"
    if len(name) == 1 and not surname(name):
        return None
    if not title and zhsubject.role_word(name):  # "“…”检察官说。": a role nobody named holds
        return Mention(name, "role", cue.group(), at, cue.start())
    if 1 <= len(name) <= 4 or foreign_name(name) or (title and long_name(name)):
        return Mention(name, "name", cue.group(), at, cue.start())
    if not name and title:
        return Mention(title, "role", cue.group(), at, cue.start())
    return None


def recent_han(text: str, context: tuple[int, int], cues: Cues) -> str | None:
    """The last CJK name that is a cue's subject in `context`, else the last after a title."""
    found = list(cues.verbs.finditer(text, *context))
    for cue in reversed(found[-4:]):
        clause = last_break(text, context[0], cue.start())
        mention = zh_subject(text[clause : cue.start()], cue, cues, clause)
        if mention and mention.kind == "name" and len(mention.words) > 1:
            return mention.words
    return zh_titled(text, *context, cues)


def han_people(
    text: str, context: tuple[int, int], cues: Cues
) -> list[tuple[str, str | None, int]]:
    """The names in `context` the text repeats before a cue, and the last subject or titled one."""
    seen = text[context[0] : context[1]]
    han = recent_han(text, context, cues)
    known = [n for n in known_names(text) if n in seen and n not in cues.titles]
    known += [han] if han else []
    return [(name, None, context[0]) for name in known]
