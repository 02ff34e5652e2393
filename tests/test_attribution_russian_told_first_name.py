"""A first name and surname in an oblique case after a Russian cue are the one told (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_QUOTE = "«Мы не отступим», — "


def _speaker(cue_and_names: str) -> tuple[str | None, str]:
    quote = find_quotes(f"{_QUOTE}{cue_and_names}.", "ru", "")[0]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "told",
    [
        "сказал министр Ирине Петровой",
        "сказал губернатор Никите Михалкову",
        "ответил губернатор журналисту Никите Михалкову",
        "сказал глава региона Марии Беловой",
    ],
)
def test_the_one_told_after_a_role_is_no_speaker(told: str) -> None:
    assert _speaker(told)[0] is None


@pytest.mark.parametrize(
    ("told", "who"),
    [
        ("сказал Путин Никите Михалкову", "Путин"),
        ("сказала Смирнова Ирине Петровой", "Смирнова"),
        ("сказал Ирине Петровой Иван Петров", "Иван Петров"),
    ],
)
def test_a_name_before_or_after_the_one_told_speaks(told: str, who: str) -> None:
    assert _speaker(told) == (who, "high")


@pytest.mark.parametrize(
    ("cue_and_name", "who"),
    [
        ("сказал Никита Михалков", "Никита Михалков"),
        ("сказала Мария Белова", "Мария Белова"),
        ("сказал Али Хаменеи", "Али Хаменеи"),
        ("сказал Андрей Луговой", "Андрей Луговой"),
        ("сказал глава региона Иван Петров", "Иван Петров"),
    ],
)
def test_a_name_in_the_nominative_still_speaks(cue_and_name: str, who: str) -> None:
    assert _speaker(cue_and_name) == (who, "high")


def test_a_genitive_after_po_slovam_still_speaks() -> None:
    quote = find_quotes("По словам Марии Беловой, «мы не отступим».", "ru", "")[0]
    assert quote.speaker == "Мария Белова"
