"""A singular Konjunktiv II with a participle ("wäre … geworden", "hätte … gehabt") is a past
irrealis, not indirect speech: it carries no earlier speaker to the quotation."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roth erinnerte an Vicco Ahr. Der Dichter wäre heute 100 Jahre alt geworden, seine "
        "Zeile „wir sind nur Gäste“ kennt jedes Kind.",
        "Petra Pau kritisierte das Gesetz. Gerne hätte die Regierung „mehr Zeit“ gehabt, doch "
        "der Bundesrat drängte.",
    ],
)
def test_irrealis_carries_no_speaker(text: str) -> None:
    assert only_quote(text, "de").speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lenz kritisierte das Gesetz. Die Bürger hätten „genug gelitten“.",
        "Anna Lenz kritisierte das Gesetz. Die Reform hätte „nie kommen dürfen“.",
        "Anna Lenz kritisierte das Gesetz. Die Reform würde „alles verschlimmern“.",
    ],
)
def test_reported_konjunktiv_still_carries(text: str) -> None:
    assert only_quote(text, "de").speaker == "Anna Lenz"


def test_many_irrealis_clauses_stay_linear() -> None:
    text = "Anna Lenz kritisierte das Gesetz. " + "Er wäre gern „dabei“ gewesen, sagen alle. " * 300
    assert len(find_quotes(text, "de")) == 300


def test_a_cue_after_the_clause_wins_over_the_mood() -> None:
    text = (
        "Der Trainer Tom Roe sprach nach dem Spiel. "
        "Er hätte „mehr Zeit mit dem Team“ gebraucht, sagte er."
    )
    quote = only_quote(text, "de")
    assert (quote.speaker, quote.confidence) == ("Tom Roe", "low")
