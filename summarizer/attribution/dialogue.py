"""Who speaks in Chinese fiction dialogue, where each line of the text is a paragraph and a
quotation line is introduced ("少安说：" on the line before), closed ("他笑着说。" after it)
or only placed between the turns of a two-person exchange."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from summarizer import _data
from summarizer.attribution.cjk import NOT_NAME_START
from summarizer.attribution.cues import Cues, cues_for
from summarizer.attribution.marks import Span
from summarizer.attribution.speakers import Attribution

_CLAUSE = re.compile(r"[，,、；;：:]")
_SENTENCE = re.compile(r"[。！？!?…”」]")
_STARTS = re.compile(r"(?:^|(?<=[，。！？：；、\n”」…]))(?=([\u4e00-\u9fff]{3}))", re.M)
_OPENING = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[，！？,!?])")
import os
LS=int(os.environ.get("LS","1"))
CTX=int(os.environ.get("CTX","0"))
PR=int(os.environ.get("PR","1"))
_PRONOUNS = ("他", "她")
_ANCHORS = frozenset(("pronoun_g", "prev_cue", "prev_narr", "next_cue", "tail_cue", "intro_cue", "intro_narr"))
_PLURAL = frozenset("们們的")
_COLONS = ("：", ":")
_OPENED = re.compile("[“「\"『]")


@dataclass(frozen=True)
class _Words:
    """The dialogue knowledge of `data/dialogue.toml` for one language."""

    surnames: frozenset[str]
    not_in_name: frozenset[str]
    not_names: frozenset[str]
    not_name_end: frozenset[str]
    after_name: frozenset[str]
    kin: tuple[str, ...]
    speech: re.Pattern[str]


@functools.lru_cache(maxsize=2)
def _words(family: str) -> _Words:
    data = _data.load_toml("dialogue.toml").get(family, {})
    verbs = "|".join(map(re.escape, data.get("speech", [])))
    speech = f"(?<![不没沒别別])(?:{verbs})[道着著]?(?=[，。！？：,.!?…]|$)" if verbs else ""
    return _Words(
        frozenset("".join(data.get("surnames", "").split())),
        frozenset(data.get("not_in_name", "")),
        frozenset(data.get("not_names", [])),
        frozenset(data.get("not_name_end", "")),
        frozenset(data.get("after_name", "")),
        tuple(data.get("kin", [])),
        re.compile(speech or "(?!)", re.M),
    )


@functools.lru_cache(maxsize=8)
def people(text: str, family: str = "zh") -> tuple[str, ...]:
    """The names of the people in `text`, longest first: three-character words that open a
    clause, start with a common surname and recur ("孙少平"), their given names ("少平"),
    and two-character words that open clauses more than once and once right before a verb
    of saying or an adverb ("晓霞便", "晓霞说")."""
    words = _words(family)
    titles = {*cues_for(family).titles, *words.not_names}
    found: set[str] = set()
    starts: dict[str, int] = {}
    acting: set[str] = set()
    for match in _STARTS.finditer(text):
        word = match.group(1)
        if words.not_in_name & set(word[:2]) or word[0] in NOT_NAME_START:
            continue
        starts[word[:2]] = starts.get(word[:2], 0) + 1
        if word[2] in words.after_name:
            acting.add(word[:2])
        if _full_name(word, words) and text.count(word) >= 2 and word[1:] not in titles:
            found.update((word, word[1:]))
    found.update(w for w, n in starts.items() if n >= 2 and w in acting and w[1] not in words.not_name_end)
    found -= words.not_names
    return tuple(sorted(found, key=len, reverse=True))


def _cast(text: str) -> dict[str, str]:
    """Each name of `people(text)` and the person it stands for: the one longer name that
    contains it ("少平" -> "孙少平"), or itself."""
    names = people(text)
    cast = {}
    for name in names:
        longer = [other for other in names if len(other) > len(name) and name in other]
        cast[name] = longer[0] if len(longer) == 1 else name
    return cast


def _full_name(word: str, words: _Words) -> bool:
    """A surname and a two-character given name ("孙少平"), not a place or a role."""
    return (
        word[0] in words.surnames
        and not words.not_in_name & set(word)
        and word[2] not in words.not_name_end
    )


@dataclass(frozen=True)
class _Line:
    """One quotation line of a dialogue: its quotations, who its narration names (a person, a
    pronoun or nobody), whether a verb of saying goes with it, and the narration lines it
    took its speaker from."""

    spans: tuple[int, ...]
    start: int
    end: int
    who: str | None = None
    spoken: bool = False
    basis: str = "none"
    at: int = -1
    used: tuple[int, int] = (-1, -1)
    addressee: str | None = None
    pure: bool = True
    listener: str | None = None


def dialogue(
    text: str, spans: Sequence[Span], titles: Sequence[bool], found: Sequence[Attribution]
) -> tuple[Attribution, ...]:
    """The attributions of `found`, with the speakers of quotation lines that the narration or
    the turns of a two-person exchange name, where the cue pass found none."""
    names = _cast(text)
    lines = [_narrated(text, spans, group, names) for group in _lines(text, spans, titles)]
    if PR:
        lines = _resolve_pronouns(text, lines, names, _genders(_narration(text, spans), names))
    lines = _alternate(text, lines, names)
    result = list(found)
    for line in lines:
        if line.who is None or line.who in _PRONOUNS:
            continue
        for index in line.spans:
            result[index] = _credit(result[index], line)
    return tuple(result)


def _credit(old: Attribution, line: _Line) -> Attribution:
    return replace(old, speaker=line.who, mention=line.who, basis=line.basis)


def _lines(text: str, spans: Sequence[Span], titles: Sequence[bool]) -> list[list[int]]:
    """The indices of the spoken quotations, grouped by the line they open on."""
    groups: dict[int, list[int]] = {}
    for index, span in enumerate(spans):
        if span.marked and not titles[index] and not span.continued:
            groups.setdefault(text.rfind("\n", 0, span.open_at) + 1, []).append(index)
    return [groups[start] for start in sorted(groups)]


def _narrated(text: str, spans: Sequence[Span], group: list[int], names: Mapping[str, str]) -> _Line:
    """A quotation line and the person its own narration names: before its colon, after its
    closing mark, at the end of the line before ("他问：") or in the short line after."""
    first, last = spans[group[0]], spans[group[-1]]
    start = text.rfind("\n", 0, first.open_at) + 1
    end = _line_end(text, last.close_at)
    head = text[start : first.open_at].rstrip()
    pure = len(group) == 1 and not head and not text[last.close_at + 1 : end].strip()
    line = _Line(tuple(group), start, end, addressee=_vocative(text, first, names), pure=pure)
    tail_end = spans[group[1]].open_at if len(group) > 1 else end
    if head.endswith((*_COLONS, "，", ",")):
        found = _subject(text, start, start + len(head), names, last=True)
        return _with(line, found, "intro")
    if text[first.close_at + 1 : tail_end].strip():
        found = _subject(text, first.close_at + 1, tail_end, names, last=False)
        return _with(line, found, "tail")
    stop = len(text[:start].rstrip())
    before = text.rfind("\n", 0, stop) + 1
    if not head and text[before:stop].endswith(_COLONS):
        found = _subject(text, before, stop, names, last=True)
        return _with(replace(line, used=(before, -1)), found, "prev")
    after = end + len(text[end:]) - len(text[end:].lstrip())
    following = text[after : _line_end(text, after)].rstrip()
    if len(group) == 1 and following and not _OPENED.search(following):
        if not following.endswith(_COLONS) and not text[last.close_at + 1 : end].strip():
            found = _subject(text, after, after + len(following), names, last=False)
            return _with(replace(line, used=(-1, after)), found, "next")
    return line


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _with(line: _Line, found: _Cue | None, basis: str) -> _Line:
    if found is None or found.who == line.addressee:
        return line
    basis += "_cue" if found.spoken else "_narr"
    return replace(line, who=found.who, at=found.at, basis=basis, listener=found.listener)


class _Cue(NamedTuple):
    """The person a narration sentence names as the speaker, where, whether a verb of saying
    goes with it, and the one other person the sentence names (the listener), if any."""

    who: str
    at: int
    spoken: bool
    listener: str | None


def _subject(
    text: str, start: int, end: int, names: Mapping[str, str], *, last: bool
) -> _Cue | None:
    """The person who opens the clause nearest the quotation in the sentence next to it (the
    last sentence of [start, end) when `last`, else the first), and whether it speaks."""
    bounds = [m.end() for m in _SENTENCE.finditer(text, start, end)]
    if last:
        start = max([b for b in bounds if b < end], default=start)
    else:
        end = min([b for b in bounds if b > start], default=end)
    clauses = [start, *(m.end() for m in _CLAUSE.finditer(text, start, end))]
    spoken = bool(_words("zh").speech.search(text, start, end))
    for at in reversed(clauses) if last else clauses:
        at += len(text[at:end]) - len(text[at:end].lstrip())
        who = _person(text[at:end], names)
        if who:
            others = _persons(text, start, end, names) - {who}
            listener = others.pop() if len(others) == 1 else None
            return _Cue(who, at, spoken, listener)
    return None


def _persons(text: str, start: int, end: int, names: Mapping[str, str]) -> set[str]:
    """The people named in [start, end), each once (a given name inside a full name is the
    same person: "少平" in "孙少平")."""
    seen = {names[name] for name in names if name in text[start:end]}
    return {name for name in seen if not any(o != name and (name in o or o in name) and len(o) > len(name) for o in seen)}


def _person(clause: str, names: Mapping[str, str]) -> str | None:
    """The name or singular pronoun that opens a clause, past a title ("副书记金俊山") or a
    pronoun's kin ("他儿子润生"; "他妈" is someone else: None)."""
    for title in cues_for("zh").titles:
        if clause.startswith(title) or clause.startswith("副" + title):
            clause = clause[clause.find(title) + len(title) :]
            break
    if clause[:1] in _PRONOUNS:
        kin = next((k for k in _words("zh").kin if clause.startswith(k, 1)), "")
        if kin:
            return next((names[n] for n in names if clause.startswith(n, 1 + len(kin))), None)
        return clause[0] if clause[1:2] not in _PLURAL else None
    return next((names[name] for name in names if clause.startswith(name)), None)


