"""A body's description ("the university") read as the one body of that noun the article names."""

# "The Acme Company cut jobs. “…,” the company said": the speaker is the Acme Company, the
# fullest name the article gives that body. With two bodies of the noun named before it
# ("Acme Company and the Zeta Company merged"), only one of them named since the previous
# quotation is meant; else, or with none, the description names nobody.

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from summarizer.attribution.frames.arabic import titled_name
from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of

_POSSESSIVE = re.compile(r"['’]s$")

Bodies = tuple[list[int], list[tuple[str, list[str]]]]
"""Each capitalised name of the text (with its lower-cased words), and where each stands."""


@functools.lru_cache(maxsize=8)
def _link(links: frozenset[str]) -> re.Pattern[str]:
    """The words between two capitalised words of one body's name ("of", "of the")."""
    joined = "|".join(sorted(map(re.escape, links), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"[ \t]+(?:{joined})[ \t]+(?=[^\W\d_])")


@functools.lru_cache(maxsize=4)
def named_bodies(text: str, stop: frozenset[str], links: frozenset[str]) -> Bodies:
    """Every run of capitalised words joined by a body's links, past its opening stop words."""
    starts: list[int] = []
    found: list[tuple[str, list[str]]] = []
    link = _link(links)
    runs = single_run()
    at, end = 0, len(text)
    while (run := runs.search(text, at, end)) is not None:
        stretch = run.end()
        while (joined := link.match(text, stretch)) and (more := runs.match(text, joined.end())):
            stretch = more.end()
        words = TOKEN.findall(text[run.start() : stretch])
        while words and words[0].lower() in stop:
            words.pop(0)
        if words:
            name = text[text.index(words[0], run.start()) : stretch]
            starts.append(run.start())
            found.append((name, [w.lower() for w in TOKEN.findall(name)]))
        at = stretch
    return starts, found


def body_noun(word: str) -> str:
    """A lower-case word without its possessive ending or plural s ("ministry's": ministry)."""
    return _POSSESSIVE.sub("", word).rstrip("s")


# `loose`: a body's noun (`orgs`) may stand before another capitalised word ("Acme Company
# Chairman Tom Hale": the company); any other noun there may be a title ("General Manager Tom
# Hale"), so it names no body.
def _cut(name: str, lowers: list[str], head: str, cues: Cues, loose: bool) -> str | None:
    """The name up to its body noun `head` and that noun's linked complement; None without one."""
    index = next((i for i, w in enumerate(lowers) if body_noun(w) == head), -1)
    if index < 0 or len(lowers) < 2:
        return None  # "Company officials said": the noun alone opens a sentence, no name
    words = TOKEN.findall(name)
    after = lowers[index + 1 : index + 2]
    if after and after[0] not in cues.name_links:
        cut = name[: name.index(words[index]) + len(words[index])]
        return None if index == 0 or not loose else cut
    # "University of Toronto President Ann Roe": the body ends before a title
    title = next(
        (i for i in range(index + 1, len(lowers)) if lowers[i] in cues.titles), len(lowers)
    )
    kept = words[title - 1]
    return name[: name.index(kept, name.index(words[index])) + len(kept)]


Heads = tuple[list[int], list[str], list[str | None]]
"""Where each body of one noun stands, its name, and the one body named up to it (None: several)."""


# One pass over the names indexes them by noun: each noun asked for then reads only its own
# names, not every name of the text again (a long text asks for dozens of nouns).
@functools.lru_cache(maxsize=4)
def _by_noun(text: str, stop: frozenset[str], links: frozenset[str]) -> dict[str, list[int]]:
    """For each body noun, the indexes of the `named_bodies` whose words hold it, in order."""
    index: dict[str, list[int]] = {}
    for at, (_, lowers) in enumerate(named_bodies(text, stop, links)[1]):
        for noun in {body_noun(w) for w in lowers}:
            index.setdefault(noun, []).append(at)
    return index


@functools.lru_cache(maxsize=16)
def _heads(text: str, head: str, cues: Cues) -> Heads:
    """The bodies whose name holds `head`, each with the one body named up to it (one pass)."""
    starts: list[int] = []
    cuts: list[str] = []
    sole: list[str | None] = []
    loose = head in cues.orgs
    stop, links = frozenset(cues.stop), frozenset(cues.name_links)
    places, names = named_bodies(text, stop, links)
    for each in _by_noun(text, stop, links).get(head, []):
        at, (name, lowers) = places[each], names[each]
        cut = _cut(name, lowers, head, cues, loose)
        if cut:
            sole.append(fullest([sole[-1], cut]) if sole and sole[-1] else None if sole else cut)
            starts.append(at)
            cuts.append(cut)
    return starts, cuts, sole


def sole_body(text: str, head: str, context: tuple[int, int], cues: Cues) -> str | None:
    """The one body named before the quotation whose name holds the noun `head`, else None."""
    head = body_noun(head)
    if not head or head in cues.titles:  # "Prime Minister Ann Roe" is a person
        return None
    return _named_before(text, head, context, cues)[1]


def _named_before(
    text: str, head: str, context: tuple[int, int], cues: Cues
) -> tuple[int, str | None]:
    """How many bodies of the noun `head` are named before the quotation, and `sole_body`."""
    starts, cuts, sole = _heads(text, head, cues)
    last = bisect_left(starts, context[1])
    if not last or sole[last - 1]:
        return last, sole[last - 1] if last else None
    # several: the one named since the previous quotation, if only one is
    return last, fullest(cuts[bisect_left(starts, context[0]) : last])


def fullest(names: list[str]) -> str | None:
    """The one body `names` name by its fullest name ("Toronto Police" in "Toronto Police
    Service"), or None for none or several."""
    found: str | None = None
    for name in names:
        if found is None or found in name:
            found = name
        elif name not in found:
            return None
    return found


# "her office told the Post": the office of a person, whom the article may name in full
_BEFORE = re.compile(r"(\w+)\W*$")


def owned_body(text: str, at: int, cues: Cues) -> bool:
    """Whether the word before a body's noun at `at` is a possessive that marks a person."""
    word = _BEFORE.search(text, max(0, at - 20), at)
    return bool(word and word.end(1) + 1 >= at and gender_of(word.group(1), cues))


def described_body(text: str, words: str, at: int, context: tuple[int, int], cues: Cues) -> str:
    """What "the university" before a cue names: the one body of that noun the article names,
    "" when it names several, else the description as written ("the moderator")."""
    tokens = TOKEN.findall(words)
    if len(tokens) != 2 or tokens[0].lower() not in cues.definite or owned_body(text, at, cues):
        return words
    head = body_noun(tokens[1].lower())
    if head in cues.titles:
        return words
    named, body = _named_before(text, head, context, cues)
    if not named:
        return words
    return (body or "") if head else ""  # no noun left ("the s"): nobody, as `sole_body` says


def expanded(words: str, latest: dict[str, int]) -> str:
    """A short form ("الائتلاف") becomes the longer name it starts, if one was heard."""
    for earlier in reversed(latest):  # each speaker once, the latest first
        if earlier.startswith(words) and len(earlier) > len(words):
            return earlier
    return words


# An acronym or a named body as written; "the ministry" the one body of that noun named since.
def org_speaker(
    text: str, mention: Mention, context: tuple[int, int], cues: Cues, latest: dict[str, int]
) -> str | None:
    """The body a mention of kind `org` stands for, or None."""
    tokens = TOKEN.findall(words := mention.words)
    while tokens and tokens[0].lower() in cues.stop:
        tokens.pop(0)
    if not cues.spaced or cues.family == "ar":
        name = expanded(words, latest)
        return titled_name(text, name, context[1], cues) or name
    if any(t[0].isupper() for t in tokens):
        return words[words.index(tokens[0]) :]
    head = tokens[-1].lower().rstrip("s") if tokens else ""
    owned = owned_body(text, mention.at, cues)  # "her office": as written
    return None if owned else sole_body(text, head, context, cues)
