"""A label a verb of calling gives, whose name before the verb is its object: never the speaker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from summarizer.attribution.attributed import NOBODY, Attribution
from summarizer.attribution.kinds.judged import object_first, subject_after
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span


# "Вчера Анну Смирнову назвала «…» Мария Иванова" named Анну; "A Juan Pérez Ana López lo calificó
# de «…»" the whole run: the subject after the label, else nobody (the object alone stays unsplit).
def objected(
    text: str, spans: Sequence[Span], found: Sequence[Attribution], cues: Cues
) -> tuple[Attribution, ...]:
    """`found`, each label whose name before the verb is its object given to its subject."""
    kept = []
    for span, one in zip(spans, found, strict=True):
        if object_first(text, span, cues):
            subject = subject_after(text, span, cues)
            one = replace(one, speaker=subject, mention=subject) if subject else NOBODY
        kept.append(one)
    return tuple(kept)
