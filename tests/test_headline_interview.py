"""An interview announced only in the headline ("Entretien avec X", "حوار مع X"): the answers
are the interviewee's, and the headline itself is never listed as a quotation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.cli import main

ARTICLES = {
    "fr": (
        "Entretien avec la ministre Claire Dubosc\n\n"
        "La ministre de la Culture nous reçoit dans son bureau, un lundi matin de pluie, "
        "entre deux réunions.\n\n"
        "Pourquoi fermer les musées le mardi ?\n\n"
        "Parce que les équipes ont besoin d'un jour entier pour l'entretien des salles.\n\n"
        "Et les visiteurs, qu'en pensent-ils ?\n\n"
        "Ils comprennent très bien, les chiffres de fréquentation le montrent chaque année.\n"
    ),
    "ar": (
        "حوار مع وزير الصحة سامي حداد\n\n"
        "التقينا الوزير في مكتبه صباح الاثنين للحديث عن خطط الوزارة في المدن والقرى.\n\n"
        "س: ما هي خطة الوزارة هذا العام في الجنوب؟\n\n"
        "ج: نريد بناء ثلاثة مستشفيات جديدة في الجنوب قبل نهاية العام المقبل.\n\n"
        "س: ومتى تبدأ الأشغال في هذه المستشفيات؟\n\n"
        "ج: في الربيع المقبل، بعد أن ننتهي من اختيار الأراضي المناسبة.\n"
    ),
    "en": (
        "Interview with Mara Lindqvist\n\n"
        "The novelist talked to us at her home by the harbour on a rainy afternoon last "
        "week.\n\n"
        "Q: Why did you move back to the coast?\n\n"
        "A: Because the city had become far too loud for writing anything long.\n\n"
        "Q: What are you working on now?\n\n"
        "A: A long book about my grandmother and the boat she sailed alone.\n"
    ),
    "ru": (
        "Интервью с Ольгой Марковой\n\n"
        "Мы встретились с писательницей в её доме у реки в понедельник утром, перед "
        "отъездом.\n\n"
        "Вопрос: Почему вы вернулись в деревню?\n\n"
        "Ответ: Потому что в городе стало слишком шумно для долгой работы.\n\n"
        "Вопрос: Над чем вы работаете сейчас?\n\n"
        "Ответ: Над большой книгой о моей бабушке и её лодке.\n"
    ),
}
INTERVIEWEES = {
    "fr": "Claire Dubosc",
    "ar": "سامي حداد",
    "en": "Mara Lindqvist",
    "ru": "Ольга Маркова",
}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_answers_of_an_interview_announced_in_the_headline_are_the_interviewees(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / f"interview-{lang}.txt"
    article.write_text(ARTICLES[lang], "utf-8")
    assert main(["quotes", str(article), "--format", "json", "--titles"]) == 0
    found: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    assert len(found) == 2
    assert {(q["speaker"], q["basis"]) for q in found} == {(INTERVIEWEES[lang], "interview_turn")}
    headline = ARTICLES[lang].split("\n", 1)[0]
    assert not any(headline in q["text"] for q in found)
