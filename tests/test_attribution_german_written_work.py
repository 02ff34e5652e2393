"""A capitalised quotation a verb of writing governs, with its clause going on after it, is the
work written, a title (review 25b, `fixG25`): "schrieb der Autor „Die Nacht ist lang“ in nur
drei Wochen"; the words a subject writes or calls out close their clause."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Am Abend schrieb der Autor „Die Nacht ist lang“ in nur drei Wochen.",
        "Am Abend schrieb die Autorin „Das Ende der Nacht“ zu Ende.",
    ],
)
def test_a_work_written_is_a_title(text: str) -> None:
    assert [(q.kind, q.speaker) for q in find_quotes(text, "de")] == [("title", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Am Abend riefen die Fans „Wir sind die Meister“.", "Fans"),
        ("Am Abend riefen die Fans „Wir sind die Meister“ und tanzten.", "Fans"),
        ("Am Abend schrieb der Autor „Wir bleiben hier“.", "Autor"),
    ],
)
def test_words_said_or_written_keep_their_subject(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, "de")] == [speaker]
