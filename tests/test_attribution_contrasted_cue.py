"""A cue joined by "but" (or by a comma and "and") shares the subject of the verbs before it."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str) -> Quote:
    return find_quotes(text, "en")[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Nora Bell backed Owen Pike for years, but said: “It is time for a change.”",
        "Nora Bell backed Owen Pike, but now said the party had “a duty to change.”",
        "On Monday, Nora Bell praised Owen Pike, and said: “It is time for a change.”",
        "Nora Bell, the treasurer, thanked Owen Pike, but said: “It is time for a change.”",
    ],
)
def test_the_joined_cue_is_the_first_subjects(text: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence) == ("Nora Bell", "high")


@pytest.mark.parametrize(
    "text",
    [
        # a subject of its own after "but"
        "Nora Bell backed the plan, but officials said: “It is time for a change.”",
        "Nora Bell backed the plan, but Owen Pike said: “It is time for a change.”",
    ],
)
def test_a_subject_after_but_is_never_the_first(text: str) -> None:
    assert _last(text).speaker in (None, "Owen Pike")


def test_many_joined_clauses_stay_quick() -> None:
    text = "Nora Bell backed Owen Pike, but said so. " * 2000 + "Nora Bell left, but said: “Bye.”"
    assert _last(text).speaker == "Nora Bell"


def test_verbs_after_a_comma_with_no_subject_go_on_the_sentences() -> None:
    found = _last("Nora Bell waved to the hall, then leaned in and said: “We will win.”")
    assert (found.speaker, found.confidence) == ("Nora Bell", "high")


def test_a_clause_with_its_own_subject_after_the_comma_is_not_the_sentences() -> None:
    found = _last("Nora Bell waved, then Owen Pike leaned in and said: “We will win.”")
    assert found.speaker == "Owen Pike"
