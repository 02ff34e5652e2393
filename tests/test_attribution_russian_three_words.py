"""Russian: three words after a man's verb. A first name in the dative ("Сергею", "Ангеле" of
"Ангела") opens the one told, the words before it speak (sure only as a man's surname by form);
a foreign name of three words is kept whole; a place's genitive after a lower-case role is its
complement, not a first name; two words the article writes apart elsewhere are never one name at
high (frames/three_words.py, frames/role_genitive.py, `ruold26`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "«Мы откроем границу весной», — {cue}."


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru") if q.kind == "speech"]


@pytest.mark.parametrize(
    ("cue", "speaker", "confidence"),
    [
        ("сказал Путин Ангеле Меркель", "Путин", "high"),
        ("сказал Лавров Сергею Шойгу", "Лавров", "high"),
        ("сказал Зотов Анне Берг", "Зотов", "high"),
        ("сказал Шольц Анналене Бербок", "Шольц", "low"),
        ("сказал Пабло Игорю Ковалеву", "Пабло", "low"),
    ],
)
def test_a_first_name_in_the_dative_opens_the_one_told(
    cue: str, speaker: str, confidence: str
) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, confidence)]


@pytest.mark.parametrize(
    "name",
    [
        "Реджеп Тайип Эрдоган",
        "Луис Инасиу Лула",
        "Хуан Карлос Онетти",
        "Владимир Путин",
        "Рамзан Кадыров",  # low from `known26` to `rufix28`: no man's dative ends in -н
        "Марио Драги",
    ],
)
def test_a_full_name_at_its_first_mention_stays_whole_and_sure(name: str) -> None:
    assert _found(_SAID.format(cue=f"заявил {name}")) == [(name, "high")]


def test_her_full_name_stays_whole_and_sure() -> None:
    assert _found(_SAID.format(cue="сказала Ангела Меркель")) == [("Ангела Меркель", "high")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал глава правительства Италии Мелони", "Мелони"),
        ("сказал министр экономики Италии Джорджетти", "Джорджетти"),
        ("сказал премьер Словакии Фицо", "Фицо"),
        ("сказал глава Минфина Петров", "Петров"),
        ("сказал президент Франции Эммануэль Макрон", "Эммануэль Макрон"),
        ("сказал президент Перу Дина Болуарте", "Дина Болуарте"),
    ],
)
def test_a_places_genitive_after_a_role_is_no_word_of_the_name(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


def test_a_role_with_no_name_names_nobody() -> None:
    assert _found(_SAID.format(cue="сказал глава правительства Италии")) == [(None, "low")]


@pytest.mark.parametrize(
    ("before", "cue"),
    [
        ("Эммануэль Макрон прилетел в Рим.", "сказал Макрон Мелони"),
        ("Джорджа Мелони встретила гостя в аэропорту.", "сказал Макрон Мелони"),
        ("Александр Лукашенко провёл переговоры.", "сказал Лукашенко Мадуро"),
        ("Николас Мадуро прибыл в Минск.", "сказал Лукашенко Мадуро"),
    ],
)
def test_a_pair_the_article_writes_apart_is_never_sure(before: str, cue: str) -> None:
    assert _found(f"{before} {_SAID.format(cue=cue)}") == [(cue.split(" ", 1)[1], "low")]


@pytest.mark.parametrize(
    "text",
    [
        "Марио Драги прибыл в Рим. " + _SAID.format(cue="сказал Марио Драги"),
        "Премьер Италии Марио Драги прибыл в Рим. " + _SAID.format(cue="сказал Марио Драги"),
    ],
)
def test_a_full_name_written_whole_elsewhere_stays_sure(text: str) -> None:
    assert _found(text) == [("Марио Драги", "high")]


# "Биньямин Нетаньяху" has the shape of "Путин Шойгу": a first name may end in -ин, and a
# surname in a velar and -у is written so in every case; the article tells which it is.
@pytest.mark.parametrize(
    ("text", "speaker", "confidence"),
    [
        (_SAID.format(cue="сказал Биньямин Нетаньяху"), "Биньямин Нетаньяху", "low"),
        (_SAID.format(cue="сказал Путин Шойгу"), "Путин Шойгу", "low"),
        ("Сергей Шойгу прибыл. " + _SAID.format(cue="сказал Путин Шойгу"), "Путин", "high"),
        (
            "Биньямин Нетаньяху прибыл. " + _SAID.format(cue="сказал Биньямин Нетаньяху"),
            "Биньямин Нетаньяху",
            "high",
        ),
        (_SAID.format(cue="сказал Путин Блинкену"), "Путин", "high"),
    ],
)
def test_a_velar_surname_after_a_word_in_in_is_read_by_the_article(
    text: str, speaker: str, confidence: str
) -> None:
    assert _found(text) == [(speaker, confidence)]
