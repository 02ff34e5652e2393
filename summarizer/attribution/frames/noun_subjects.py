"""German sentence subjects that no cue verb names, read by each German reader in turn."""

from __future__ import annotations

from summarizer.attribution.frames.turn_label import turn_speaker
from summarizer.attribution.german.became_plain import became_plain
from summarizer.attribution.german.colon_labels import colon_label
from summarizer.attribution.german.german_because import main_subject
from summarizer.attribution.german.german_content import content_source
from summarizer.attribution.german.german_deigned import deigned_subject
from summarizer.attribution.german.german_judged import judged_by
from summarizer.attribution.german.german_labels import labelled_name
from summarizer.attribution.german.german_order import framed_subject, preposed_subject
from summarizer.attribution.german.german_referred import referred_document
from summarizer.attribution.german.german_sources import statement_source
from summarizer.attribution.german.german_split import split_subject
from summarizer.attribution.german.label_topics import preposition_verb
from summarizer.attribution.german.possessive_label import possessive_label
from summarizer.attribution.german.seen_so import seen_so
from summarizer.attribution.german.statement_owner import statement_owner
from summarizer.attribution.lexicon.cues import Cues, Mention, Window


def _framed(text: str, window: Window, cues: Cues) -> Mention | None:
    """`framed_subject`, unless its verb is a preposition ("Streit um Jan Roth:": a topic)."""
    found = framed_subject(text, window, cues)
    return None if preposition_verb(found) else found


# The last reads a document's wording ("Darin steht:"): only when no speaker is read first. The
# flag: the reader reads only a window ending in a colon (and names nobody before any other).
_READERS = (
    (deigned_subject, True),
    (main_subject, False),
    (split_subject, False),
    (preposed_subject, False),
    (_framed, True),
    (labelled_name, True),
    (judged_by, False),
    (statement_owner, False),
    (statement_source, True),
    (content_source, False),
    (turn_speaker, True),
    (colon_label, True),
    (possessive_label, True),
    (seen_so, True),
    (became_plain, True),
    (referred_document, True),
)


# Chosen once, not for each quotation: the readers of a frame ending in a colon, and of any other.
_COLON_READERS = tuple(read for read, _ in _READERS)
_OPEN_READERS = tuple(read for read, framed in _READERS if not framed)


def noun_subject(text: str, window: Window, cues: Cues) -> Mention | None:
    """The subject the first German reader finds in `window`, else None."""
    for read in _COLON_READERS if colon_framed(text, window) else _OPEN_READERS:
        found = read(text, window, cues)
        if found:
            return found
    return None


# Ten of the readers read only a frame that ends in a colon ("Dazu sagte X:", "Sein Fazit:"): the
# window is looked at once here, and they are not asked about any other window.
def colon_framed(text: str, window: Window) -> bool:
    """Whether the words of `window` end in a colon."""
    return text[window[0] : window[1]].rstrip().endswith(":")
