"""Who speaks in Chinese fiction dialogue, where each line is a paragraph."""
# The person who opens the narration attached to a quotation line (its cue), then 他/她 and the
# turns of a two-person exchange (turns.py). Bases: `colon_intro`, `cue`, `cue_after` for a verb of
# saying, `narration` for a colon introduction without one, `scene_pronoun`, `turn_taking`; the
# subject of an action after a line is a mention only, as it is often the listener.

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.dialogue.cast import (
    NEGATION,
    PRONOUNS,
    Cast,
    cast_of,
    words_for,
)
from summarizer.attribution.dialogue.genders import genders
from summarizer.attribution.dialogue.turns import (
    ANCHORS,
    BASES,
    Line,
    line_end,
    named,
    resolve_pronouns,
    runs,
    turns,
)
from summarizer.attribution.dialogue.unsaid import heard_from, unsaid
from summarizer.attribution.han.cjk import NOT_NAME_START, passive
from summarizer.attribution.lexicon.lazy import lazy
from summarizer.attribution.marks.marks import Span

_CLAUSE = re.compile(r"[，,、；;：:]")
# a quotation inside narration ("王建国“嘿”地笑了") ends no sentence; one that ends a line does
_SENTENCE = re.compile(r"[。！？!?…]+[”」]?|^[”」]", re.M)
_opening = lazy(r"[\u4e00-\u9fff]{2,3}(?=[，！？,!?])")
_OPENED = re.compile('[“「"『]')
_COLONS = ("：", ":")
_TEXT = re.compile(r"\S")
_han2 = lazy("[\u4e00-\u9fff]{2}")
# a verb of asking with its short object before the colon that introduces a line ("少安问他：")
_asks = lazy(rf"(?<![{NEGATION}])[问問](?=[\u4e00-\u9fff]{{1,3}}[：:]\s*$)")
# the one spoken to, as a pronoun after a preposition or a verb of asking ("对她说", "问他")
_told_shape = lazy("(?:[对對向跟给給朝冲衝问問])([他她])(?![们們的])")
_VOICED = re.compile(f"[{_data.load_toml('dialogue.toml')['zh']['speaking_persons']}]")
_MIN_PURE = 3
_PURE_SHARE = 0.3
# "他吃苹果的时候，X…说：": the pronoun of a time clause before another clause is not its subject
_TIME = re.compile("[^，,。！？：]*(?:时候|時候|时|時)[，,]")
_EXPLICIT = frozenset({"colon_intro", "cue", "cue_after"})
# the cue pass's guesses this pass may replace (its 他/她 guess is never shown in Chinese)
_GUESSES = frozenset({"carried", "pronoun"})
_SINGULAR = frozenset({"他", "她"})
# the manner of a verb of saying right before it ("很生气地", "亲切地对他")
_manner = lazy("[\u4e00-\u9fff]{1,8}地(?:[对對向朝冲衝给給][他她我你]?[们們]?)?")


# also its verb of saying (or None), the one other person the sentence names, whether it is a
# passive's subject, and whether a word for the act of speaking goes with it ("开口")
class _Cue(NamedTuple):
    """The person a narration sentence names first near a quotation, and where."""

    who: str | None
    at: int
    verb: str | None
    listener: str | None
    passive: bool = False
    act: bool = False


def dialogue(
    text: str, spans: Sequence[Span], titles: Sequence[bool], found: Sequence[Attribution]
) -> tuple[Attribution, ...]:
    """`found` with the speakers that the narration or the turns of an exchange name."""
    # an explicit cue found here wins over the cue pass
    groups = _lines(text, spans, titles)
    pure = sum(_pure(text, spans, g) for g in groups)
    if not pure or pure < len(groups) * _PURE_SHARE:
        return tuple(found)  # not a story told in dialogue lines (news, an essay)
    # with fewer lines the text may be news with a quotation paragraph: only add speakers
    story = pure >= _MIN_PURE
    cast = cast_of(text)
    lines = [_narrated(text, spans, group, cast) for group in groups]
    narration = _narration(text, spans)
    gender = genders(narration, cast)
    lines = resolve_pronouns((text, narration), lines, cast, gender)
    # a story's 他 after narration is as often the other party as the one named: its own turns say
    result = [replace(a, speaker=None, basis="none") if _carried(a) else a for a in found]
    speakers = {line.who or "" for line in lines if line.how in ANCHORS and named(line.who)}
    for run in runs(text, lines):
        for line in turns(run, gender, speakers):
            for index in line.spans:
                result[index] = _credit(result[index], line, cast, story)
    return tuple(result)


def _carried(found: Attribution) -> bool:
    """Whether the cue pass carried a 他 or 她 over to the one person named before it."""
    return found.basis == "carried" and found.mention in _SINGULAR


