"""English: the one a verb of asking names answers a pronoun's words next, also where the
question's topic goes on after the name ("Reporters asked Ann Roe about the plan.")."""
# en22: the known miss of the session-20 review gave nobody.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Reporters asked Rita Vance about the plan. “We will build it,” she said.",
        "Reporters pressed Rita Vance on whether the plan was late. “No,” she said.",
        "Everyone asked Rita Vance why it failed. “It did not,” she said.",
    ],
)
def test_the_one_asked_about_a_topic_answers(text: str) -> None:
    quote = find_quotes(text, "en", "")[-1]
    assert quote.speaker == "Rita Vance"


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun of the other gender: not the one asked
        "Reporters asked Ann Vance about the plan. “No,” he said.",
        # a subject pronoun before the verb may be the one who goes on
        "She asked Rita Vance about the plan. “No,” she said.",
        # no verb of asking: an object is no speaker
        "Reporters saw Rita Vance about the plan. “No,” she said.",
    ],
)
def test_no_one_asked_or_another_gender_stays_nobody(text: str) -> None:
    assert find_quotes(text, "en", "")[-1].speaker is None


# A person who asks may speak next too: the one asked is no rival of "he" for the asker's words.
def test_a_person_who_asks_keeps_the_next_words() -> None:
    text = "Tom Reyes pressed Lena Marsh on the budget. “Is that your view?” he asked."
    assert find_quotes(text, "en", "")[-1].speaker == "Tom Reyes"
