"""English: a title-case headline ending in a full stop, or a credit line, names nobody."""
# "Tom Roe Wins Again.\n\n“…,” Roe said." gave 'Tom Roe Wins Again' (high): any line ending in a
# full stop was read as a sentence, so a headline's capitals made a name. A line ending so is a
# sentence only where a lower-case word other than a headline's short function words stands in it.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = '\n\n"It was time," Roe said.'


def _said(text: str) -> list[tuple[str | None, str]]:
    """Speaker and confidence of each quotation."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "en", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Roe Wins Again." + _SAID,
        "Mayor Ann Lee Thanks Tom Roe." + _SAID,
        "Coach Tom Roe Named Head of League." + _SAID,
    ],
)
def test_a_title_case_headline_with_a_full_stop_makes_no_name(text: str) -> None:
    assert _said(text) == [("Roe", "high")]


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting by Tom Roe; Editing by Ann Lee.",
        "Reporting by Tom Roe and Ann Lee; editing by Jo Park.",
        "Photo by Tom Roe.",
        "Photographs: Tom Roe",
    ],
)
def test_a_credit_line_gives_no_full_name_to_a_bare_surname(credit: str) -> None:
    assert _said('"It was time," Roe said.\n\n' + credit) == [("Roe", "high")]


# Negatives: a line with a lower-case verb is a sentence and names its person.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Tom Roe thanked the crowd." + _SAID, [("Tom Roe", "high")]),
        ("Tom Roe Wins Again" + _SAID + " Tom Roe spoke on Monday.", [("Tom Roe", "high")]),
        (
            "Coach Tom Roe spoke on Monday. Referee Ann Roe declined comment. “We win,” Roe said.",
            [("Tom Roe", "low")],
        ),
    ],
)
def test_a_sentence_on_its_own_line_still_names(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _said(text) == expected
