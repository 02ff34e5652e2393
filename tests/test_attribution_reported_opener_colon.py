"""A colon's sentence that opens with "dass", "daß" or "ob" is reported, not unmarked speech."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of each quotation of `text` (German) that is no title."""
    return [(q.text, q.speaker) for q in find_quotes(text, "de") if q.kind != "title"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Förster erklärte: dass er morgen in den Wald gehe.",
        "Der alte Knecht versicherte: daß er nichts gesehen habe. Dann ging er.",
        "Die Wirtin wollte wissen: ob der Gast morgen abreisen werde.",
    ],
)
def test_a_reported_clause_after_a_colon_is_no_speech(text: str) -> None:
    assert _said(text) == []


def test_a_quoted_phrase_in_the_reported_clause_stays_a_quotation() -> None:
    said = _said("Der Förster erklärte: dass er „nie wieder“ komme.")
    assert [words for words, _ in said] == ["nie wieder"]


# Negatives: an outcry or a question that opens with the conjunction stands alone as speech,
# and a sentence that opens otherwise is speech as before.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Die Mutter rief: Dass du immer zu spät kommst! Dann lachte sie.",
            "Dass du immer zu spät kommst!",
        ),
        ("Der Förster fragte: Ob er wohl kommt? Niemand wusste es.", "Ob er wohl kommt?"),
        ("Der Förster erklärte: Das ist klar.", "Das ist klar."),
    ],
)
def test_an_outcry_or_question_stays_speech(text: str, words: str) -> None:
    assert (words, "Förster" if "Förster" in text else "Mutter") in _said(text)
