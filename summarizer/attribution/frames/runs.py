"""Runs of words next to a cue that can be a speaker: names, titles, organisations."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.abbreviations import forenames, past_place, place_name
from summarizer.attribution.frames.elision import articled_noun, elided_of
from summarizer.attribution.frames.front_particle import opens_lower, opens_surname
from summarizer.attribution.frames.groups import group_nouns
from summarizer.attribution.frames.initials import initial_of
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.name_particles import ABBREVIATED_PARTICLES, PARTICLES, glued

_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")
_SUFFIXES = frozenset(_data.load_toml("names.toml")["abbreviated_suffixes"])  # "Jr.", "Sr."
_ABBREVIATED = _SUFFIXES | ABBREVIATED_PARTICLES  # their period ends no sentence ("St. Pierre")


_LIST_REACH = 60  # how far back a list's first item and its preposition are read


# "Minister of Innovation, Science and Economic Development": after a preposition, a capitalised
# word and a comma, a word is an item of a list, no name joined to another ("Lund, Reyes and Cole
# said", "On Monday, Lund and Reyes said" are joint subjects).
def unlisted(text: str, run: re.Match[str], name: str, cues: Cues) -> str:
    """`name`, or "" where a preposition, a capitalised word and a comma stand before `run`."""
    before = text[max(0, run.start() - _LIST_REACH) : run.start()].rstrip()
    words = before[:-1].split()[-2:] if before.endswith(",") else []
    item = len(words) == 2 and words[1][:1].isupper() and words[1].lower() not in cues.stop
    return "" if item and words[0].lower() in cues.governing else name


def adjacent(text: str, end: int, start: int) -> bool:
    """Whether only white space stands between offsets `end` and `start`."""
    return not text[end:start].strip()


def _touching(text: str, one: re.Match[str], two: re.Match[str], cues: Cues) -> bool:
    first, second = (one, two) if one.start() < two.start() else (two, one)
    if adjacent(text, first.end(), second.start()):
        return True
    return initial(text, first, second.start(), cues.titles) or initial_of(text, first, cues)


def initial(text: str, token: re.Match[str], until: int, titles: tuple[str, ...] = ()) -> bool:
    """Whether only the period of an initial, a name suffix or an abbreviated title follows."""
    # "T.", "G.K.", "Jr.", "Sen." after `token`
    word = token.group()
    short = _INITIALS.fullmatch(word) is not None
    suffix = word.lower() in _ABBREVIATED or f"{word.lower()}." in titles
    return (short or suffix) and text[token.end() : until].strip() == "."


def run_of(
    text: str, tokens: list[re.Match[str]], cues: Cues, *, forward: bool
) -> list[re.Match[str]]:
    """Tokens nearest the cue that can belong to a name, title or organisation, contiguous."""
    run: list[re.Match[str]] = []
    for index, token in enumerate(tokens[:8]):
        word = token.group()
        lower = word.lower()
        if run and not _touching(text, run[-1], token, cues):
            break
        if forward and run and _next_phrase(lower, tokens[index + 1 : index + 2], cues):
            break  # "dijo Pedro Sánchez el lunes": the article opens a phrase of its own
        if forward and len(run) > 1 and _of_someone(lower, tokens[index + 1 : index + 2], cues):
            break  # "dice Juan Pérez de Ana Ruiz": of her, no part of his name
        if forward and _particle_surname(run, token, text, cues):
            return []  # "a déclaré Jean d'Ormesson": the surname goes on past what a run reads
        fronted = forward and opens_surname(word, tokens[index + 1 : index + 2])  # "De Gaulle"
        fronted = fronted or (forward and not run and opens_lower(word, tokens[index + 1 :], cues))
        if _name_part(word, cues, bool(run) or fronted):
            run.append(token)
        elif initial_of(text, token, cues):  # "А. Петров": the initial is no conjunction "а"
            run.append(token)
            if not forward:  # "Plan A. Kowalski said": a sentence may end in a capital before it
                break
        elif forward and not run and lower in cues.stop and not preposition(lower, cues):
            if lower in cues.subordinating:
                break  # "states that while Britain …": the subject of a clause of its own
            continue
        else:
            break
    if forward:
        return past_place(text, run, cues.family)
    return past_place(text, run[::-1], cues.family)[::-1]


# "Jean d'Ormesson", "Valéry Giscard d'Estaing": after a first name alone, "d'" and a capital
# are the particle of the surname, which "Jean" would cut; after a full name they are "de" and a
# body ("Anne Morel d'Amnesty International"), which the run leaves out.
def _particle_surname(
    run: list[re.Match[str]], token: re.Match[str], text: str, cues: Cues
) -> bool:
    """Whether an elided "de" and a capital follow a lone capitalised word, touching it."""
    lone = len(run) == 1 and run[0].group()[:1].isupper()
    return lone and adjacent(text, run[0].end(), token.start()) and elided_of(token.group(), cues)


# Inside a name an article stands before a capitalised word ("Luis de la Fuente", "del Río").
def _next_phrase(lower: str, following: list[re.Match[str]], cues: Cues) -> bool:
    """Whether an article after a run opens a new noun phrase rather than going on in a name."""
    article = lower in cues.definite or lower in cues.articles
    return article and not (following and following[0].group()[:1].isupper())


# A particle inside a name goes before a surname ("Juan Pérez de Cuéllar"); before a first name
# the article marks as one it is the preposition ("de Ana Ruiz": about her).
def _of_someone(lower: str, following: list[re.Match[str]], cues: Cues) -> bool:
    """Whether a particle after a full name is a preposition before another person's name."""
    return lower in PARTICLES and bool(following) and following[0].group() in forenames(cues.family)


