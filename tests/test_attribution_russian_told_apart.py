"""Russian: two words after a man's verb are a speaker and the one told only when the article
writes one of them as a surname apart from the other; else they are one name at its first
mention, sure (told_pairs.py, `rufix26`). Since `known26` an unknown word in -ь before a man's
surname by its form ("Меркель Путин") is low unless the article joins them elsewhere (the first
word declined with the second, or a patronymic between); since `rufix28` one in a hard consonant
("Рамзан Кадыров") is his first name again: no man's dative ends so."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "«Мы готовы к переговорам», — {cue}."


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru") if q.kind == "speech"]


@pytest.mark.parametrize(
    "cue",
    [
        "заявил Рамзан Кадыров",
        "заявил Петро Порошенко",
        "заявил Николае Чаушеску",
        "отметил Семен Гуров",
        "сказал Ильхам Алиев",
        "сказал Мадуро Лукашенко",
    ],
)
def test_a_full_name_at_its_first_mention_stays_sure(cue: str) -> None:
    speaker = cue.split(" ", 1)[1]
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


@pytest.mark.parametrize(
    "cue",
    ["сказал Меркель Путин", "сказал Ребель Зеленин"],
)
def test_an_unknown_word_in_a_soft_sign_before_his_surname_alone_is_unsure(cue: str) -> None:
    speaker = cue.split(" ", 1)[1]
    assert _found(_SAID.format(cue=cue)) == [(speaker, "low")]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", " Позже Кадыров уехал в Грозный."),
        ("Глава Чечни Кадыров прилетел в Москву. ", ""),
        ("", " Кадырову ответили в Кремле."),
    ],
)
def test_the_surname_alone_is_no_evidence(before: str, after: str) -> None:
    text = before + _SAID.format(cue="заявил Рамзан Кадыров") + after
    assert _found(text) == [("Рамзан Кадыров", "high")]


def test_both_words_declined_are_one_name() -> None:
    text = "Рамзана Кадырова встретили в Москве. " + _SAID.format(cue="заявил Рамзан Кадыров")
    assert _found(text) == [("Рамзан Кадыров", "high")]


def test_a_first_name_declined_before_the_surname_is_no_evidence() -> None:
    text = "Петра Порошенко встретили в Киеве. " + _SAID.format(cue="заявил Петро Порошенко")
    assert _found(text) == [("Петро Порошенко", "high")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Николас Мадуро прилетел в Минск. ", "сказал Мадуро Лукашенко"),
        ("Мадуро и Лукашенко встретились в Минске. ", "сказал Мадуро Лукашенко"),
        ("Александр Лукашенко встретил гостя. ", "сказал Мадуро Лукашенко"),
        ("Меркель прилетела в Москву. ", "сказал Меркель Путин"),
        ("Гостью принял Владимир Путин. ", "сказал Меркель Путин"),
        ("Переговоры Владимира Путина и гостьи шли час. ", "сказал Меркель Путин"),
        ("Гонсалес и Шойгу встретились в Мадриде. ", "сказал Гонсалес Шойгу"),
    ],
)
def test_a_word_written_apart_elsewhere_keeps_the_pair_low(text: str, cue: str) -> None:
    speaker = cue.split(" ", 1)[1]
    assert _found(text + _SAID.format(cue=cue)) == [(speaker, "low")]


# Review 26c: a title or an adverb opening a sentence ("Ранее", "Затем", "Президент") is no
# other first name; a patronymic is the same man's.
@pytest.mark.parametrize(
    "later",
    [
        " Ранее Лукашенко уехал в Минск.",
        " Затем Лукашенко уехал в Минск.",
        " Однако Лукашенко уехал в Минск.",
        " Президент Лукашенко уехал в Минск.",
        "\n\nСам Лукашенко уехал в Минск.",
    ],
)
def test_a_sentence_opening_word_before_the_surname_is_no_other_name(later: str) -> None:
    text = _SAID.format(cue="заявил Мадуро Лукашенко") + later
    assert _found(text) == [("Мадуро Лукашенко", "high")]


def test_a_patronymic_is_the_same_man() -> None:
    text = "Рамзан Ахматович Кадыров прилетел в Москву. " + _SAID.format(
        cue="заявил Рамзан Кадыров"
    )
    assert _found(text) == [("Рамзан Кадыров", "high")]


@pytest.mark.parametrize(
    "other", ["Александр Лукашенко прилетел. ", "Вчера Александр Лукашенко прилетел. "]
)
def test_a_known_first_name_opening_a_sentence_is_still_evidence(other: str) -> None:
    assert _found(other + _SAID.format(cue="сказал Мадуро Лукашенко")) == [
        ("Мадуро Лукашенко", "low")
    ]


def test_a_first_name_unknown_to_the_data_opening_a_sentence_is_still_evidence() -> None:
    text = "Николас Мадуро прибыл в Минск. " + _SAID.format(cue="сказал Лукашенко Мадуро")
    assert _found(text) == [("Лукашенко Мадуро", "low")]
