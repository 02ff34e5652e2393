"""A statement noun's content clause holds its owner's words: "der Vorwurf der X, es sei „…“"."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str) -> Quote:
    """The one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Auf den Vorwurf der SPD, es handele sich um einen „teuren Irrweg“, kam keine Antwort.",
            "SPD",
        ),
        (
            "Die Forderung der Ministerin, dass die Löhne „deutlich und sofort“ steigen, stieß auf "
            "Kritik.",
            "Ministerin",
        ),
        (
            "Die Forderung von Eva Ems, man müsse „jetzt und sofort“ handeln, stieß auf Kritik.",
            "Eva Ems",
        ),
    ],
)
def test_a_content_clause_gives_the_nouns_owner(text: str, speaker: str) -> None:
    quote = _quote(text)
    assert (quote.speaker, quote.confidence) == (speaker, "low")


# Not a past indicative ("es handelte sich"), not a noun with no owner, not a plain noun after
# the article ("der Stadt" is no body's acronym and no person).
@pytest.mark.parametrize(
    "text",
    [
        "Auf den Vorwurf der SPD, es handelte sich um einen „teuren Irrweg“, kam keine Antwort.",
        "Auf den Vorwurf, es handele sich um einen „teuren Irrweg“, kam keine Antwort.",
        "Auf den Vorwurf der Stadt, es handele sich um einen „teuren Irrweg“, kam keine Antwort.",
    ],
)
def test_no_content_clause_no_owner(text: str) -> None:
    assert _quote(text).speaker != "SPD" and _quote(text).speaker is None


# The reader looks back a bounded stretch: many statement nouns and commas stay fast.
def test_many_statement_nouns_stay_linear() -> None:
    text = "Der Vorwurf der SPD, " * 3000 + "es handele sich um einen „teuren Irrweg“."
    assert len(find_quotes(text, "de")) == 1
