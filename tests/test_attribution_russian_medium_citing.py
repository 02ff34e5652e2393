"""A Russian medium citing a source passes its words on; an agency is named whole (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> tuple[str | None, str]:
    quote = find_quotes(text, "ru", "")[0]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "«Мы не отступим». Об этом сообщает ТАСС со ссылкой на Сергея Лаврова.",
        "«Мы не отступим», — сообщает Интерфакс со ссылкой на Сергея Лаврова.",
        "«Мы не отступим», — сообщает РИА Новости со ссылкой на Сергея Лаврова.",
    ],
)
def test_a_medium_citing_a_source_is_no_speaker(text: str) -> None:
    assert _speaker(text)[0] is None


def test_an_agency_of_an_acronym_and_a_word_is_named_whole() -> None:
    assert _speaker("«Мы не отступим», — сообщает РИА Новости.") == ("РИА Новости", "high")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("«Мы не отступим», — сообщает ТАСС.", ("ТАСС", "high")),
        ("«Мы не отступим». Об этом сообщает ТАСС.", ("ТАСС", "low")),
        ("«Мы не отступим», — сказал РИА Новости Сергей Лавров.", ("Сергей Лавров", "high")),
        ("«Мы не отступим», — заявил ТАСС Лавров.", ("Лавров", "high")),
        ("«Мы не отступим», — заявил ТАСС Берлускони.", ("Берлускони", "high")),
        ("«Мы не отступим», — заявил в интервью CNN Вишневецкий.", ("Вишневецкий", "high")),
        (
            "«Мы не отступим», — сказал Лавров, со ссылкой на которого сообщает ТАСС.",
            ("Лавров", "high"),
        ),
    ],
)
def test_other_speakers_stay(text: str, who: tuple[str, str]) -> None:
    assert _speaker(text) == who


def test_a_source_after_a_medium_cue_alone_is_no_speaker() -> None:
    assert _speaker("«Мы не отступим», — сказал РИА Новости источник.")[0] is None
