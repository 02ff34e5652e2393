"""A day or an adverb after an Arabic cue is no part of the speaker's name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize("adverbial", ["يوم الاثنين", "مساء الثلاثاء", "الخميس", "أيضا", "بدوره"])
def test_the_name_before_a_day_or_an_adverb_is_the_speaker(adverbial: str) -> None:
    [quote] = find_quotes(f'وقال وزير الخارجية سامي حداد {adverbial}: "نحن هنا".', "ar")
    assert (quote.speaker, quote.confidence) == ("سامي حداد", "high")


@pytest.mark.parametrize("adverbial", ["يوم الاثنين", "مساء الثلاثاء", "أيضا", "بدوره"])
def test_a_day_or_an_adverb_alone_after_the_cue_names_nobody(adverbial: str) -> None:
    [quote] = find_quotes(f'وقال {adverbial}: "نحن هنا".', "ar")
    assert quote.speaker is None
