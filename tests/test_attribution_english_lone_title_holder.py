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
