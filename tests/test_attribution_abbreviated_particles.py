"""English: a particle written with a period inside a name ("St.", "Mac.") ends no sentence, so
the name is never cut at it ("Tom St" is nobody)."""
# The reviewer's sentences (review20/E2).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "“It was a mistake,” said the chairman Tom St. Pierre.",
        "“It was a mistake,” said the coach Tom Mac. Hale left.",
    ],
)
def test_a_name_is_never_cut_at_an_abbreviated_particle(text: str) -> None:
    quote = find_quotes(text, "en", "")[-1]
    assert quote.speaker not in ("Tom St", "Tom Mac")
    assert quote.confidence != "high" or quote.speaker in ("Tom St Pierre", "Tom St. Pierre")


def test_a_name_with_an_abbreviated_particle_after_the_cue_is_whole() -> None:
    quote = find_quotes("“It was a mistake,” said Tom St. Pierre.", "en", "")[-1]
    assert quote.speaker in ("Tom St Pierre", "Tom St. Pierre")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“It was a mistake,” said the coach Tom Hale. Hale left.", "Tom Hale"),
        ("“It was a mistake,” said the coach Tom Lee. Then he left.", "Tom Lee"),
    ],
)
def test_a_name_before_a_full_stop_still_ends_there(text: str, speaker: str) -> None:
    quote = find_quotes(text, "en", "")[-1]
    assert (quote.speaker, quote.confidence) == (speaker, "high")


# en22: a description after the cue is not cut at the particle either ("the St" was the speaker).
@pytest.mark.parametrize(
    "text",
    [
        "“We will fix the roads,” said the St. Louis mayor.",
        "“We will fix the roads,” said the former St. Louis mayor.",
    ],
)
def test_a_description_holds_a_place_with_an_abbreviated_particle(text: str) -> None:
    quote = find_quotes(text, "en", "")[-1]
    assert quote.speaker is not None and quote.speaker.endswith("St. Louis mayor")
    assert quote.confidence == "low"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will fix it,” said the owner of a shop on Elm St. The man left.", "the owner"),
        ("“We will fix it,” said the owner on Elm St. he said.", "the owner"),
    ],
)
def test_a_street_abbreviation_before_a_new_sentence_still_ends_it(text: str, speaker: str) -> None:
    quote = find_quotes(text, "en", "")[-1]
    assert quote.speaker == speaker
