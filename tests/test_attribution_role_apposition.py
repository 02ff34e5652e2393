"""A role in apposition before a name: the name speaks, whole; an undecided boundary is low."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str, lang: str) -> tuple[str | None, str]:
    """The speaker and confidence of the first quotation in `text`."""
    quote = find_quotes(text, lang)[0]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قال مراسل شبكة الجزيرة محمد علي: «الوضع هادئ الآن».", "محمد علي"),
        ("«سنعمل معا»، قال سفير فرنسا الجديد كريم الحسيني.", "كريم الحسيني"),
        ("وقالت مندوبة فرنسا الدائمة ليلى منصور: «نرفض القرار».", "ليلى منصور"),
        ("«سنفوز»، قال مدرب المنتخب الوطني محمد علي.", "محمد علي"),
        # a noun the lists lack, closed by an adjective of office
        ("وقال عميد كلية الطب السابق محمد علي: «الوضع صعب».", "محمد علي"),
    ],
)
def test_arabic_role_noun_before_a_name_is_dropped(text: str, name: str) -> None:
    assert _first(text, "ar") == (name, "high")


def test_arabic_bare_noun_and_definite_complement_is_a_role_at_low() -> None:
    # "أستاذ" is in no list: "أستاذ العلوم السياسية" is a role by its shape only
    assert _first("وقال أستاذ العلوم السياسية محمد علي: «الوضع صعب».", "ar") == ("محمد علي", "low")


@pytest.mark.parametrize(
    "text",
    [
        "قال مراسل شبكة الجزيرة: «الوضع هادئ».",
        "«نرفض القرار»، قالت مندوبة فرنسا الدائمة.",
        "وقال عميد كلية الطب السابق: «الوضع صعب».",
        "وقال أستاذ العلوم السياسية: «الوضع صعب».",
    ],
)
def test_arabic_role_alone_names_nobody(text: str) -> None:
    assert _first(text, "ar")[0] is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال نور الدين حداد: «سنفوز».", "نور الدين حداد"),
        ("وقال سيف الإسلام القذافي: «سنفوز».", "سيف الإسلام القذافي"),
        ("وقال كريم الحسيني: «سنفوز».", "كريم الحسيني"),
        ("وقال محمد علي حداد: «سنفوز».", "محمد علي حداد"),
    ],
)
def test_arabic_names_with_definite_words_stay_whole(text: str, name: str) -> None:
    assert _first(text, "ar") == (name, "high")


def test_arabic_name_longer_than_a_name_is_never_sure() -> None:
    # six words without the article: a name has at most four, so the words kept are a guess
    text = "وقال كاتب عمود صحيفة يومية محمد علي: «الوضع صعب»."
    assert _first(text, "ar")[1] == "low"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« Nous resterons », a dit le correspondant du New York Times.", "fr"),
        ('"Seguiremos aquí", dijo el director de Médicos Sin Fronteras.', "es"),
        ("« Nous resterons », a dit le porte-parole de Human Rights Watch.", "fr"),
    ],
)
def test_romance_complement_of_three_words_is_no_sure_name(text: str, lang: str) -> None:
    assert _first(text, lang)[1] == "low"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "« Nous resterons », a déclaré le nouvel ambassadeur de France Jean Martin. "
            "Martin est arrivé lundi.",
            "fr",
            "Jean Martin",
        ),
        (
            '"Seguiremos aquí", dijo el corresponsal de El País Juan García. García llegó ayer.',
            "es",
            "Juan García",
        ),
        (
            "« Nous resterons », a déclaré l'envoyé spécial de l'ONU Jean Martin.",
            "fr",
            "Jean Martin",
        ),
    ],
)
def test_romance_name_after_complement_is_sure_when_attested(
    text: str, lang: str, name: str
) -> None:
    assert _first(text, lang) == (name, "high")


def test_romance_name_after_complement_alone_is_low() -> None:
    text = "« Nous resterons », a déclaré le nouvel ambassadeur de France Jean Martin."
    assert _first(text, "fr") == ("Jean Martin", "low")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال كريم الحسيني وزير الخارجية: «الوضع صعب».", "كريم الحسيني"),
        ("«الوضع صعب»، قال سامي يوسف مدير المستشفى.", "سامي يوسف"),
        ("وقال كريم الحسيني مؤخرا: «الوضع صعب».", "كريم الحسيني"),
    ],
)
def test_arabic_apposition_or_adverb_after_a_name_ends_it(text: str, name: str) -> None:
    assert _first(text, "ar") == (name, "high")


def test_arabic_title_word_inside_a_name_stays() -> None:
    # "أمير" right after the first word is a given name, no title in the construct state
    assert _first("وقال محمد أمير الحسيني: «الوضع صعب».", "ar") == ("محمد أمير الحسيني", "high")
