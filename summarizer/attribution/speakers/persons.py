"""He or she stands for a person: never a lone word that the article writes as no one's name."""

# "Reuters reported that the talks failed. “We will go on,” she said": "Reuters" is the subject
# of a cue, so it is in view, but a person the article names is written in full at least once
# ("Tom Hale", "President Obama", "Ms. Lund") or marked with a gender; a lone capitalised word it
# never writes after a forename or a title is a body or an outlet ("Reuters", "The Guardian"), as
# is a name ending in an outlet's word ("the Daily Wire").

from __future__ import annotations

import functools
import re

from summarizer.attribution.frames.abbreviations import place_name
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.german.german_person import counted_thing, plural_count, time_span
from summarizer.attribution.german.noun_runs import PLURAL_AGENTS
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.agreement import pronoun_agrees

Person = tuple[str, str | None, int]
# german/noun_runs.py's plural agents and "-linge" ("Jungen Flüchtlinge"), which noun_runs
# leaves out: adding it there changes which runs it reads as names, a change to measure apart
_GROUPS = (*PLURAL_AGENTS, "linge")
# American papers tag a lawmaker with a party's letter and a state: "R-Texas", "D-N.Y."
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][\w.]*")


def agreeing(
    text: str, people: list[Person], wanted: str | None, told: dict[str, str], cues: Cues
) -> list[Person]:
    """The `people` a pronoun of gender `wanted` may stand for; for he or she only persons."""
    kept = [person for person in people if pronoun_agrees(person, wanted, told)]
    if not wanted:  # "they" may stand for a body
        return kept
    kept = [p for p in kept if not firm(p[0], cues)]  # "Acme Corp"
    return [p for p in kept if " " in p[0] or p[1] or p[0] in told or _named(text, p[0], cues)]


def firm(name: str, cues: Cues) -> bool:
    """Whether `name` ends in a firm's or a paper's word ("Acme Corp", "the Daily Wire")."""
    return bool(name) and name.split()[-1].lower() in cues.outlets


# Cached: each pronoun of an article asks about the same few words.
@functools.lru_cache(maxsize=256)
def _named(text: str, word: str, cues: Cues) -> bool:
    """Whether the article writes `word` after a capitalised word other than a stop word."""
    before = re.compile(rf"([A-Z][\w'’.-]*)[ \t]+{re.escape(word)}\b")
    return any(m.group(1).lower() not in cues.stop for m in before.finditer(text))


# "Gestern Abend sagte er": a time of day opens the sentence before its verb, as a name would.
def not_person(name: str, cues: Cues) -> bool:
    """Whether `name` is a pronoun, a subordinator, or only words a cue's subject skips."""
    lower = name.lower()
    if lower in cues.pronouns or lower in cues.subordinating:  # "Because"
        return True
    if lower in cues.indefinites or lower in cues.negations:  # "Niemand könne sagen, …"
        return True
    if cues.nouns_capitalized and (plural_group(name) or time_span(name.split())):
        return True  # "Westlichen Journalisten", "Zwei Wochen zuvor hatte sie gesagt"
    if cues.family == "de" and plural_count(name.split()) and counted_thing(name.split(), cues):
        return True  # "Zwei Wünsche äußerte sie:": a count of things, no antecedent
    if cues.family == "en" and _PARTY_STATE.fullmatch(name):  # "Sen. Ann Roe, D-Ohio, has"
        return True
    if place_name(name):  # "“…,” said Mt. Vernon": a place
        return True
    words = lower.split()  # "Setzen Sie sich", "Glauben Sie mir": a verb and its pronoun
    if cues.nouns_capitalized and len(words) > 1 and words[-1] in cues.pronouns:
        return True
    return all(word in cues.skip for word in lower.split())


# "Westlichen Journalisten war es nicht möglich …": an adjective in -en and a plural noun for
# people who act open the sentence as a name would, but name a group, which "er" never stands for.
def plural_group(name: str) -> bool:
    """Whether `name` is an inflected adjective and a plural noun for people ("Westlichen X")."""
    words = name.split()
    if len(words) != 2 or first_name(name, "de") is not None:
        return False
    return words[0].endswith("en") and words[1].endswith(_GROUPS)
