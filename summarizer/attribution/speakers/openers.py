"""A lone name that opens a sentence as its verb's subject: a pronoun after it is not one before."""
# "“…,” said Tom Hale.\n\nMulder didn't hesitate. “…,” he said": he is Mulder, never Tom Hale.

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.subordinate import NEGATION
from summarizer.attribution.lexicon.cues import Cues, gender_of
from summarizer.attribution.lexicon.stops import after_marks
from summarizer.attribution.speakers.roster import lower_words

_CLOSING = "”\"’'"
_STOPS = ".!?"


# Only where the data names group nouns (English): elsewhere a capital opens any noun.
def opened_by_other(text: str, window: tuple[int, int], person: str, cues: Cues) -> bool:
    """Whether a lone name other than `person` opens a sentence in `window` after it is named."""
    if not cues.group_subjects or cues.past_verb is None:
        return False  # no group nouns to tell a lone name from a noun: never
    words = set(person.split())
    found = [(text.rfind(word, *window), word) for word in words]
    named = max((at + len(word) for at, word in found if at >= 0), default=window[0])
    for first, second in pairwise(TOKEN.finditer(text, named, window[1])):
        word = first.group()
        if not word[0].isupper() or word in words:
            continue
        opens = _opens(text, first.start()) or fronted_before(text, first.start(), cues)
        if opens and finite_subject(text, first, second, cues):
            return True
    return False


def finite_subject(text: str, first: re.Match[str], second: re.Match[str], cues: Cues) -> bool:
    """Whether the capitalised word `first` is a lone name, the subject of the finite verb after."""
    if not cues.group_subjects or cues.past_verb is None:
        return False
    if text[first.end() : second.start()] != " " or not second.group().islower():
        return False
    lower = first.group().lower()
    closed = (
        cues.stop,
        cues.skip,
        cues.pronouns,
        cues.subordinating,
        cues.orgs,
        cues.group_subjects,
    )
    if any(lower in lexicon for lexicon in closed) or lower in cues.titles:
        return False
    verb = NEGATION.sub("", second.group())
    finite = verb in cues.clause_auxiliaries or cues.past_verb.fullmatch(verb) is not None
    return finite and verb not in cues.plural_auxiliaries and lower not in lower_words(text)


def _opens(text: str, at: int) -> bool:
    """Whether a sentence or a paragraph begins at `at`."""
    before = text[max(0, at - 4) : at].rstrip(" \t").rstrip(_CLOSING)
    return not before or before[-1] == "\n" or before[-1] in _STOPS


_SENTENCE_REACH = 300


# "When asked …, Mulder didn't hesitate", "Asked …, Mulder didn't": the main clause's subject
def fronted_before(text: str, at: int, cues: Cues) -> bool:
    """Whether `at` follows the comma closing a clause that opens its sentence with a conjunction
    or a past participle, and that names nobody by a pronoun."""
    if text[max(0, at - 2) : at] != ", ":
        return False
    reach = max(0, at - _SENTENCE_REACH)
    begin = after_marks(text, ".!?\n", reach, at)
    words = TOKEN.findall(text, begin, at)
    word = words[0] if words else ""
    lower = word.lower()
    past = cues.past_verb is not None and cues.past_verb.fullmatch(lower) is not None
    # "When she finished, Mulder didn't": the clause names another by a pronoun, who may go on
    gendered = any(gender_of(w, cues) for w in words)
    return word[:1].isupper() and (lower in cues.subordinating or past) and not gendered
