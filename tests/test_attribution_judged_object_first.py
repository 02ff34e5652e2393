"""A label a verb of calling gives, with the object before the verb: Russian marks it by the
accusative -у/-ю of every word of a name ("Вчера Анну Смирнову назвала «…» Мария Иванова"),
Spanish by the personal "a" ("A Juan Pérez Ana López lo calificó de «…»"). The object never
speaks: the name after the label to the sentence's end is the subject (low), else nobody
(kinds/judged.py `object_first`, fullnames/objected_labels.py)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _found(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang) if q.kind == "speech"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Вчера Анну Смирнову назвала «героиней» Мария Иванова.", "ru", "Мария Иванова"),
        ("Вчера Анну Смирнову назвал «предателем» Иван Петров.", "ru", "Иван Петров"),
        ("A Juan Pérez lo calificó de «traidor» Ana López.", "es", "Ana López"),
    ],
)
def test_the_name_after_the_label_is_the_subject(text: str, lang: str, speaker: str) -> None:
    assert _found(text, lang) == [(speaker, "low")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Вчера Анну Смирнову назвала «героиней» депутат.", "ru"),
        ("Вчера Анну Смирнову назвала «героиней» Марию Иванову.", "ru"),
        ("A Juan Pérez Ana López lo calificó de «traidor».", "es"),
    ],
)
def test_with_no_subject_after_the_label_nobody_speaks(text: str, lang: str) -> None:
    assert [s for s, _ in _found(text, lang)] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Депутат Ольга Смирнова назвала решение «ошибкой».", "ru", [("Ольга Смирнова", "high")]),
        ("Ana López calificó a Juan Pérez de «traidor».", "es", [("Ana López", "high")]),
        ("Ana López lo calificó de «traidor».", "es", [("Ana López", "low")]),
        ("Ayer, Madrid calificó a Juan Pérez de «traidor».", "es", [("Madrid", "low")]),
        ("Сергей Шойгу назвал решение «ошибкой».", "ru", [("Сергей Шойгу", "high")]),
        # after a lower-case "a", a preposition's object: a title, nobody's words, as before
        ("Ayer a Juan Pérez Ana López lo calificó de «traidor».", "es", []),
    ],
)
def test_a_subject_before_the_verb_stays_as_it_was(
    text: str, lang: str, found: list[tuple[str | None, str]]
) -> None:
    assert _found(text, lang) == found
