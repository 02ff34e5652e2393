"""German: a quotation after a relative clause of saying and a colon ("Die Bauern, welche …:")."""
# "Die Bauern, welche fortwährend klagen: „…“, ziehen fort", "Der Förster, der uns zurief: „…“":
# the relative pronoun is the clause's subject, so its antecedent speaks, a noun for people as well
# as a name. Where the pronoun is an object ("denen der Landrath zurief:", "von welchen der
# Unternehmer sagte:", "dessen Frau schrie:") or another subject stands in the clause ("welche der
# Rektor ermahnte:", "welche man fragte:"), the clause's own subject speaks or no one; never the
# antecedent. "Jene, die da sagen:" and "Alle, welche riefen:" name nobody.

from __future__ import annotations

import dataclasses
import itertools
import re

from summarizer import _data
from summarizer.attribution.german.german_partial import ending_at
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, Phrase, mention_of, read_phrase
from summarizer.attribution.german.role_holder import speaks
from summarizer.attribution.german.separable import separable_verbs
from summarizer.attribution.lexicon.cues import Cues, Mention

_GERMAN = _data.load_toml("german.toml")
_DATA = _GERMAN["relative_colon"]
_PARTIAL = _GERMAN["partial"]
_OBJECTS = frozenset(_DATA["objects"])
_POSSESSIVES = frozenset(_DATA["possessives"])
_POINTING = frozenset(_DATA["pointing"])
_OBLIQUE = frozenset(_DATA["never_nominative"])
_NOMINATIVE = frozenset(_DATA["nominative"])
_SUBJECTS = frozenset(_PARTIAL["subject_relatives"])  # "der", "welcher": surely the subject
_EITHER = frozenset(_PARTIAL["relatives"])  # "die", "welche": the subject unless another is
_PRONOUNS = frozenset(_PARTIAL["nominative_pronouns"])
# "rief ihr zu": pairs outside the cue lexicon that still say the words, joined at a clause's end
_JOINED = frozenset("".join(reversed(p.split())) for p in _GERMAN["changed_verb"]["saying"])
_RELATIVES = frozenset([*_DATA["objects"], *_PARTIAL["subject_relatives"], *_PARTIAL["relatives"]])
_ARTICLES = frozenset({"der", "die", "das"})
_GENITIVES = frozenset({"des", "der", "eines", "einer"})
_PREPOSITIONS = frozenset([*_PARTIAL["prepositions"], "von", "vom", "zu", "zum", "zur"])


def colon_relative(
    text: str, clause: tuple[int, int, int], verb: re.Match[str], cues: Cues
) -> Mention | None:
    """Who says the quotation after "…, REL … VERB:" (anonymous: no one), or None where the
    clause after the comma opens with no relative pronoun. `clause`: the sentence's start, the
    comma, and the verb's start."""
    tokens = list(TOKEN.finditer(text, clause[1] + 1, clause[2]))
    words = [t.group().lower() for t in tokens]
    blocked = Mention(verb.group(), "anonymous", verb.group(), -1, verb.start())
    if not words or "," in words:
        return None
    if (
        words[0] in _PREPOSITIONS
        and len(words) > 1
        and words[1] in (_OBJECTS | _SUBJECTS | _EITHER)
    ):
        return _inner(text, tokens, 2, verb, cues) or blocked  # "von welchen der X sagte:"
    if words[0] in _POSSESSIVES:  # "dessen Frau schrie:": the noun after it
        return _inner(text, tokens, 1, verb, cues) or blocked
    if words[0] in _OBJECTS:  # "denen der Landrath zurief:"
        return _inner(text, tokens, 1, verb, cues) or blocked
    if words[0] not in (_SUBJECTS | _EITHER):
        return None
    if words[0] in _ARTICLES and len(tokens) > 1 and tokens[1].group()[:1].isupper():
        return None  # "…, die Regierung habe erklärt:": an article, reported speech
    other = _other_subject(tokens, 1)
    if other is not None and words[other] in _PRONOUNS:
        return blocked  # "welche man fragte:", "die er sagte:"
    if other is not None and words[0] in _EITHER and not _plural_against(tokens, other, verb):
        return _inner(text, tokens, other, verb, cues) or blocked  # "welche der Rektor ermahnte:"
    return _antecedent(text, clause, verb, cues, blocked)


