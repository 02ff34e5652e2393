"""A quotation that closes on a comma, "!" or "?" right before a reporting verb is speech, however
many of its words open with a capital ("„Gute Nacht, Herr Nachbar,“ sagte der Alte": German
capitalises every noun and every form of address, so four capitals make no title there)."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_OPEN_ENDS = ",!?"
_REACH = 40
_TITLE_WORDS = 3
# the rest of the cue's clause: closing in "ab", it makes the verb another ("sagte … ab": called
# off, "rief … ab", "meldete … ab"), no saying
_CLAUSE = re.compile(r"[^.!?;:\n„“”»«]{0,80}")
_OFF = "ab"


def capitalised_title(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether a quotation ending in punctuation is a title by its capitals: more than three
    words, each opening with a capital, and no reporting verb right after it."""
    capitals = len(words) > _TITLE_WORDS and all(w[0].isupper() for w in words)
    return capitals and not cued_after_close(text, span, cues)


def cued_after_close(text: str, span: Span, cues: Cues) -> bool:
    """Whether the quotation ends in a comma, "!" or "?" inside its marks and a reporting verb in
    lower case (no verb of hearsay) follows the closing mark after nothing but spaces."""
    if text[span.start : span.end].rstrip()[-1:] not in _OPEN_ENDS:
        return False
    after = text[span.close_at + 1 : span.close_at + _REACH]
    lead = after.lstrip(" \t\xa0")
    if len(lead) == len(after):
        return False  # „…,“-Bewegung, „…!“, …: no word right after the mark
    found = cues.verbs.match(lead)  # a verb in lower case: "„…!“ So lautete …" is no inverted cue
    verb = found.group() if found else ""
    said = verb[:1].islower() and verb.lower() not in cues.hearsay
    verb_end = span.close_at + 1 + len(after) - len(lead) + len(verb)
    return said and not _called_off(text, verb_end)


def _called_off(text: str, verb_end: int) -> bool:
    """Whether the clause after the verb ends in the particle "ab" ("sagte der Veranstalter ab")."""
    clause = _CLAUSE.match(text, verb_end)
    words = clause.group().split() if clause else []
    return bool(words) and words[-1] == _OFF
