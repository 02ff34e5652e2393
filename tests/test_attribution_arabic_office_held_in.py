"""Arabic: a title, في and the place it is held in, then the holder's name after the cue."""
# world22: "وقالت مديرة التسويق في النادي ليلى حمدان لـ«…» إن" gave nobody: the subject's words
# stopped at في. The name is the two words after a definite word that ends the place (low).

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quotes(text: str) -> tuple[Quote, ...]:
    return find_quotes(text, "ar", "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وقالت مديرة التسويق في النادي ليلى حمدان للصحفيين إن المبيعات "ارتفعت".', "ليلى حمدان"),
        (
            'وأوضحت رئيسة القسم في بنك الاستثمار الوطني دينا فاروق أن القرار "كان متوقعا".',
            "دينا فاروق",
        ),
        ('وقال الباحث في مركز الخليج للدراسات سامر عيد إن الجولة "لم تنجح".', "سامر عيد"),
    ],
)
def test_the_holder_after_the_place_speaks(text: str, speaker: str) -> None:
    (quote,) = _quotes(text)
    assert (quote.speaker, quote.confidence) == (speaker, "low")


@pytest.mark.parametrize(
    "text",
    [
        'وقال الوزير في تصريح صحفي إن الوضع "مستقر".',  # one word after في: no place
        'وقال الوزير في المؤتمر الصحفي يوم الاثنين إن الوضع "مستقر".',  # no name after it
        'وقال المتحدث في بيان صادر عن الوزارة إن الوضع "مستقر".',
        'وقال الوزير في مقابلة مع قناة الجزيرة إن الوضع "مستقر".',
        'وقال المتحدث في مؤتمر صحفي عقده إن الوضع "مستقر".',  # the place ends in no definite word
        'وقالت المديرة في النادي، ليلى حمدان، إن المبيعات "ارتفعت".',  # the comma: no run
    ],
)
def test_no_name_is_made_of_the_words_after_fi(text: str) -> None:
    assert _quotes(text)[-1].speaker in (None, "ليلى حمدان")


# The same article: her verb, "وقالت", told her gender across في; "وقال" after it is a man's.
def test_a_masculine_cue_does_not_go_on_with_her() -> None:
    text = (
        'وقالت مديرة التسويق في النادي ليلى حمدان للصحفيين إن المبيعات "ارتفعت". '
        'وقال في مقابلة تلفزيونية: "المشكلة في المدرب".'
    )
    assert [q.speaker for q in _quotes(text)] == ["ليلى حمدان", None]
