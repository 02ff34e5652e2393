"""Russian: a surname in the accusative or genitive right after a cue is the one asked."""
# "«Подождите», — попросил Путина Лавров" gave "Путина Лавров" (high): the two words were read
# as one name. A man's accusative before the subject's name is the one addressed.

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """Speaker and confidence of each quotation that is speech."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru", "") if q.kind != "title"]


def test_a_mans_accusative_after_a_mans_verb_is_the_one_asked() -> None:
    assert _said("«Подождите», — попросил Путина Лавров.") == [("Лавров", "high")]


def test_a_named_mans_accusative_after_a_womans_verb_is_the_one_asked() -> None:
    text = "Иван Котов и Анна Орлова пришли в суд. «Помогите», — попросила Котова Орлова."
    assert _said(text) == [("Анна Орлова", "high")]


def test_the_dative_one_told_still_gives_the_speaker() -> None:
    assert _said("«Подождите», — сказал Путину Лавров.") == [("Лавров", "high")]


def test_a_womans_first_name_and_surname_stay_one_name() -> None:
    assert _said("«Помогите», — попросила Марина Котова.") == [("Марина Котова", "high")]
    assert _said("«Помогите», — сказала Полина Орлова.") == [("Полина Орлова", "high")]


def test_no_man_of_that_surname_keeps_a_womans_verb_from_cutting() -> None:
    speakers = [s for s, _ in _said("«Помогите», — попросила Котова Орлова.")]
    assert speakers != ["Орлова"]


def test_a_womans_surname_before_her_first_name_is_not_cut() -> None:
    speakers = [s for s, _ in _said("«Помогите», — сказала Котова Анна.")]
    assert speakers != ["Анна"]


def test_the_one_asked_before_a_full_name_leaves_the_full_name() -> None:
    assert _said("«Подождите», — попросил Путина Сергей Лавров.") == [("Сергей Лавров", "high")]
