"""German quoted words and names that a noun for a word or a thing introduces: terms, not speech."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.kinds.german_titles import (
    STOP,
    WORD,
    framing_name,
    paired,
    reported,
    scare_adjective,
)
from summarizer.attribution.kinds.historical import article_word, scare_phrase
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_TERM_NOUNS = frozenset(_data.load_toml("terms.toml")["term_nouns"].get("de", []))
_SELF_NAMING = frozenset(_data.load_toml("terms.toml")["self_naming"].get("de", []))
_UNDER = frozenset(_data.load_toml("terms.toml")["under_heading"].get("de", []))
_WORDS = 4
_NAME_WORDS = 8
_SELF_BEFORE = 3  # "nennt sich „…“", "nennt sie sich „…“"
_SELF_AFTER = 60  # "„…“, wie sich die Militärjunta selbst nennt"
_AS_AFTER = re.compile(r"\s*,\s*wie\s+sich\b")
_CLAUSE_END = re.compile(r"[,;:.!?()\n–—„“”\"«»]")
_GENITIVE = ("es", "s")
_LAST_WORD = re.compile(r"[^\W\d_][\w'’-]*(?= $)")


# "der Ausdruck „par excellence“", "im Hotel „de Russie“", "im Bereich „politisch motivierte
# Kriminalität“": a short phrase with no stop in it right after a noun for a word or a named
# thing is that word or name, in any case, where its sentence reports nobody's words. (Measured:
# an article alone before an adjective and its noun, "einer „tiefen Krise“", lost gold partial
# quotations on the held-out half.)
def quoted_phrase(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether a short German quotation right after a noun for a word or a thing is a term."""
    if not 1 < len(words) <= _WORDS or text[span.open_at - 1 : span.open_at] != " ":
        return False
    lead = _LAST_WORD.search(text, max(0, span.open_at - 30), span.open_at)
    if lead is None or not _term_noun(lead.group()) or STOP.search(text, span.start, span.end):
        return False
    if any(w.lower() in cues.first_person for w in words) or paired(text, span):
        return False
    return not reported(text, span, cues)


def _term_noun(word: str) -> bool:
    """Whether a capitalised word is a noun for a word or a named thing, also in the genitive."""
    lower = word.lower()
    stems = [lower, *(lower[: -len(end)] for end in _GENITIVE if lower.endswith(end))]
    return word[0].isupper() and any(stem in _TERM_NOUNS for stem in stems)


# "Dann nennt sie sich „Netzwerk 12“", "der „Oberste Rat“, wie sich die Junta selbst nennt": the
# name a thing or a group gives itself, no one's words.
def self_named(text: str, span: Span, cues: Cues) -> bool:
    """Whether a reflexive verb of naming right before or after the quotation gives it as a name."""
    before = text[max(0, span.open_at - 30) : span.open_at]
    if "sich" not in before and "sich" not in text[span.close_at + 1 : span.close_at + 12]:
        return False  # a cheap gate: most quotations have no "sich" near them
    inner = text[span.start : span.end]
    if len(WORD.findall(inner)) > _NAME_WORDS or STOP.search(inner.rstrip(".")):
        return False
    lead = [w.lower() for w in WORD.findall(before)]
    near = lead[-_SELF_BEFORE:]
    if near[-1:] == ["sich"] and any(w in _SELF_NAMING for w in near[:-1]):
        return True  # not "bezeichnete sich als „…“": someone's word for himself
    after = _AS_AFTER.match(text, span.close_at + 1)
    if after is None:
        return False
    clause = _CLAUSE_END.split(text[after.end() : after.end() + _SELF_AFTER])[0]
    return any(w in _SELF_NAMING for w in WORD.findall(clause))


# "Unter dem Motto „Cannabis – ein Problem?!“ luden sie ein": what an event runs under is its
# heading, with whatever stop it has, never words someone is said to say.
def under_heading(text: str, span: Span, cues: Cues) -> bool:
    """Whether "unter", an article and a noun for a word or a name stand right before."""
    before = text[max(0, span.open_at - 40) : span.open_at]
    if "nter " not in before or len(WORD.findall(text, span.start, span.end)) > _NAME_WORDS:
        return False  # a cheap gate first: "unter"/"Unter" and a space
    lead = WORD.findall(before)[-3:]
    if len(lead) < 3 or text[span.open_at - 1 : span.open_at] != " ":
        return False
    under, article, noun = lead
    return under.lower() in _UNDER and article.lower() in cues.determiners and _term_noun(noun)


def german_term(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """German: a scare adjective or phrase, a framing name, or a phrase the reporter quotes."""
    return (
        scare_adjective(text, span, words, cues)
        or scare_phrase(text, span, words, cues)
        or article_word(text, span, words, cues)
        or framing_name(text, span, words)
        or quoted_phrase(text, span, words, cues)
    )
