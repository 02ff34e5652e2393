"""A pronoun that goes on with the previous quotation's speaker where nobody is named between
them ("X отметил: «…». Он добавил: «…»"), in the languages that guess pronouns."""

from __future__ import annotations

from summarizer.attribution.clauses import gender_of
from summarizer.attribution.cues import Cues, Mention

_CLOSING_MARKS = '»"”'


def carried(
    text: str, mention: Mention, context: tuple[int, int], previous: str | None, cues: Cues
) -> str | None:
    """The previous quotation's speaker for the pronoun `mention`, when `context` (the text
    before its quotation) starts right at that quotation's closing mark, so that nobody could
    be named between them, and that speaker's surname marks no other gender."""
    if mention.kind != "pronoun" or not previous or not cues.pronoun_guess or not cues.spaced:
        return None
    if text[context[0] - 1 : context[0]] not in _CLOSING_MARKS:
        return None
    wanted = gender_of(mention.words, cues)
    surname = previous.split()[-1]
    marked = [gender for gender, ends in cues.gender_endings if surname.endswith(ends)]
    return previous if not wanted or not marked or marked[0] == wanted else None
