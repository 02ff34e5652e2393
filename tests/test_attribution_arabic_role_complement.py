"""Arabic: a definite role with a complement in لل ("of the") before a name (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    """The speaker of the only quotation in `text`."""
    (quote,) = find_quotes(text, "ar", "")
    return quote.speaker


@pytest.mark.parametrize(
    "text",
    [
        "وقالت المنسقة الخاصة للأمم المتحدة رنا خوري: «الوضع خطير جدا في المنطقة».",
        "وقالت المنسقة الخاصة للأمم المتحدة رنا خوري إن «الوضع خطير جدا في المنطقة».",
    ],
)
def test_name_after_role_and_complement(text: str) -> None:
    """The definite role and the body after لل are no name: the name follows them."""
    assert _speaker(text) == "رنا خوري"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقالت الحكومة الأردنية للصحفيين: «لن نقبل بهذا».", "الحكومة الأردنية"),
        ("وقال كريم الحسيني للصحفيين: «لن نقبل بهذا».", "كريم الحسيني"),
        ("وقال المتحدث باسم وزارة الخارجية أحمد سالم: «لن نقبل بهذا».", "أحمد سالم"),
        ("وقال المتحدث للصحفيين: «لن نقبل بهذا».", None),
    ],
)
def test_listeners_and_titles_keep_their_reading(text: str, speaker: str | None) -> None:
    """لل before a plural of people is still the one told; titled names are unchanged."""
    assert _speaker(text) == speaker
