"""German verb-second after a long prepositional phrase put first: the subject after the verb."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str, starts: str) -> Quote:
    """The one quotation of `text` that opens with `starts`."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith(starts)]
    return quote


# A first place of nine to twelve words (a genitive with an adjective and a place) still ends
# at the finite verb, so the phrase after it is the subject.
@pytest.mark.parametrize(
    "text",
    [
        "Am Rande einer Sitzung des bayerischen Landtages in München nahm auch der Vorsitzende"
        " des Ausschusses, Jonas Falk (SPD), zu der Frage Stellung: „Das Geld ist sicher.“",
        "Am Rande einer Sitzung des bayerischen Landtages in München nahm auch der Vorsitzende"
        " des Ausschusses, Jonas Falk (SPD), zu der Frage Stellung. Jeder Bürger könne"
        " „das Geld jetzt abheben, er kann es später abheben“. Er bat um Geduld.",
    ],
)
def test_a_long_adverbial_first_leaves_the_subject_after_the_verb(text: str) -> None:
    quote = _quote(text, "Das") if "Das Geld" in text else _quote(text, "das")
    assert (quote.speaker, quote.confidence) == ("Jonas Falk", "low")


@pytest.mark.parametrize(
    "text",
    [
        # an object after the verb, no subject
        "Am Rande einer Sitzung des bayerischen Landtages in München lobte den Vorsitzenden"
        " Jonas Falk niemand: „Das Geld ist sicher.“",
        # a passive: the one after the verb is spoken to
        "Am Rande einer Sitzung des bayerischen Landtages in München wurde der Vorsitzende"
        " Jonas Falk gefragt: „Das Geld ist sicher?“",
    ],
)
def test_a_long_adverbial_first_names_no_object_or_passive(text: str) -> None:
    assert _quote(text, "Das").speaker is None
