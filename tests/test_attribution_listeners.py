"""The one told, named after a cue (a dative, "à", "a", "to"), is never the quotation's speaker."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str, lang: str) -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« Le budget sera voté », a répondu le ministre à Paul Girard.", "fr"),
        ("« Le budget sera voté », a assuré la ministre à Paul Girard hier.", "fr"),
        ('"El presupuesto saldrá", le dijo el ministro a Girard.', "es"),
        ('"El presupuesto saldrá", respondió la ministra a Luis Girard.', "es"),
        ('"El presupuesto saldrá", aseguró el ministro al presidente Luis Girard.', "es"),
    ],
)
def test_a_name_told_after_a_role_is_not_the_roles_speaker(text: str, lang: str) -> None:
    assert _speakers(text, lang) == [None]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("« Le budget sera voté », a déclaré le ministre Paul Girard à Lyon.", "fr", "Paul Girard"),
        ("« Le budget sera voté », a dit le président du Sénat Paul Girard.", "fr", "Paul Girard"),
        ('"El presupuesto saldrá", dijo el ministro de Hacienda Luis Girard.', "es", "Luis Girard"),
        ('"El presupuesto saldrá", dijo el portavoz Luis Girard a la prensa.', "es", "Luis Girard"),
        ('"El presupuesto saldrá", dijo a Efe el ministro Luis Girard.', "es", "Luis Girard"),
    ],
)
def test_the_roles_own_name_still_speaks(text: str, lang: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Мост откроют весной», — сказал Громову Белецкий.", "Белецкий"),
        ("«Мост откроют весной», — ответил Ершову Белецкий.", "Белецкий"),
        ("«Мост откроют весной», — заявил Громову Семён Белецкий.", "Семён Белецкий"),
        ("«Мост откроют весной», — сказал Нечаеву Котов на совещании.", "Котов"),
    ],
)
def test_a_russian_surname_in_the_dative_first_is_the_one_told(text: str, speaker: str) -> None:
    [quote] = find_quotes(text, "ru")
    assert quote.speaker == speaker
    assert quote.mention == speaker


def test_a_dative_surname_first_does_not_join_the_articles_names() -> None:
    text = "Семён Белецкий приехал в Тверь. «Мост откроют весной», — сказал Громову Белецкий."
    assert _speakers(text, "ru") == ["Семён Белецкий"]


def test_after_a_quoting_verb_that_form_is_the_one_quoted_not_told() -> None:
    # "цитирует Громову" is a woman's accusative: the one quoted keeps the run
    [quote] = find_quotes("«Мост откроют весной», — цитирует Громову Белецкий.", "ru")
    assert quote.mention == "Громову Белецкий"


# "لكريم" is "to Karim", or a name opening with that letter: no capital tells which.
@pytest.mark.parametrize(
    "text",
    [
        'وقال الوزير لكريم يوسف: "سنبني المدرسة".',
        '"سنبني المدرسة"، قال المحافظ لكريم يوسف.',
    ],
)
def test_an_arabic_name_in_li_after_a_title_is_never_high(text: str) -> None:
    [quote] = find_quotes(text, "ar")
    assert quote.confidence == "low"


@pytest.mark.parametrize(
    "text",
    [
        'وقال وزير التعليم كريم يوسف: "سنبني المدرسة".',
        'وقال وزير التعليم كريم يوسف للصحفيين: "سنبني المدرسة".',
        'وقالت الناطقة باسم الوزارة لينا يوسف: "سنبني المدرسة".',
    ],
)
def test_an_arabic_name_after_a_title_stays_high(text: str) -> None:
    [quote] = find_quotes(text, "ar")
    assert quote.speaker in ("كريم يوسف", "لينا يوسف")
    assert quote.confidence == "high"


# "who" after the one told stands for that person, not for the teller before the verb.
@pytest.mark.parametrize(
    "text",
    [
        'Lena Park told Omar Reyes, who replied: "Not this year."',
        'Lena Park asked Omar Reyes, who said: "Not this year."',
        '"It is late," Lena Park told Omar Reyes, who answered: "Not this year."',
    ],
)
def test_who_after_the_one_told_is_the_one_told(text: str) -> None:
    assert _speakers(text, "en")[-1] == "Omar Reyes"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Lena Park, who met Omar Reyes, said: "Not this year."', "Lena Park"),
        ('Lena Park told reporters, who laughed, that "it is late".', "Lena Park"),
    ],
)
def test_who_after_the_teller_or_a_plain_noun_keeps_the_teller(text: str, speaker: str) -> None:
    assert _speakers(text, "en") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Мост откроют весной», — сказала Олегу Громову Белецкая.", "Белецкая"),
        ("«Мост откроют весной», — сказала Олегу Громову Вера Белецкая.", "Вера Белецкая"),
        ("«Мост откроют весной», — заявил в ответ Громову Котов.", "Котов"),
    ],
)
def test_a_full_name_told_in_the_dative_is_not_the_speakers(text: str, speaker: str) -> None:
    assert _speakers(text, "ru") == [speaker]


# An object pronoun between the subject and its cue ("le", "les", "leur") leaves the subject
# before it; the name after "a" or "à" is the one asked.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Luis Girard le preguntó a Nora Blanco: "¿Cuándo abre el puente?"', "es"),
        ('Luis Girard preguntó a Nora Blanco: "¿Cuándo abre el puente?"', "es"),
        ('Luis Girard les dijo: "El puente abre en mayo".', "es"),
        ("Luis Girard leur a dit : « Le pont ouvre en mai. »", "fr"),
    ],
)
def test_the_subject_before_an_object_pronoun_speaks(text: str, lang: str) -> None:
    assert _speakers(text, lang) == ["Luis Girard"]


def test_a_name_after_a_to_preposition_before_a_quotation_is_the_one_asked() -> None:
    text = 'Le preguntó a Nora Blanco: "¿Cuándo abre el puente?"'
    assert "Nora Blanco" not in _speakers(text, "es")
