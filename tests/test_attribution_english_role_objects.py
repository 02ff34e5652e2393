"""English: a name after its role's words in a verb's or a preposition's object is no subject a
later "he" or "she" goes back to (review 25b; own sentences, no corpus text)."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote
from tests.work_counts import assert_linear


def _speaker(text: str) -> tuple[str | None, str]:
    found = only_quote(text, "en")
    return found.speaker, found.confidence


@pytest.mark.parametrize(
    "text",
    [
        "The mayor replaced police chief Tom Hale last week. “We need a fresh start,” he said.",
        "Voters who backed former mayor Tom Hale were angry. “He betrayed us,” he said.",
        "Ann Roe met campaign manager Tom Hale and lawyer Ben Cole. “We talked,” he said.",
        "Ann Roe fired campaign manager Tom Hale and hired lawyer Ben Cole. “It was due,” he said.",
        "Ann Roe met lawyer Ben Cole. “We talked for hours,” he said.",
        "The memo was sent to police chief Tom Hale. “It is fake,” he said.",
    ],
)
def test_an_object_after_its_role_names_nobody(text: str) -> None:
    assert _speaker(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a subject, or a name after a reporting verb, the one asked or a cited source: as before
        ("Police chief Tom Hale replaced the mayor. “We need a fresh start,” he said.", "Tom Hale"),
        (
            "Ann Roe left. Police chief Tom Hale stayed. “We need a fresh start,” he said.",
            "Tom Hale",
        ),
        ("Reporters asked Premier Tom Hale about it. “No,” he said.", "Tom Hale"),
        ("Tom Hale met lawyer Ben Cole. “We talked for hours,” he said.", "Tom Hale"),
        ("Ann Roe met lawyer Ben Cole. “We talked for hours,” she said.", "Ann Roe"),
    ],
)
def test_a_subject_or_the_one_asked_is_still_read(text: str, speaker: str) -> None:
    assert _speaker(text) == (speaker, "low")


def test_many_roles_after_verbs_stay_linear() -> None:
    def run(n: int) -> None:
        text = "Ann Roe fired police chief Tom Hale and hired lawyer Ben Cole. " * n
        assert _speaker(text + "“We talked,” he said.")[0] is None

    assert_linear(run, 100)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the one a group asks answers, past the role's words too
        (
            "Reporters asked campaign manager Tom Hale about the memo. “No comment,” he said.",
            "Tom Hale",
        ),
        # two subjects joined by "and", each after a role: the pronoun's gender decides
        (
            "Longtime aide Ann Roe and campaign manager Tom Hale resigned. “It is time,” he said.",
            "Tom Hale",
        ),
        (
            "Longtime aide Ann Roe and campaign manager Tom Hale resigned. “It is time,” she said.",
            "Ann Roe",
        ),
    ],
)
def test_the_one_asked_and_a_joined_subject_after_a_role(text: str, speaker: str) -> None:
    assert _speaker(text) == (speaker, "low")


@pytest.mark.parametrize(
    "text",
    [
        "Reporters in Ohio asked campaign manager Tom Hale twice. “No comment,” he said.",
        "Longtime aide Ben Cole and campaign manager Tom Hale resigned. “It is time,” he said.",
    ],
)
def test_no_group_asking_or_two_men_joined_names_nobody(text: str) -> None:
    assert _speaker(text)[0] is None
