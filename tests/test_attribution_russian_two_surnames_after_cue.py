"""Russian: two surnames after a verb-first cue name nobody; surname then first name: one name."""
# "«…», — попросила Котова Орлова" gave 'Котова Орлова' (high): either surname may be the one asked
# (a man's accusative) and the other the woman who asks, so nobody is named. "— рассказала
# Смирнова Ольга" gave 'Ольга' (high) where the article names an Иван Смирнов: a surname before a
# word that is no surname is hers, written before her first name.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """Speaker and confidence of each quotation that is speech."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru", "") if q.kind != "title"]


@pytest.mark.parametrize(
    "text",
    [
        "«Мы готовы», — попросила Котова Орлова.",
        "Анна Котова пришла. «Мы готовы», — попросила Котова Орлова.",
        "«Мы готовы», — сказала Котова Орлова у суда.",
    ],
)
def test_two_surnames_after_the_cue_name_nobody(text: str) -> None:
    assert [s for s, _ in _said(text)] == [None]


def test_a_surname_then_a_first_name_is_one_name() -> None:
    text = "Иван Смирнов пришёл. «Мы готовы», — рассказала Смирнова Ольга."
    assert _said(text) == [("Смирнова Ольга", "high")]


# Negatives: where the one asked is plain, the subject is still named.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Мы готовы», — попросил Путина Лавров.", "Лавров"),
        ("Иван Котов и Анна Орлова пришли. «Помогите», — попросила Котова Орлова.", "Анна Орлова"),
        ("«Мы готовы», — попросил Путина Сергей Лавров.", "Сергей Лавров"),
        ("«Помогите», — попросила Марина Котова.", "Марина Котова"),
        ("«Помогите», — попросила Ева Орлова.", "Ева Орлова"),
        ("«Помогите», — попросила Ирина Путина.", "Ирина Путина"),
        ("«Мы готовы», — сказал Путину Лавров.", "Лавров"),
    ],
)
def test_a_plain_object_leaves_the_subject(text: str, speaker: str) -> None:
    assert _said(text) == [(speaker, "high")]
