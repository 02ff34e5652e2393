"""The name that gives out a statement or a message before a colon speaks the quotation after it
("Ann Roe issued the following statement: “…”"); whoever receives or reads one does not (own
sentences, no corpus text)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

QUOTE = '"Our thoughts are with the families."'


def quotes(text: str) -> list[Quote]:
    """The English quotations of a text that are not titles."""
    return [q for q in find_quotes(text, "en") if q.kind != "title"]


@pytest.mark.parametrize(
    "head",
    [
        "Governor Ada Lorne issued the following statement: ",
        "In response, Ada Lorne issued the following statement:\n\n",
        "Ada Lorne sent a short message to the governor: ",
        "Ada Lorne posted a note for her staff: ",
    ],
)
def test_who_issues_the_statement_speaks(head: str) -> None:
    assert [q.speaker for q in quotes(head + QUOTE)] == ["Ada Lorne"]


@pytest.mark.parametrize(
    "head",
    [
        "Ada Lorne had a message from the mayor: ",
        "Ada Lorne received a statement: ",
        "The mayor's office sent a note to Ada Lorne: ",
        "Voters in Ohio sent a message to Ada Lorne: ",
    ],
)
def test_who_receives_the_statement_speaks_not(head: str) -> None:
    assert [q.speaker for q in quotes(head + QUOTE)] == [None]
