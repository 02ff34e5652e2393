"""English: a role's noun phrase opening the clause right before a full name pre-modifies it."""

# "Campaign manager Tom Hale released a memo. “…,” he said": "manager" is no title of the list,
# so the name was no subject and "he" named nobody. In journalistic English a bare noun phrase
# written right before a capitalised full name, with only spaces between, is an appositive title
# of the name ("defense attorney", "longtime aide", "34-year-old nurse", "Clinton campaign
# manager", "the Slate technology columnist"): where it opens the clause, the name is the subject.
# The phrase ends in a lower-case noun; no function word stands inside it (not "Voters in Ohio
# back"), and its last word is no verb form: no reporting verb ("Critics told Tom Hale"), nor a
# past in -ed or a present in -s ("Voters backed Tom Hale", "Ann Roe thanks Tom Hale"); no word
# before it looks plural, a subject whose verb is the last word ("Voters love Tom Hale dearly").

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.english_words import opens_clause, plain_word
from summarizer.attribution.frames.inverted import ROLE_REACH, ROLE_WORDS
from summarizer.attribution.lexicon.cues import Cues

_NAME_WORDS = 2  # a first name and a surname at least
_POSSESSIVE = ("'s", "’s")


def role_led(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a noun phrase ending in a lower-case noun opens the clause right before the name."""
    if cues.family != "en" or len(run.group().split()) < _NAME_WORDS:
        return False
    before = list(TOKEN.finditer(text, max(0, run.start() - ROLE_REACH), run.start()))
    if (
        not before
        or text[before[-1].end() : run.start()] != " "
        or not _noun_word(before[-1].group(), cues)
    ):
        return False
    for back in range(1, min(len(before), ROLE_WORDS) + 1):
        word = before[-back]
        if back > 1 and text[word.end() : before[-back + 1].start()] != " ":
            return False  # a comma or a mark between: no one phrase
        lower = word.group().lower()
        if back > 1 and _plural(lower):
            return False  # "Voters love Tom Hale": a plural subject and its verb, no one phrase
        if opens_clause(text, word.start()):
            return _first(lower, cues)
        if lower in cues.stop and not lower.endswith(_POSSESSIVE):
            return False  # "Voters in Ohio back Tom Hale": a preposition inside, no one phrase
    return False


# "Longtime aide Ann Roe and campaign manager Tom Hale resigned": the second's role, after "and".
def role_words(words: list[str], cues: Cues) -> bool:
    """Whether English `words` (after a conjunction, before a name) are a role's noun phrase."""
    if cues.family != "en" or not 0 < len(words) <= ROLE_WORDS:
        return False
    return all(w.isalpha() and _noun_word(w, cues) for w in words)


def _noun_word(lower: str, cues: Cues) -> bool:
    """Whether a word can stand in a role's noun phrase: lower case, no verb form, no function."""
    if not plain_word(lower, cues):
        return False
    verbal = lower.endswith("ed") or _plural(lower)
    return not verbal and lower not in cues.governing and lower not in cues.told


# Not a relative or a subordinator: "Ana Ruiz, whose brother Tom Ruiz was arrested, spoke" is
# no subject of the sentence, and "he" must not go back to him.
def _first(lower: str, cues: Cues) -> bool:
    """Whether the word can open a role's noun phrase: an article, or no function word."""
    if lower in cues.articles or lower in cues.definite:
        return True
    closed = cues.relatives | cues.relative_subjects | cues.subordinating | cues.complementizers
    return lower not in cues.stop and lower not in cues.pronouns and lower not in closed


def _plural(lower: str) -> bool:
    """Whether a word before the phrase's last looks plural (-s, not -ss nor a possessive)."""
    return lower.endswith("s") and not lower.endswith(("ss", *_POSSESSIVE))
