"""English: a capitalised run after "the" that ends in a title's initials ("the Brampton MPP")
is a role, never a sure name (own sentences; no corpus text)."""

from __future__ import annotations

from tests.quoted import english_quotes as quotes


def test_a_place_and_a_title_s_initials_after_the_are_no_sure_name() -> None:
    text = 'NDP MPP Tara Singh was not convinced. "It\'s a mess," the Brampton MPP said.'
    assert quotes(text)[0].confidence == "low"


def test_a_party_and_a_title_s_initials_resolve_to_the_one_who_holds_them() -> None:
    text = 'Liberal MP Tara Singh was not convinced. "It\'s a mess," the Liberal MP said.'
    found = quotes(text)[0]
    assert (found.speaker, found.confidence) == ("Tara Singh", "low")


def test_a_name_after_the_title_s_initials_still_speaks_surely() -> None:
    text = 'The vote was close. "It\'s a mess," Calgary MLA Joe Bell said.'
    found = quotes(text)[0]
    assert (found.speaker, found.confidence) == ("Joe Bell", "high")


def test_a_body_s_initials_after_the_still_speak() -> None:
    text = 'The RCMP was not convinced. "It\'s a mess," the RCMP said.'
    found = quotes(text)[0]
    assert (found.speaker, found.confidence) == ("RCMP", "high")
