"""Russian: the one told beside a Chinese name and beside a woman's surname after a verb-first
cue. "— сказал Шойгу Ли Кэцяну": a one-syllable surname and a given name in the dative (a
consonant and -у) are the one told; "— сказал Ли Кэцян Лукашенко": the given name in a consonant
is the nominative, the surname that never declines after it the one told. After a man's verb a
surname only a man's nominative ends so ("Зеленский", "Лавров") before a word in a consonant
("Меркель", a woman's surname, never declined) is the subject; "Путин" may be a first name as
"Константин" is, so that pair stays low. After a woman's verb a word in a consonant beside a
woman's oblique surname is hers ("Собчак Ивановой"), low (frames/foreign_dative.py
`_told_beside`, frames/told_cases.py, `fixR25b`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_SAID = "«Мы готовы к переговорам», — {cue}."


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru") if q.kind == "speech"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Шойгу Ли Кэцяну", ("Шойгу", "high")),
        ("сказал Лукашенко Ли Кэцяну", ("Лукашенко", "high")),
        ("сказал Ли Кэцян Лукашенко", ("Ли Кэцян", "high")),
        ("сказал Зеленский Меркель", ("Зеленский", "high")),
        ("сказал Лавров Собчак", ("Лавров", "high")),
        ("сказал Путин Меркель", ("Путин Меркель", "low")),
        ("сказала Собчак Ивановой", ("Собчак", "low")),
        ("сказала Ивановой Собчак", ("Собчак", "low")),
    ],
)
def test_the_one_told_is_cut_or_the_pair_is_low(cue: str, speaker: tuple[str, str]) -> None:
    assert _found(_SAID.format(cue=cue)) == [speaker]


@pytest.mark.parametrize(
    "name",
    [
        "Ли Кэцян",
        "Си Цзиньпин",
        "Ким Чен Ын",
        "Чжоу Эньлай",
        "Константин Меркель",
        "Сергей Шойгу",
        "Лев Толстой",
        "Жоржи Сампайю",
    ],
)
def test_one_name_stays_whole(name: str) -> None:
    assert _found(_SAID.format(cue=f"сказал {name}")) == [(name, "high")]


def test_a_dative_after_a_chinese_name_is_still_the_one_told() -> None:
    assert _found(_SAID.format(cue="сказал Си Цзиньпин Путину")) == [("Си Цзиньпин", "high")]


# Each run is read once per quotation: at 4n a linear pass takes about 4 times as long.
def test_many_runs_stay_linear() -> None:
    line = "«Да», — сказал Шойгу Ли Кэцяну. «Нет», — сказал Зеленский Меркель. "
    assert_linear(lambda n: find_quotes(line * n, "ru"), 50)


# "ле" is a name particle as "де" is: the first name stays with it.
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказала Марин Ле Пен", "Марин Ле Пен"),
        ("сказал Жан-Мари Ле Пен", "Жан-Мари Ле Пен"),
        ("сказала Ле Пен", "Ле Пен"),
        ("сказал Шарль де Голль", "Шарль де Голль"),
    ],
)
def test_a_particle_keeps_the_first_name(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]
