"""Russian: of two capitalised words after a verb-first cue, one in a case ending no nominative
name has (the dative "Игорю", "Сергею", "Марии", a woman's surname "Ивановой") is the one told
when the other can be the verb's subject; a word in -е ("Анне", "Никите") before a nominative
is the one told too (before a man's name in -а, -я, "Хосе Мария", only where the article writes its
nominative, "Никита"); after a nominative likewise ("Анна"; "Майя Ломидзе"), else the pair stays,
low. Two words that both may be a dative are never one name at
high (fullnames/told_pairs.py `fixR25`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_SAID = "«Да», — {cue}."


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru") if q.kind == "speech"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Игорю Олег", "Олег"),
        ("сказал Сергею Иван", "Иван"),
        ("пояснил Алексею Олег", "Олег"),
        ("сказала Ивановой Анна", "Анна"),
        ("сказала Ивановой Петрова", "Петрова"),
        ("сказала Ольге Смирновой Мария", "Мария"),
        ("сказала Юлии Тимошенко Ирина", "Ирина"),
        ("сказала Анна Марии", "Анна"),
        ("сказала Марине Анна", "Анна"),
        ("сказала Анне Мария", "Мария"),
        ("сказала Анне Мария-Луиза", "Мария-Луиза"),
        ("сказал Анне Иван", "Иван"),
        ("сказал Лукашенко Путин", "Путин"),
    ],
)
def test_the_word_in_an_oblique_case_is_the_one_told(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Анна Петрова пришла. " + _SAID.format(cue="сказала Анна Марии"), "Анна Петрова"),
        ("Анна Петрова пришла. " + _SAID.format(cue="сказал Анне Иван"), "Иван"),
        ("Никита Орлов пришёл. " + _SAID.format(cue="сказал Никите Илья"), "Илья"),
        ("Анна Петрова пришла. " + _SAID.format(cue="сказал Иван Анне"), "Иван"),
        ("Олаф Шольц прилетел в Москву. " + _SAID.format(cue="сказал Шольц Анне"), "Олаф Шольц"),
        ("Жаир Болсонару встретился с Лулой. " + _SAID.format(cue="сказал Лула Болсонару"), "Лула"),
        ("Мария Иванова пришла. " + _SAID.format(cue="сказала Анне Мария"), "Мария Иванова"),
    ],
)
def test_the_article_shows_the_one_told(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text)] == [speaker]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Иван Анне", "Иван Анне"),
        ("сказал Илья Никите", "Илья Никите"),
        ("сказала Майя Ломидзе", "Майя Ломидзе"),
        ("сказал Никите Илья", "Никите Илья"),
        ("сказал Фоме Лука", "Фоме Лука"),
        ("сказал Хосе Мария", "Хосе Мария"),
        ("сказал Лула Болсонару", "Лула Болсонару"),
        ("сказал Шойгу Лукашенко", "Шойгу Лукашенко"),
        ("сказал Лукашенко Шойгу", "Лукашенко Шойгу"),
    ],
)
def test_a_pair_the_endings_cannot_split_is_low(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "low")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_SAID.format(cue="сказал Иван Петров"), "Иван Петров"),
        (_SAID.format(cue="сказала Анна Петрова"), "Анна Петрова"),
        (_SAID.format(cue="сказал Сергей Шойгу"), "Сергей Шойгу"),
        (_SAID.format(cue="сказал Тарас Шевченко"), "Тарас Шевченко"),
        (_SAID.format(cue="сказал Лев Толстой"), "Лев Толстой"),
        (_SAID.format(cue="сказал Жозе Моуринью"), "Жозе Моуринью"),
        (_SAID.format(cue="сказал Юрий Дмитриев"), "Юрий Дмитриев"),
        (_SAID.format(cue="сказал Чжоу Эньлай"), "Чжоу Эньлай"),
        (_SAID.format(cue="сказал Мао Цзэдун"), "Мао Цзэдун"),
        (_SAID.format(cue="сказала Анне Мария") + " Анне Мария живёт в Осло.", "Анне Мария"),
        (
            "Шойгу Лукашенко — так его звали. " + _SAID.format(cue="сказал Шойгу Лукашенко"),
            "Шойгу Лукашенко",
        ),
    ],
)
def test_one_name_stays_sure(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "high")]


# Each pair is split once per quotation from the article's first few names: at 4n a linear pass
# takes about 4 times as long.
def test_many_split_pairs_stay_linear() -> None:
    line = "Никита Орлов пришёл. «Да», — сказал Игорю Олег. «Нет», — сказал Никите Илья. "
    assert_linear(lambda n: find_quotes(line * n, "ru"), 50)
