"""Who "it said" names: the one body named as a subject before it; an acronym by its expansion."""

# "Acme Corp. cut 200 jobs. “…,” it said": "it" never stands for a person, and it may stand for a
# thing ("The report found … “…,” it said": writing, whose speaker the text does not give). So
# "it" names a body only when the sentence right before it opens with that body's name as its
# subject and no other body opens a sentence since the previous quotation; else nobody.

from __future__ import annotations

import re
from bisect import bisect_left

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.subjects import sentence_breaks
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.bodies import (
    body_noun,
    described_body,
    fullest,
    named_bodies,
)

_ACRONYM = re.compile(r"[A-Z]{2,6}")
# after a sentence's subject: its verb (a lower-case word), or an apposition set off by a comma
_VERB_NEXT = re.compile(r"\.?(?:[ \t]+[a-z]|,)")
_OPENING = " \t\n“\"‘'"
_EXPANSION_REACH = 100
# "The agency declined": a determiner, a lower-case noun and the verb or a comma after it
_DESCRIBED = re.compile(r"(\w+)[ \t]+([a-z]+)(?=\.?(?:[ \t]+[a-z]|,))")
# a phrase of lower-case words opening a sentence up to a comma ("In a statement, ")
_FRONTED = re.compile(r"([A-Z][a-z]*)(?:[ \t]+[a-z]+){1,4},[ \t]+(?=[A-Z])")
_BREAK = re.compile(r"[.,;:!?()\n]")


def _body(name: str, cues: Cues) -> bool:
    """Whether a capitalised name is a body's: an acronym, or with a body's or a firm's noun."""
    words = [w.lower() for w in TOKEN.findall(name)]
    if _ACRONYM.fullmatch(name):
        return True
    held = any(body_noun(w) in cues.orgs for w in words)
    return bool(words) and (held or words[-1] in cues.outlets)


def _opening_body(text: str, at: int, window: tuple[int, int], cues: Cues) -> str | None:
    """The body whose name opens the sentence starting at `at` as its subject, else None."""
    start, end = window
    while at < end and text[at] in _OPENING:
        at += 1
    fronted = _FRONTED.match(text, at, end)  # "In a statement, Acme Corp. said"
    if fronted and fronted.group(1).lower() in cues.governing:
        at = fronted.end()
    described = _DESCRIBED.match(text, at, end)
    if described and described.group(1).lower() in cues.definite:  # "The agency declined …"
        noun = body_noun(described.group(2))
        if noun in cues.orgs and noun not in cues.papers:  # "The report found": writing
            body = described_body(text, described.group(), at, (start, end), cues)
            return None if body == described.group() else body or None  # only a named one
    starts, found = named_bodies(text, frozenset(cues.stop), frozenset(cues.name_links))
    index = bisect_left(starts, at)
    if index == len(starts) or starts[index] != at:
        return None
    name = found[index][0]
    after = text.find(name, at) + len(name)
    owner = name.endswith(("'s", "’s"))
    if owner or after > end or not _VERB_NEXT.match(text, after) or not _body(name, cues):
        return None  # "EDC's chief said": the owner, no subject
    return name


# `previous`: the previous quotation's speaker, whom "it" goes on from when that quotation's
# sentence ends right before it ("“…,” the agency said. “…,” it added").
def neuter_body(text: str, window: tuple[int, int], cues: Cues, previous: str | None) -> str | None:
    """The one body "it" at the end of `window` stands for, by its fullest name, else None."""
    start, end = window
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or text[end - 1] not in ".!?":
        return None  # "it" inside the sentence that names its antecedent
    last, breaks = sentence_breaks(text, (start, end), cues)
    opens = [start, *(breaks or [])]
    bodies = [_opening_body(text, at, (start, end), cues) for at in opens]
    named = [body for body in bodies if body]
    spoke = previous if previous and _body(previous, cues) else None  # a body spoke last
    if not breaks and not named:
        return spoke
    one = fullest(named) if named else None
    # the last sentence's opening is most often one of those read above
    read = opens.index(last) if last in opens else -1
    subject = bodies[read] if read >= 0 else _opening_body(text, last, (start, end), cues)
    if one is None or subject is None or subject not in one:
        return None
    one = expanded_acronym(text, one)
    return None if spoke and spoke not in one and one not in spoke else one  # two bodies


def expanded_acronym(text: str, name: str) -> str:
    """The expansion the article spells out for an acronym ("Export Development Canada (EDC)")."""
    if not _ACRONYM.fullmatch(name):
        return name
    at = text.find(f"({name})")
    while at > 0:
        words = list(TOKEN.finditer(text, max(0, at - _EXPANSION_REACH), at))
        capitals = [w for w in words if w.group()[0].isupper()]
        tail = capitals[-len(name) :]
        gapless = bool(tail) and not _BREAK.search(text, tail[0].start(), at)
        if len(tail) == len(name) and gapless and "".join(w.group()[0] for w in tail) == name:
            return text[tail[0].start() : tail[-1].end()]
        at = text.find(f"({name})", at + 1)
    return name
