"""Russian (and French, Spanish) surnames alone at a cue: which earlier full name they stand for."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str, lang: str = "ru") -> list[str | None]:
    return [quote.speaker for quote in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ольга Белова возглавляет фонд. Белова подчеркнула, что «сборы выросли».", "Ольга Белова"),
        ("Олег Белов возглавляет фонд. Белов ответил: «Сборы выросли».", "Олег Белов"),
        ("Олег Белов возглавляет фонд. «Сборы выросли», — сказал Белов.", "Олег Белов"),
    ],
)
def test_a_lone_surname_of_its_verbs_gender_stands_for_the_full_name(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Олег Белов задержан в аэропорту. Белова заявила: «Мой муж ни в чём не виноват».",
        "Олег Белов задержан в аэропорту. «Мой муж ни в чём не виноват», — сказала Белова.",
        "Олег Белов задержан в аэропорту. Белова сказал: «Клиент ни в чём не виноват».",
    ],
)
def test_a_surname_of_the_other_gender_is_not_the_man_named_before(text: str) -> None:
    assert _speakers(text) != ["Олег Белов"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Сборы выросли», — заявил министр финансов Белов.", "Белов"),
        (
            "Олег Белов возглавляет фонд. «Сборы выросли», — заявил министр финансов Белов.",
            "Олег Белов",
        ),
        ("«Сборы выросли», — сказал глава Минфина Белов.", "Белов"),
        ("«Сборы выросли», — отметил губернатор области Белов.", "Белов"),
        ("«Сборы выросли», — добавил председатель Госдумы России Белов.", "Белов"),
    ],
)
def test_a_surname_after_a_role_and_its_genitive_complement_is_the_name(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "«Сборы выросли», — заявила министр финансов Белова.",
        "«Сборы выросли», — заявил адвокат Белова.",
        "«Сборы выросли», — сказал глава Минфина России.",
    ],
)
def test_a_genitive_after_a_role_and_its_complement_names_nobody(text: str) -> None:
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Pierre Morel dirige le ministère. « Rien ne change », a déclaré le ministre des "
            "Finances Morel.",
            "fr",
            "Pierre Morel",
        ),
        ("« Rien ne change », a affirmé la ministre de la Santé, Morel.", "fr", "Morel"),
        ("«Nada cambia», dijo el ministro de Hacienda, Ruiz.", "es", "Ruiz"),
        (
            "Ana Ruiz llegó a Sevilla. «Nada cambia», afirmó la ministra de Hacienda, Ruiz.",
            "es",
            "Ana Ruiz",
        ),
    ],
)
def test_a_lone_surname_after_a_role_and_its_complement_in_french_and_spanish(
    text: str, lang: str, speaker: str
) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« Rien ne change », a déclaré le ministre des Affaires Étrangères.", "fr"),
        (
            "Pierre Morel arrive. « Rien ne change », a déclaré le porte-parole de Pierre Morel.",
            "fr",
        ),
        ("La Casa Blanca calla. «Nada cambia», dijo el portavoz de la Casa Blanca.", "es"),
        ("«Nada cambia», dijo el presidente de la Unión Europea.", "es"),
    ],
)
def test_a_capitalised_complement_or_an_owner_is_no_lone_surname(text: str, lang: str) -> None:
    assert _speakers(text, lang) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Адвокат Белова заявил: «Мой клиент ни в чём не виноват».",
        "Олег Белов задержан. Защитник Белова сказал: «Мой клиент ни в чём не виноват».",
    ],
)
def test_a_genitive_owner_before_a_masculine_verb_is_no_speaker(text: str) -> None:
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Анна Белова заявила: «Мой клиент ни в чём не виноват».", "Анна Белова"),
        ("Барак Обама заявил: «Мы справимся».", "Барак Обама"),
        ("Сара Пэйлин выступила в Огайо. Пэйлин заявила: «Мы справимся».", "Сара Пэйлин"),
    ],
)
def test_a_name_whose_ending_agrees_or_tells_nothing_still_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Олег Белов выступил. Белов и Сомов заявили: «Мы договорились».",
        "Олег Белов и Иван Сомов заявили: «Мы договорились».",
        "Коллеги Белова заявили: «Мы договорились».",
    ],
)
def test_names_before_a_plural_verb_are_no_one_speaker(text: str) -> None:
    assert _speakers(text) == [None]


def test_a_plural_verb_leaves_the_joined_names_of_a_singular_one_alone() -> None:
    assert _speakers("Олег Белов и Иван Сомов встретились. Белов заявил: «Мы договорились».") == [
        "Олег Белов"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Олег Белов провел встречу. Белов уверенно заявил: «Сроки не сорваны».",
        "Олег Белов провел встречу. Белов официально сообщил: «Сроки не сорваны».",
        "Олег Белов провел встречу. Белов жёстко ответил: «Сроки не сорваны».",
    ],
)
def test_a_manner_adverb_between_a_surname_and_its_cue(text: str) -> None:
    assert _speakers(text) == ["Олег Белов"]


@pytest.mark.parametrize(
    "text",
    [
        "Министр Белов заявил: «Сроки не сорваны».",
        "Премьер-министр Белов заявил: «Сроки не сорваны».",
        "Губернатор Белов сказал: «Сроки не сорваны».",
    ],
)
def test_a_title_and_a_surname_opening_the_text_name_the_surname(text: str) -> None:
    assert _speakers(text) == ["Белов"]


@pytest.mark.parametrize(
    "text",
    [
        "Глава Минобороны заявил: «Сроки не сорваны».",
        "Глава МИД заявил: «Сроки не сорваны».",
        "Директор Росстата сказал: «Сроки не сорваны».",
        "Москва заявила: «Сроки не сорваны».",
        "Киев ответил: «Сроки не сорваны».",
    ],
)
def test_a_title_and_its_complement_or_a_place_opening_the_text_name_no_person(text: str) -> None:
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Президент Франции Макрон заявил: «Сроки не сорваны».", "Макрон"),
        ("Директор ЦРУ Бернс заявил: «Сроки не сорваны».", "Бернс"),
        (
            "Эмиль Макрон прилетел. «Сроки не сорваны», — заявил президент Франции Макрон.",
            "Эмиль Макрон",
        ),
        ("Президент Эмиль Макрон заявил: «Сроки не сорваны».", "Эмиль Макрон"),
    ],
)
def test_a_title_and_its_genitive_complement_before_a_surname_are_no_part_of_the_name(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


# One agreement check (frames/genders.py masculine_clash) serves the owner after a cue and the
# lone surname: a reflexive masculine past ("признался", "поделился") is masculine too.
@pytest.mark.parametrize(
    "text",
    [
        "«Сроки сорваны», — признался помощник Веры Гущиной.",
        "«Сроки сорваны», — поделился водитель Ольги Тихоновой.",
    ],
)
def test_a_reflexive_masculine_verb_makes_the_name_after_a_noun_its_owner(text: str) -> None:
    [quote] = find_quotes(text, "ru")
    assert (quote.speaker, quote.mention) == (None, text.split("— ")[1].split(" ", 1)[1][:-1])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Сроки сорваны», — призналась помощница Вера Гущина.", "Вера Гущина"),
        ("Вера Гущина и Павел Гущин приехали. «Сроки сорваны», — признался Гущин.", "Павел Гущин"),
    ],
)
def test_a_name_that_agrees_with_the_verb_still_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_reflexive_masculine_verb_rules_out_a_womans_lone_surname() -> None:
    text = "Вера Гущина приехала в Тверь. «Сроки сорваны», — признался Гущина."
    assert _speakers(text) == [None]
