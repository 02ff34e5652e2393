"""Russian: an East Asian name of three syllables whose last takes the dative -у ends a run
after a verb of saying as the one told, whole; the subject is what stands before it, or
nobody (frames/foreign_dative.py `untold_syllables`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(words: str) -> list[tuple[str | None, str]]:
    text = f"«Так нельзя», — {words}."
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru")]


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("ответил Путин Ким Чен Ыну", "Путин"),
        ("ответил Лавров Мун Чжэ Ину", "Лавров"),
    ],
)
def test_the_speaker_stands_before_the_one_told(words: str, speaker: str) -> None:
    assert _said(words) == [(speaker, "high")]


@pytest.mark.parametrize("words", ["ответил Ким Чен Ыну", "ответил Мун Чжэ Ину"])
def test_the_one_told_alone_names_nobody(words: str) -> None:
    assert [speaker for speaker, _ in _said(words)] == [None]


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("ответил Ким Чен Ын", "Ким Чен Ын"),
        ("ответил Ким Чен Ын Путину", "Ким Чен Ын"),
        ("ответил Ким Чен Ыну Лавров", "Лавров"),
        # "ответил Жаир Болсонару" alone is low since known25, the shape of "Шольц Макрону"
        # (test_attribution_russian_speaker_and_told_pair.py)
        ("ответил Сергей Шойгу", "Сергей Шойгу"),
    ],
)
def test_other_runs_stay_as_they_were(words: str, speaker: str) -> None:
    assert _said(words) == [(speaker, "high")]
