"""Question-and-answer turns in three languages, put after an introduction written for a test."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

TURNS = {
    "en": "\n\nQ: Why clay?\n\nA: Because it is cheap.\n\nQ: And rain?\n\nA: Lime keeps it out.",
    "es": "\n\nP: ¿Por qué?\n\nR: Porque es barato.\n\nP: ¿Y la lluvia?\n\nR: La cal la detiene.",
    "fr": "\n\nQ : Pourquoi ?\n\nR : Parce que.\n\nQ : Et la pluie ?\n\nR : La chaux la retient.",
}


def speakers(intro: str, lang: str) -> set[tuple[str | None, str | None]]:
    """Speaker and confidence of every answer (and question) the page lists."""
    said = [q for q in find_quotes(intro + TURNS[lang], lang) if q.kind != "title"]
    return {(q.speaker, q.confidence) for q in said if q.speaker}
