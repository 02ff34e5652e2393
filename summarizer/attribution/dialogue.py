"""Who speaks in Chinese fiction dialogue, where each line is a paragraph and a quotation
line is introduced ("少安说：" on the line before), closed ("她问。" on the line after), or
only placed between the turns of a two-person exchange.

Bases and how sure they are (measured on the TUNE half of the zh corpus, docs/attribution.md):
`colon_intro`, `cue`, `cue_after` name the subject of a verb of saying next to the quotation;
`narration` the subject of the narration that introduces it with a colon but no verb of
saying ("他转过身："); `turn_taking` the other party of a two-person exchange. The subject
of an action after the quotation and a resolved 他/她 are mentions only (often the listener)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from summarizer.attribution.cast import PRONOUNS, Cast, cast_of, genders, words_for
from summarizer.attribution.marks import Span
from summarizer.attribution.speakers import Attribution

_CLAUSE = re.compile(r"[，,、；;：:]")
_SENTENCE = re.compile(r"[。！？!?…”」]")
_OPENING = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[，！？,!?])")
_OPENED = re.compile("[“「\"『]")
_COLONS = ("：", ":")
_STOP = re.compile(r"[。！？!?…\n]+")
_TEXT = re.compile(r"\S")
# how each way of finding the speaker is reported, and which name the speaker
_BASES = {
    "prev_cue": "colon_intro",
    "intro_cue": "cue",
    "next_cue": "cue_after",
    "tail_cue": "cue_after",
    "prev_narr": "narration",
    "intro_narr": "narration",
    "turn_taking": "turn_taking",
    "prev_pronoun": "scene_pronoun",
    "prev_cont": "scene_pronoun",
    "next_cont": "scene_pronoun",
    "next_pronoun": "scene_pronoun",
}
_MIN_PURE = 3
_PURE_SHARE = 0.3
_EXPLICIT = frozenset({"colon_intro", "cue", "cue_after"})
_ANCHORS = frozenset({"prev_cue", "prev_narr", "next_cue", "tail_cue", "intro_cue", "intro_narr", "prev_pronoun", "next_pronoun"})


@dataclass(frozen=True)
class _Line:
    """A line (paragraph) with quotations: their indices, where it runs, who its narration
    names and how (`how`: where the cue stands and whether a verb of saying goes with it),
    the cue's verb, the narration lines it used, the person it addresses by name, whether
    it holds nothing but its quotation, and the one other person its cue names."""

    spans: tuple[int, ...]
    start: int
    end: int
    who: str | None = None
    how: str = "none"
    verb: str | None = None
    at: int = -1
    used: tuple[int, int] = (-1, -1)
    addressee: str | None = None
    pure: bool = True
    listener: str | None = None


class _Cue(NamedTuple):
    """The person a narration sentence names first near a quotation, where, its verb of
    saying (or None), and the one other person the sentence names."""

    who: str | None
    at: int
    verb: str | None
    listener: str | None


def dialogue(
    text: str, spans: Sequence[Span], titles: Sequence[bool], found: Sequence[Attribution]
) -> tuple[Attribution, ...]:
    """`found` with the speakers that the narration around each quotation line or the turns
    of a two-person exchange name; an explicit cue found here wins over the cue pass."""
    groups = _lines(text, spans, titles)
    if sum(_pure(text, spans, g) for g in groups) < max(_MIN_PURE, len(groups) * _PURE_SHARE):
        return tuple(found)  # not a story told in dialogue lines (news, an essay)
    cast = cast_of(text)
    lines = [_narrated(text, spans, group, cast) for group in groups]
    story = _narration(text, spans)
    lines = _resolve_pronouns(text, lines, cast, genders(story, cast))
    result = list(found)
    for run in _runs(text, lines):
        for line in _turns(run):
            for index in line.spans:
                result[index] = _credit(result[index], line, cast)
    return tuple(result)


def _credit(old: Attribution, line: _Line, cast: Cast) -> Attribution:
    """A line's speaker, or its guess as a mention only; the cue pass's speaker stays when
    it is one of the story's people, not the one addressed, and no cue here names someone
    else, unless this pass found an explicit cue."""
    basis = _BASES.get(line.how)
    doubted = line.how == "someone" or cast.names.get(old.speaker or "") in (None, line.addressee)
    if old.speaker and doubted:
        old = replace(old, speaker=None, basis="none")
    if basis is None or not _named(line.who):
        return old if old.speaker or not line.who else replace(old, mention=line.who)
    if old.speaker and old.basis != "carried" and basis not in _EXPLICIT:
        return old
    return Attribution(line.who, line.verb, line.who, basis)


def _lines(text: str, spans: Sequence[Span], titles: Sequence[bool]) -> list[list[int]]:
    """The indices of the spoken quotations, grouped by the line they open on."""
    groups: dict[int, list[int]] = {}
    for index, span in enumerate(spans):
        if span.marked and not titles[index] and not span.continued:
            groups.setdefault(text.rfind("\n", 0, span.open_at) + 1, []).append(index)
    return [groups[start] for start in sorted(groups)]


def _narrated(text: str, spans: Sequence[Span], group: list[int], cast: Cast) -> _Line:
    """A quotation line and the person its own narration names: before its colon, after its
    closing mark, at the end of the line before ("他问：") or in the short line after."""
    first, last = spans[group[0]], spans[group[-1]]
    start = text.rfind("\n", 0, first.open_at) + 1
    end = _line_end(text, last.close_at)
    head = text[start : first.open_at].rstrip()
    tail = text[first.close_at + 1 : spans[group[1]].open_at if len(group) > 1 else end]
    pure = _pure(text, spans, group)
    line = _Line(tuple(group), start, end, addressee=_vocative(text, first, cast), pure=pure)
    if head.endswith((*_COLONS, "，", ",")):
        return _with(line, _subject(text, start, start + len(head), cast, last=True), "intro")
    if tail.strip():
        tail_at = first.close_at + 1
        return _with(line, _subject(text, tail_at, tail_at + len(tail), cast, last=False), "tail")
    stop = start
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    before = text.rfind("\n", 0, stop) + 1
    if not head and text[before:stop].endswith(_COLONS):
        found = _subject(text, before, stop, cast, last=True)
        return _with(replace(line, used=(before, -1)), found, "prev")
    next_line = _TEXT.search(text, end)
    after = next_line.start() if next_line else len(text)
    following = text[after : _line_end(text, after)].rstrip()
    if pure and following and not _OPENED.search(following) and not following.endswith(_COLONS):
        found = _subject(text, after, after + len(following), cast, last=False)
        return _with(replace(line, used=(-1, after)), found, "next")
    return line


def _pure(text: str, spans: Sequence[Span], group: list[int]) -> bool:
    """Whether a line holds one quotation and nothing else."""
    span = spans[group[0]]
    start = text.rfind("\n", 0, span.open_at) + 1
    return len(group) == 1 and not text[start : span.open_at].strip() and not text[
        span.close_at + 1 : _line_end(text, span.close_at)
    ].strip()


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _with(line: _Line, found: _Cue, where: str) -> _Line:
    """The line with the person its cue names; a verb of saying whose subject is nobody
    known means someone else speaks, and ends any exchange of turns."""
    if found.who is None:
        return replace(line, how="someone") if found.verb else line
    if found.who == line.addressee:
        return line
    how = where + ("_cue" if found.verb else "_narr")
    return replace(line, who=found.who, how=how, verb=found.verb, at=found.at, listener=found.listener)


def _subject(text: str, start: int, end: int, cast: Cast, *, last: bool) -> _Cue:
    """The person who opens the clause nearest the quotation in the sentence next to it (the
    last sentence of [start, end) when `last`, else the first)."""
    bounds = [m.end() for m in _SENTENCE.finditer(text, start, end)]
    if last:
        start = max([b for b in bounds if b < end], default=start)
    else:
        end = min([b for b in bounds if b > start], default=end)
    spoken = words_for("zh").speech.search(text, start, end)
    verb = spoken.group() if spoken else None
    clauses = [start, *(m.end() for m in _CLAUSE.finditer(text, start, end))]
    for at in reversed(clauses) if last else clauses:
        at += len(text[at:end]) - len(text[at:end].lstrip())
        who = cast.person(text[at:end])
        if who == "":
            break
        if who:
            others = cast.persons(text, start, end) - {who}
            return _Cue(who, at, verb, others.pop() if len(others) == 1 else None)
    return _Cue(None, -1, verb, None)


def _vocative(text: str, span: Span, cast: Cast) -> str | None:
    """The person a quotation addresses by name first ("少平，你…"): not its speaker."""
    opening = _OPENING.match(text, span.start, span.end)
    return cast.person(opening.group()) if opening else None


def _narration(text: str, spans: Sequence[Span]) -> str:
    """`text` with every quotation blanked out: what the narrator says."""
    parts, at = [], 0
    for span in spans:
        if span.open_at >= at:
            parts += [text[at : span.open_at], " " * (span.close_at + 1 - span.open_at)]
            at = span.close_at + 1
    return "".join([*parts, text[at:]])


def _resolve_pronouns(
    text: str, lines: list[_Line], cast: Cast, gender: dict[str, str]
) -> list[_Line]:
    """他 or 她 as a speaker: the one person of that gender named in the narration since
    the last quotation line that named anyone, when every person there has a known gender,
    the cue has no second 他 or 她 of the same gender ("他把他引在…"), and that person did
    not speak the line just before."""
    resolved: list[_Line] = []
    floor = 0
    recent: set[str] = set()
    for line in lines:
        recent = cast.persons(text, floor, max(floor, line.at)) or recent
        if line.who in PRONOUNS and line.how.endswith(("_cue", "prev_narr")):
            fits = [n for n in recent if gender.get(n) == line.who]
            alone = text.count(line.who, line.at, _line_end(text, line.at)) == 1
            last = resolved[-1] if resolved else None
            before = last.who if last and _adjacent(text, last, line) else None
            if len(fits) == 1 and recent <= gender.keys() and alone and fits[0] not in (line.addressee, before):
                line = replace(line, who=fits[0], how=line.how.split("_")[0] + "_pronoun")
            elif alone:
                prior = _prior_subject(text, floor, line.at, cast, line.who)
                if prior and gender.get(prior, line.who) == line.who and prior not in (line.addressee, before):
                    line = replace(line, who=prior, how=line.how.split("_")[0] + "_cont")
        resolved.append(line)
        floor = line.end
    return resolved


def _prior_subject(text: str, floor: int, at: int, cast: Cast, pronoun: str) -> str | None:
    """The subject of the narration sentence right before the one at `at`, when it names
    no one else, not even as `pronoun` ("田福堂知道…。他就站在脚地上说：")."""
    stops = [m.end() for m in _STOP.finditer(text, floor, at)]
    if len(stops) < 2 or text[stops[-1] : at].strip() and cast.persons(text, stops[-1], at):
        return None
    start = stops[-2]
    start += len(text[start : stops[-1]]) - len(text[start : stops[-1]].lstrip())
    who = cast.person(text[start : stops[-1]])
    if pronoun in text[start : stops[-1]] or who in PRONOUNS:
        return None
    return who if who and cast.persons(text, start, stops[-1]) == {who} else None


def _runs(text: str, lines: list[_Line]) -> list[list[_Line]]:
    """The lines grouped into exchanges: quotation lines with nothing but their own cue lines
    between them."""
    runs: list[list[_Line]] = []
    for line in lines:
        if runs and _adjacent(text, runs[-1][-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _adjacent(text: str, before: _Line, after: _Line) -> bool:
    if not (before.pure and after.pure) or "someone" in (before.how, after.how):
        return False
    at = before.end + 1
    while at < after.start:
        if at not in (before.used[1], after.used[0]) and text[at : _line_end(text, at)].strip():
            return False
        at = _line_end(text, at) + 1
    return True


def _turns(run: list[_Line]) -> list[_Line]:
    """The other lines of an exchange take the party of their turn, when its named turns
    (and the people they address or speak to) make exactly two people taking turns; the
    subjects of the narration after its lines fill in a party that is missing."""
    parties: tuple[set[str], set[str]] = (set(), set())
    for index, line in enumerate(run):
        if line.how in _ANCHORS and _named(line.who):
            parties[index % 2].add(line.who or "")
            parties[1 - index % 2].update([line.listener] if line.listener else [])
        parties[1 - index % 2].update([line.addressee] if line.addressee else [])
    weak = _weak_parties(run)
    if not parties[0] and not parties[1]:
        parties = weak
    elif not parties[0] or not parties[1]:
        side = 0 if parties[1] else 1
        if weak[1 - side] <= parties[1 - side] and not weak[side] & parties[1 - side]:
            parties[side].update(weak[side])
    if len(parties[0]) != 1 or len(parties[1]) != 1 or parties[0] == parties[1]:
        return run
    pair = (next(iter(parties[0])), next(iter(parties[1])))
    return [_turn(line, pair[index % 2]) for index, line in enumerate(run)]


def _weak_parties(run: list[_Line]) -> tuple[set[str], set[str]]:
    """The people the narration after a run's lines names, by turn ("“…”\n少平愣住了。"):
    alone often the listener, but together they show who takes which turn."""
    weak: tuple[set[str], set[str]] = (set(), set())
    for index, line in enumerate(run):
        if line.how in ("next_narr", "tail_narr") and _named(line.who):
            weak[index % 2].add(line.who or "")
    return weak


def _turn(line: _Line, who: str) -> _Line:
    if (line.how in _ANCHORS and line.who) or line.addressee == who:
        return line
    return replace(line, who=who, how="turn_taking", verb=None)


def _named(who: str | None) -> bool:
    return bool(who) and who not in PRONOUNS
