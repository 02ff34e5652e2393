"""Uncued turns alternate only while the asker's turns ask and each turn is a quotation alone."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str = "en") -> list[tuple[str | None, str]]:
    """(speaker, basis) of each quotation of `text` that is no title."""
    return [(q.speaker, q.basis) for q in find_quotes(text, lang) if q.kind != "title"]


ASKED = '"Will you stand for the board again?" asked local reporter Tom Hale.\n\n'


def test_a_statement_where_the_asker_would_speak_is_the_answerer_going_on() -> None:
    text = ASKED + '"Not yet," Ruth Meyer said.\n\n"My garden needs me."\n\n"Boards can wait."\n'
    assert _said(text)[2:] == [("Ruth Meyer", "carried"), ("Ruth Meyer", "carried")]


def test_a_statement_after_an_answer_that_goes_on_is_no_question() -> None:
    text = ASKED + '"Not yet," Ruth Meyer said. "My garden needs me."\n\n"We shall see in May."\n'
    assert all(who != "Tom Hale" for who, _ in _said(text)[2:])


def test_the_same_in_french_russian_and_german() -> None:
    fr = (
        "« Allez-vous rester ? » demande la journaliste Claire Morel.\n\n"
        "« Je ne sais pas », répond Paul Renaud.\n\n« Mon fils est malade depuis un an. »\n"
    )
    ru = (
        "«Вы останетесь?» — спросила журналистка Анна Белова.\n\n"
        "«Не знаю», — ответил Павел Рудин.\n\n«Сын болеет уже год».\n"
    )
    de = (
        "„Bleiben Sie?“, fragte die Reporterin Anna Berger.\n\n"
        "„Ich weiß es nicht“, sagte Paul Rudolf.\n\n„Mein Sohn ist seit einem Jahr krank.“\n"
    )
    for text, lang, asker in ((fr, "fr", "Claire Morel"), (ru, "ru", "Анна Белова")):
        assert _said(text, lang)[2][0] != asker
    assert _said(de, "de")[2][0] != "Anna Berger"


def test_a_paragraph_with_narration_after_its_quotation_is_no_turn() -> None:
    text = (
        ASKED + '"Maybe," said Ruth Meyer.\n\n"Clean hands" is the sign above the sink.\n\n'
        '"Let us wait."\n'
    )
    assert [who for who, _ in _said(text)[2:]] == [None, None]
    acted = ASKED + '"Maybe," said Ruth Meyer.\n\n"Fine." He shut the door.\n'
    assert _said(acted)[2][0] is None


def test_a_third_voice_stops_the_alternation() -> None:
    text = (
        ASKED + '"Maybe," said Ruth Meyer.\n\n"The club stands behind her."\n\n'
        '"And the money?"\n\n"It is there."\n'
    )
    assert all(basis != "turn_taking" for _, basis in _said(text)[2:])


# Positive: a real exchange of questions and answers still alternates.
def test_questions_and_answers_still_alternate() -> None:
    text = ASKED + '"Maybe," said Ruth Meyer.\n\n"When will you know?"\n\n"In May."\n'
    assert _said(text)[2:] == [("Tom Hale", "turn_taking"), ("Ruth Meyer", "turn_taking")]
