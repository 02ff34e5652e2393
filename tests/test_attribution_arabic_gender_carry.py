"""An Arabic cue with no subject goes on only with a speaker of its gender (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str) -> str | None:
    return find_quotes(text, "ar", "")[-1].speaker


@pytest.mark.parametrize(
    "text",
    [
        "وقال سامي حداد: «سنلتقي مجددا». وقالت ليلى منصور: «ننتظر الرد». وأضاف: «الكرة في ملعبهم».",
        "وقالت وزيرة الصحة ليلى منصور: «المستشفيات جاهزة». وأضاف: «لا نقص في الأدوية».",
        "وقال النائب كمال جابر: «سنصوت ضد القانون». وتابعت: «الكتلة موحدة».",
        "وقال سامي حداد: «الوفد سيعود». وأكدت: «لا تنازل».",
    ],
)
def test_a_cue_of_the_other_gender_names_nobody(text: str) -> None:
    assert _last(text) is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("وقالت ليلى منصور: «الميزانية لا تكفي». وأضافت: «ننتظر الأفعال».", "ليلى منصور"),
        ("وقال سامي حداد: «الاتفاق قريب». وأضاف: «نأمل توقيعه قريبا».", "سامي حداد"),
        # the verb before the name is the agency's, which tells nothing of his gender
        (
            "ونقلت وكالة الأنباء عن الوزير سامي حداد قوله: «الأزمة انتهت». وأضاف: «نحن بخير».",
            "سامي حداد",
        ),
        # a past verb that opens with ت tells no gender: the speaker goes on
        ("وقالت ليلى منصور: «الميزانية لا تكفي». وتابع: «ننتظر الأفعال».", "ليلى منصور"),
    ],
)
def test_a_cue_of_the_same_or_an_unknown_gender_goes_on(text: str, who: str) -> None:
    assert _last(text) == who