def _credit(old: Attribution, line: Line, cast: Cast, story: bool) -> Attribution:
    """A line's speaker, or its guess as a mention only."""
    # the cue pass's speaker stays when it is one of the story's people, not the one addressed, and
    # no cue here names someone else, unless this pass found an explicit cue
    basis = BASES.get(line.how)
    stranger = cast.names.get(old.speaker or "") in (None, line.addressee)
    # a cue pass subject that is no person of the story, where this pass reads the same cue
    # with another subject ("他…，恳求说：": 恳求 is how he speaks, not who)
    conflict = stranger and line.how.endswith("_cue") and old.mention != line.who
    doubted = (story and (line.how == "someone" or stranger)) or conflict
    if old.speaker and doubted:
        old = replace(old, speaker=None, basis="none")
    if basis is None or not named(line.who):
        return old if old.speaker or not line.who else replace(old, mention=line.who)
    if old.speaker and old.basis not in _GUESSES and basis not in _EXPLICIT:
        return old
    mention = None if basis == "turn_taking" else line.pronoun or line.who
    return Attribution(line.who, line.verb, mention, basis)


def _lines(text: str, spans: Sequence[Span], titles: Sequence[bool]) -> list[list[int]]:
    """The indices of the spoken quotations, grouped by the line they open on."""
    groups: dict[int, list[int]] = {}
    for index, span in enumerate(spans):
        if span.marked and not titles[index] and not span.continued:
            groups.setdefault(text.rfind("\n", 0, span.open_at) + 1, []).append(index)
    return [groups[start] for start in sorted(groups)]


def _narrated(text: str, spans: Sequence[Span], group: list[int], cast: Cast) -> Line:
    """A quotation line and the person its own narration names."""
    # before its colon, after its closing mark, at the end of the line before ("他问：") or in the
    # short line after
    first, last = spans[group[0]], spans[group[-1]]
    start = text.rfind("\n", 0, first.open_at) + 1
    end = line_end(text, last.close_at)
    head = text[start : first.open_at].rstrip()
    tail = text[first.close_at + 1 : spans[group[1]].open_at if len(group) > 1 else end]
    pure = _pure(text, spans, group)
    line = Line(tuple(group), start, end, addressee=_vocative(text, first, cast), pure=pure)
    if head.endswith((*_COLONS, "，", ",")):
        return _with(line, _subject(text, start, start + len(head), cast, last=True), "intro")
    # a tail ending in a colon introduces the line's next quotation, not this one
    if tail.strip() and not tail.rstrip().endswith(_COLONS):
        tail_at = first.close_at + 1
        found = _subject(text, tail_at, tail_at + len(tail), cast, last=False)
        # with no verb of saying, words in the first or second person are the line going on
        # past a misplaced closing mark ("“…”文龙是造过反，…照我看…"), not narration
        if found.verb or not _VOICED.search(tail):
            return _with(line, found, "tail")
    stop = start
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    before = text.rfind("\n", 0, stop) + 1
    if not head and text[before:stop].endswith(_COLONS):
        found = _subject(text, before, stop, cast, last=True)
        return _with(replace(line, used=(before, -1)), found, "prev")
    return _followed(text, line, cast) if pure else line


def _followed(text: str, line: Line, cast: Cast) -> Line:
    """A line holding only its quotation, with the person the next line names."""
    # the short narration line after it ("她问。"), or the one who goes on speaking after a comma in
    # the next line ("少安叹了一口气，“…”")
    next_line = _TEXT.search(text, line.end)
    after = next_line.start() if next_line else len(text)
    following = text[after : line_end(text, after)].rstrip()
    opened = _OPENED.search(following)
    if opened and following[: opened.start()].endswith(("，", ",")):
        return _with(line, _subject(text, after, after + opened.start(), cast, last=True), "goes")
    if following and not opened and not following.endswith(_COLONS):
        found = _subject(text, after, after + len(following), cast, last=False)
        return _with(replace(line, used=(-1, after)), found, "next")
    return line


def _pure(text: str, spans: Sequence[Span], group: list[int]) -> bool:
    """Whether a line holds one quotation and nothing else."""
    span = spans[group[0]]
    start = text.rfind("\n", 0, span.open_at) + 1
    return (
        len(group) == 1
        and not text[start : span.open_at].strip()
        and not text[span.close_at + 1 : line_end(text, span.close_at)].strip()
    )


def _with(line: Line, found: _Cue, where: str) -> Line:
    """The line with the person its cue names; some cues end the exchange of turns."""
    # a verb of saying whose subject is nobody known, or a cue naming the one the line addresses,
    # ends any exchange of turns
    if found.who is None:
        return replace(line, how="someone") if found.verb else line
    if found.who == line.addressee:
        return replace(line, how="someone")
    how = where + ("_cue" if found.verb else "_act" if found.act else "_narr")
    if how == "tail_narr" and found.listener is None and not found.passive:
        how = "tail_alone"  # the one person acting in the line's own narration
    return replace(
        line, who=found.who, how=how, verb=found.verb, at=found.at, listener=found.listener
    )


