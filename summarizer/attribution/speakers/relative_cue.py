"""German relative clauses that cue a quotation: "Hunderte Demonstranten, die skandierten: „…“"."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.roster import lower_words

_REACH = 160  # how far before the colon the relative clause may start
# "…, die unter anderem skandierten: „", "…, der in einem Brief forderte: „": a nominative
# relative pronoun (never "den", "dem", "das": an object, or a thing) after a comma, a clause
# of no other sentence mark, a colon right before the quotation
_CLAUSE = re.compile(r", (der|die) ([^.!?:;,„“\"()]+): ?$")
_ANTECEDENT = re.compile(r"((?:[A-ZÄÖÜ][\w'-]*|[a-zäöüß]+)(?: [A-ZÄÖÜ][\w'-]*)*)$")
_DOCUMENTS = tuple(_data.load_toml("german.toml")["referred"]["nouns"])  # "bericht", "brief"
_PERSONAL = frozenset({"er", "sie", "es", "wir", "ihr", "man", "ich", "du", "ihn", "ihm", "uns"})
_ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "den", "dem", "des", "einer"})
_PREPOSITIONS = frozenset(
    {
        "in",
        "an",
        "auf",
        "mit",
        "für",
        "von",
        "zu",
        "bei",
        "nach",
        "aus",
        "über",
        "gegen",
        "vor",
        "unter",
    }
)
_AUXILIARIES = frozenset({"hatte", "hatten", "hat", "haben", "hätten", "hätte"})


def relative_subject(text: str, span: Span, cues: Cues) -> Attribution | None:
    """The antecedent of a relative clause whose verb of saying closes it before a colon."""
    if cues.family != "de":
        return None
    clause = _CLAUSE.search(text, max(0, span.open_at - _REACH), span.open_at)
    if clause is None:
        return None
    words = clause.group(2).split()
    verb = words[-2] if len(words) > 1 and words[-1] in _AUXILIARIES else words[-1]
    if cues.verbs.fullmatch(verb) is None or not _subjectless(words):
        return None
    antecedent = _antecedent(text, clause.start(), cues)
    if antecedent is None:
        return None
    at = clause.start() - len(antecedent)
    return Attribution(
        antecedent, verb, antecedent, "cue", clause.start(2), sure=False, mention_at=at
    )


def _subjectless(words: list[str]) -> bool:
    """Whether the clause has no subject of its own: no personal pronoun, no capital first,
    no article that no preposition governs ("die er fragte", "die der Minister lobte")."""
    lower = [w.lower() for w in words]
    if not _PERSONAL.isdisjoint(lower) or words[0][:1].isupper():
        return False
    governed = [
        i > 0 and lower[i - 1] in _PREPOSITIONS for i, w in enumerate(lower) if w in _ARTICLES
    ]
    return all(governed)


def _antecedent(text: str, comma: int, cues: Cues) -> str | None:
    """The noun or name right before the comma: a run of capitalised words, less the words the
    article also writes in lower case; no body's pronoun, no lone lower-case word."""
    found = _ANTECEDENT.search(text, max(0, comma - 80), comma)
    if found is None:
        return None
    words = found.group().split()
    lower = lower_words(text)
    while words and (words[0].islower() or words[0].lower() in lower):
        words.pop(0)
    if not words or words[-1].lower() in lower or words[-1].lower().endswith(_DOCUMENTS):
        return None  # "den Bericht, der feststellt:": a document's words, no speaker's
    return " ".join(words)
