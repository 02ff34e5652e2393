"""A quotation with no cue after a paragraph whose last subject is the previous speaker again."""

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
            "“The vote is close,” Rita Vale notes.\n\n"
            "Vale is upbeat about the senator’s chances because she sees Hale as a uniter.\n\n"
            "“Not only can Hale win in May, he is the likeliest to win.”",
            "Rita Vale",
        ),
        (  # by a pronoun that surely stands for her
            "“The vote is close,” Rita Vale notes.\n\n"
            "She is upbeat about the senator’s chances in the spring.\n\n"
            "“Not only can Hale win in May, he is the likeliest to win.”",
            "Rita Vale",
        ),
        (  # paragraphs a single line break apart
            "“The vote is close,” Rita Vale notes.\n"
            "Vale is upbeat about the senator’s chances.\n"
            "“Not only can Hale win in May, he is the likeliest to win.”",
            "Rita Vale",
        ),
    ],
)
def test_the_previous_speaker_narrated_again_goes_on(text: str, who: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence, found.basis) == (who, "low", "narration")


@pytest.mark.parametrize(
    "text",
    [
        # the paragraph's subject is someone else: one sign only
        "“The vote is close,” Rita Vale notes.\n\n"
        "Tom Hale is upbeat about his chances.\n\n"
        "“Not only can Hale win in May, he is the likeliest to win.”",
        # the previous speaker is only an object in that sentence
        "“The vote is close,” Rita Vale notes.\n\n"
        "The senator praised Vale on Monday.\n\n"
        "“Not only can Hale win in May, he is the likeliest to win.”",
        # two narration paragraphs between: too far from the previous quotation
        "“The vote is close,” Rita Vale notes.\n\n"
        "The count began at noon.\n\n"
        "Vale is upbeat about the senator’s chances.\n\n"
        "“Not only can Hale win in May, he is the likeliest to win.”",
        # the sentence ends the paragraph with no stop (a heading)
        "“The vote is close,” Rita Vale notes.\n\n"
        "Vale on the count\n\n"
        "“Not only can Hale win in May, he is the likeliest to win.”",
    ],
)
def test_no_speaker_without_both_signs(text: str) -> None:
    assert _last(text).speaker is None


def test_many_narrated_paragraphs_stay_linear() -> None:
    unit = "“The vote is close,” Rita Vale notes.\n\nVale is upbeat.\n\n“Hale can win.”\n\n"

    def run(n: int) -> None:
        assert find_quotes(unit * n, "en")[-1].speaker == "Rita Vale"

    assert_linear(run, 50)
