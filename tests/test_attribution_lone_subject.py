"""A lone name as the subject of the sentence right before a quotation is whom "he said" means."""

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
            "“The course is fast,” said Ann Lowe.\n\n"
            "When asked about the wind, Varga didn’t flinch.\n\n"
            "“It never bothers me,” he said.",
            "Varga",
        ),
        (
            "Pete Varga pitched for ten years. “The course is fast,” said Ann Lowe.\n\n"
            "When asked about the wind, Varga didn’t flinch.\n\n"
            "“It never bothers me,” he said.",
            "Pete Varga",
        ),
        (  # opening the main clause after a fronted one, past the speaker named before
            "“The course is fast,” said Tom Lowe.\n\n"
            "Asked about the wind, Varga didn’t flinch.\n\n"
            "“It never bothers me,” he said.",
            "Varga",
        ),
    ],
)
def test_he_is_the_lone_subject_of_the_sentence_before(text: str, who: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence) == (who, "low")


@pytest.mark.parametrize(
    "text",
    [
        # two lone subjects in the sentence before
        "“The course is fast,” said Ann Lowe.\n\n"
        "Varga didn’t flinch, and Kessel laughed.\n\n“It never bothers me,” he said.",
        # a plural noun opening the sentence is nobody ("Talks", not "Ross")
        "“The course is fast,” said Ann Lowe.\n\nTalks faltered.\n\n“We are not done,” she said.",
        # the lone name is only in a fronted clause, not the main clause's subject
        "“The course is fast,” said Ann Lowe.\n\n"
        "When Varga arrived, the wind picked up.\n\n“It never bothers me,” he said.",
    ],
)
def test_he_stays_nobodys_without_one_lone_subject(text: str) -> None:
    assert _last(text).speaker is None


def test_she_is_not_a_lone_subject_marked_as_he() -> None:
    text = (
        "“The course is fast,” said Ann Lowe. Varga said he was tired.\n\n"
        "“I need a rest,” said Tom Hill.\n\n"
        "When asked about the wind, Varga didn’t flinch.\n\n“It never bothers me,” she said."
    )
    assert _last(text).speaker != "Varga"


def test_many_sentences_before_stay_linear() -> None:
    def run(n: int) -> None:
        text = "“Go,” said Ann Lowe.\n\n" + "When asked, Varga didn’t flinch. " * n
        find_quotes(text + "\n\n“It never bothers me,” he said.", "en")

    assert_linear(run, 250)


def test_a_pronoun_in_the_fronted_clause_keeps_whom_it_stands_for() -> None:
    text = (
        "“The course is fast,” said Ann Lowe.\n\n"
        "When she finished, Varga didn’t flinch.\n\n“It never bothers me,” she said."
    )
    assert _last(text).speaker == "Ann Lowe"
