"""A German body's description ("die Universität") is the one body of that noun named before."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _last(text: str) -> tuple[str | None, str | None, str]:
    """The speaker, mention and confidence of the text's last quotation."""
    quote = [q for q in find_quotes(text, "de", None) if q.kind != "title"][-1]
    return quote.speaker, quote.mention, quote.confidence


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Die Universität Valdor entzog ihm den Titel. Die Universität erklärte, sie wolle "
            "dem „Vorwurf“ nachgehen.",
            "Universität Valdor",
        ),
        ("Die Firma Acme AG klagt. „Wir prüfen den Fall“, sagte die Firma.", "Firma Acme AG"),
        ("Die Firma Acme GmbH klagt. „Wir prüfen den Fall“, sagte die Firma.", "Firma Acme GmbH"),
        ("Die Firma Acme-Werke klagt. Die Firma sagte: „Nein.“", "Firma Acme-Werke"),
        # the clause's next noun is no part of the name
        (
            "Weil die Firma Acme Arbeitsplätze abbaut, protestierten viele. Die Firma "
            "erklärte: „Wir bedauern das.“",
            "Firma Acme",
        ),
        (
            "Die Universität zu Altdorf klagt. Die Universität sagte: „Nein.“",
            "Universität zu Altdorf",
        ),
        ("Die Freie Universität klagt. Die Universität erklärte: „Nein.“", "Freie Universität"),
        # two named: the one named since the previous quotation
        (
            "Die Firma Acme ist pleite. „Schade“, sagte Jan Roth. Die Firma Zeta kaufte sie. "
            "Die Firma erklärte: „Wir prüfen den Fall.“",
            "Firma Zeta",
        ),
    ],
)
def test_description_names_the_one_body(text: str, body: str) -> None:
    speaker, mention, confidence = _last(text)
    assert (speaker, confidence) == (body, "low")
    assert mention in ("Universität", "Firma")


def test_two_bodies_of_the_noun_name_nobody() -> None:
    text = (
        "Die Universität Valdor und die Universität Altdorf protestierten. Die Universität "
        "erklärte, sie wolle dem „Vorwurf“ nachgehen."
    )
    assert _last(text)[:2] == (None, "Universität")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a compound with no place after it names no body ("Landgericht Altdorf" does: deroles28,
        # tests/test_attribution_epithets.py)
        ("Das Landgericht urteilte. Das Gericht erklärte, es gebe „Zweifel“.", "Gericht"),
        # no body of the noun named before: the description as written
        ("Die Universität hat protestiert. Die Universität erklärte: „Nein.“", "Universität"),
    ],
)
def test_no_body_named_keeps_the_description(text: str, written: str) -> None:
    assert _last(text)[0] == written


def test_many_bodies_stay_linear() -> None:
    def run(n: int) -> None:
        find_quotes(
            "Die Firma Acme hat geklagt. " * (10 * n) + "„Nein“, sagte die Firma. " * n, "de", None
        )

    assert_linear(run, 25)
