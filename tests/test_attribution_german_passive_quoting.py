"""German passive quoting verbs before a quotation: the one quoted is the subject and speaks."""

from __future__ import annotations

import time

import pytest

from summarizer.attribution.find import Quote, find_quotes

_SAID = "„Wir bauen die Halle noch in diesem Jahr.“"
_NAMED = "Jan Roth leitet den Verein seit Mai. "


def _quote(text: str) -> Quote:
    """The one quotation of `text` that opens with "Wir"."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith("Wir")]
    return quote


# "wird X zitiert:" leaves X as the subject, after the auxiliary or before it; a quoting verb is
# never sure of its speaker, so the guess stays low.
@pytest.mark.parametrize(
    "text",
    [
        f"{_NAMED}Zum Neubau wird Roth auf der Seite des Vereins wie folgt zitiert: {_SAID}",
        f"{_NAMED}Roth wird in der Lokalzeitung zitiert: {_SAID}",
        f"{_NAMED}Dazu wurde Jan Roth mit den Worten zitiert: {_SAID}",
    ],
)
def test_the_subject_of_a_passive_quoting_verb_speaks(text: str) -> None:
    quote = _quote(text)
    assert (quote.speaker, quote.confidence, quote.basis) == ("Jan Roth", "low", "cue")


# The active verb's subject quotes, its object may or may not speak: both stay unnamed; a place
# after the auxiliary is no subject; a question with the auxiliary first asks.
@pytest.mark.parametrize(
    "text",
    [
        f"{_NAMED}Die Zeitung zitierte Roth: {_SAID}",
        f"{_NAMED}Ein Sender zitierte Roth mit den Worten: {_SAID}",
        f"{_NAMED}Dazu wird in der Lokalzeitung zitiert: {_SAID}",
        f"{_NAMED}Dazu wird aus dem Bericht zitiert: {_SAID}",
        f"{_NAMED}Die Zeitung wird Roth zitieren: {_SAID}",
    ],
)
def test_no_passive_subject_names_nobody(text: str) -> None:
    assert _quote(text).speaker is None


def test_many_passive_quotings_stay_linear() -> None:
    text = "Dazu wird Jan Roth in der Zeitung wie folgt zitiert: „Ja.“ " * 1000
    began = time.perf_counter()
    find_quotes(text, "de")
    assert time.perf_counter() - began < 10
