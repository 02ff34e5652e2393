"""A title before a lone surname ("President Hale") holds it as well: "the president" is then
not the one full name the article titles so (own sentences; no corpus text)."""

from __future__ import annotations

from tests.quoted import english_speakers


def test_a_lone_surname_holder_rivals_the_full_name_holder() -> None:
    text = (
        "On a mild day in Washington, President Hale had reason to smile.\n\n"
        "“We did it,” Hale said after lunch with World Bank President Jim Roe.\n\n"
        "“It was hard,” the president said."
    )
    assert english_speakers(text)[1] != "Jim Roe"


def test_the_same_person_titled_twice_is_no_rival() -> None:
    text = (
        "President Hale spoke Monday. Later President Tom Hale met aides.\n\n"
        "“It was hard,” the president said."
    )
    assert english_speakers(text) == ["Tom Hale"]


def test_one_full_name_holder_alone_stays() -> None:
    text = "President Tom Hale spoke Monday with aides.\n\n“It was hard,” the president said."
    assert english_speakers(text) == ["Tom Hale"]


def test_a_possessive_holder_is_the_same_person() -> None:
    # "President Hale's aides": the aides are his, and he is the one full name's holder
    text = (
        "President Tom Hale unveiled the plan on Monday. President Hale's aides defended it.\n\n"
        "“This will work,” the president said."
    )
    assert english_speakers(text) == ["Tom Hale"]


def test_a_curly_possessive_holder_is_the_same_person() -> None:
    text = (
        "Governor Ann Roe spoke in the capital. Governor Roe’s office later released a note.\n\n"
        "“We lead,” the governor said."
    )
    assert english_speakers(text) == ["Ann Roe"]


def test_a_possessive_of_another_surname_still_rivals() -> None:
    text = (
        "President Tom Hale spoke Monday. President Cole's aides were there too.\n\n"
        "“It was hard,” the president said."
    )
    assert english_speakers(text) != ["Tom Hale"]
