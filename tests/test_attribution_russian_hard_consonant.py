"""Russian: a first word in a hard consonant before a surname by its form after a verb-first cue
is that person's first name at its first mention, sure (`rufix28`).

After a man's verb ("сказал") the subject is a man; the one told, in the dative, would carry its
ending if his name declines ("Рамзану", "Шамилю"). A word in a hard consonant ("Рамзан",
"Ильхам") is no man's dative, so before a man's surname by its form ("Кадыров") the two are one
name. A word in -ь may be a woman's surname that never declines ("Меркель"), so that pair stays
low. After a woman's verb ("сказала") the same holds before a woman's surname by its form
("Айгерим Нурланова"): a man told would be "-у", a woman with a declined name "-е", "-и". The
names here are invented; no list holds them.
"""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "«Мы готовы к переговорам», — {cue}."


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru") if q.kind == "speech"]


@pytest.mark.parametrize(
    "cue",
    [
        "сказал Рамзан Кадыров",
        "сказал Ильхам Алиев",
        "отметил Семен Гуров",
        "заявил Айдарбек Тулегенов",
        "сказал Нурбол Жаксыбеков",
        "добавил Темирлан Абдрахманов",
        "подчеркнул Зелимхан Мусабеков",
        "сказал Ахмед Гаджимурадов",
        "заявил Бахтияр Юлдашев",
        "пояснил Азамат Курбанбеков",
        "сказал Ерболат Сагынтаев",
        "заявил Алишер Хайдаров",
        "сказал Шавкат Турсункулов",
        "отметил Кайрат Омарбеков",
        "сказал Эльдар Гасанбеков",
        "заявил Арсен Кушхов",
        "сказал Ильдар Сабирзянов",
        "сказал Рустем Гайнуллин",
        "заявил Тимур Завадский",
        "сказал Айдын Березовецкий",
        "сказал Багиш Мамедов",
        "заявил Нурсултан Жумагалиев",
    ],
)
def test_a_hard_consonant_before_his_surname_is_his_first_name(cue: str) -> None:
    speaker = cue.split(" ", 1)[1]
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


@pytest.mark.parametrize(
    "cue",
    [
        "сказала Айгерим Нурланова",
        "сказала Гульнар Сапарова",
        "заявила Айжан Бектурова",
        "отметила Дильбар Хасанова",
        "сказала Шолпан Кенжебаева",
        "сказала Гульшат Рахимова",
        "добавила Санобар Юсупкулова",
        "сказала Жанар Омарбекова",
        "заявила Гульнар Заславская",
        "сказала Мехрибан Алиханова",
        "сказала Айнур Гайнуллина",
    ],
)
def test_a_hard_consonant_before_her_surname_is_her_first_name(cue: str) -> None:
    speaker = cue.split(" ", 1)[1]
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


@pytest.mark.parametrize(
    "cue",
    [
        "сказал Меркель Путин",  # Putin told Merkel, or one name: either way unsure
        "сказал Ребель Зеленин",
        "сказал Шамиль Басаев",  # a man's name in -ь reads as "Меркель": the cost
        "сказал Кличко Порошенко",  # two surnames that never decline
    ],
)
def test_a_soft_sign_or_an_undeclined_word_keeps_the_pair_unsure(cue: str) -> None:
    speaker = cue.split(" ", 1)[1]
    assert _found(_SAID.format(cue=cue)) == [(speaker, "low")]


@pytest.mark.parametrize(
    ("before", "cue"),
    [
        ("Кэтрин Эштон прилетела в Москву. ", "сказал Эштон Лавров"),
        ("Гостью встретил Сергей Лавров. ", "сказал Эштон Лавров"),
        ("Переговоры с Гонсалес шли час. ", "сказал Гонсалес Лавров"),
        ("Айгерим Бекова прилетела в Астану. ", "сказал Айгерим Нурланов"),
    ],
)
def test_a_first_word_written_apart_elsewhere_keeps_his_pair_low(before: str, cue: str) -> None:
    speaker = cue.split(" ", 1)[1]
    assert _found(before + _SAID.format(cue=cue)) == [(speaker, "low")]


@pytest.mark.parametrize(
    ("before", "cue", "speaker"),
    [
        ("Кэтрин Эштон прилетела в Москву. ", "сказала Эштон Каримова", "Каримова"),
        # her surname then takes the full name the article gives it, as before
        ("Гостью встретила Мадина Сапарова. ", "сказала Гульнар Сапарова", "Мадина Сапарова"),
    ],
)
def test_a_first_word_written_apart_elsewhere_leaves_her_surname(
    before: str, cue: str, speaker: str
) -> None:
    assert _found(before + _SAID.format(cue=cue)) == [(speaker, "high")]


@pytest.mark.parametrize(
    ("cue", "speaker", "confidence"),
    [
        # she speaks in every reading: "Каримова" is no dative ("Каримовой"), and "Айгуль",
        # "Меркель" may be her first name or a surname never declined
        ("сказала Айгуль Каримова", "Каримова", "high"),
        ("сказала Меркель Каримова", "Каримова", "high"),
        ("сказала Айгерим Нурланову", "Айгерим", "high"),  # he is told, in the dative
        ("сказала Гульнар Ирина", "Ирина", "high"),  # a first name second: Гульнар is told
        ("сказала Эштон Лавров", "Эштон Лавров", "low"),  # no woman's surname ends so
        ("сказал Саркози Лавров", "Лавров", "high"),  # a foreign vowel never declines
    ],
)
def test_other_shapes_are_read_as_before(cue: str, speaker: str, confidence: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, confidence)]


def test_the_surname_alone_elsewhere_is_no_evidence() -> None:
    text = _SAID.format(cue="сказала Айгерим Нурланова") + " Позже Нурланова уехала в Астану."
    assert _found(text) == [("Айгерим Нурланова", "high")]


# The mirror of "Рамзан": after a woman's verb a man's name in a consonant and -у is his dative
# ("Рамзану" of "Рамзан"), so he is told and she speaks (was the two words, high).
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказала Рамзану Каримова", "Каримова"),
        ("заявила Нурболу Сапарова", "Сапарова"),
        ("отметила Бахтияру Мадина", "Мадина"),
    ],
)
def test_a_mans_dative_in_u_before_her_name_is_told(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]
