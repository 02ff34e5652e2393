"""A label a verb of calling gives, whose name before the verb is its object: never the speaker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from summarizer.attribution.attributed import NOBODY, Attribution
from summarizer.attribution.kinds.judged import (
    Label,
    doubted_order,
    object_first,
    subject_after,
    subject_between,
    subject_within,
)
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span


# "Вчера Анну Смирнову назвала «…» Мария Иванова" named Анну; "A Juan Pérez Ana López lo calificó
# de «…»" the whole run: the subject after the label (or a surname right before the verb after a
# noun phrase, "Заявление Байдена Песков назвал"), else nobody (the object alone stays unsplit).
def objected(
    text: str,
    spans: Sequence[Span],
    found: Sequence[Attribution],
    labels: Sequence[Label | None],
    cues: Cues,
) -> tuple[Attribution, ...]:
    """`found`, each label whose name before the verb is its object given to its subject."""
    kept = []
    for span, one, label in zip(spans, found, labels, strict=True):  # labels read once (find.py)
        if object_first(text, label, cues):
            subject = subject_after(text, span, cues) or subject_within(text, label, cues)
            subject = subject or subject_between(label, cues)
            one = replace(one, speaker=subject, mention=subject) if subject else NOBODY
        elif one.speaker and doubted_order(text, span, label, cues, one.cue or ""):
            one = replace(one, sure=False)  # "Действия Киева назвала «…» Захарова"
        kept.append(one)
    return tuple(kept)
