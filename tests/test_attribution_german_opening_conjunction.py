"""A German sentence opened by "Und", "Aber", "Denn": the conjunction takes no place."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


def _speaker(text: str) -> tuple[str | None, str]:
    quote = only_quote(text, "de")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject right after the conjunction, before its verb
        ("Eva Ems kam spät. Und Jan Roth sagte: „Wir warten nicht.“", ("Jan Roth", "high")),
        ("Eva Ems kam spät. Aber Jan Roth sagte, das sei „nicht schlimm“.", ("Jan Roth", "high")),
        ("Eva Ems kam spät. Denn Jan Roth hatte gesagt, es sei „zu früh“.", ("Jan Roth", "high")),
        ("Jan Roth kam spät. Und er sagte: „Wir warten nicht.“", ("Jan Roth", "low")),
        # an adverbial or an object put first after it: the subject follows the verb
        ("Eva Ems kam spät. Und am Montag sagte Jan Roth: „Wir warten.“", ("Jan Roth", "high")),
        ("Eva Ems kam spät. Und den Plan nannte Jan Roth „nicht schlimm“.", ("Jan Roth", "high")),
    ],
)
def test_subject_after_an_opening_conjunction(text: str, expected: tuple[str, str]) -> None:
    assert _speaker(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verb right after it: its subject is left out, nobody is named there
        "Eva Ems kam spät. Und nannte den Plan „nicht schlimm“.",
        # a pronoun that stands for no one of its gender
        "Eva Ems kam spät. Und er sagte: „Wir warten nicht.“",
    ],
)
def test_no_subject_after_an_opening_conjunction(text: str) -> None:
    assert _speaker(text)[0] is None
