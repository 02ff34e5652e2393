"""A regnal name keeps its speaker: a later "Tom Leo" shares a word with "Pope Leo XIV" but is
another person, and the numeral is never a surname of its own."""
# The reviewer's sentences (review20/E2).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It is done,” said Pope Leo XIV. Tom Leo agreed.", "Leo XIV"),
        ("“It is done,” said King Louis XIV. Tom Louis agreed.", "Louis XIV"),
        ("“It is done,” said Pope Leo XIV. Cardinal Robert Leo agreed.", "Leo XIV"),
        ("“It is done,” Pope Leo XIV said. Tom Leo agreed.", "Leo XIV"),
        ("“It is done,” said Pope John Paul II. Tom Paul agreed.", "John Paul II"),
    ],
)
def test_a_regnal_speaker_is_kept_against_a_later_namesake(text: str, speaker: str) -> None:
    assert find_quotes(text, "en", "")[0].speaker == speaker


def test_a_regnal_numeral_after_its_title_is_written_once() -> None:
    assert find_quotes("“It is done,” Pope Leo XIV said.", "en", "")[0].speaker == "Leo XIV"
