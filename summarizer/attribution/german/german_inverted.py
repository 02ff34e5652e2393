"""Whether a German name is the subject right after the verb of an inverted clause."""
# "Unterdessen verteidigte der Vorsitzende der Partei, Jan Roth (SPD), den Plan.": an adverb or a
# prepositional phrase first puts the finite verb second and the subject right after it, so
# "Er sagte: „…“" in the next sentence may stand for that person. So may a person's title and
# name after a subject's article ("Dagegen hält die Ministerin Eva Ems nichts davon"), but not a
# body's ("Unterdessen lobte die Stadt Jan Roth": Roth is the object). So may a known first name
# and a surname right after the verb ("Gestern lobte Eva Ems den Plan"); a lone surname there
# ("Dann schickt Gezer …") is left alone: too common in narration to let a later pronoun reach it.

from __future__ import annotations

import itertools
import re

from summarizer import _data
from summarizer.attribution.german.adverbials import title_gender
from summarizer.attribution.german.casing import written_lower
from summarizer.attribution.german.forenames import FORENAMES, GIVEN
from summarizer.attribution.german.particled import person_title
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.german.role_opened import person_genitive
from summarizer.attribution.german.roles import role_or_title
from summarizer.attribution.lexicon.compounds import body_noun
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import after_marks

_OPENERS = frozenset(_data.load_toml("german.toml")["inverted"]["openers"])
# "Am Montag lobte X", "In einer Sitzung des Rates am Montag legte X": a phrase, then the verb
_PREPOSITIONS = frozenset(_data.load_toml("german.toml")["adverbials"]["prepositions"])
_INVERTED = _data.load_toml("german.toml")["inverted"]
_GENITIVES = frozenset(_INVERTED["genitives"])
_SUBJECTS = {gender: frozenset(words) for gender, words in _INVERTED["subjects"].items()}
_ANY_SUBJECT = frozenset().union(*_SUBJECTS.values())  # a title of no known gender
_ADJECTIVE = ("e", "en")  # "der neue Senator", "die deutschen Minister"
# "seiner", "langen", "ihrem"; "Deutsche", "Neuer", "Tausende": a declined word, no first name
_DECLINED = ("e", "en", "er", "em", "es")
_NAMED = (3, 4)  # a title and a name of two or three words
_REACH = 200  # the sentence's start before the name: bounded
_STOPS = ".!?:\n"
_WORDS = 40  # characters before a surname its word before stands in
_WINDOW = 3000  # characters either side of a name its lone surname is looked for in
_MARKS = ',.;:!?()„“"»«'
_OBJECT_RUNS = _data.load_toml("german.toml")["object_runs"]
_OBJECT_ARTICLES = frozenset(_OBJECT_RUNS["articles"])
_LEADS = frozenset(_OBJECT_RUNS["leads"])  # "van den Berg"
_FIRST = _OPENERS | _PREPOSITIONS | frozenset(_INVERTED["prepositions"])


