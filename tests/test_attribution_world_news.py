"""Who speaks in French, Spanish, Russian, Arabic, Japanese and Chinese news shapes (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

FR = "« Le budget est faux », dénonce Hélène Vautrin.\n"
ES = '"El plan es falso", denunció Irene Zabala.\n'
RU = "«План провален», — заявила Инна Лаптева.\n"


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, lang, "") if q.kind != "title"]


# "son avocat", "su entorno", "её адвокат": someone of the person named before, never that person.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", FR + "« Elle n'a rien signé », a précisé son entourage."),
        ("fr", FR + "« Ma cliente est innocente », a déclaré son avocat."),
        ("fr", FR + "« Elle avait peur », a raconté sa voisine."),
        ("es", ES + '"Es una persecución", ha dicho su entorno.'),
        ("es", ES + '"Mi clienta no sabía nada", aseguró su abogado.'),
        ("ru", RU + "«Моя подзащитная невиновна», — сказал её адвокат."),
        ("ru", RU + "«Она очень устала», — добавил её супруг."),
    ],
)
def test_an_owned_subject_after_a_cue_is_not_the_previous_speaker(lang: str, text: str) -> None:
    assert _speakers(text, lang)[1] is None


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "fr",
            FR + "« Il faut attendre », a ajouté son porte-parole, Marc Delorme.",
            "Marc Delorme",
        ),
        ("fr", FR + "« Je suis fière », a lancé sa fille Léa Vautrin.", "Léa Vautrin"),
        ("es", ES + '"Es inocente", dijo su abogado, Tomás Ferrer.', "Tomás Ferrer"),
        ("ru", RU + "«Это преследование», — сказал её адвокат Павел Дубов.", "Павел Дубов"),
    ],
)
def test_the_name_of_an_owned_subject_speaks(lang: str, text: str, who: str) -> None:
    assert _speakers(text, lang)[1] == who


# Not after a preposition ("à sa sortie"), and a pronoun subject still carries on.
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("fr", "« Nous partirons », a déclaré à sa sortie Hélène Vautrin.", "Hélène Vautrin"),
        ("fr", FR + "« Je reste », a-t-elle ajouté devant ses partisans.", "Hélène Vautrin"),
        ("es", '"Seguiremos", afirmó en su cuenta Irene Zabala.', "Irene Zabala"),
        ("ru", RU + "«Мы будем бороться», — добавила она.", "Инна Лаптева"),
    ],
)
def test_a_possessive_inside_an_adverbial_opens_no_subject(lang: str, text: str, who: str) -> None:
    assert _speakers(text, lang)[-1] == who


# "— сказали в её окружении": a plural cue and a place, lower-case or not, name nobody.
@pytest.mark.parametrize(
    "after",
    ["— сказали в её окружении.", "— сообщили в министерстве юстиции.", "— подчеркнули в Кремле."],
)
def test_a_plural_cue_and_a_place_after_it_name_nobody(after: str) -> None:
    assert _speakers(RU + f"«Это преследование», {after}", "ru") == ["Инна Лаптева", None]


def test_a_singular_cue_before_a_place_still_names_its_subject() -> None:
    text = RU + "«Мы победим», — сказала в министерстве Лаптева."
    assert _speakers(text, "ru") == ["Инна Лаптева", "Инна Лаптева"]


# Arabic is verb-first: a word between a quotation and its cue ("هكذا", "كما", "بهذه الكلمات")
# is an adverbial, and the subject follows the verb.
@pytest.mark.parametrize(
    "text",
    [
        "«لن نتراجع»، هكذا قال رئيس الحزب نادر سلوم أمام أنصاره.",
        '"لن نتراجع"، كما قال نادر سلوم.',
        "«لن نتراجع»، بهذه الكلمات ختم نادر سلوم.",
    ],
)
def test_an_arabic_adverb_before_a_cue_after_a_quotation_is_no_speaker(text: str) -> None:
    assert _speakers(text, "ar") == ["نادر سلوم"]


def test_an_arabic_cue_after_a_quotation_with_no_subject_names_nobody_new() -> None:
    text = "وقال نادر سلوم: «نحن مع الحوار».\n«لن نتراجع»، هكذا قال.\n«لن نتراجع»، وفق ما قيل."
    assert _speakers(text, "ar")[:2] == ["نادر سلوم", "نادر سلوم"]
    assert _speakers(text, "ar")[2] != "ما"


def test_a_preposition_after_an_arabic_name_ends_it() -> None:
    text = "وقال نادر سلوم أمام أنصاره: «لن نتراجع».\nوقال سلوم عقب الاجتماع إن «الحوار مستمر»."
    assert _speakers(text, "ar") == ["نادر سلوم", "نادر سلوم"]
