"""A label a verb of calling gives, after a sentence-first noun with a name in the genitive
("Решение Москвы назвал «ошибкой» Песков", "Слова Зеленского назвал …"): that noun phrase is the
verb's object, never a speaker; the subject is the name after the label, or a nominative surname
right before the verb ("Заявление Байдена Песков назвал …"), low. Spanish marks the object with
"a", "al" before a title ("Al presidente Pedro Sánchez lo calificó de «…» Feijóo")
(kinds/judged.py `object_first`, `fixR25`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _found(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang) if q.kind == "speech"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Слова Зеленского назвал «ложью» Песков.", "ru", "Песков"),
        ("Решение Москвы назвал «ошибкой» Песков.", "ru", "Песков"),
        ("Заявление Байдена Песков назвал «провокацией».", "ru", "Песков"),
        ("Решение Лавров назвал «ошибкой».", "ru", "Лавров"),
        ("Действия Киева назвала «провокацией» Захарова. Их действия осудили.", "ru", "Захарова"),
        ("Al presidente Pedro Sánchez lo calificó de «traidor» Feijóo.", "es", "Feijóo"),
        ("A la ministra Ana López la calificó de «irresponsable» Juan Pérez.", "es", "Juan Pérez"),
    ],
)
def test_the_noun_phrase_before_the_verb_is_the_object(text: str, lang: str, speaker: str) -> None:
    assert _found(text, lang) == [(speaker, "low")]


# Both the words before the verb and the name after it may be the subject: never sure.
def test_a_run_before_and_a_name_after_is_never_sure() -> None:
    found = _found("Действия Киева назвала «провокацией» Захарова.", "ru")
    assert [c for _, c in found] in (["low"], [])


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "confidence"),
    [
        ("Министр Сергей Лавров назвал решение «ошибкой».", "ru", "Сергей Лавров", "high"),
        ("Депутат Ольга Смирнова назвала решение «ошибкой».", "ru", "Ольга Смирнова", "high"),
        ("Мария Захарова назвала решение Киева «провокацией».", "ru", "Мария Захарова", "high"),
        ("Вчера Анну Смирнову назвала «героиней» Мария Иванова.", "ru", "Мария Иванова", "low"),
        # a lone word is low as a judged label's subject (was high before fixR25: no label read)
        ("Feijóo calificó a Sánchez de «traidor».", "es", "Feijóo", "low"),
        (
            "El presidente Pedro Sánchez calificó de «traidor» al ministro.",
            "es",
            "Pedro Sánchez",
            "high",
        ),
    ],
)
def test_a_subject_before_the_verb_stays(
    text: str, lang: str, speaker: str, confidence: str
) -> None:
    assert _found(text, lang) == [(speaker, confidence)]


# A lone surname opening the sentence names the speaker where the article writes the full name;
# alone it stays a title, as a noun opening a sentence would ("Оппозиция назвала …").
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Дмитрий Песков выступил. Песков назвал решение «ошибкой».", "ru", "Дмитрий Песков"),
        ("Сергей Шойгу выступил. Шойгу назвал решение «ошибкой».", "ru", "Сергей Шойгу"),
        ("Дмитрий Песков выступил. Песков назвал Лаврова «предателем».", "ru", "Дмитрий Песков"),
    ],
)
def test_a_lone_surname_written_in_full_elsewhere_speaks(
    text: str, lang: str, speaker: str
) -> None:
    assert [s for s, _ in _found(text, lang)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Песков назвал решение «ошибкой».",
        "Оппозиция назвала решение «ошибкой».",
        "В Киев прибыли гости. Киев назвал решение «ошибкой».",
        "Сегодня Киев ответил. Киев назвал решение «ошибкой».",
    ],
)
def test_a_lone_sentence_first_word_stays_a_title(text: str) -> None:
    assert [s for s, _ in _found(text, "ru")] == []


# Spanish and French give a common noun subject an article: a bare capitalised word opening the
# sentence is a proper noun, its subject (low, a lone word); a pronoun stays nobody's.
def test_a_bare_sentence_first_name_with_articles_speaks() -> None:
    assert _found("Feijóo calificó de «traidor» a Sánchez.", "es") == [("Feijóo", "low")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il a qualifié la réforme d'« inacceptable ».", "fr"),
        ("Ella calificó de «traidor» a Sánchez.", "es"),
        ("El Gobierno calificó la huelga de «ilegal».", "es"),
    ],
)
def test_a_pronoun_or_noun_still_names_nobody_surely(text: str, lang: str) -> None:
    assert [c for s, c in _found(text, lang) if s] in ([], ["low"])
