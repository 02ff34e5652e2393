"""A regnal name keeps its speaker: a later "Tom Leo" shares a word with "Pope Leo XIV" but is
another person, and the numeral is never a surname of its own."""
# The reviewer's sentences (review20/E2).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.speakers.roster import Roster


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


@pytest.mark.parametrize(
    "text",
    [
        "“We are glad,” Charles III said. King Charles III opened the session.",
        "King Charles III opened the session. “We are glad,” Charles III said.",
    ],
)
def test_a_numeral_after_a_lone_given_name_is_kept_whatever_comes_first(text: str) -> None:
    """The titled name anywhere in the article keeps the numeral of "Charles III" without it."""
    roster = Roster(text, cues_for("en"))
    assert roster.name("Charles III") == "Charles III"
    assert len(roster.by_word()["III"]) == 2


def test_a_numeral_the_article_never_titles_is_dropped() -> None:
    roster = Roster("“We are glad,” Charles III said. Charles Dance agreed.", cues_for("en"))
    assert roster.name("Charles III") == "Charles"
