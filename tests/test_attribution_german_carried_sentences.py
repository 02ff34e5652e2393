"""German indirect speech that goes on for whole sentences after a sentence with no quotation:
the quotation in its Konjunktiv is the person's the first sentence names (round de27)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str) -> Quote:
    """The one quotation of `text` that opens with "jetzt"."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith("jetzt")]
    return quote


_QUOTED = "Jeder Bürger müsse „jetzt seinen Beitrag leisten“."


@pytest.mark.parametrize(
    "before",
    [
        "Der Bürgermeister Paul Reimer nahm am Montag zu der Frage Stellung. Die Stadt habe kein"
        " Geld mehr.",
        "Paul Reimer äußerte sich am Montag zu dem Plan. Die Stadt habe kein Geld mehr. Man könne"
        " die Schule nicht sanieren.",
        "Paul Reimer erklärte am Montag, die Stadt sei pleite. Die Kassen seien leer. Auch die"
        " Rücklagen seien aufgebraucht.",
    ],
)
def test_konjunktiv_sentences_go_on_from_the_sentence_before_them(before: str) -> None:
    quote = _quote(f"{before} {_QUOTED}")
    assert (quote.speaker, quote.basis, quote.confidence) == ("Paul Reimer", "carried", "low")


@pytest.mark.parametrize(
    "before",
    [
        # the indicative is the article's own narration
        "Paul Reimer nahm am Montag zu der Frage Stellung. Die Stadt hat kein Geld mehr.",
        # someone else named, or a noun for a person, between
        "Paul Reimer nahm am Montag Stellung. Die Kämmerin Eva Ems habe kein Geld mehr.",
        "Paul Reimer nahm am Montag Stellung. Seine Gegner seien anderer Meinung.",
        # a reporting verb of its own
        "Paul Reimer nahm am Montag Stellung. Die Stadt sei pleite, meinte dagegen ein Bürger.",
        # more sentences between than a report goes on for
        "Paul Reimer nahm am Montag Stellung. Die Stadt sei pleite. Es gebe keine Zeit. Man müsse"
        " handeln. Das koste Geld.",
        # a paragraph break: a new paragraph starts anew
        "Paul Reimer nahm am Montag Stellung.\n\nDie Stadt sei pleite.",
    ],
)
def test_konjunktiv_sentences_do_not_go_on_past_others(before: str) -> None:
    assert _quote(f"{before} {_QUOTED}").speaker != "Paul Reimer"
