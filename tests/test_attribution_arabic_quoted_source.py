"""Arabic "نقلت X عن Y في/من Z قوله": the one quoted is the phrase right after عن (frfix26)."""

from __future__ import annotations

import pytest

from tests.quoted import assert_credited

# (lang, text, speaker, confidence): gold set before the code ran; None names nobody
CASES = [
    # Arabic: a place or body after في/من, or an aside in commas, describes the one quoted
    ("ar", "ونقلت الوكالة عن مسؤول أمريكي في دمشق قوله: «لن ننسحب».", None, None),
    ("ar", "ونقلت الوكالة عن مصدر أمني في البصرة قوله: «الوضع هادئ».", None, None),
    ("ar", "ونقلت الوكالة عن وزير في الحكومة قوله: «الوضع هادئ».", None, None),
    ("ar", "ونقلت الوكالة عن خالد منصور في القاهرة قوله: «الوضع هادئ».", "خالد منصور", "high"),
    (
        "ar",
        "ونقلت الوكالة عن الرئيس الفرنسي جان دوبون في باريس قوله: «الوضع هادئ».",
        "جان دوبون",
        "high",
    ),
    (
        "ar",
        "ونقلت الصحيفة عن خالد منصور من وزارة الخارجية قوله: «الوضع هادئ».",
        "خالد منصور",
        "high",
    ),
    ("ar", "ونقلت رويترز عن مسؤول في الرئاسة، طلب عدم نشر اسمه، قوله: «الوضع هادئ».", None, None),
    # negatives: the phrase reaching the noun of saying is read as before
    ("ar", "ونقلت الوكالة عن خالد منصور قوله: «الوضع هادئ».", "خالد منصور", "high"),
    ("ar", "ونقلت الوكالة عن مسؤول في الرئاسة قوله: «الوضع هادئ».", None, None),
    # one word with a possessive suffix is a description ("its correspondent"); one word no
    # list knows as a first name may be a surname or a noun: low (frfix26b)
    ("ar", "ونقلت القناة عن مراسلها في حلب قوله: «الاشتباكات مستمرة».", None, None),
    ("ar", "ونقلت الإذاعة عن مندوبنا في الموصل قوله: «الاشتباكات مستمرة».", None, None),
    ("ar", "ونقلت الوكالة عن منصور في القاهرة قوله: «الوضع هادئ».", "منصور", "low"),
    ("ar", "ونقلت الصحيفة عن أحمد حسن من وزارة الخارجية قوله: «الوضع هادئ».", "أحمد حسن", "high"),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "confidence"), CASES)
def test_speaker(lang: str, text: str, speaker: str | None, confidence: str | None) -> None:
    assert_credited(text, lang, speaker, confidence)
