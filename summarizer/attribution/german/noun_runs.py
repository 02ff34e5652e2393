"""German noun-phrase words: adjectives, capitalised nouns and a party in parentheses."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.adverbials import time_at
from summarizer.attribution.german.bare_surnames import singular_surname
from summarizer.attribution.german.casing import light_noun
from summarizer.attribution.german.forenames import FORENAMES
from summarizer.attribution.german.object_nouns import object_after_name
from summarizer.attribution.german.particled import past_front_particles, past_particles
from summarizer.attribution.german.roles import owned, role_word
from summarizer.attribution.lexicon.compounds import body_noun, long_nouns
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import glued
from summarizer.attribution.lexicon.verb_forms import verb_form

PLURAL_AGENTS = ("isten", "ysten", "anten", "enten", "eure", "oren", "innen")
_GENERATIONS = frozenset(_data.load_toml("german.toml")["role_surname"]["generations"])
NOT_OF_NAME = frozenset(_data.load_toml("german.toml")["name_ends"]["words"])  # "der", "in"
_OUTLETS = tuple(_data.load_toml("german.toml")["adverbials"]["outlets"])


# "sagte der Minister der Zeitung Bild": a verb of saying tells one outlet, in the dative; "der"
# before an outlet's feminine noun after a person's role is that, no genitive ("der Zeitung" is
# either); after a thing's noun it stays its genitive ("in einem Bericht der Zeitung").
def outlet_told(words: list[str], index: int, noun: int, cues: Cues) -> bool:
    """Whether "der" at `index` and the noun at `noun` are an outlet told, after a role."""
    told = index > 0 and words[index] == "der" and noun < len(words)
    told = told and words[noun].lower().endswith(_OUTLETS)
    return told and role_word(words[index - 1], cues)


def past_party(words: list[str], index: int) -> int:
    """Past a party or an office in parentheses ("Renate Schmidt (SPD)")."""
    if index + 2 < len(words) and words[index] == "(" and words[index + 2] == ")":
        return index + 3
    return index


def past_adjectives(words: list[str], index: int, cues: Cues) -> int:
    """Past the adjectives and numbers before a noun."""
    while index < len(words) and modifier(words[index]) and words[index] not in cues.stop:
        if words[index] in (",", "(", ")") or verb_form(words[index], cues):
            break
        index += 3 if _years_old(words, index) else 1
    return index


# "der 47 Jahre alte Tscheche": the number, "Jahre" and "alte" are one adjective (derole29)
def _years_old(words: list[str], index: int) -> bool:
    """Whether an age written "N Jahre alte" opens at `index`."""
    return words[index].isdigit() and words[index + 1 : index + 3] in (
        ["Jahre", "alte"],
        ["Jahre", "alten"],
    )


_ATTRIBUTE = 10  # words of an extended attribute before the adjective that closes it: bounded
_INFLECTED = ("e", "en", "er", "es", "em")
OPENERS = frozenset(_data.load_toml("german.toml")["attribute"]["openers"])


# "der sich selbst als Gegner Roths inszenierende Unternehmer", "der für den Verein stürmende
# Spieler": an extended attribute between the article and its noun holds nouns of its own and
# ends in an inflected adjective or participle right before that noun.
def past_attribute(words: list[str], index: int, cues: Cues) -> int:
    """The index of the adjective that closes an extended attribute at `index`, else `index`."""
    opener = index + (index < len(words) - 1 and words[index].isdigit())  # "der 1950 in Bremen"
    if opener >= len(words) or words[opener] not in OPENERS:
        return index
    nouns = False
    for at in range(opener + 1, min(len(words) - 1, opener + _ATTRIBUTE)):
        word = words[at]
        if word in ",()" or verb_form(word, cues):
            return index
        nouns = nouns or word[0].isupper() or word.isdigit()  # "seit 2019 amtierende"
        if nouns and _closes(word, cues) and words[at + 1][0].isupper():
            return at
    return index


def _closes(word: str, cues: Cues) -> bool:
    """Whether a word may close an extended attribute: an inflected adjective, no article."""
    lower = word.islower() and word.endswith(_INFLECTED)
    return lower and word not in cues.governing and word not in cues.determiners


def modifier(word: str) -> bool:
    """An adjective or a number before a noun ("der 13 beteiligten Helfer")."""
    return word.islower() or word.isdigit()


# "der 58-Jährige": a number joined to a capitalised noun is a noun ("58-jährige" an adjective);
# so is one a slash joins to the next name of a party ("Bündnis 90/Die Grünen")
def _capitalised(word: str) -> bool:
    """Whether a word is written as a noun: a capital, or a number and a hyphen before one."""
    if word[0].isdigit():
        head = word.replace("/", "-").partition("-")[2]
        return head[:1].isupper()
    return word[0].isupper() or glued(word)  # "al-Hakim": a particle hyphened to a name


def past_capitals(words: list[str], index: int, cues: Cues, told: bool = False) -> int:
    """Past a run of capitalised nouns and name particles, short of a bare object (`told`: and
    of a plural noun after a name, the one told: the run after a verb)."""
    start, index = index, past_front_particles(words, index)  # "sagte van Oordt"
    while index < len(words) and _capitalised(words[index]):
        if words[index].lower() in cues.stop or verb_form(words[index], cues):
            break
        if time_at(words, index):
            break  # "Jan Roth Anfang März": a time, no part of the name
        if _second_name(words, start, index):
            break  # "lobte Eva Ems Olaf Kern": a full name, then the object's
        if told and object_after_name(words, start, index, cues):
            break  # "sagte Jan Roth Reportern": the one told
        index += 1
    end = past_particles(words, start, index)
    # "nahm die Ministerin Eva Ems Stellung:": the verb's bare object closes its clause after the
    # subject, no name; one a verb follows opens the clause ("Harte Kritik übte X")
    light = end - start >= 2 and light_noun(words[end - 1])
    return end - 1 if light and end == len(words) else end


def generation(words: list[str]) -> bool:
    """Whether `words` are a lone surname and a generation after it ("Keller senior")."""
    return len(words) == 2 and words[1] in _GENERATIONS


# A known first name after a first name and a surname opens a second name: a name runs on into
# no other ("teilte Eva Ems Olaf Kern mit": she tells him), so the run ends before it; so do two
# words that end the run there ("teilte Eva Ems Harry Kane mit"): a known first name and one
# surname are a whole name, and no name of four words holds only one first name.
def _second_name(words: list[str], start: int, index: int) -> bool:
    """Whether `words[index]` opens a second full name after a first name and a surname."""
    if index - start != 2 and (index - start < 2 or words[index] not in FORENAMES):
        return False
    pair = index + 1 < len(words) and _capitalised(words[index + 1])
    pair = pair and (index + 2 >= len(words) or not _capitalised(words[index + 2]))
    whole = words[index - 2] in FORENAMES and words[index - 1] not in FORENAMES
    return whole and (words[index] in FORENAMES or pair)


# "Analysten sprachen von …", "Demonstranten riefen": a group named by what its members do.
def plural_agent(words: list[str], run: tuple[int, int]) -> bool:
    """Whether a run is one plural noun for people who act, no name."""
    return run[1] - run[0] == 1 and words[run[0]].endswith(PLURAL_AGENTS)


# A dative or a place, an occasion after a name is no part of it ("Schmidt der Zeitung", "Winterkorn
# in einem Interview"); "vom Sender X", "aus Berlin", "des Vereins" may be part of who speaks.
def name_like(words: list[str], run: tuple[int, int], cues: Cues, text: str = "") -> bool:
    """Whether a run of capitalised words with no article is a name that ends where the run ends."""
    if run[1] >= len(words) or words[run[1]].lower() not in NOT_OF_NAME:
        return False
    last = words[run[1] - 1].lower()
    if last.endswith(long_nouns(cues)):
        return False
    verb = words[run[0] - 1] if run[0] > 0 else ""
    if run[1] - run[0] >= 2 or singular_surname(verb, words[run[0]], cues, text):
        return True
    return not last.endswith((*cues.agent_endings, "e", "in", "en"))


def adverbial_after(words: list[str], index: int) -> bool:
    """Whether a preposition after a bare capitalised run opens an adverbial ("am Abend")."""
    return index < len(words) and words[index].lower() in NOT_OF_NAME - {"der"}


# "Paul Roth (SPD)": the party in parentheses is no part of the name; "Müller am Abend": a time.
def bare_name(
    tokens: list[re.Match[str]], words: list[str], span: tuple[int, int, int], cues: Cues
) -> tuple[int, tuple[int, int] | None]:
    """Where a phrase with no article ends, and the name its capitals (start, end) hold."""
    index, caps, end = span
    run = (index, caps)
    text = tokens[0].string
    name = run if end == past_party(words, caps) or name_like(words, run, cues, text) else None
    if name and owned(words, index, cues):  # "Bayerns Trainer (Roe)": the name after the role
        name = (index + 2, caps) if caps > index + 2 else None
    if name and generation(words[index : caps + 1]):
        return caps + 1, None  # "Keller senior": as written, never the Jonas Keller named before
    return (caps if adverbial_after(words, caps) else end), name


_PROPER = "sche"  # "Deutsche", "Europäische": an adjective that is part of a name
_CAPITAL_ADJECTIVE = ("e", "er", "en", "es")  # "Neue", "Zürcher": an adjective's endings


# "das Auswärtige Amt", "die Deutsche Bahn", "die Frankfurter Zeitung", "die Neue Zürcher
# Zeitung": adjectives before a body's or a paper's noun open its name; before anything else
# ("der SPD-Vorsitzende Franz Roth") the first is a role's.
def proper_body(words: list[str], run: tuple[int, int], cues: Cues) -> bool:
    """Whether the first capitalised word of `run` is part of the name after it."""
    *before, last = words[run[0] : run[1]]
    shaped = len(before) == 1 or all(w.endswith(_CAPITAL_ADJECTIVE) for w in before)
    body = shaped and (body_noun(last, cues) or last.lower().endswith(_OUTLETS))
    return words[run[0]].endswith(_PROPER) or body


# "„…“, sagte Deutsche Fußball Liga Marc Lenz.": a run the clause closes on (a stop or
# the text's end after it) has no verb's part after it ("teilte … mit"), so no one told in it.
def closes_clause(tokens: list[re.Match[str]], end: int) -> bool:
    """Whether the clause ends right after `tokens[end - 1]`."""
    last = tokens[end - 1]
    rest = last.string[last.end() :].lstrip()
    return not rest or rest[0] in ".;!?"
