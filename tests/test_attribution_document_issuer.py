"""A document's words belong to the one name the article says gave that document out."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _last(text: str) -> Quote:
    return find_quotes(text, "en")[-1]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Northfield Grain Corp. released a statement on Monday. "
            "“We will reopen the silos,” the statement said.",
            "Northfield Grain Corp",
        ),
        (
            "Ann Lowe issued a brief statement late on Friday. "
            "“I am stepping down,” the statement said.",
            "Ann Lowe",
        ),
    ],
)
def test_the_statement_is_the_one_who_issued_it(text: str, who: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence, found.kind) == (who, "low", "writing")


@pytest.mark.parametrize(
    "text",
    [
        # two issuers: either statement may be quoted
        "Northfield Grain Corp. released a statement, and Ann Lowe issued a statement too. "
        "“We will reopen the silos,” the statement said.",
        # the subject is no name
        "The board issued a statement on Monday. “We will reopen the silos,” the statement said.",
        # the name only owns the subject
        "Ann Lowe's lawyer issued a statement. “I am stepping down,” the statement said.",
        # a statement that nobody is said to have issued
        "Ann Lowe left on Monday. “I am stepping down,” the statement said.",
    ],
)
def test_the_statement_stays_nobodys_without_one_issuer(text: str) -> None:
    assert _last(text).speaker is None


def test_many_issuing_sentences_stay_linear() -> None:
    def run(n: int) -> None:
        text = "Ann Lowe issued a statement. " * n + "“I am stepping down,” the statement said."
        assert _last(text).speaker == "Ann Lowe"

    assert_linear(run, 250)
