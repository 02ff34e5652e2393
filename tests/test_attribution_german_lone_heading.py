"""A phrase in marks standing alone as its paragraph over unquoted prose is a heading (`defix26`):
„Aus der Reichshauptstadt.“ with an article's body after it is nobody's speech; a quotation that
the next paragraph reports, one a colon announces, a line of dialogue and a sentence with a verb
stay speech."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_BODY = "Gestern wurde im Reichstag über den Haushalt verhandelt. Die Abgeordneten stritten lange."


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in find_quotes(text, "de")]


@pytest.mark.parametrize(
    "text",
    [
        f"„Aus der Reichshauptstadt.“\n\n{_BODY}",
        f"Ein Bericht von gestern.\n\n„Vom Markt in der Altstadt.“\n\n{_BODY}",
        f"»Aus dem Reichstag.«\n\n{_BODY}",
    ],
)
def test_a_lone_phrase_over_prose_is_a_heading(text: str) -> None:
    assert _kinds(text) == [("title", None)]


@pytest.mark.parametrize(
    "text",
    [
        "„Aus der Reichshauptstadt.“\n\nDas sagte der Abgeordnete Kehr gestern im Reichstag.",
        "„Aus der Reichshauptstadt.“\n\nGestern sagte Kehr, der Haushalt sei zu knapp.",
        "Er rief laut:\n\n„Aus der Stadt.“\n\nDer Alte sah nicht auf.",
        "„Kommst du mit?“ fragte sie.\n\n„In der Tat.“\n\nDer Alte sah nicht auf.",
        "„Guten Morgen.“\n\nDer Alte sah nicht auf und schrieb weiter.",
        "„Ich komme aus der Stadt.“\n\nDer Alte sah nicht auf und schrieb weiter.",
        f"„Aus der Stadt!“\n\n{_BODY}",
    ],
)
def test_speech_alone_in_its_paragraph_stays_speech(text: str) -> None:
    assert all(kind == "speech" for kind, _ in _kinds(text))
