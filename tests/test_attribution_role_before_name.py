"""English: a role's noun phrase written right before a full name makes the name the subject a
later "he" or "she" goes back to (own sentences, modelled on news shapes; no corpus text)."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote
from tests.work_counts import assert_linear

_QUOTE = "“We are ahead,” {pronoun} said."


def _speaker(lead: str, pronoun: str = "he") -> tuple[str | None, str]:
    """The speaker and confidence of the one quotation after `lead`."""
    found = only_quote(f"{lead} {_QUOTE.format(pronoun=pronoun)}", "en")
    return found.speaker, found.confidence


@pytest.mark.parametrize(
    ("lead", "pronoun", "speaker"),
    [
        ("Campaign manager Tom Hale released a memo on Monday.", "he", "Tom Hale"),
        ("Longtime aide Ann Roe released a memo on Monday.", "she", "Ann Roe"),
        ("34-year-old nurse Ann Roe released a memo on Monday.", "she", "Ann Roe"),
        ("On Monday, Acme campaign manager Tom Hale released a memo.", "he", "Tom Hale"),
        ("The Slate technology columnist Tom Hale went further on Monday.", "he", "Tom Hale"),
        ("Campaign manager Tom Hale met lawyer Ann Roe.", "he", "Tom Hale"),  # gender decides
        # the one met is the verb's object, no subject (fixE25): "Tom Hale met Ben Cole" alike
        ("Campaign manager Tom Hale met lawyer Ben Cole.", "he", "Tom Hale"),
    ],
)
def test_a_role_before_a_full_name_makes_it_the_subject(
    lead: str, pronoun: str, speaker: str
) -> None:
    assert _speaker(lead, pronoun) == (speaker, "low")


def test_it_carries_over_a_paragraph_break() -> None:
    text = "Campaign manager Tom Hale released a memo.\n\n“We are ahead,” he said."
    assert only_quote(text, "en").speaker == "Tom Hale"


@pytest.mark.parametrize(
    ("lead", "pronoun"),
    [
        ("Campaign manager Tom Hale released a memo on Monday.", "she"),  # no other gender
        ("Campaign manager Tom Hale and lawyer Ben Cole met on Monday.", "he"),
        ("Voters love Tom Hale dearly.", "he"),  # a plural subject and its verb, no role
        ("Ben Cole spoke first. Voters love Tom Hale dearly.", "he"),
        ("Ann Roe spoke first. Critics told Tom Hale nothing.", "he"),  # a verb, no role
        ("Reporters in Ohio asked Tom Hale twice.", "he"),  # a preposition inside
        ("The memo was released by campaign manager Tom Hale on Monday.", "he"),  # no clause opens
    ],
)
def test_no_role_or_no_one_candidate_names_nobody(lead: str, pronoun: str) -> None:
    assert _speaker(lead, pronoun)[0] is None


def test_many_roles_before_names_stay_linear() -> None:
    def run(n: int) -> None:
        _speaker(" ".join(f"Campaign manager Tom Hale{i} met aide Ben Cole{i}." for i in range(n)))

    assert_linear(run, 50)