def _antecedent(
    text: str, clause: tuple[int, int, int], verb: re.Match[str], cues: Cues, blocked: Mention
) -> Mention | None:
    """The person or body the relative clause hangs on, right before its comma (`blocked`: it
    names nobody; None: no person, read as before)."""
    tokens = list(TOKEN.finditer(text, clause[0], clause[1] + 1))
    phrase = ending_at(tokens, len(tokens) - 1, cues) if tokens else None
    if phrase is None or _owned(tokens, phrase):
        return blocked
    if tokens[phrase.head].group().lower() in _POINTING:
        return blocked  # "Jene, die da sagen:"
    if not speaks(text, tokens, phrase, cues):  # "Es sprach Roth, der …": read as before
        # "den Bericht, der feststellt:": a document; "sprach mit Arbeitern, die sagten:": a
        # preposition's noun is no subject of the main cue, which must not take the words
        governed = phrase.start > 0 and tokens[phrase.start - 1].group().lower() in _PREPOSITIONS
        return None if phrase.name and not governed else blocked
    found = mention_of(text, tokens, phrase, verb, cues)
    return dataclasses.replace(found, sure=False) if found else blocked


# "Der Anwalt von Tom Weber", "Die Frau des Ministers": another's name inside; a role before a name
# ("Der Abgeordnete Riedel") is the person's own.
def _owned(tokens: list[re.Match[str]], phrase: Phrase) -> bool:
    """Whether the antecedent phrase holds the name of someone it belongs to."""
    words = [t.group() for t in tokens[phrase.start + 1 : phrase.end]]
    for word, after in itertools.pairwise(words):
        if word in _GENITIVES and after[:1].isupper():
            return True
        if word in ("von", "vom") and after[:1].isupper():
            return True  # "Der Anwalt von X"; "Hedwig von Sternau" would be cut short
    return False


def _inner(
    text: str, tokens: list[re.Match[str]], index: int, verb: re.Match[str], cues: Cues
) -> Mention | None:
    """The person subject inside the relative clause, from `index` (past any object)."""
    at = _other_subject(tokens, index) if index < len(tokens) else None
    if at is None or tokens[at].group().lower() in _PRONOUNS:
        return None
    phrase = read_phrase(tokens, at, cues)
    if phrase is None or not person(text, tokens, phrase, cues):
        return None
    found = mention_of(text, tokens, phrase, verb, cues)
    return dataclasses.replace(found, sure=False) if found else None


def _other_subject(tokens: list[re.Match[str]], index: int) -> int | None:
    """Where a word that may be a subject stands from `index` on: a nominative pronoun, an
    article that may be nominative, or a capital no preposition or oblique article governs."""
    governed = False
    for at in range(index, len(tokens)):
        word = tokens[at].group()
        lower = word.lower()
        if lower in _PREPOSITIONS or lower in _OBLIQUE:
            governed = True  # up to its noun: "vor dem alten Rathhause", "dem Minister"
        elif word[:1].isupper():
            if not governed:
                return at
            governed = at + 1 < len(tokens) and tokens[at + 1].group() in ("des", "der")
        elif lower in _PRONOUNS or (lower in _NOMINATIVE and not governed):
            return at
    return None


def _plural_against(tokens: list[re.Match[str]], other: int, verb: re.Match[str]) -> bool:
    """Whether a plural verb rules out a singular subject inside ("welche der Regierung
    erklärten:" is the antecedent's): a verb in -en after a singular article or a name."""
    singular = tokens[other].group().lower() in {"der", "das", "ein", "eine", "sein", "mein"}
    return verb.group().lower().endswith("en") and (singular or tokens[other].group()[:1].isupper())


def saying_verb(word: str, cues: Cues) -> bool:
    """Whether a verb closing a relative clause is one of saying: a cue, a separable one joined
    ("zurief", "ausrief"), or a present plural whose singular is one ("klagen": "klagt")."""
    if cues.verbs.fullmatch(word):
        return True
    if any(word == particle + stem for stem, particle in separable_verbs()) or word in _JOINED:
        return True
    return word.endswith("en") and bool(cues.verbs.fullmatch(word[:-2] + "t"))
