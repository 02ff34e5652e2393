"""A passive hearer speaks no words; the progressive of a known cue ("is saying") takes a role."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_LEAD = "Pell Ostrand lost the vote on Monday.\n\n"


def _last(text: str) -> Quote:
    return find_quotes(_LEAD + text, "en")[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Mara Zell was assured by officials that “the road will reopen.”",
        "Mara Zell was told by officials that “the road will reopen.”",
        "Mara Zell was later informed that “the road will reopen.”",
    ],
)
def test_the_subject_of_a_passive_verb_of_telling_is_no_speaker(text: str) -> None:
    assert _last(text).speaker is None


def test_the_narration_still_names_an_active_subject() -> None:
    assert _last("Mara Zell attacked “a plan that will fail.”").speaker == "Mara Zell"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator is saying: “We lost this round.”", "is saying"),
        ("The senator was insisting: “We lost this round.”", "was insisting"),
        ("The senator was conceding: “We lost this round.”", "was conceding"),
    ],
)
def test_a_role_is_the_subject_of_a_progressive_before_a_colon(text: str, cue: str) -> None:
    found = _last(text)
    assert (found.speaker, found.cue) == ("senator", cue)


def test_a_progressive_before_a_partial_quote_is_a_cue() -> None:
    found = _last("Mona Reyes is describing as “unhinged” a tweet by Ivo Lark.")
    assert (found.speaker, found.kind) == ("Mona Reyes", "speech")


@pytest.mark.parametrize(
    "text",
    [
        "According to her “clawback” plan, firms must repay.",
        "The plan would cost more, according to the “Care for all” document he released.",
    ],
)
def test_a_name_after_according_to_and_a_determiner_stays_a_title(text: str) -> None:
    found = _last(text)
    assert (found.speaker, found.kind) == (None, "title")


@pytest.mark.parametrize(
    "text",
    [
        "The sign assured drivers: “The bridge is safe to cross.”",
        "The letter reminded readers “the deadline is Friday.”",
        "The sign tells drivers: “The bridge is closed.”",
    ],
)
def test_a_thing_that_addresses_someone_is_no_speaker(text: str) -> None:
    assert _last(text).speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The officer told drivers: “The bridge is safe.”", "officer"),
        ("Mara Zell told drivers: “The bridge is safe.”", "Mara Zell"),
    ],
)
def test_a_role_or_a_person_that_addresses_someone_speaks(text: str, speaker: str) -> None:
    assert _last(text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # after the quotation a description is the one who speaks, a person named again
        ("“How big is that wall?” asked the boy, who wore a cap.", "the boy"),
        ("“We must win,” the retired surgeon told reporters.", "the retired surgeon"),
        # before the quotation, after the cue: the one addressed; "he" asks
        ("He then asked the buzzing crowd, “Can she stay?”", "Pell Ostrand"),
    ],
)
def test_a_description_around_a_verb_of_addressing(text: str, speaker: str | None) -> None:
    assert _last(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Olan Derr joined a cell called Wij Spion, or, “We Spy.” He informed the police about it.",
        "Olan Derr joined Wij Spion, or, in English, “We Spy.” He informed the police about it.",
    ],
)
def test_a_gloss_before_the_next_sentence_names_nobody(text: str) -> None:
    assert _last(text).speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no one addressed after the verb: the description speaks
        ("The billionaire developer warned: “We lost this round.”", "billionaire developer"),
        ("The former senator told voters that “we lost this round.”", "former senator"),
    ],
)
def test_a_description_that_speaks(text: str, speaker: str) -> None:
    found = _last(text).speaker
    assert found is not None and speaker in found
