"""A verb that takes the one spoken to, inverted after its quotation: "“…,” reminded Jane Roe."

"X reminded (assured, informed, urged) Y" has Y as the one spoken to; right after a quotation set
off by its comma, with no subject before the verb, the name after it is the speaker when nothing
follows the name in its clause: "“…,” reminded Jane Roe." and "“…,” assured Gen. Rolf Adler, the
chief" are theirs; "“…” reminds Jane Roe of home" (the quotation is the subject) names nobody.
"Remind … of" is a likeness, no words said ("schools that reminded him of “a third-world
country”"): no cue.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer import _data
from summarizer.attribution.lexicon.english_verbs import forms

# One to five capitalised words (an abbreviated title may end in its stop, "Gen."), then the
# clause's end: a stop, a comma (an apposition may follow), a dash or the text's end. A possessive
# ("Jane Roe's aide") or any word after the name (an object, "of home") is no such end.
_WORD = r"[A-Z](?:[A-Za-z-]|['’](?![sS]\b))*"
_NAME_ENDS = re.compile(rf"[ \t]+(?:{_WORD}\.?[ \t]+){{0,4}}{_WORD}[ \t]*(?:[,.;!?—–)\n]|$)")
# A pronoun object only: "reminded members of Congress", "Chuck Todd of NBC" hold "of" in the object
_OBJECT_OF = re.compile(r"[ \t]+(?:him|her|them|me|us|you|it)[ \t]+of(?!\w)", re.IGNORECASE)


@cache
def _forms() -> frozenset[str]:
    """The past and third person of english_verbs.toml's `inverted_hearers` ("reminded")."""
    data = _data.load_toml("english_verbs.toml")
    found = (forms(lexeme, data) for lexeme in data.get("inverted_hearers", []))
    return frozenset(form for each in found for form in (each["past"], each["third"]))


def hearer_inverted(verb: str, text: str, end: int) -> bool:
    """Whether `verb`, ending at `end` right after a quotation, is a verb of addressing whose
    subject follows it: a name closes the clause after it."""
    return verb in _forms() and _NAME_ENDS.match(text, end) is not None


@cache
def _likening() -> frozenset[str]:
    """Every form of english_verbs.toml's `likening` lexemes ("reminded", "reminds")."""
    data = _data.load_toml("english_verbs.toml")
    found = (forms(lexeme, data) for lexeme in data.get("likening", []))
    return frozenset(form for each in found for form in (each["past"], each["third"]))


def likens(verb: str, text: str, end: int) -> bool:
    """Whether `verb` (ending at `end`) is "remind" with a pronoun object and "of" after it."""
    return verb in _likening() and _OBJECT_OF.match(text, end) is not None
