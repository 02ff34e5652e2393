"""An honorific that marks a gender picks among people of one surname, or names only the surname."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str) -> Quote:
    return find_quotes(text, "en")[-1]


@pytest.mark.parametrize(
    ("text", "who", "confidence"),
    [
        (  # the surname alone would stand for the first named, a woman
            "Sara Pike runs the bakery. Her husband, Dan Pike, drives the van.\n\n"
            "“We open at six,” Mr. Pike said.",
            "Dan Pike",
            "low",
        ),
        (  # joined, so the surname alone is either; "Mr." rules Sara out, a pick never sure
            "Sara Pike and Dan Pike run a bakery in the town.\n\n“We open at six,” Mr. Pike said.",
            "Dan Pike",
            "low",
        ),
        (
            "Bill Pike drives the van. His wife, Ann Pike, runs the bakery.\n\n"
            "“We open at six,” Mrs. Pike said.",
            "Ann Pike",
            "low",
        ),
        (  # no man of that name given in full: the surname as written, never sure
            "Michelle Pike runs the bakery.\n\n“We open at six,” Mr. Pike said.",
            "Pike",
            "low",
        ),
        (  # the only full name is a man's: "Ms." speaks of someone else
            "Tom Clark met the press on Monday. “We must act,” Ms. Clark said.",
            "Clark",
            "low",
        ),
        ("Bill Clinton spoke first. “We must act,” Mrs. Clinton said.", "Clinton", "low"),
        ("Ann Clark met the press on Monday. “We must act,” Mr. Clark said.", "Clark", "low"),
        (  # the honorific fits the one full name: the person, sure
            "Tom Clark met the press on Monday. “We must act,” Mr. Clark said.",
            "Tom Clark",
            "high",
        ),
        ("Ann Clark met the press on Monday. “We must act,” Ms. Clark said.", "Ann Clark", "high"),
        (  # nobody of that surname named in full: the surname as written
            "The press waited outside. “We must act,” Ms. Clark said.",
            "Clark",
            "high",
        ),
        (  # a rival of unknown gender: the first named, a guess
            "Lee Pike runs the bakery. Dan Pike drives the van.\n\n"
            "“We open at six,” Mr. Pike said.",
            "Lee Pike",
            "low",
        ),
    ],
)
def test_the_honorific_gender_picks_the_person(text: str, who: str, confidence: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence) == (who, confidence)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # a body that opens with the surname is not the person addressed
            "Tom Hale runs a fund. Its flagship, Hale Partners Global, lost money.\n\n"
            "“We will recover,” Mr. Hale said.",
            "Tom Hale",
        ),
        (  # no full name of his: the surname as written
            "Hale Partners Global lost money this year.\n\n“We will recover,” Mr. Hale said.",
            "Hale",
        ),
        (  # a surname set first, as in Chinese names
            "The minister, Lou Jiwei, spoke on Monday.\n\n“Growth is stable,” Mr. Lou said.",
            "Lou Jiwei",
        ),
    ],
)
def test_the_honorific_addresses_the_name_its_surname_ends(text: str, who: str) -> None:
    assert _last(text).speaker == who


@pytest.mark.parametrize(
    "text",
    [
        # both men: the surname alone stays either one
        "Tom Pike and Dan Pike run a bakery in the town.\n\n“We open at six,” Mr. Pike said.",
    ],
)
def test_no_pick_between_two_of_the_honorific_gender(text: str) -> None:
    assert _last(text).speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Pike Industries lost money this year.\n\n“We open at six,” Ms. Pike said.",
        "Pike Holdings bought the mill on Monday. “We open at six,” Mr. Pike said.",
        "Pike Corp. lost money. “We open at six,” Dr. Pike said.",
    ],
)
def test_an_honorific_never_addresses_a_firm(text: str) -> None:
    """A firm whose name holds the surname is no person an honorific addresses: the surname."""
    assert _last(text).speaker == "Pike"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Sara Pike founded Pike Industries. “We open at six,” Ms. Pike said.", "Sara Pike"),
        ("The minister, Lou Jiwei, spoke.\n\n“Growth is stable,” Mr. Lou said.", "Lou Jiwei"),
    ],
)
def test_a_person_beside_the_firm_is_still_addressed(text: str, who: str) -> None:
    """The person of that surname named in full is the one addressed, as before."""
    assert _last(text).speaker == who
