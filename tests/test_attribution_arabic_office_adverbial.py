"""Arabic: an adverbial after "title في place" is when or how the holder spoke, not a name."""
# fixW23: "وقال وزير الخارجية في المؤتمر الصحفي مرة أخرى إن" gave "مرة أخرى" (low); likewise
# "منذ سنوات", "بكل وضوح", "غداة الهجوم".

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    return find_quotes(text, "ar", "")[-1].speaker


@pytest.mark.parametrize(
    "adverbial",
    [
        "مرة أخرى",
        "منذ سنوات",
        "منذ أيام",
        "ذات مرة",
        "هذا الأسبوع",
        "عدة مرات",
        "بكل وضوح",
        "بصراحة تامة",
        "غداة الهجوم",
        "إثر الهجوم",
    ],
)
def test_an_adverbial_after_the_place_is_nobody(adverbial: str) -> None:
    text = f'وقال وزير الخارجية في المؤتمر الصحفي {adverbial} إن "الوضع مستقر".'
    assert _speaker(text) is None
    text = f'وقالت المديرة في المدرسة {adverbial} إن "الوضع مستقر".'
    assert _speaker(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('وقالت مديرة التسويق في النادي ليلى حمدان للصحفيين إن المبيعات "ارتفعت".', "ليلى حمدان"),
        # names that open with the letters of a glued preposition stay names
        ('وقال الباحث في مركز الخليج للدراسات بشار عيد إن الجولة "لم تنجح".', "بشار عيد"),
        ('وقال الباحث في مركز الخليج للدراسات كمال منصور إن الجولة "لم تنجح".', "كمال منصور"),
        ('وقالت الباحثة في مركز الخليج للدراسات لبنى عيد إن الجولة "لم تنجح".', "لبنى عيد"),
    ],
)
def test_a_holders_name_stays(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
