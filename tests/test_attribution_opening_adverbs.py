"""A time adverb opening the sentence ("Ayer", "Yesterday") is no word of the speaker's name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('Yesterday Nora Blake said: "The bridge stays shut."', "en", "Nora Blake"),
        ('Today Blake said: "The bridge stays shut."', "en", "Blake"),
        ('Ayer Nora Blanco dijo: "El puente sigue cerrado".', "es", "Nora Blanco"),
        ('Después Blanco añadió: "El puente sigue cerrado".', "es", "Blanco"),
        ("Hier Nora Blanc a déclaré : « Le pont reste fermé ».", "fr", "Nora Blanc"),
        ('وقال كريم يوسف غدا: "الجسر مغلق".', "ar", "كريم يوسف"),
    ],
)
def test_an_opening_time_adverb_is_dropped_from_the_name(
    text: str, lang: str, speaker: str
) -> None:
    [quote] = find_quotes(text, lang)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('Nora Blake told USA Today: "The bridge stays shut."', "en", "Nora Blake"),
        ('Nora Blake said on Tuesday: "The bridge stays shut."', "en", "Nora Blake"),
        ('"The bridge stays shut," said Nora Blake.', "en", "Nora Blake"),
        ('Will Blake said: "The bridge stays shut."', "en", "Will Blake"),
    ],
)
def test_names_without_an_opening_adverb_are_kept_whole(text: str, lang: str, speaker: str) -> None:
    [quote] = find_quotes(text, lang)
    assert quote.speaker == speaker
