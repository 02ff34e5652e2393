"""German: a common plural noun after a full name that follows the cue is its object."""

# "„…“, warnte Jan Roth Anleger", "lobte Jan Roth Kollegen": after a first name and a surname the
# next capitalised word may be a second surname ("Thomas Müller Westernhagen") or the verb's
# object, a plural noun; it is a noun when the project knows it as a person's role ("Kollegen") or
# the article writes it after a plural determiner too ("die Anleger", "vielen Anlegern"), which no
# surname takes. The name then ends before it. Only after the cue: the subject's run opens there.

from __future__ import annotations

import dataclasses
import re

from summarizer.attribution.german.forenames import FORENAMES
from summarizer.attribution.german.roles import role_word
from summarizer.attribution.lexicon.cues import Cues, Mention

# determiners only a plural takes ("die" too: the word itself ends like a plural); "den",
# "vielen" only with the dative's "-n" ("den Anlegern"), as "den Richter" is singular
_PLURAL = "die|alle|viele|keine|einige|mehrere|manche|zahlreiche|andere|unsere|ihre|seine"
_DATIVE = "den|allen|vielen|keinen|einigen|mehreren|manchen|zahlreichen|anderen"
_WINDOW = 3000  # characters either side of the name the plural is looked for in
_PLURAL_ENDS = ("en", "er", "ern", "e", "n")


def without_plural(text: str, mention: Mention, cues: Cues) -> Mention:
    """The mention short of a plural common noun after a full name after its cue, else as it was."""
    words = mention.words.split(" ")
    if mention.kind != "name" or len(words) < 3 or mention.at < mention.cue_at:
        return mention
    # a first name and a surname before it: not "Hans Peter Richter", two first names
    if words[-2] in FORENAMES or not any(word in FORENAMES for word in words[:-2]):
        return mention
    last = words[-1]
    if (
        not last.isalpha()
        or not last.endswith(_PLURAL_ENDS)
        or not _common(text, last, mention.at, cues)
    ):
        return mention
    return dataclasses.replace(mention, words=mention.words.rsplit(" ", 1)[0])


def _common(text: str, word: str, at: int, cues: Cues) -> bool:
    """Whether a capitalised word is a plural role the project knows or one a plural determiner
    takes elsewhere in the text."""
    if word.endswith("en") and role_word(word, cues):
        return True  # "Kollegen"; not "Richter", also a surname
    stem = re.escape(word.removesuffix("n") if word.endswith("ern") else word)
    plural = rf"\b(?i:{_PLURAL})\s+{stem}n?\b"
    dative = rf"\b(?i:{_DATIVE})\s+{stem}n\b"
    window = (max(0, at - _WINDOW), at + _WINDOW)  # bounded: linear on long texts
    return re.compile(f"{plural}|{dative}").search(text, *window) is not None
