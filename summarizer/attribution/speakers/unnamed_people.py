"""German: a person written in view but never named ("ein Anwohner", "Der Pfarrer", "Ihre Tochter").

A role, an age or a nationality at a cue may stand for such a person rather than for the one named
person of its gender (`gendered_roles`, `epithets`): "Der Vater des Opfers ist erschüttert. „…“,
sagte der 52-Jährige" is the father, not the suspect named before him (review29). Read outside
quotations only.
"""

from __future__ import annotations

import re

from summarizer import _data

_DATA = _data.load_toml("german.toml")["unnamed_people"]  # the word lists: see there


def _any(words: list[str]) -> str:
    """`words` as one alternation, in their order."""
    return "|".join(words)


_MASCULINE_OPENERS = _any([*_DATA["masculine_possessives"], _DATA["masculine_article"]])
_FEMININE_OPENERS = _any([*_DATA["feminine_possessives"], _DATA["feminine_article"]])
# an indefinite article before a noun of a person's shape ("ein Anwohner", "eine Zeugin", "einen
# 40-jährigen Mann", "eine Frau"), not "einen Neubau", "eine Einigung"
_INDEFINITE = re.compile(
    r"(?<![\w-])[Ee]ine?[mnr]? (?:[\w-]+e[nmrs]? )*(?:[A-ZÄÖÜ][\w-]*"
    rf"(?:{_any(_DATA['indefinite_endings'])})|{_any(_DATA['indefinite_nouns'])})(?![\w-])"
)
# a sentence opened by a possessive or a definite article and a person's noun that no name
# follows: "Ihr Vater, ein Fan", "Seine Frau meldete sich", "Der Pfarrer erinnerte", "Die
# Ermittlerin bat"; a masculine noun only of a person's shape ("Der Winter" may pass: it only
# ever silences the guess), a feminine one only in -in or of kin
_OPENER = re.compile(
    rf"(?:\A|[.!?:]\s+|\n)(?:(?:{_MASCULINE_OPENERS})\s+[A-ZÄÖÜ][\w-]*"
    rf"(?:{_any(_DATA['masculine_endings'])})"
    rf"|(?:{_any(_DATA['masculine_possessives'])})\s+(?:{_any(_DATA['masculine_kin'])})"
    rf"|(?:{_FEMININE_OPENERS})\s+(?:[A-ZÄÖÜ][\w-]*[a-zäöüß]in|{_any(_DATA['feminine_kin'])}))"
    r"(?![\w-])"
)
# what may follow a noun that introduces someone: a short complement, a comma, then a full name
_NAMED_NEXT = re.compile(
    rf"(?: (?:{_any(_DATA['complement_links'])})(?: [^,.;:!?()„“\n]{{1,40}}?)??)?,? "
    r"(?:[A-ZÄÖÜ][a-zäöüß]+-?)+ [A-ZÄÖÜ][a-zäöüß]"
)
_QUOTED = re.compile(r"„[^“]*“")  # the quotation's own words: "eine klare Sprache"


def unnamed_in(words: str) -> bool:
    """Whether `words` (but for any quotation) hold a person never named: an indefinite one
    ("eine Nachbarin", "ein Mann") or a sentence's subject with a definite or possessive article
    that no name follows ("Der Pfarrer erinnerte an …", "Ihre Tochter kam")."""
    words = _QUOTED.sub("", words)
    if _INDEFINITE.search(words):
        return True
    return any(_unnamed(words, found.end()) for found in _OPENER.finditer(words))


def _unnamed(words: str, end: int) -> bool:
    """Whether the noun ending at `end` names nobody: no name follows it, nor do the words end
    right after it (read up to a name: "Die Weinkönigin " before "Sophie Reinhardt")."""
    return bool(words[end:].strip()) and not _NAMED_NEXT.match(words, end)
