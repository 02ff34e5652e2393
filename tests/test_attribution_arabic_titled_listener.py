"""A titled person in لل after an Arabic cue is the one told, not an office's body (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> tuple[str | None, str]:
    quote = find_quotes(text, "ar", "")[0]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "opening",
    [
        "وقال الوزير للرئيس محمد علي",
        "وقالت الوزيرة للرئيس محمد علي",
        "وقال الوزير للصحفية ليلى منصور",
        "وقال الرئيس للمبعوث الأممي أحمد حسن",
        "وقالت الوزيرة للمستشارة سارة منصور",
    ],
)
def test_a_titled_listener_in_lil_is_not_the_speaker(opening: str) -> None:
    assert _speaker(f'{opening}: "لن نتراجع".')[0] is None


@pytest.mark.parametrize(
    ("opening", "who"),
    [
        ("وقال المدير العام للشركة طارق بدران", "طارق بدران"),
        ("وقال الأمين العام للجامعة العربية أحمد أبو الغيط", "أحمد أبو الغيط"),
        ("وقال المدير التنفيذي للمجموعة سامي حداد", "سامي حداد"),
    ],
)
def test_a_body_in_lil_after_a_title_is_its_office(opening: str, who: str) -> None:
    assert _speaker(f'{opening}: "لن نتراجع".') == (who, "high")


@pytest.mark.parametrize("opening", ["وقال الوزير للصحفيين", "وقال الوزير لليلى منصور"])
def test_other_listeners_stay_told(opening: str) -> None:
    assert _speaker(f'{opening}: "لن نتراجع".')[0] is None
