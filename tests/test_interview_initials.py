"""Interview turns tagged with initials ("A. M. :", "A.M.:") are the introduction's one name
with those initials; with two such names the tag stays as written."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

INTRO = "Antoine Marchetti builds violins in Mirecourt. Interview by Fanny Leroux.\n\n"
TURNS = (
    "F.L.: How long does a violin take?\n\nA.M.: About three hundred hours.\n\n"
    "F.L.: Which wood do you choose?\n\nA.M.: Spruce from the Alps."
)


def test_initials_are_the_name_they_abbreviate() -> None:
    assert {q.speaker for q in find_quotes(INTRO + TURNS, "en")} == {"Antoine Marchetti"}


def test_spaced_initials_too() -> None:
    text = INTRO + TURNS.replace("A.M.:", "A. M.:").replace("F.L.:", "F. L.:")
    assert {q.speaker for q in find_quotes(text, "en")} == {"Antoine Marchetti"}


def test_a_lone_initial_is_the_one_surname_it_opens() -> None:
    text = INTRO + TURNS.replace("A.M.:", "M.:").replace("F.L.:", "L.:")
    assert {q.speaker for q in find_quotes(text, "en")} == {"Antoine Marchetti"}


def test_two_names_with_the_same_initials_leave_the_tag() -> None:
    text = "Antoine Marchetti and Anna Moreau build violins in Mirecourt.\n\n" + TURNS
    assert "Antoine Marchetti" not in {q.speaker for q in find_quotes(text, "en")}
