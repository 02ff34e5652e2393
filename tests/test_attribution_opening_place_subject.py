"""After a sentence-opening preposition and its place, the rest of the run is the subject:
"В Москве Ольга Петрова провела совещание" (Russian writes no comma there), "En Sevilla Carlos
Ruiz dijo"; a run that is nothing but the place names nobody (own sentences)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def speakers(text: str, lang: str) -> list[str | None]:
    """Each quotation's speaker."""
    return [q.speaker for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("В Самаре Ольга Петрова выступила. «Сроки сжатые», — сказала она.", "Ольга Петрова"),
        ("В Твери Громов ответил на вопросы. «Решения нет», — сказал он.", "Громов"),
        ("Из Тулы Громов обратился к жителям. «Мы справимся», — сказал он.", "Громов"),
        ("В Совете Федерации Ольга Петрова выступила. «Да», — сказала она.", "Ольга Петрова"),
    ],
)
def test_a_russian_subject_after_the_opening_place_is_a_pronouns_speaker(
    text: str, speaker: str
) -> None:
    assert speakers(text, "ru") == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Из Тулы Громов заявил: «Мы справимся».",
        "Под Тверью Громов доложил: «Мы справимся».",
        "От Минтранса Громов заявил: «Мы справимся».",
        "У Кремля Громов сказал журналистам: «Мы справимся».",
        "Перед Кремлем Громов заявил: «Мы справимся».",
    ],
)
def test_the_case_marked_place_before_a_russian_cue_is_no_part_of_the_name(text: str) -> None:
    assert speakers(text, "ru") == ["Громов"]


def test_the_name_after_the_place_beats_the_one_before() -> None:
    text = "Ольга Петрова прилетела в Тверь. В Твери Громов встретил её. «Мы друзья», — сказал он."
    assert speakers(text, "ru") == ["Громов"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("En Sevilla Carlos Ruiz dijo: «Es un buen acuerdo».", "es", "Carlos Ruiz"),
        ("En Sevilla Carlos Ruiz habló el lunes. «Es un buen acuerdo», dijo.", "es", "Carlos Ruiz"),
        ("In Leeds Sarah Cole opened the plant. “It is a big day,” she said.", "en", "Sarah Cole"),
        ("In New York City Sarah Cole spoke. “It is a big day,” she said.", "en", "Sarah Cole"),
    ],
)
def test_a_full_name_after_the_place_is_the_subject(text: str, lang: str, speaker: str) -> None:
    assert speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("En Sevilla dijo: «Es un buen acuerdo».", "es"),
        # no first name: where the place ends is unknown, so nobody
        ("In Leeds Cole said: “It is a big day.”", "en"),
        ("In Leeds Cole opened the plant. “It is a big day,” he said.", "en"),
        ("В Сочи заявил: «Решения нет».", "ru"),
    ],
)
def test_a_run_that_is_only_the_place_names_nobody(text: str, lang: str) -> None:
    assert speakers(text, lang) == [None]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a short word after the preposition is a name's, not a place's ("Ли" ends like a case)
        ("Из Пекина Ли Цян заявил: «Мы за диалог».", "ru", "Ли Цян"),
        # no first name known after the place: the run's cue keeps its own reading
        ("Sur BFMTV Yasmina Daoud a affirmé : « Je suis candidate. »", "fr", "Yasmina Daoud"),
        # a name spelt like a preposition and one word is no place alone
        ("Than Shwe said: “There will be elections.”", "en", "Than Shwe"),
    ],
)
def test_a_name_that_only_looks_like_a_place_stays(text: str, lang: str, speaker: str) -> None:
    assert speakers(text, lang) == [speaker]


def _found(text: str) -> list[tuple[str | None, str]]:
    """Each quotation's speaker and confidence, in Russian."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a foreign first name in -у is never a genitive nested in the place: sure
        ("Из Мадрида Жоау Сарайва заявил: «Мы за диалог».", ("Жоау Сарайва", "high")),
        # one in -и may be the place's last word ("Республики Коми"): the pair, never sure
        ("Из Рима Тони Маркес заявил: «Мы за диалог».", ("Тони Маркес", "low")),
        ("В Мадриде Тони Маркес заявил: «Мы за диалог».", ("Тони Маркес", "low")),
        ("Из Республики Коми Громов заявил: «Мы за диалог».", ("Коми Громов", "low")),
    ],
)
def test_an_undeclined_first_name_after_the_place_opens_the_name(
    text: str, found: tuple[str, str]
) -> None:
    assert _found(text) == [found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a genitive only a noun has stays in the place
        ("В Совете Федерации Громов заявил: «Мы за диалог».", ("Громов", "high")),
        ("В Совете Безопасности Громов заявил: «Мы за диалог».", ("Громов", "high")),
        ("В Самаре Владимир Громов заявил: «Мы за диалог».", ("Владимир Громов", "high")),
        ("Из Самары Громов заявил: «Мы за диалог».", ("Громов", "high")),
        ("Из Пекина Си Цзиньпин заявил: «Мы за диалог».", ("Си Цзиньпин", "high")),
    ],
)
def test_a_place_in_its_case_before_the_name_stays_sure(text: str, found: tuple[str, str]) -> None:
    assert _found(text) == [found]


# An adjective's genitive or dative opening the place has its noun after it, whatever that noun's
# ending ("Нижнего Новгорода" gave "Новгорода Громов", high).
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Из Нижнего Новгорода Громов заявил: «Мы за диалог».", ("Громов", "high")),
        ("Из Нижнего Новгорода Иван Громов заявил: «Мы за диалог».", ("Иван Громов", "high")),
        ("Из Старого Оскола Громов заявил: «Мы за диалог».", ("Громов", "high")),
        ("Под Курском Громов заявил: «Мы за диалог».", ("Громов", "high")),
    ],
)
def test_an_adjective_opening_the_place_takes_its_noun(text: str, found: tuple[str, str]) -> None:
    assert _found(text) == [found]
