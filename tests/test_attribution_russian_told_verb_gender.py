"""Russian: of two words after a verb-first cue, the speaker must agree with the verb's gender.
After a man's verb ("сказал") a word is the speaker at high only when it is a man's name by its
surname's ending or as a man's first name; a woman's surname in a consonant never declines
("Меркель", "Собчак"), so beside a surname that never declines either ("Лукашенко", "Шойгу")
no case tells the speaker: the pair stays, low. A woman's name in the dative closing a longer
run ("Ксении Собчак", "Ангеле Меркель") is the one told (frames/told_cases.py,
frames/told_women.py, `fixR25b`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_SAID = "«Мы готовы к переговорам», — {cue}."


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru") if q.kind == "speech"]


@pytest.mark.parametrize(
    "cue",
    [
        "сказал Лукашенко Меркель",
        "сказал Шойгу Меркель",
        "сказал Шойгу Собчак",
        "сказал Лукашенко Бербок",
        "сказал Лукашенко Анна",
        "сказал Лукашенко Эрдоган",
        "сказал Шевченко Кэррол",
        "сказал Рене Декарт",
        "сказал Ангеле Меркель",
        "сказал Ксении Собчак",
        "сказала Вероника Толстой",
        "сказала Лукашенко Меркель",
        "сказала Меркель Лукашенко",
    ],
)
def test_no_word_agreeing_with_the_verb_leaves_the_pair_low(cue: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(cue.split(" ", 1)[1], "low")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Лукашенко Ксении Собчак", "Лукашенко"),
        ("сказал Жан-Клод Юнкер Ангеле Меркель", "Жан-Клод Юнкер"),
        ("сказала Ирина Роднина Марии", "Ирина Роднина"),
    ],
)
def test_a_womans_name_in_the_dative_ending_a_run_is_the_one_told(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Лукашенко Путин", "Путин"),
        ("сказал Шойгу Лавров", "Лавров"),
        ("сказал Лукашенко Олег", "Олег"),
        ("сказал Анне Иван", "Иван"),
        ("сказал Игорю Олег", "Олег"),
        ("сказала Тимошенко Ирина", "Ирина"),
        ("сказала Ивановой Анна", "Анна"),
        ("сказала Анне Мария", "Мария"),
    ],
)
def test_a_speaker_agreeing_with_the_verb_stays_sure(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


@pytest.mark.parametrize(
    "text",
    [
        _SAID.format(cue="сказала Ксения Собчак"),
        _SAID.format(cue="сказал Жозе Моуринью"),
        _SAID.format(cue="сказала Анна Петрова"),
        "Сын Гоги Гвахарии рассказал о суде. " + _SAID.format(cue="сказал Олег Петров"),
    ],
)
def test_one_name_stays_one(text: str) -> None:
    speakers = [s for s, _ in _found(text)]
    assert speakers == [text.rsplit("— ", 1)[1].split(" ", 1)[1].rstrip(".")]


# Each run is read once per quotation: at 4n a linear pass takes about 4 times as long.
def test_many_runs_stay_linear() -> None:
    line = "«Да», — сказал Лукашенко Ксении Собчак. «Нет», — сказал Шойгу Меркель. "
    assert_linear(lambda n: find_quotes(line * n, "ru"), 50)
