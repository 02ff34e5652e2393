"""Whether a lone capitalised word at a cue is a name."""

from __future__ import annotations

import functools
import re

from summarizer.attribution.frames.surnames import opening_surname
from summarizer.attribution.german.particled import after_rank
from summarizer.attribution.german.separable import separable_verbs
from summarizer.attribution.lexicon.cues import Cues, Mention


@functools.lru_cache(maxsize=1024)
def _repeated(text: str, words: str) -> bool:
    """Whether `words` stands in `text` more than once (counted once per text and words)."""
    return text.count(words) > 1


# Where every noun is capitalised it must stand alone in its clause ("Merkel sagte:",
# "sagt Geicke."), not after another word ("um 0.16 Uhr schickt"). Before a colon it may
# be a headline's topic ("Musées : « … »"), and a Russian sentence opens with a capital,
# so there only a word the article repeats is a name.
def bare_name(text: str, mention: Mention, cues: Cues) -> bool:
    """Whether a lone capitalised word is a name."""
    if cues.nouns_capitalized and after_rank(text, mention):
        return True  # "Der Minister Wendt bemerkte:", "Abg. Wendt: …", "Herr Wendt ergriff"
    if mention.cue in (":", "："):
        return _repeated(text, mention.words)
    before = text[max(0, mention.at - 3) : mention.at].strip()
    if not cues.nouns_capitalized:  # Russian "Врачи объясняли:" opens with a noun
        opens = not before or before[-1] in ".!?\n"
        named = _repeated(text, mention.words) or opening_surname(mention, cues)
        return not (cues.case_endings and opens) or named
    end = mention.at + len(mention.words)
    after = text[end : end + 1]
    ends_clause = not after or not (after.isalnum() or after.isspace())
    # "sagte Merz gegenüber der ARD", "räumte Merz ein": a lower-case word ends the noun phrase
    verb = re.search(r"(\w+) $", text[max(0, mention.at - 30) : mention.at])
    going_on = after == " " and text[end + 1 : end + 2].islower()
    # or the cue and a reflexive right before it ("fragen sich Anwohner seit Wochen")
    between = text[mention.cue_at + len(mention.cue) : mention.at] if mention.cue_at >= 0 else "-"
    cued = mention.cue_at >= 0 and set(between.split()) <= cues.reflexives and between.strip() != ""
    verb_before = verb is not None and bool(cues.verbs.fullmatch(verb.group(1)))
    going_on = going_on and (verb_before or cued)
    closed = _particle_closes(text, end, mention.cue)
    return not before or before[-1] in ".!?:;,\n" or ends_clause or going_on or closed


# "„…“, teilte der Autobauer Velmar mit.": the particle of the cue's own separable verb closes
# the clause right after the name, as the mark does after "sagte der Autobauer Velmar."
_CLOSED = re.compile(r" (\w+)[.,;:!?]")


def _particle_closes(text: str, end: int, cue: str | None) -> bool:
    """Whether the particle of the separable cue `cue` ends the clause right after `end`."""
    found = _CLOSED.match(text, end)
    if found is None:
        return False
    stem, *joined = str(cue).lower().split()  # "teilte", or the pair as cued: "gab bekannt"
    particle = found.group(1)
    return joined in ([], [particle]) and (stem, particle) in _PAIRS


_PAIRS = frozenset(separable_verbs())
