"""English: an age set off by commas after a name, then a description or relative clause, before
the cue ("George Whitlow, 71, who has lived here for years, said:") leaves the name the subject
(`frames/appositives.before_appositive`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = 'said: "I will believe it when I see the concrete."'


@pytest.mark.parametrize(
    "subject",
    [
        "Retired teacher George Whitlow, 71, who has lived on Mill Street for forty years,",
        "Retired teacher George Whitlow, 71,",
        "George Whitlow, 71, a retired teacher,",
    ],
)
def test_the_name_before_an_age_speaks(subject: str) -> None:
    (quote,) = find_quotes(f"Some residents remain unconvinced. {subject} {_SAID}", "en", "")
    assert (quote.speaker, quote.confidence) == ("George Whitlow", "high")


# A year is no age, a number alone names nobody, and an age after a description leaves it
# unread (nobody, as before).
@pytest.mark.parametrize(
    "subject",
    [
        "On March 3, 2024, the council",
        "Of the 12, 11",
        "In the vote of 12, 11 who were present",
        "Her sister, 35, the owner of the shelter,",
    ],
)
def test_a_date_or_a_count_is_no_name(subject: str) -> None:
    (quote,) = find_quotes(f"{subject} {_SAID}", "en", "")
    assert quote.speaker in (None, "the council")
