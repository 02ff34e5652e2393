"""Russian: after a man's verb, a foreign surname in a consonant and -у is the dative, the one
told, never the speaker (known24: sentences written for these tests)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru")]


@pytest.mark.parametrize(
    "text",
    [
        "«Мы готовы к переговорам». Об этом сообщил Блинкену.",  # was "Блинкену", low
        "«Мы готовы к переговорам», — сказал Байдену.",
    ],
)
def test_a_foreign_surname_in_the_dative_alone_names_nobody(text: str) -> None:
    assert _said(text) == [(None, "low")]


def test_a_foreign_dative_before_the_subject_is_cut_off() -> None:
    said = _said("«Мы готовы к переговорам», — сказал Блинкену Лавров.")
    assert said == [("Лавров", "high")]  # was "Блинкену Лавров", high


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Мы готовы к переговорам», — сказал Шойгу.", "Шойгу"),
        ("«Мы готовы к переговорам», — сказал Нетаньяху.", "Нетаньяху"),
        ("«Мы готовы к переговорам», — сказал Чавушоглу.", "Чавушоглу"),
        ("«Мы готовы к переговорам», — заявила Санду.", "Санду"),  # a woman's: never declined
        ("«Мы готовы к переговорам», — сказал Лавров Блинкену.", "Лавров"),
        # a given name in -у before a surname of any other ending
        ("«Мы готовы к переговорам», — заявил Тосимицу Мотэги.", "Тосимицу Мотэги"),
        (
            "Жаир Болсонару прилетел в Москву. «Мы готовы к переговорам», — заявил Болсонару.",
            "Жаир Болсонару",
        ),
    ],
)
def test_a_surname_that_ends_in_u_as_written_stays_the_speaker(text: str, speaker: str) -> None:
    assert _said(text)[-1] == (speaker, "high")


# A man's surname in the nominative, then one that never declines: the subject, then the one told.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Мы готовы», — сказал Лавров Лукашенко.", "Лавров"),  # was "Лавров Лукашенко", high
        ("«Мы готовы», — сказал Жириновский Лукашенко.", "Жириновский"),
        ("«Мы готовы», — сказал Лавров Белых.", "Лавров"),
    ],
)
def test_an_undeclined_surname_after_a_nominative_one_is_the_one_told(
    text: str, speaker: str
) -> None:
    assert _said(text) == [(speaker, "high")]


@pytest.mark.parametrize(
    "text",
    [
        "«Мы готовы», — сказал Константин Лукашенко.",
        "«Мы готовы», — сказал Лев Лещенко.",  # a short first name in -ев
        "«Мы готовы», — сказал Яков Шевченко.",
    ],
)
def test_a_first_name_and_an_undeclined_surname_stay_one_name(text: str) -> None:
    assert _said(text)[0][0] == text.split("сказал ")[1].rstrip(".")
