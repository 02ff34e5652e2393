"""Russian: two capitalised words after a verb-first cue may be one name or the speaker and the
one told in the dative ("— сказала Анне Мария", "— сказал Шольц Макрону", "— сказал Путин
Лукашенко"). What the article shows decides: the dative word's nominative written elsewhere, the
other word ending someone else's full name, the pair written together elsewhere; with none of
these the pair stays as written, low, never a speaker joined to a listener at high
(fullnames/told.py `unsure_pairs`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_SAID = "«Мы готовы к переговорам», — {cue}."


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru") if q.kind == "speech"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Анна Петрова пришла на встречу. " + _SAID.format(cue="сказала Анне Мария"), "Мария"),
        ("Ольга и Юля пришли. " + _SAID.format(cue="ответила Ольге Юля"), "Юля"),
        ("Александр Лукашенко прилетел. " + _SAID.format(cue="сказал Путин Лукашенко"), "Путин"),
        ("Эмманюэль Макрон прилетел. " + _SAID.format(cue="сказал Шольц Макрону"), "Шольц"),
    ],
)
def test_the_article_tells_the_speaker_from_the_one_told(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text)] == [speaker]


@pytest.mark.parametrize(
    "cue",
    [
        # "сказала Анне Мария" alone: Мария since fixR25 (..._russian_told_case_endings.py)
        "сказал Шольц Макрону",
        "сказал Путин Лукашенко",
        "сказал Жаир Болсонару",
        "сказал Константин Лукашенко",
    ],
)
def test_with_nothing_to_tell_them_apart_the_pair_is_low(cue: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(cue.split(" ", 1)[1], "low")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_SAID.format(cue="сказала Анне Мария") + " Анне Мария живёт в Осло.", "Анне Мария"),
        (
            "Президент Жаир Болсонару прилетел. " + _SAID.format(cue="сказал Жаир Болсонару"),
            "Жаир Болсонару",
        ),
        (_SAID.format(cue="сказал Иван Петров"), "Иван Петров"),
        (_SAID.format(cue="сказала Анна Петрова"), "Анна Петрова"),
        (_SAID.format(cue="сказал Сергей Шойгу"), "Сергей Шойгу"),
        (_SAID.format(cue="сказал Тарас Шевченко"), "Тарас Шевченко"),
        (_SAID.format(cue="сказал Лавров Лукашенко"), "Лавров"),
        (_SAID.format(cue="ответила Марии Анна"), "Анна"),
    ],
)
def test_other_pairs_stay_sure(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "high")]


# Each pair is read once, however often the article repeats it: at 4n a linear pass takes about
# 4 times as long, one that counts the whole text at every quotation about 16.
def test_many_pairs_stay_linear() -> None:
    line = "«Да», — сказал Шольц Макрону. «Нет», — сказала Анне Мария. "
    assert_linear(lambda n: find_quotes(line * n, "ru"), 50)


_BOTH = "Владимир Путин встретился с Александром Лукашенко и Анной Шольц. "


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Путин Лукашенко", "Владимир Путин"),
        ("сказал Лукашенко Путин", "Владимир Путин"),
        ("сказала Путин Лукашенко", None),
        ("сказал Шольц Лукашенко", None),
    ],
)
def test_of_two_named_in_full_a_mans_verb_takes_the_surname_that_declines(
    cue: str, speaker: str | None
) -> None:
    assert [s for s, _ in _found(_BOTH + _SAID.format(cue=cue))] == [speaker]
