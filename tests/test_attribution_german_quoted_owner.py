"""A possessive name after a verb of quoting ("zitierte Anna Lenz’ Buch", "Roths Ehefrau") owns
what is quoted; the owner is not the one quoted."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roth zitierte Anna Lenz’ Buch: „Alles ist möglich.“",
        "Jan Roth zitierte Anna Lenz' Buch: „Alles ist möglich.“",
        "Anna Lenz ist Ärztin. Jan Roth ist Anwalt. Die Zeitung zitierte Roths Ehefrau mit den "
        "Worten: „Er schläft kaum.“",
    ],
)
def test_the_owner_is_not_quoted(text: str) -> None:
    assert only_quote(text, "de").speaker is None


def test_a_plain_object_is_still_quoted() -> None:
    text = "Die Zeitung zitierte Anna Lenz mit den Worten: „Kein Kommentar.“"
    assert only_quote(text, "de").speaker == "Anna Lenz"


def test_a_name_ending_in_s_is_no_owner() -> None:
    text = "Die Zeitung zitierte Jan Lucas mit den Worten: „Kein Kommentar.“"
    assert only_quote(text, "de").speaker == "Jan Lucas"
