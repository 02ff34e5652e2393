"""'It said' names the one body opening the sentence before; an acronym speaks by its expansion."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _last(text: str) -> Quote:
    return find_quotes(text, "en")[-1]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The Harbour Ferry Company cancelled its late sailings on Friday. "
            "“Crews will be back on the water next week,” it said in a statement.",
            "Harbour Ferry Company",
        ),
        (
            "Northfield Grain Corp. closed two silos in March. "
            "“We are reviewing the other sites,” it added.",
            "Northfield Grain Corp",
        ),
        (
            "Prairie Export Credit (PEC) insures sales abroad.\n\n"
            "PEC refused to discuss the policy. It said: “Our clients' files stay private.”",
            "Prairie Export Credit",
        ),
    ],
)
def test_it_names_the_one_body_the_sentence_before_opens_with(text: str, who: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence) == (who, "low")


@pytest.mark.parametrize(
    "text",
    [
        # two bodies open sentences: either may be "it"
        "The Harbour Ferry Company cancelled its sailings. The Coast Guard Service closed the "
        "bay. “Crews will be back next week,” it said.",
        # "it" is the report, writing whose issuer is not named
        "The Harbour Ferry Company cut sailings. The report found the fleet was old. "
        "“Half the boats need new engines,” it said.",
        # a person opens the sentence before: "it" never stands for one
        "Ann Lowe runs the Harbour Ferry Company. Ann Lowe cut the sailings. "
        "“We had no choice,” it said.",
        # the body only owns the subject
        "The Harbour Ferry Company's captain left early. “The sea was rough,” it said.",
    ],
)
def test_it_names_nobody_without_exactly_one_body_subject(text: str) -> None:
    assert _last(text).speaker is None


def test_an_acronym_subject_speaks_by_the_expansion_the_article_gives() -> None:
    text = (
        "The Northern Border Services Agency (NBSA) stopped the truck on Tuesday.\n\n"
        "“The driver was held for questioning,” NBSA said."
    )
    found = _last(text)
    assert (found.speaker, found.confidence) == ("Northern Border Services Agency", "high")


def test_an_acronym_without_a_matching_expansion_stays_as_written() -> None:
    text = (
        "Tom Hale (NBSA) spoke first, and the agency closed the road.\n\n"
        "“The driver was held for questioning,” NBSA said."
    )
    assert _last(text).speaker == "NBSA"


def test_many_it_sentences_stay_linear() -> None:
    def run(n: int) -> None:
        text = "The Harbour Ferry Company cut sailings. " * n + "“We had no choice,” it said."
        assert _last(text).speaker == "Harbour Ferry Company"

    assert_linear(run, 150)


def test_it_goes_on_from_the_body_that_spoke_in_the_sentence_before() -> None:
    text = (
        "“The road is closed,” the Harbour Police Service said. "
        "“It will reopen on Monday,” it added."
    )
    assert _last(text).speaker == "Harbour Police Service"


def test_it_after_another_body_opens_a_sentence_names_nobody() -> None:
    text = (
        "“The road is closed,” the Harbour Police Service said. The Coast Ferry Company "
        "disagreed. “It will reopen on Monday,” it added."
    )
    assert _last(text).speaker is None


def test_it_after_the_company_opens_the_sentence_is_the_one_company_named() -> None:
    text = (
        "The Harbour Ferry Company cancelled its sailings on Friday. Workers were angry.\n\n"
        "The company declined to give figures. “Crews will be back next week,” it said."
    )
    assert _last(text).speaker == "Harbour Ferry Company"


@pytest.mark.parametrize(
    "text",
    [
        # no company named: "it" is no one the article names
        "The company declined to give figures. “Crews will be back next week,” it said.",
        # two companies named: either may be "the company"
        "The Harbour Ferry Company and the Coast Ferry Company cut sailings.\n\n"
        "The company declined to give figures. “Crews will be back next week,” it said.",
    ],
)
def test_it_after_an_unresolved_description_names_nobody(text: str) -> None:
    assert _last(text).speaker is None


def test_it_after_a_fronted_phrase_and_a_body_subject_is_that_body() -> None:
    text = (
        "In a statement, Northfield Grain Corp. said the silos were unsafe. "
        "“We are reviewing the other sites,” it said."
    )
    assert _last(text).speaker == "Northfield Grain Corp"


def test_it_after_a_fronted_phrase_and_a_document_subject_is_nobody() -> None:
    text = (
        "In its findings, the report said the silos were unsafe. "
        "“The other sites need review,” it said."
    )
    assert _last(text).speaker is None
