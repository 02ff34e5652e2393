"""English subjects a pronoun goes back to: a cleft's, a fronted "For …," topic's; runs that name
nobody; a role before an issuing name; month abbreviations; the paragraph before a paragraph-long
quotation (own sentences, modelled on shapes of the development sets; no corpus text)."""

from __future__ import annotations

import pytest

from tests.quoted import english_quotes as quotes

_HALE = "“It was a long year,” said Tom Hale, a lawyer in Ottawa."
_WISNER = "Rob Wisner, a lawyer, said fees keep rising. “It hurts,” he said."


def last(text: str) -> str | None:
    """The speaker of the last quotation."""
    return quotes(text)[-1].speaker


@pytest.mark.parametrize(
    "between",
    [
        "Prominent Canadian examples include three mining firms that lost their mines.",
        "Notable Alberta cases involve 12 pipelines that were never built.",
        "Recent Quebec rulings cover two such claims.",
    ],
)
def test_a_run_modifying_a_plural_noun_names_nobody(between: str) -> None:
    text = f"{_WISNER}\n\n{between}\n\n“It is rare,” he added."
    assert last(text) == "Rob Wisner"


def test_a_person_before_a_counted_object_still_names_someone() -> None:
    text = f"{_WISNER}\n\nLater, Peter Doyle visited three towns.\n\n“It is rare,” he added."
    assert last(text) == "Peter Doyle"


@pytest.mark.parametrize(
    "cleft",
    [
        "Yet it was only recently that Lang pieced these fragments together.",
        "It was in 2019 that Lang finally wrote the book.",
        "It is not by chance that Lang has returned.",
    ],
)
def test_the_name_after_a_cleft_is_the_subject(cleft: str) -> None:
    text = f"Ross Lang spent years as a porter. {_HALE}\n\n{cleft} “I never saw it,” he said."
    assert last(text) == "Ross Lang"


@pytest.mark.parametrize(
    "clause",
    [
        "It was reported that Lang had left.",  # hearsay, not a cleft
        "Hale said that Lang had left.",  # what was said
        "It was a long day. The board found that Lang had left.",  # the cleft ended
    ],
)
def test_that_after_a_cue_or_past_a_stop_opens_no_cleft(clause: str) -> None:
    text = f"Ross Lang spent years as a porter. {_HALE}\n\n{clause} “I never saw it,” he said."
    assert last(text) != "Ross Lang"


@pytest.mark.parametrize(
    ("topic", "pronoun", "speaker"),
    [
        ("For Mara Bell, Friday is a day she has been awaiting.", "she", "Mara Bell"),
        ("For Peter Moss, the verdict came too late.", "he", "Peter Moss"),
        ("For Xandor Quell, the end came when he lost his farm.", "he", "Xandor Quell"),
    ],
)
def test_a_fronted_for_topic_is_the_subject(topic: str, pronoun: str, speaker: str) -> None:
    text = f"{_HALE}\n\n{topic}\n\n“I am looking forward to it,” {pronoun} said."
    assert last(text) == speaker


@pytest.mark.parametrize(
    "topic",
    [
        "For Canadian Pacific, the winter is hard. He knows it.",  # no first name, no he after it
        "The award was a first for Peter Moss, the verdict came too late.",  # not opening
    ],
)
def test_no_topic_without_a_person_opening_the_sentence(topic: str) -> None:
    text = f"{_HALE}\n\n{topic}\n\n“I am looking forward to it,” he said."
    assert last(text) not in ("Canadian Pacific", "Peter Moss")


def test_a_topic_of_the_other_gender_is_not_taken() -> None:
    text = f"{_HALE}\n\nFor Peter Moss, the verdict came too late.\n\n“I waited,” she said."
    assert last(text) is None


@pytest.mark.parametrize(
    "opener",
    [
        "Republican presidential nominee Tom Hale",
        "In response to the attack, Republican presidential nominee Tom Hale",
        "Senate leader Tom Hale",
    ],
)
def test_a_role_before_an_issuing_name(opener: str) -> None:
    text = f"{opener} issued the following statement:\n\n“Our prayers are with all those affected.”"
    assert last(text) == "Tom Hale"


@pytest.mark.parametrize(
    "opener",
    [
        "Critics of Tom Hale",
        "Lawyers representing Tom Hale",
        "Democratic lawmakers and Tom Hale",
        "Aides urged Tom Hale",
    ],
)
def test_no_role_before_an_issuing_name(opener: str) -> None:
    text = f"{opener} issued the following statement:\n\n“Our prayers are with all those affected.”"
    assert last(text) != "Tom Hale"


@pytest.mark.parametrize("date", ["at the Dec. 12 briefing", "on Sept. 5", "at the Oct. 3 hearing"])
def test_no_sentence_ends_at_a_month_before_a_day(date: str) -> None:
    text = f"“It is up to the minister,” a justice official said {date}. “That is his decision.”"
    assert last(text) == "a justice official"


def test_a_month_alone_may_still_end_a_sentence() -> None:
    text = "“It is up to him,” Tom Hale said in Dec. Ann Roe disagreed. “That is his call.”"
    assert last(text) != "Tom Hale"


def test_an_earlier_quotations_cue_does_not_name_the_next_paragraph() -> None:
    text = (
        "Jane Durning joined the troupe. “Start with it,” said Tom Hale, the director. "
        "Durning did not need much coaxing. “I’m thankful for the invitation.” She also "
        "welcomed the chance to work with the dancers.\n\n“They are truly remarkable.”"
    )
    assert last(text) != "Tom Hale"


def test_the_last_quotations_cue_still_names_the_next_paragraph() -> None:
    text = (
        "Jane Durning joined the troupe. Tom Hale, the director, said: “Start with it.” He smiled."
        "\n\n“They are truly remarkable. They train hard.”"
    )
    assert last(text) == "Tom Hale"


@pytest.mark.parametrize("word", ["Another", "One", "Each"])
def test_a_quantifier_opening_a_sentence_is_no_speaker(word: str) -> None:
    text = f"{_HALE} {word} official said the plan was fine. “It is done,” he said."
    assert last(text) is None


def test_a_surname_opening_a_sentence_still_goes_on() -> None:
    text = f"{_HALE} Hale said the plan was fine. “It is done,” he said."
    assert last(text) == "Tom Hale"
