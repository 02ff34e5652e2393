"""A capitalised word after "der" that qualifies the noun after it (`review29b`).

"Die Ministerin sagte der Stuttgarter Zeitung: „…“": a place's adjective in "-er" ("Stuttgarter",
"Münchner", "Schweizer") looks like a person noun, yet it qualifies the noun after it, and that
noun decides the case: "Zeitung", "Morgenpost", "Rundschau" are no nominative, so the phrase before
the verb stays its subject; a weak adjective in "-en" ("der Frankfurter Allgemeinen", "der Passauer
Neuen Presse") is a dative or genitive. "der Berliner Bürgermeister", "der Deutsche Bühnenverein"
are nominatives, so is a role before a name ("der Trainer Mike Hahn", a known first name, or a
surname the article gave in full before).
"""

from __future__ import annotations

import re

from summarizer.attribution.german.forenames import GIVEN
from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.lexicon.cues import Cues

_NEXT = re.compile(r" ([A-ZÄÖÜ][\w-]*)(?= ([A-ZÄÖÜ][\w-]*))?")
# nouns for people or bodies, nominative after "der" ("Bürgermeister", "Präsident", "Verband")
_PERSON = re.compile(r"(?:er|ier|ent|ant|ist|eur|or|alt|ann|ohn|ef|at|oge|ege|är|ar)$")
_BODIES = ("verband", "verein", "rat", "bund", "konzern", "vorstand", "ausschuss", "senat", "klub")
_ADJECTIVE_ENDS = ("er", "e")  # "Stuttgarter", "Deutsche": a noun in "-er" may be one too
_TIME = frozenset({"Ende", "Anfang", "Mitte"})  # "der Stuttgarter Zeitung Ende Mai"
_BACK = 2000  # how far back a surname's full name is looked for: bounded


def modified_noun(text: str, at: int, word: str, cues: Cues) -> bool | None:
    """Whether the noun after `word` (read after "der", ending at `at`) is a nominative; None when
    no capitalised word follows or `word` is a role itself ("der Polizeisprecher Jan Bruns")."""
    following = _NEXT.match(text, at)
    if following is None or not word.endswith(_ADJECTIVE_ENDS) or person_noun(word, cues):
        return None  # "der Sozialverband VdK": a noun, not an adjective
    noun = following.group(1)
    if noun.lower().endswith("en"):
        return False  # "der Frankfurter Allgemeinen": a weak adjective, dative or genitive
    if following.group(2) and following.group(2) not in _TIME:
        return True  # "der Trainer Mike Hahn": a role and a name
    if noun in GIVEN or _full_before(text, noun, at):
        return True  # "der Trainer Kowalski" after "Marek Kowalski"
    lower = noun.lower()
    return _PERSON.search(lower) is not None or lower.endswith(_BODIES)


def _full_before(text: str, surname: str, at: int) -> bool:
    """Whether the article gave `surname` with a first name before ("Jan Kowalski")."""
    full = re.compile(rf"[A-ZÄÖÜ][\w-]+ {re.escape(surname)}\b")
    return full.search(text, max(0, at - _BACK), at) is not None