def inverted_subject(text: str, at: int, cues: Cues, end: int | None = None) -> bool:
    """Whether the name at `at` (run ending at `end`) is the subject after an opening and a verb."""
    rest = _after_verb(text, at, cues)
    if rest is None or (end is not None and holds_object(text, (at, end))):
        return False
    return (
        _role_apposed(rest, TOKEN.findall(text, at, at + _REACH // 2)[:1], cues)
        or _titled(text, at, rest, cues)
        or _full_name(text, at, rest, cues)
    )


def opening_adverb(tokens: list[re.Match[str]]) -> bool:
    """Whether the first word is an adverb that opens a main clause ("Da", "Dann", "Nun")."""
    word = tokens[0].group() if tokens else ""
    return word[:1].isupper() and word.lower() in _OPENERS


def titled_inverted(text: str, span: tuple[int, int], cues: Cues) -> bool:
    """Whether a run of a title and a name follows a subject's article after an inverted verb."""
    words = TOKEN.findall(text, *span)
    if not cues.nouns_capitalized or not _NAMED[0] <= len(words) <= _NAMED[1]:
        return False  # "der Minister Jan Roth den Kollegen Tom Weber": no one name
    rest = _after_verb(text, span[0], cues)
    return rest is not None and _titled(text, span[0], rest, cues)


def _after_verb(text: str, at: int, cues: Cues) -> list[str] | None:
    """The words between the finite verb of an inverted clause and `at`, else None."""
    reach = max(0, at - _REACH)
    start = after_marks(text, _STOPS, reach, at)
    head = text[start:at].split(None, 1)
    if start == reach > 0 or not head or head[0].lower() not in _FIRST:
        return None  # the plain string test keeps the tokenizing off nearly every name
    words = TOKEN.findall(text, start, at)
    verb = 1 if words[0].lower() in _OPENERS else _phrase_end(words, cues)
    if verb is None or verb >= len(words):
        return None
    word = words[verb]
    if not word.islower() or word in cues.stop or word in cues.pronouns or word in cues.skip:
        return None
    return words[verb + 1 :]


# The verb is the first lower-case word that no phrase holds: "In einer Sitzung des Rates am
# Montag legte"; a comma before it opens a clause, which is no phrase.
def _phrase_end(words: list[str], cues: Cues) -> int | None:
    """The index of the word after a prepositional phrase that opens the clause, else None."""
    for index in range(1, len(words)):
        word = words[index]
        if word in ",()":
            return None
        function = word in cues.stop or word in cues.determiners
        if word.islower() and not function and not _attributive(words, index):
            return index
    return None


# "In seiner Rede", "Nach langen Verhandlungen": a declined word right after the preposition or
# another lower-case word of the phrase is a determiner or an adjective; the verb follows a noun.
def _attributive(words: list[str], index: int) -> bool:
    """Whether the lower-case word at `index` is declined inside the opening phrase."""
    before = words[index - 1]
    return (index == 1 or before.islower()) and words[index].endswith(_DECLINED)


# "der Vorsitzende der Partei," or "der neue Senator," before the name: an article, adjectives,
# nouns and genitives, then a comma.
def _role_apposed(rest: list[str], name: list[str], cues: Cues) -> bool:
    """Whether the words between the verb and the name are a role set off by a comma."""
    if not rest:
        return False  # "Dann schickt Gezer eine Nachricht": too common to carry a pronoun far
    if rest[-1] != "," or rest[0].lower() not in cues.determiners or "," in rest[:-1]:
        return False
    if person_genitive(rest[:-1], cues, name[0] if name else None):
        return False  # "verteidigte die Tochter des Vorsitzenden, X,": X is the chairman
    return all(w[0].isupper() or w in _GENITIVES or _adjective(w, cues) for w in rest[1:-1])


# "hält die Ministerin Eva Ems": the article, adjectives, then the title that opens the name's run.
def _titled(text: str, at: int, rest: list[str], cues: Cues) -> bool:
    """Whether a subject's article comes before a person's title and a name at `at`."""
    if not rest or not all(_adjective(w, cues) for w in rest[1:]):
        return False
    words = TOKEN.findall(text, at, at + _REACH // 2)[: _NAMED[0]]
    named = len(words) == _NAMED[0] and all(w[0].isupper() for w in words)
    gender = title_gender(words[0], cues) if named else None
    if not named or rest[0] not in _SUBJECTS.get(gender or "", _ANY_SUBJECT):
        return False  # "half der Ministerin Eva Ems die Senatorin": "der" before her, a dative
    return person_title(words[0], cues) and not person_title(words[1], cues)


# "Gestern lobte Olaf Kern den Plan.": a full name whose first word is a known first name, right
# after the verb, is its subject; an object stands after the subject ("lobte Eva Ems Olaf Kern":
# hers, a run of its own in `speakers/german_runs.py`).
def _full_name(text: str, at: int, rest: list[str], cues: Cues) -> bool:
    """Whether a first name and a surname stand right after the verb, then no third capital."""
    found = list(TOKEN.finditer(text, at, at + _REACH // 2))[:3]
    words = [token.group() for token in found]
    if rest or len(words) < 2 or not words[1][:1].isupper():
        return False
    if words[0] not in FORENAMES and not _named_again(text, at, words[0], words[1], cues):
        return False
    ended = len(words) == 2 or text[found[1].end() : found[2].start()] != " "
    # "… Eva Ems Olaf Kern": a known first name opens the object's name, no part of hers
    return ended or not words[2][:1].isupper() or words[2] in FORENAMES


# "Gestern lobte Talvo Merunek den Plan. … Merunek sagte": a first name no list knows opens a
# name too where the article names the surname on its own as a person: a speech verb's subject
# ("Merunek sagte", "sagte Merunek") or after an address or a role ("Frau Merunek", "SPD-Chef
# Merunek"), and neither word in lower case anywhere ("Deutsche Bahn": "deutsche", "die Bahn").
# No first name has an adjective's ending or counts ("Grüne Jugend", "Tausende Demonstranten"),
# is a title ("Papst Franziskus") or comes before a known first name ("Prinz Harry").
def _named_again(text: str, at: int, first: str, surname: str, cues: Cues) -> bool:
    """Whether two capitalised words read as an unknown first name and a surname."""
    if not first[:1].isupper() or first.lower() in cues.determiners or surname in GIVEN:
        return False
    if surname.isupper():  # "Hertha BSC": an acronym ends a body's name
        return False
    if first.lower().endswith(_DECLINED) or any(_known_noun(w, cues) for w in (first, surname)):
        return False
    if written_lower(first.lower(), text) or written_lower(surname.lower(), text):
        return False
    return _person_alone(text, at, first, surname, cues)


def _known_noun(word: str, cues: Cues) -> bool:
    """Whether a capitalised word is a role, a title or a body's noun the lexicon knows."""
    return role_or_title(word, cues) or body_noun(word, cues)


# Bounded: only the surname's mentions within `_WINDOW` of the name are read, once each, so a
# text of many distinct names stays linear.
def _person_alone(text: str, at: int, first: str, surname: str, cues: Cues) -> bool:
    """Whether `surname` stands near `at` alone, as a speech verb's subject or after a role."""
    high = min(len(text), at + _WINDOW)
    for start in mentions(text, surname, max(0, at - _WINDOW), high):
        end = start + len(surname)
        before = text[max(0, start - _WORDS) : start].split()[-1:]
        after = text[end : end + _WORDS].split()[:1]
        word = before[0] if before else ""
        if word == first or word.lower() in cues.determiners:
            continue
        said = any(cues.verbs.fullmatch(w.strip(_MARKS)) for w in (*before, *after))
        if said or (word[:1].isupper() and _known_noun(word, cues)):
            return True
    return False


def mentions(text: str, word: str, low: int, high: int) -> list[int]:
    """Where `word` stands as a whole word between `low` and `high` (no compiled pattern)."""
    found, at = [], text.find(word, low, high)
    while at >= 0:
        edges = text[at - 1 : at] if at else "", text[at + len(word) : at + len(word) + 1]
        if not any(edge.isalnum() or edge in "-_" for edge in edges if edge):
            found.append(at)
        at = text.find(word, at + 1, high)
    return found


# "empfing Olaf Kern den Kollegen Timo Brandt": a run that holds "den"/"dem" and a noun after
# the subject's name holds the object, whose name is the one the run gives; no subject then.
def holds_object(text: str, span: tuple[int, int]) -> bool:
    """Whether a run holds an accusative or dative article no name particle leads."""
    words = TOKEN.findall(text, *span)
    pairs = itertools.pairwise(words)
    return any(w in _OBJECT_ARTICLES and b.lower() not in _LEADS for b, w in pairs)


def _adjective(word: str, cues: Cues) -> bool:
    """A lower-case word with an adjective's ending, no function word."""
    return word.islower() and word.endswith(_ADJECTIVE) and word not in cues.stop