def _vocative(text: str, span: Span, names: Mapping[str, str]) -> str | None:
    """The person a quotation addresses by name first ("少平，你…"): not its speaker."""
    opening = _OPENING.match(text, span.start, span.end)
    word = opening.group() if opening else ""
    return next((names[name] for name in names if word.startswith(name)), None)


def _alternate(text: str, lines: list[_Line], names: Mapping[str, str]) -> list[_Line]:
    """Quotation lines between turns of a two-person exchange (next to each other, or with
    only their own cue lines between) take the other party's name, turn by turn."""
    result: list[_Line] = []
    floor = 0
    for run in _runs(text, lines):
        around = _persons(text, floor, run[0].start, names)
        result.extend(_turns(run, around))
        floor = run[-1].end
    return result


def _runs(text: str, lines: list[_Line]) -> list[list[_Line]]:
    runs: list[list[_Line]] = []
    for line in lines:
        if runs and _adjacent(text, runs[-1][-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _adjacent(text: str, before: _Line, after: _Line) -> bool:
    """Whether only the two lines' own cue lines stand between them."""
    at = before.end + 1
    if not (before.pure and after.pure):
        return False
    while at < after.start:
        if at not in (before.used[1], after.used[0]) and text[at : _line_end(text, at)].strip():
            return False
        at = _line_end(text, at) + 1
    return True


def _turns(run: list[_Line], around: set[str]) -> list[_Line]:
    """The unknown turns of a run take the party of their parity, when the named turns, the
    people they address and the narration before the run make exactly two."""
    parties: tuple[set[str], set[str]] = (set(), set())
    for index, line in enumerate(run):
        if line.who and line.who not in _PRONOUNS and line.basis in _ANCHORS:
            parties[index % 2].add(line.who)
            if line.listener and LS:
                parties[1 - index % 2].add(line.listener)
        if line.addressee:
            parties[1 - index % 2].add(line.addressee)
    if CTX and len(parties[0] | parties[1]) == 1 and len(around - parties[0] - parties[1]) == 1:
        empty = 0 if not parties[0] else 1
        parties[empty].update(around - parties[1 - empty])
    if len(parties[0]) != 1 or len(parties[1]) != 1 or parties[0] == parties[1]:
        return run
    pair = (next(iter(parties[0])), next(iter(parties[1])))
    return [
        replace(line, who=pair[index % 2], basis="turn_taking")
        if line.who is None or line.basis not in _ANCHORS
        else line
        for index, line in enumerate(run)
    ]


def _narration(text: str, spans: Sequence[Span]) -> str:
    """`text` with every quotation blanked out: what the narrator says."""
    parts, at = [], 0
    for span in spans:
        if span.open_at >= at:
            parts += [text[at : span.open_at], " " * (span.close_at + 1 - span.open_at)]
            at = span.close_at + 1
    return "".join([*parts, text[at:]])


def _genders(story: str, names: Mapping[str, str]) -> dict[str, str]:
    """他 or 她 for each person whom the next narration sentence goes on with as its subject
    ("晓霞不笑了。她说着…"), when every such sentence agrees."""
    votes: dict[str, set[str]] = {}
    previous = None
    for match in re.finditer(r"[^。！？!?…\n]+", story):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        who = _person(story[start : match.end()], names)
        if previous and who in _PRONOUNS and not _persons(story, start, match.end(), names):
            votes.setdefault(previous, set()).add(who)
        previous = who if who and who not in _PRONOUNS else None
    return {name: next(iter(seen)) for name, seen in votes.items() if len(seen) == 1}


def _resolve_pronouns(
    text: str, lines: list[_Line], names: Mapping[str, str], genders: dict[str, str]
) -> list[_Line]:
    """他 or 她 as the speaker: the one person of that gender named in the narration since
    the previous quotation line, when every person named there has a known gender."""
    resolved = []
    floor = 0
    recent: set[str] = set()
    for line in lines:
        recent = _persons(text, floor, max(floor, line.at), names) or recent
        if line.who in _PRONOUNS and line.basis.endswith(("_cue", "prev_narr")):
            seen = recent
            fits = [n for n in seen if genders.get(n) == line.who]
            if len(fits) == 1 and all(n in genders for n in seen) and fits[0] != line.addressee:
                line = replace(line, who=fits[0], basis="pronoun_g")
        resolved.append(line)
        floor = line.end
    return resolved