def preposition(lower: str, cues: Cues) -> bool:
    """Whether a word governs the noun after it and is neither an article nor a passive's agent."""
    # "to", "on"; not "the", "by": the name after it is its object, never a speaker ("speaking to
    # Fox News said")
    article = lower in cues.definite or lower in cues.indefinite or lower in cues.articles
    return lower in cues.governing and not article and lower not in cues.agents


# after a listener, a preposition or one fused with an article ("del", "au") governs what follows
def governs(word: str, cues: Cues) -> bool:
    """Whether a lower-case word governs the noun after it, alone or fused with an article."""
    return preposition(word, cues) or word in cues.contractions


def governed(text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cues: Cues) -> bool:
    """Whether a preposition stands right before `run` among `tokens` (text order)."""
    index = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), 0)
    if index == 0:
        return False
    before = tokens[index - 1]
    return adjacent(text, before.end(), run[0].start()) and preposition(
        before.group().lower(), cues
    )


def member(
    text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The person a body right before a cue belongs to: the body is where the speaker works."""
    # "Mara Holt of the Harbor Police said", "Chief Ana Lund with the county said"
    if not cues.members:
        return None
    index = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), 0)
    lower = tokens[index - 1].group().lower() if index else ""
    index -= lower in cues.definite or lower in cues.indefinite or lower in cues.articles
    if index < 2 or not preposition(tokens[index - 1].group().lower(), cues):
        return None
    joint = tokens[index - 1]
    head = tokens[: index - 1]
    owner = run_of(text, head[::-1], cues, forward=False)[::-1]
    if not owner or not adjacent(text, owner[-1].end(), joint.start()):
        return None
    if governed(text, head, owner, cues):  # "a suit against Mara Holt in the court said"
        return None
    before = head[-len(owner) - 1].group().lower() if len(head) > len(owner) else ""
    body = len(owner) == 1 and owner[0].group().lower() not in cues.titles
    if body and before in cues.definite:  # "the Bank of England said": one name
        words = text[owner[0].start() : run[-1].end()]
        return Mention(words, "org", cue.group(), owner[0].start(), cue.start())
    found = classify(text, owner, cue, cues)
    return found if found is not None and found.kind == "name" else None


def _name_part(word: str, cues: Cues, inside: bool) -> bool:
    """A capitalised word, a title, an organisation word, or a particle inside a name."""
    lower = word.lower()
    if articled_noun(word, cues):
        return False  # "L'avocat": an article and a common noun, not a name ("L'Oréal" is one)
    if (word[0].isupper() or glued(word)) and lower not in cues.stop:
        return True
    return lower in cues.titles or _org_word(lower, cues) or (lower in PARTICLES and inside)


def _org_word(lower: str, cues: Cues) -> bool:
    return lower in cues.orgs or (lower.endswith("s") and lower[:-1] in cues.orgs)


def classify(text: str, run: list[re.Match[str]], cue: re.Match[str], cues: Cues) -> Mention | None:
    """Name, organisation, role or pronoun, from a run of tokens in text order."""
    while run and run[-1].group().lower() in PARTICLES:
        run.pop()
    if not run:
        return None
    words = text[run[0].start() : run[-1].end()]
    lowers = [t.group().lower() for t in run]
    if place_name(words):
        return None  # "Mt. Vernon said": a place
    if lowers == [words.lower()] and words.lower() in group_nouns(cues.family):
        return None  # "Officials said": a group of people opening the sentence, no name
    if _org_word(lowers[-1], cues):
        return Mention(words, "org", cue.group(), run[0].start(), cue.start())
    if _complement(run, lowers, cues):
        return Mention(words, "role", cue.group(), run[0].start(), cue.start())
    # "the New Jersey governor": a lower-case title at the end is the head, a role; so is a
    # title's initials after an article ("the Brampton MPP"), which no name ends in
    ending = run[-1].group().islower() or (run[-1].group().isupper() and _the(text, run, cues))
    head = ending and lowers[-1] in cues.titles and not cues.nouns_capitalized
    if not head and any(
        (t.group()[0].isupper() or glued(t.group())) and w not in cues.titles
        for t, w in zip(run, lowers, strict=True)
    ):
        return Mention(words, "name", cue.group(), run[0].start(), cue.start())
    if any(w in cues.titles and w not in cues.stop for w in lowers):
        return Mention(words, "role", cue.group(), run[0].start(), cue.start())
    return None


def _the(text: str, run: list[re.Match[str]], cues: Cues) -> bool:
    """Whether a definite determiner ("the", "his") stands right before the run."""
    before = text[max(0, run[0].start() - 8) : run[0].start()].split()
    return bool(before) and before[-1].lower() in cues.definite


# "le député LR", "la sénatrice PS": an acronym right after a role is its party or body, no name;
# right after an article it is that body's name ("La SNCF a déclaré", "El PSOE afirmó").
def _complement(run: list[re.Match[str]], lowers: list[str], cues: Cues) -> bool:
    """Whether the run ends in a role and the acronym of its party or body."""
    last = run[-1].group()
    role = len(run) > 1 and lowers[-2] in cues.titles and lowers[-2] not in cues.articles
    return role and len(last) > 1 and last.isupper()


# Particles inside a name count with it ("президент Франции Шарль де Голль"), not at its front.
def capitalised_tail(run: list[re.Match[str]]) -> int:
    """How many words at the end of `run` are capitalised, with the particles between them."""
    capital = 0
    while capital < len(run):
        word = run[-1 - capital].group()
        if not (word[0].isupper() or (capital and word.lower() in PARTICLES)):
            break
        capital += 1
    while capital and run[-capital].group()[0].islower():
        capital -= 1
    return capital


# "Rents keep rising - Ana Ruiz: “…”", "… - Ana Ruiz, writing:": a spaced dash ends a headline's
# fragment or a list point, so the words before it never name the speaker after it.
_SPACED_DASH = re.compile(r"[ \t](?:-|--|–)[ \t]|[ \t]?—[ \t]?")


def after_dash(text: str, start: int, end: int) -> int:
    """Where the words after the last spaced dash between `start` and `end` begin, else `start`."""
    return max([start, *(dash.end() for dash in _SPACED_DASH.finditer(text, start, end))])
