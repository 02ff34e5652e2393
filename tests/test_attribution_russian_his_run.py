"""Russian: after a man's verb ("сказал") a word in -а, -я makes the speaker a woman only as the
first of two words or more, known as a woman's first name or before a woman's surname by its
form, and not after a role noun the verb agrees with; a verb's object after it makes the words
before it the subject (told_runs.py, kinds/judged.py, `rufix26b`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "«Мы не пойдем на уступки», — {cue}."


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru") if q.kind == "speech"]


@pytest.mark.parametrize(
    "cue",
    [
        "сказал Кучма",
        "сказал Дзюба",
        "сказал Дуда",
        "сказал во вторник Дуда",
        "сказал в интервью Кисида",
        "заявил Рамафоса",
        "заявил Лула",
        "сказал Мухика",
        "сказал Берия",
        "сказал Далай-лама",
    ],
)
def test_a_lone_surname_in_a_is_his_own(cue: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(cue.split()[-1], "high")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Мустафа Кемаль", "Мустафа Кемаль"),
        ("сказал Абдулла Гюль", "Абдулла Гюль"),
        ("сказал лидер ХАМАС Яхья Синвар", "Яхья Синвар"),
        ("сказал Акира Курода", "Акира Курода"),
        ("сказал Андреа Бочелли", "Андреа Бочелли"),
        ("сказал Никола Пашинян", "Никола Пашинян"),
        ("сказал Никола Груевский", "Никола Груевский"),
        ("сказал Нарендра Моди", "Нарендра Моди"),
        ("пояснил мэр Тбилиси Каха Каладзе", "Каха Каладзе"),
        ("пояснил Шалва Папуашвили", "Шалва Папуашвили"),
        ("сказал Папа Франциск", "Папа Франциск"),
        ("сказал Аятолла Хаменеи", "Аятолла Хаменеи"),
    ],
)
def test_a_first_word_in_a_no_womans_name_keeps_the_name_sure(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал представитель Пентагона Сабрина Сингх", "Сабрина Сингх"),
        ("сказал президент Мексики Клаудия Шейнбаум", "Клаудия Шейнбаум"),
        ("сказал министр обороны Украины Анна Маляр", "Анна Маляр"),
        ("сказал спикер Совфеда Валентина Матвиенко", "Валентина Матвиенко"),
        ("сказал президент Перу Дина Болуарте", "Дина Болуарте"),
    ],
)
def test_a_role_noun_the_verb_agrees_with_keeps_her_name_sure(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Лукашенко Ксения Собчак", "Лукашенко"),
        ("сказал президент Лукашенко Ксения Собчак", "Лукашенко"),
        ("сказал Зеленский Кая Каллас", "Зеленский"),
        ("сказал Хосе Мария Аснар", "Хосе Мария Аснар"),
        ("сказал премьер Испании Хосе Мария Аснар", "Хосе Мария Аснар"),
        ("сказал Ксения Собчак", "Ксения Собчак"),
        ("заявил Сара Вагенкнехт", "Сара Вагенкнехт"),
        ("сказал Маргарита Симоньян", "Маргарита Симоньян"),
        ("сказал Мая Санду", "Мая Санду"),
        ("сказал во вторник Анна Маляр", "Анна Маляр"),
    ],
)
def test_a_womans_name_the_verb_cannot_agree_with_stays_low(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "low")]


def _labelled(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Тимур Лановой назвал решение «справедливым».", ("Тимур Лановой", "high")),
        ("Рамиль Луговой назвал приговор «жестоким».", ("Рамиль Луговой", "high")),
        ("Слова Пугачевой Песков назвал «ошибкой».", ("Песков", "low")),
        ("Отказ Захаровой назвал «ошибкой» Песков.", ("Песков", "low")),
        ("Ответ Захаровой Песков назвал «хамством».", ("Песков", "low")),
    ],
)
def test_an_object_after_the_verb_makes_the_run_before_it_the_subject(
    text: str, speaker: tuple[str, str]
) -> None:
    assert _labelled(text) == [speaker]
