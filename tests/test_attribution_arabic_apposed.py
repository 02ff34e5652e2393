"""An Arabic name set off by commas after a role is the speaker (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    return find_quotes(text, "ar", "")[0].speaker


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('وقال الناطق باسم البلدية، وائل عيسى، إن "الطريق مغلق".', "وائل عيسى"),
        ('وأكدت وزيرة الزراعة، رنا خوري، أن "المحصول جيد".', "رنا خوري"),
        ('وقال المتحدث باسم الشرطة، المقدم نبيل زيد، إن "التحقيق جار".', "نبيل زيد"),
    ],
)
def test_a_name_between_commas_after_a_role_is_the_speaker(text: str, who: str) -> None:
    assert _speaker(text) == who


@pytest.mark.parametrize(
    "aside",
    ["في بيان", "مساء أمس", "اليوم الخميس", "متحدثا للصحفيين", "الذي طلب عدم ذكر اسمه"],
)
def test_an_aside_between_commas_after_a_role_names_nobody(aside: str) -> None:
    assert _speaker(f'وقال الناطق باسم البلدية، {aside}، إن "الطريق مغلق".') is None
