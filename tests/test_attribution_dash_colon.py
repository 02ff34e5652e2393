"""A name between a dash and a colon introduces the quotation after it, as a name and a colon
at the start of a line does ("Rents keep rising - Ana Ruiz: “…”"; own sentences, no corpus
text)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def quotes(text: str) -> list[Quote]:
    """The English quotations of a text that are not titles."""
    return [q for q in find_quotes(text, "en") if q.kind != "title"]


@pytest.mark.parametrize(
    ("head", "speaker"),
    [
        ("WHY RENTS KEEP RISING - Ana Ruiz", "Ana Ruiz"),
        ("Rents keep rising in the north – Ana Ruiz", "Ana Ruiz"),
        ("Costs went up again—Tom Hale", "Tom Hale"),
    ],
)
def test_name_after_a_dash_before_a_colon_speaks(head: str, speaker: str) -> None:
    text = f'{head}: "Supply has lagged demand for a decade."'
    assert [q.speaker for q in quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "head",
    [
        "The vote was close - the result",
        "Rents keep rising - and the reason is simple",
        "The new rule - Article 12 - says",
    ],
)
def test_no_name_after_a_dash_before_a_colon_speaks_no_one(head: str) -> None:
    text = f'{head}: "No tenant may be evicted in winter."'
    assert [q.speaker for q in quotes(text)] == [None]


# One reading of a headline's dash serves the colon and the participle ("writing", "adding").
@pytest.mark.parametrize(
    "head",
    ["WHY RENTS KEEP RISING -- Ana Ruiz", "Rents keep rising—Ana Ruiz, writing for the Times"],
)
def test_every_kind_of_spaced_dash_ends_the_headline(head: str) -> None:
    text = f'{head}: "Supply has lagged demand for a decade."'
    assert [q.speaker for q in quotes(text)] == ["Ana Ruiz"]
