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

_DETERMINERS = (
    "die|den|alle|allen|viele|vielen|keine|keinen|einige|einigen|mehrere|mehreren|manche|manchen|"
    "zahlreiche|zahlreichen|andere|anderen|unsere|unseren|ihre|ihren|seine|seinen"
)
_PLURAL_ENDS = ("en", "er", "ern", "e", "n")


def without_plural(text: str, mention: Mention, cues: Cues) -> Mention:
    """The mention short of a plural common noun after a full name after its cue, else as it was."""
    words = mention.words.split(" ")
    if mention.kind != "name" or len(words) < 3 or mention.at < mention.cue_at:
        return mention
    if not any(word in FORENAMES for word in words[:-2]):
        return mention
    last = words[-1]
    if not last.isalpha() or not last.endswith(_PLURAL_ENDS) or not _common(text, last, cues):
        return mention
    return dataclasses.replace(mention, words=mention.words.rsplit(" ", 1)[0])


def _common(text: str, word: str, cues: Cues) -> bool:
    """Whether a capitalised word is a role the project knows or one written after a determiner."""
    if role_word(word, cues):
        return True
    stem = re.escape(word.removesuffix("n") if word.endswith("ern") else word)
    return re.search(rf"\b(?i:{_DETERMINERS})\s+{stem}n?\b", text) is not None
