"""Arabic titles whose name is someone else's (kin, 'spokesman of', a second title) or told."""
# Sentences written by the session-20 reviewer. With no capitals, a kin noun, a title past
# another word or past "باسم", and a complement in لـ (an office's body or the one told) leave
# the name after them someone else's: nobody, or a guess at low, never a name at high.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = ": «النتائج نهائية»."


def _first(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the first quotation that is speech."""
    quote = next(q for q in find_quotes(text, "ar", "") if q.kind != "title")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "subject",
    [
        "وزير الخارجية لنظيره سامي حداد",
        "رئيس الوزراء لرئيس البرلمان سامي حداد",
        "زوجة الرئيس السابق حسني مبارك",
        "نجل الرئيس السابق حسني مبارك",
        "أرملة الرئيس الراحل ياسر عرفات",
        "المتحدث باسم رئيس الوزراء خالد ناصر",
        "مدير مكتب رئيس الوزراء خالد ناصر",
        "مدير حملة الرئيس جو بايدن",
        "وزير الدولة لشؤون الإعلام",
        "المدير العام لمنظمة الصحة العالمية",
        "مفوض الأمم المتحدة لحقوق الإنسان",
        "مفوض الاتحاد الأوروبي لشؤون الهجرة",
        "وزير الخارجية لصحيفة الشروق سامي حداد",
        "وزير الخارجية لعائلة الضحية سامي حداد",
    ],
)
def test_a_colon_after_titles_not_the_names_own_names_nobody(subject: str) -> None:
    assert _first(subject + _SAID)[0] is None


@pytest.mark.parametrize(
    "subject",
    [
        "وقالت زوجة الرئيس السابق حسني مبارك",
        "وقالت أرملة الرئيس الراحل ياسر عرفات",
        "وقال المفوض السامي لحقوق الإنسان فولكر تورك",
        "وقال مفوض الاتحاد الأفريقي للسلم والأمن بانكولي أديوي",
        "وقال مفوض الأمم المتحدة لحقوق الإنسان",
        "وقال وزير الدولة لشؤون الإعلام",
        "وقال وزير الخارجية لشبكة سي إن إن الأمريكية",
        "وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط",
    ],
)
def test_a_cue_before_a_kin_or_an_uncut_complement_names_nobody(subject: str) -> None:
    assert _first(subject + _SAID)[0] is None


@pytest.mark.parametrize(
    "subject",
    [
        "وقال الرئيس لحكومة الوحدة الوطنية سامي حداد",
        "وقال وزير الخارجية لعائلة الضحية سامي حداد",
        "وقال وزير الخارجية لشبكة الجزيرة الإخبارية سامي حداد",
        "وقال وزير الخارجية لمحطة الإذاعة الوطنية سامي حداد",
        "وقال وزير الخارجية لمجموعة الصحفيين سامي حداد",
        "وقال وزير الدفاع لقوة الرد السريع سامي حداد",
    ],
)
def test_a_complement_in_lam_that_may_be_the_one_told_is_never_high(subject: str) -> None:
    assert _first(subject + _SAID)[1] == "low"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("رئيس الوزراء خالد ناصر: «لن نقبل بالابتزاز».", "خالد ناصر"),
        ("المتحدثة باسم الحكومة رنا عيسى: «القرار نهائي».", "رنا عيسى"),
        ("الأمين العام للأمم المتحدة أنطونيو غوتيريش: «العالم في خطر».", "أنطونيو غوتيريش"),
        ("وقالت وزيرة الصحة ليلى منصور: «المستشفيات تعمل».", "ليلى منصور"),
        ("وقال رئيس الوزراء العراقي محمد شياع السوداني: «لن نقبل».", "محمد شياع السوداني"),
    ],
)
def test_a_title_and_its_own_name_still_speak(text: str, who: str) -> None:
    assert _first(text)[0] == who
