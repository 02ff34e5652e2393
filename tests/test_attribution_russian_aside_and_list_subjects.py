"""A name in an aside before the subject's verb, or a list before a plural verb, is no speaker."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """(speaker, confidence) of each quotation of `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru")]


# a relative clause or "как сообщил X" between a subject and its verb belongs to that subject
def test_a_name_in_a_relative_clause_before_the_verb_is_not_the_speaker() -> None:
    said = _said("Лебедев, которого критиковала Ольга Зайцева, сказал: «Мы готовы».")
    assert said[0][0] != "Ольга Зайцева"
    full = _said("Игорь Лебедев, которого критиковала Ольга Зайцева, сказал: «Мы готовы».")
    assert full == [("Игорь Лебедев", "high")]


def test_a_name_in_an_as_reported_aside_is_not_the_speaker() -> None:
    assert _said("Лебедев, как сообщил Орлов, сказал: «Мы готовы».")[0][0] != "Орлов"
    full = _said("Игорь Лебедев, как сообщил Олег Орлов, сказал: «Мы готовы».")
    assert full == [("Игорь Лебедев", "high")]


# a plural verb after names listed with commas: they said it together, none of them alone
def test_a_list_of_names_before_a_plural_verb_names_nobody() -> None:
    assert _said("Лебедев, Орлов, Зайцев сказали: «Мы готовы».")[0][0] is None


def test_one_name_before_a_singular_verb_still_speaks() -> None:
    assert _said("Игорь Лебедев сказал: «Мы готовы».") == [("Игорь Лебедев", "high")]
    assert _said("Вчера в Москве Игорь Лебедев сказал: «Мы готовы».")[0][0] == "Игорь Лебедев"


def test_an_aside_in_english_keeps_its_subject_too() -> None:
    said = find_quotes('Tom Hale, as Ann Roe reported, said: "It is too early."', "en")
    assert [(q.speaker, q.confidence) for q in said] == [("Tom Hale", "high")]
