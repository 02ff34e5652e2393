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
from summarizer.attribution.lexicon.cues import Cues, Mention, Window


def _framed(text: str, window: Window, cues: Cues) -> Mention | None:
    """`framed_subject`, unless its verb is a preposition ("Streit um Jan Roth:": a topic)."""
    found = framed_subject(text, window, cues)
    return None if preposition_verb(found) else found


# The last reads a document's wording ("Darin steht:"): only when no speaker is read first.
_READERS = (
    deigned_subject,
    main_subject,
    split_subject,
    preposed_subject,
    _framed,
    labelled_name,
    judged_by,
    statement_source,
    content_source,
    turn_speaker,
    colon_label,
    possessive_label,
    seen_so,
    became_plain,
    referred_document,
)


def noun_subject(text: str, window: Window, cues: Cues) -> Mention | None:
    """The subject the first German reader finds in `window`, else None."""
    return next(filter(None, (read(text, window, cues) for read in _READERS)), None)
