"""A man's dative by form first after a verb-first cue (`rupair32`): "— сказала Олегу Мелони"
names Мелони (Олег is told), never the pair "Олегу Мелони"; a known man's first name in the
dative (Олегу, Игорю, Андрею) is never the first word of the speaker's name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_RU = "«Мы готовы к переговорам», —"


def _found(cue: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(f"{_RU} {cue}", "ru")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказала Олегу Мелони.", "Мелони"),
        ("сказала Игорю Кличко.", "Кличко"),
        ("сказал Игорю Кличко.", "Кличко"),
        ("сказал Олегу Саркози.", "Саркози"),
        ("сказал Андрею Саркози.", "Саркози"),
        ("сказал Олегу Рустам.", "Рустам"),
    ],
)
def test_a_known_first_name_in_the_dative_is_told(cue: str, speaker: str) -> None:
    assert _found(cue) == [(speaker, "high")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Олегу Меркель.", "Меркель"),
        ("сказал Олегу Анна.", "Анна"),
    ],
)
def test_an_unsure_speaker_after_a_dative_is_low(cue: str, speaker: str) -> None:
    assert _found(cue) == [(speaker, "low")]


# Negatives: whole names, a pair either way, a woman's nominative after his dative, two datives.
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Рамзан Кадыров.", ("Рамзан Кадыров", "high")),
        ("сказала Айгерим Нурланова.", ("Айгерим Нурланова", "high")),
        ("сказал Меркель Путин.", ("Меркель Путин", "low")),
        ("сказала Рамзану Каримова.", ("Каримова", "high")),
        ("сказала Тимуру Мелони.", ("Мелони", "high")),
        ("сказала Олегу Игорю.", (None, "low")),
        ("сказала Жаиру Болсонару.", (None, "low")),
        ("сказал Тосимицу Мотэги.", ("Тосимицу Мотэги", "high")),
    ],
)
def test_other_pairs_keep_their_reading(cue: str, speaker: tuple[str | None, str]) -> None:
    assert _found(cue) == [speaker]


# A foreign dative's shape after a man's verb is a dative only where the article writes its
# nominative ("Эммануэль Макрон" of "Макрону"); then low. Alone it may be one name.
def test_a_written_nominative_makes_a_foreign_shape_the_one_told() -> None:
    text = f"Эммануэль Макрон прилетел в Рим. {_RU} сказал Макрону Мелони."
    assert [(q.speaker, q.confidence) for q in find_quotes(text, "ru")] == [("Мелони", "low")]


def test_a_full_name_elsewhere_is_taken_after_a_known_dative() -> None:
    text = f"Джорджия Мелони прилетела в Москву. {_RU} сказала Олегу Мелони."
    found = [(q.speaker, q.confidence) for q in find_quotes(text, "ru")]
    assert found == [("Джорджия Мелони", "high")]
