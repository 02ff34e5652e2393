"""Interviews: `summarize quotes` lists each answer under the interviewee's name, and never
the interviewer's questions (invented pages in tests/data/interviews)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.cli import main

PAGES = Path(__file__).parent / "data" / "interviews"


def quotes(capsys: pytest.CaptureFixture[str], page: Path) -> list[dict[str, Any]]:
    assert main(["quotes", str(page), "--format", "json"]) == 0
    found: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return found


def test_html_interview_with_bold_name_turns(capsys: pytest.CaptureFixture[str]) -> None:
    found = quotes(capsys, PAGES / "governor-en.html")
    assert {(q["speaker"], q["confidence"], q["basis"]) for q in found} == {
        ("Viktor Orlov", "high", "interview_turn")
    }
    said = " ".join(q["text"] for q in found)
    assert "the river floods every spring" in said
    assert "Every family gets a new house" in said
    assert "?" not in said  # the questions are nobody's quotation


def test_text_interview_with_untagged_questions(capsys: pytest.CaptureFixture[str]) -> None:
    found = [q for q in quotes(capsys, PAGES / "ministre-fr.txt") if q["kind"] == "speech"]
    answers = [q for q in found if q["basis"] == "interview_turn"]
    assert {q["speaker"] for q in answers} == {"Hélène Marchal"}
    said = " ".join(q["text"] for q in answers)
    assert "Nous devons réparer les toitures" in said
    assert "dix millions de plus" in said
    assert "Propos recueillis" not in said  # the closing line is the article's own
    assert "?" not in said


def test_name_turns_credit_each_side_in_a_debate_transcript() -> None:
    text = (
        "Two candidates, Ana Ruiz and Carlos Vidal, met on the radio on Sunday.\n\n"
        "HOST: What would you do first?\n\n"
        "RUIZ: Open the hospital again.\n\n"
        "VIDAL: Lower the water bills for every family.\n\n"
        "HOST: And after that?\n\n"
        "RUIZ: Build the new school.\n\n"
        "VIDAL: Repair the roads before the winter."
    )
    found = [(q.text, q.speaker) for q in find_quotes(text, "en")]
    assert found == [
        ("Open the hospital again.", "Ana Ruiz"),
        ("Lower the water bills for every family.", "Carlos Vidal"),
        ("Build the new school.", "Ana Ruiz"),
        ("Repair the roads before the winter.", "Carlos Vidal"),
    ]


def test_repeated_caption_tags_are_no_interview() -> None:
    text = (
        "Photo: the new bridge at night.\n\n"
        "Mayor Ruth Okafor opened the bridge on Monday.\n\n"
        "Update: the bridge closes on Sunday for repairs.\n\n"
        "Photo: the mayor cuts the ribbon.\n\n"
        "Update: it reopens on Tuesday."
    )
    assert find_quotes(text, "en") == ()


def test_html_interview_with_bold_questions_and_no_tags(capsys: pytest.CaptureFixture[str]) -> None:
    found = quotes(capsys, PAGES / "alcaldesa-es.html")
    assert {(q["speaker"], q["basis"]) for q in found} == {("Lucía Ferrer", "interview_turn")}
    said = " ".join(q["text"] for q in found)
    assert "Menos de lo previsto." in said and "Todavía no lo he decidido." in said
    assert "¿" not in said


def test_a_turn_named_in_full_once_then_by_surname_is_one_side() -> None:
    text = (
        "Our reporter spoke to Mayor Tomas Berglund about the floods of last week.\n\n"
        "REPORTER: How bad was the damage?\n\n"
        "TOMAS BERGLUND: Worse than anything in fifty years.\n\n"
        "REPORTER: Who will pay for the repairs?\n\n"
        "BERGLUND: The city will pay first.\n\n"
        "REPORTER: When will the bridges reopen?\n\n"
        "BERGLUND: Not before next summer."
    )
    found = [(q.text, q.speaker) for q in find_quotes(text, "en")]
    assert found == [
        ("Worse than anything in fifty years.", "Tomas Berglund"),
        ("The city will pay first.", "Tomas Berglund"),
        ("Not before next summer.", "Tomas Berglund"),
    ]


# page: the interviewee, words of an answer, words of a question (never a quotation), and the
# journalist the byline or introduction names (never a speaker)
PAGES_BY_FORMAT = {
    "en-qa.html": ("Nadia Okoye", "I would not do it again.", "shipping lines", "Peter Hale"),
    "en-boldq.html": ("Rafael Duarte", "We have lost forty", "nurses leaving", "Jenna Cole"),
    "en-named.txt": ("Imogen Vance", "I grew up on his stories.", "Why the sea", "Marcus Webb"),
    "fr-qr.html": ("Claire Dubois", "Je les comprends.", "commerçants", "Antoine Mercier"),
    "es-pr.html": ("Marta Quiroga", "No hay otra salida.", "agricultores", "Diego Salcedo"),
    "ru-dash.txt": ("Игорь Лебедев", "Сокращений не будет.", "боятся", "Прибой"),
    "ru-bold-dash.html": ("Андрей Соколов", "Опоры уже готовы.", "затянулись", "Марина Орлова"),
    "de-named.html": ("Sabine Krämer", "keine neuen Gleise", "Ticket", "Jonas Brandt"),
    "zh-jizhe.txt": ("林雪梅", "明年要新建十所寄宿学校。", "最缺的是什么", "周鹏"),
    "zh-wenda.txt": ("陈国栋", "提前检查暖气", "为什么会这样", "王磊"),
    "ar-bold.html": ("ليلى منصور", "عمل عن البحر", "مشروعك", "الصحيفة"),
}


@pytest.mark.parametrize("page", sorted(PAGES_BY_FORMAT))
def test_every_answer_is_the_interviewees_and_no_question_is_quoted(
    capsys: pytest.CaptureFixture[str], page: str
) -> None:
    who, answer, question, journalist = PAGES_BY_FORMAT[page]
    found = [q for q in quotes(capsys, PAGES / page) if q["kind"] == "speech"]
    answers = [q for q in found if q["basis"] == "interview_turn"]
    assert len(answers) >= 3
    assert {q["speaker"] for q in answers} == {who}
    assert all(q["confidence"] == "high" for q in answers)
    said = " ".join(q["text"] for q in found)
    assert answer in said
    assert question not in said
    assert all(journalist not in (q["speaker"] or "") for q in found)


def test_a_dashed_turn_without_a_question_mark_is_still_the_interviewers() -> None:
    text = (
        "Мы поговорили с тренером Денисом Зуевым перед финалом.\n\n"
        "— Как команда готовится?\n\n"
        "— Тренируемся дважды в день.\n\n"
        "— Болельщики ждут победы.\n\n"
        "— Мы тоже её ждём.\n\n"
        "— А соперник?\n\n"
        "— Сильный, но уставший."
    )
    found = [(q.text, q.speaker) for q in find_quotes(text, "ru")]
    assert ("Болельщики ждут победы.", "Денис Зуев") not in found
    assert found == [
        ("Тренируемся дважды в день.", "Денис Зуев"),
        ("Мы тоже её ждём.", "Денис Зуев"),
        ("Сильный, но уставший.", "Денис Зуев"),
    ]


def test_the_extract_summary_shows_a_russian_interviewee_whose_name_the_article_declines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = PAGES / "ru-bold-dash.html"
    assert main([str(page), "--lang", "en", "--engine", "extract", "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    speakers = {point.get("speaker") for point in summary["points"]}
    assert "Андрей Соколов" in speakers


@pytest.mark.parametrize(
    ("lang", "byline", "intro", "who"),
    [
        ("en", "By Peter Hale", "Nadia Okoye has guided ships for years.", "Nadia Okoye"),
        (
            "fr",
            "Par Antoine Mercier",
            "Claire Dubois dirige la ville depuis 2020.",
            "Claire Dubois",
        ),
    ],
)
def test_a_byline_left_in_the_text_names_the_journalist_not_the_interviewee(
    lang: str, byline: str, intro: str, who: str
) -> None:
    q, a = ("Q", "A") if lang == "en" else ("Question ", "Réponse ")
    text = f"{byline}\n\n{intro}\n\n{q}: Why?\n\n{a}: Because.\n\n{q}: Then?\n\n{a}: The tram."
    found = [(quote.text, quote.speaker) for quote in find_quotes(text, lang)]
    assert found == [("Because.", who), ("The tram.", who)]


FR_TURNS = "Pourquoi ?\n\nParce que.\n\nEt maintenant ?\n\nJ'enseigne.\n\nOù ?\n\nÀ Lyon."
ES_TURNS = "¿Por qué?\n\nPorque sí.\n\n¿Y ahora?\n\nVoy a enseñar.\n\n¿Cuándo?\n\nPronto."


@pytest.mark.parametrize(
    ("lang", "intro", "turns", "who"),
    [
        (
            "fr",
            "L'ex-ministre Agnès Morel publie ses mémoires. Elle s'est confiée à Paul Girard.",
            FR_TURNS,
            "Agnès Morel",
        ),
        (
            "es",
            "La exministra Inés Carrasco respondió a las preguntas de Tomás Vidal en su casa.",
            ES_TURNS,
            "Inés Carrasco",
        ),
    ],
)
def test_the_journalist_the_interviewee_confides_in_is_not_a_second_candidate(
    lang: str, intro: str, turns: str, who: str
) -> None:
    found = [(quote.text, quote.speaker) for quote in find_quotes(f"{intro}\n\n{turns}", lang)]
    answers = turns.split("\n\n")[1::2]
    assert found == [(answer, who) for answer in answers]
