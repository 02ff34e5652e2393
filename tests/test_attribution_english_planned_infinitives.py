"""A plan word before a plain verb of saying ("is expected to announce") marks planned words."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_LEAD = "The party met in Leeds on Sunday.\n\n"


def _last(text: str) -> Quote:
    return find_quotes(_LEAD + text, "en")[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Gavin Treloar is expected to announce: “Britain is ready.”",
        "Gavin Treloar is scheduled to warn: “Britain is ready.”",
        "“Britain is ready,” Gavin Treloar is expected to insist.",
        "Gavin Treloar will say: “Britain is ready.”",
        "Gavin Treloar is set to tell delegates that “Britain is ready.”",
    ],
)
def test_a_plan_word_before_a_verb_of_saying_marks_the_words_planned(text: str) -> None:
    found = _last(text)
    assert (found.speaker, found.mood, found.confidence) == ("Gavin Treloar", "planned", "low")


@pytest.mark.parametrize(
    "text",
    [
        # "would" with an adverb of later or repeated time tells what was said
        "Gavin Treloar would later say: “Britain was ready.”",
        "As Gavin Treloar would often say, “Britain is ready.”",
        "Gavin Treloar announced: “Britain is ready.”",
    ],
)
def test_words_said_are_not_planned(text: str) -> None:
    found = _last(text)
    assert (found.speaker, found.mood) == ("Gavin Treloar", "said")


def test_a_plain_verb_with_no_plan_word_is_no_cue() -> None:
    assert _last("They announce “Britain is ready” daily.").speaker is None