def _subject(text: str, start: int, end: int, cast: Cast, *, last: bool) -> _Cue:
    """The person who opens the clause nearest the quotation in the sentence next to it."""
    # the last sentence of [start, end) when `last`, else the first
    bounds = [m.end() for m in _SENTENCE.finditer(text, start, end)]
    if last:
        start = max([b for b in bounds if b < end], default=start)
    else:
        end = min([b for b in bounds if b > start], default=end)
    words = words_for("zh")
    spoken = _spoken(text, start, end, last=last)
    if heard := None if last or spoken else heard_from(text, start, end, cast):
        return _Cue(heard, start, None, None, act=True)  # "钱小河听赵大山这么说，笑了。"
    # a word for the act of speaking names the speaker of the line before, less surely
    act = None if spoken or last else words.acts.search(text, start, end)
    verb = spoken.group() if spoken else None
    clauses = [start, *(m.end() for m in _CLAUSE.finditer(text, start, end))]
    for at in reversed(clauses) if last else clauses:
        at += len(text[at:end]) - len(text[at:end].lstrip())
        who = cast.person(text[at:end])
        # or a time clause before the verb's that opens with no one ("镇上的男人…的时候，常常说：")
        timed = (who in PRONOUNS or (last and not who)) and _TIME.match(text, at, end)
        if who == "" or timed:
            break
        if who:
            acted = passive(text, at, spoken.start() if spoken else end)
            others = cast.persons(text, start, end) - {who}
            listener = others.pop() if len(others) == 1 else _told(text, at, end, others)
            # the act of someone else the sentence names ("X看出Y想开口") is not the subject's
            own = act is not None and not acted and not cast.persons(text, at, act.start()) - {who}
            return _Cue(who, at, None if acted else verb, listener, acted, own)
    unlisted = (
        _unlisted(text, start, (spoken.start() if spoken else end, end), cast) if verb else None
    )
    if unlisted and not passive(text, start, spoken.start() if spoken else end):
        return _Cue(unlisted, start, verb, None)
    return _Cue(None, -1, verb, None)


def _spoken(text: str, start: int, end: int, *, last: bool) -> re.Match[str] | None:
    """The verb of saying in text[start:end], not one inside what someone thinks or hears."""
    words = words_for("zh")
    spoken = words.speech.search(text, start, end) or (
        _asks().search(text, start, end) if last else words.asked.search(text, start, end)
    )
    return None if spoken and unsaid(text, start, spoken.start()) else spoken


def _told(text: str, start: int, end: int, others: set[str]) -> str | None:
    """The 他 or 她 a cue speaks to ("少平问她。", "笑着对他说"), when it names nobody else."""
    # resolved later to the one such person of the scene (turns.resolve_pronouns)
    told = None if others else _told_shape().search(text, start, end)
    return told.group(1) if told else None


def _unlisted(text: str, start: int, bounds: tuple[int, int], cast: Cast) -> str | None:
    """A two-character name opening a sentence with a verb of saying, unknown to the cast."""
    # "兰花不哭了，说：": in a short passage the cast misses people named once, before a verb or an
    # adverb, or before the manner of its verb of saying ("兰花很生气地对他说"); not a kinship
    # word, a title, or a word that is never a name
    verb_at, end = bounds
    start += len(text[start:end]) - len(text[start:end].lstrip())
    word, words = text[start : start + 2], words_for("zh")
    # a title there makes the word part of a longer subject ("宣传部长客气地问")
    manner = _manner().fullmatch(text, start + 2, verb_at) is not None
    manner = manner and not words.titles.search(text, start, verb_at)
    after = text[start + 2 : start + 3] in words.after_name or manner
    shaped = _han2().fullmatch(word) is not None and after
    if not shaped or word[0] in NOT_NAME_START or words.not_in_name & set(word):
        return None
    if word in words.not_names or word[-1] in words.not_name_end or cast.persons(text, start, end):
        return None
    return None if words.kin.fullmatch(word) or words.titles.fullmatch(word) else word


def _vocative(text: str, span: Span, cast: Cast) -> str | None:
    """The person a quotation addresses by name first ("少平，你…"): not its speaker."""
    opening = _opening().match(text, span.start, span.end)
    return cast.person(opening.group()) if opening else None


def _narration(text: str, spans: Sequence[Span]) -> str:
    """`text` with every quotation blanked out: what the narrator says."""
    parts, at = [], 0
    for span in spans:
        if span.open_at >= at:
            parts += [text[at : span.open_at], " " * (span.close_at + 1 - span.open_at)]
            at = span.close_at + 1
    return "".join([*parts, text[at:]])
