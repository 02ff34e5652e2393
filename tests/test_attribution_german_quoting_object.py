"""A quoting verb after a German quotation names its speaker as its object, never its subject:
"„…“, zitiert die Zeitung den Minister" gives the minister (session 27, `degap27`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de") if q.kind != "title"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Die Steuern bleiben stabil“, zitiert die Zeitung den Minister.", "Minister"),
        (
            "„Es gab keine Verletzten“, zitierte die Agentur einen Sprecher der Polizei.",
            "Sprecher der Polizei",
        ),
        ("„Wir bleiben hart“, zitierte der Sender die Ministerin am Montag.", "Ministerin"),
        (
            "„Wir verkaufen nicht“, zitiert die Zeitung den Firmenchef Lutz Averbeck.",
            "Lutz Averbeck",
        ),
    ],
)
def test_the_object_of_the_quoting_verb_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [(speaker, "low")]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir bleiben hart“, zitierte der Sender aus dem Brief.",  # a source, no person
        "„Wir verkaufen nicht“, zitiert die Zeitung den Bericht.",  # a document, no person
        "„Wir verkaufen nicht“, zitiert die Zeitung den Satz mehrfach.",
        "„Wir verkaufen nicht“, zitiert die Zeitung den Minister falsch und erfindet den Rest.",
    ],
)
def test_no_person_as_the_object_names_nobody(text: str) -> None:
    assert _speakers(text) == [(None, "low")]
