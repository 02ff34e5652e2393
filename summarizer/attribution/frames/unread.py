"""A cue whose own subject stands before it unread: no earlier cue speaks for its quotation."""

# "Tim said that his brother once told him: “…”", "Cruz said as the heckler yelled: “…”": the
# nearest cue governs the quotation, so the subject of an earlier cue in the sentence is not the
# speaker even when the nearest cue's own subject ("his brother", "a headline that") names no one;
# nor is the previous quotation's speaker when that cue is the only one after it ("He said, “…” -
# at which point the crowd chanted “…”").

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues

_REACH = 60  # enough for the few words right before a cue


# Only the cue nearest the quotation (the last of `found`, the cues of the window in order) governs
# it; its subject starts after the cue before it.
def unread_subject(
    text: str, window: tuple[int, int], cue: re.Match[str], found: list[re.Match[str]], cues: Cues
) -> bool:
    """Whether a relative pronoun, a lower-case noun or a name is the subject right before `cue`."""
    if not cues.relative_subjects or cue is not found[-1]:
        return False
    if cue.group().lower() in cues.participles:
        return False  # "…, adding": the sentence's subject says it
    after = TOKEN.findall(text, cue.end(), window[1])
    if any(word.lower() in cues.subordinating for word in after):
        return False  # "X told reporters, who laughed, that “…”": the earlier cue's clause
    start = max(window[0], found[-2].end()) if len(found) > 1 else window[0]
    tokens = list(TOKEN.finditer(text, max(start, cue.start() - _REACH), cue.start()))
    limit = cue.start()
    while tokens and _adverb(tokens[-1].group().lower(), cues):
        limit = tokens.pop().start()
    if not tokens or text[tokens[-1].end() : limit].strip(" ,"):
        return False  # "Trump said; asked": no subject of its own
    word = tokens[-1].group()
    lower = word.lower()
    if lower in cues.relative_subjects:  # "a video that said": alone, the thing its owner made
        return len(found) > 1
    if text[tokens[-1].end() : limit].strip():
        # "his brother, Ed Ross, once told": an apposed name (not "Tuesday, then added")
        return word[0].isupper() and not _function_word(lower, cues)
    return word.isalpha() and word.islower() and not _function_word(lower, cues)


def _adverb(word: str, cues: Cues) -> bool:
    """Whether `word` may stand between a subject and its verb ("once", "repeatedly")."""
    return word in cues.skip or word.endswith(cues.adverb_endings)


# Closed classes only: what is left of a lower-case word before a verb is a noun ("parents").
def _function_word(word: str, cues: Cues) -> bool:
    """Whether `word` is no noun: a pronoun, article, preposition, conjunction or auxiliary."""
    closed = (cues.stop, cues.governing, cues.subordinating, cues.coordinating, cues.passive)
    more = (cues.clause_openers, cues.pronouns, cues.told, cues.negations, cues.addressed)
    return any(word in words for words in (*closed, *more))
