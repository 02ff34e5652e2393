"""A German verbless label before a colon: a full name and a phrase naming the talk or the
listener ("Eva Lindner im Interview:", "… gegenüber dem Sender:") gives the name, low."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "Eva Lindner im Interview: „Wir bleiben hier.“",
        "Eva Lindner im Gespräch mit dem Sender: „Wir bleiben hier.“",
        "Ministerin Eva Lindner gegenüber dem Sender: „Wir bleiben hier.“",
        "Der Rat tagte bis spät. Eva Lindner im Interview: „Wir bleiben hier.“",
    ],
)
def test_talk_label_names_the_person(text: str) -> None:
    quote = only_quote(text, "de")
    assert (quote.speaker, quote.confidence) == ("Eva Lindner", "low")


@pytest.mark.parametrize(
    "text",
    [
        # section headings and datelines: when or what, not who spoke
        "Neue Studie im Überblick: „Wir bleiben hier.“",
        "Bad Ems am Montag: „Wir bleiben hier.“",
        "Eva Lindner am Montag: „Wir bleiben hier.“",
        "Eva Lindner im Porträt: „Wir bleiben hier.“",
        # a body's one word is no full name
        "Die Stadt im Interview: „Wir bleiben hier.“",
    ],
)
def test_other_labels_name_nobody(text: str) -> None:
    assert only_quote(text, "de").speaker is None
