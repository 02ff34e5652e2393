"""Russian verbs of saying by lexeme: every form of the verbs news use names the speaker."""
# The Russian cues grew from the examples seen: "требовал", "отрицает", "опроверг", "парирует",
# "выразила уверенность" and the present of most imperfectives were no cue, so their quotations
# got no speaker. Each form here was no cue before `ruverbs26`; the names are invented.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.attribution.lexicon.cues import cues_for

_HE = "Игорь Волков"
_SHE = "Ирина Волкова"

# (form, speaker): one form of a lexeme, in the gender of its speaker where the past has one
_FORMS = [
    ("возражает", _HE),
    ("спрашивает", _SHE),
    ("отвечает", _HE),
    ("требует", _SHE),
    ("требовал", _HE),
    ("критикует", _HE),
    ("комментирует", _SHE),
    ("призывает", _HE),
    ("обещает", _SHE),
    ("опровергает", _HE),
    ("опроверг", _HE),
    ("опровергла", _SHE),
    ("отрицает", _HE),
    ("отрицала", _SHE),
    ("заверяет", _SHE),
    ("настояла", _SHE),
    ("делится", _SHE),
    ("парирует", _HE),
    ("подытоживает", _HE),
    ("констатирует", _SHE),
    ("резюмирует", _HE),
    ("произнёс", _HE),
    ("переспросила", _SHE),
    ("интересуется", _HE),
    ("сомневается", _SHE),
    ("недоумевает", _HE),
    ("надеется", _SHE),
    ("опасается", _HE),
    ("предположила", _SHE),
    ("рекомендует", _HE),
    ("дополнила", _SHE),
    ("продолжает", _HE),
    ("замечает", _SHE),
    ("подтверждает", _HE),
    ("выразила уверенность", _SHE),
    ("обратил внимание", _HE),
    ("подвела итог", _SHE),
    ("отшутился", _HE),
    ("откликнулась", _SHE),
    ("осудил", _HE),
    ("упрекнула", _SHE),
    ("крикнул", _HE),
]

_SHAPES = [
    "«Мы не отступим от своих планов», — {verb} {name}.",
    "«Мы не отступим от своих планов»,— {verb} {name}.",
    "« Мы не отступим от своих планов », — {verb} {name}.",
    "— Мы не отступим от своих планов, — {verb} {name}.",
    "{name} {verb}: «Мы не отступим от своих планов».",
    "{name} {verb}: « Мы не отступим от своих планов ».",
]


def _speakers(text: str) -> list[str | None]:
    """The speaker of each quotation that is speech or writing."""
    return [q.speaker for q in find_quotes(text, "ru", "") if q.kind != "title"]


@pytest.mark.parametrize("shape", _SHAPES)
@pytest.mark.parametrize(("verb", "name"), _FORMS)
def test_each_form_names_its_speaker(verb: str, name: str, shape: str) -> None:
    assert _speakers(shape.format(verb=verb, name=name)) == [name]


# The plural of each new lexeme is a cue too; a plural cue names no one person.
@pytest.mark.parametrize(
    "verb",
    [
        "отрицали", "требовали", "опровергают", "спрашивают", "отвечают", "призывают",
        "пишут", "жалуются", "пожаловались", "интересуются", "соглашаются", "надеются",
    ],
)  # fmt: skip
def test_a_plural_is_a_cue_that_names_no_one_person(verb: str) -> None:
    assert cues_for("ru").verbs.fullmatch(verb)
    assert not cues_for("ru").verbs.fullmatch("выразили уверенность")  # its end tells no plural
    text = f"«Мы не отступим от своих планов», — {verb} {_HE} и {_SHE}."
    assert _speakers(text) == [None]


def test_a_disagreement_not_voiced_is_still_speech() -> None:
    # "не отрицает", "не возражал": a stance, and its words; "не сказал" reports words not said
    assert _speakers(f"{_HE} не отрицает: «Мы ошиблись».") == [_HE]
    assert _speakers(f"{_SHE} не возражала: «Пусть работают».") == [_SHE]
    assert _speakers(f"{_HE} не сказал: «Мы ошиблись».") == [None]


@pytest.mark.parametrize(
    "text",
    [
        f"{_HE} отвечает за проект «Северный маршрут».",  # "is responsible for"
        "Сервис «Мой город» предлагает жителям оплату онлайн.",  # "offers": a name
        "Проект предполагает «полную реконструкцию» здания.",  # "involves": no cue
        f"«Мы не отступим от своих планов», — думает {_HE}.",  # thought, no words said
    ],
)
def test_a_form_used_otherwise_names_nobody(text: str) -> None:
    assert _HE not in _speakers(text)
    assert all(speaker is None for speaker in _speakers(text))


# A man's first name in the accusative or genitive after the subject's full name opens the one
# asked ("Петра", "Игоря", "Павла"): his words were read as the name, high (object_forename.py).
def test_the_one_asked_or_answered_is_no_speaker() -> None:
    assert _speakers(f"{_SHE} ответила Игорю Волкову: «Мы не отступим».") == [_SHE]
    assert _speakers(f"«Мы не отступим», — спросил {_HE} Ирину Волкову.") == [_HE]
    assert _speakers(f"«Мы не отступим», — переспросила {_SHE} Игоря Волкова.") == [_SHE]
    assert _speakers(f"«Верните деньги», — требует от Игоря Волкова {_SHE}.") == [_SHE]
    assert _speakers(f"«Мы не отступим», — упрекнула {_SHE} Павла Смирнова.") == [_SHE]
    assert _speakers(f"«Мы не отступим», — спросил {_HE} Сергея Смирнова.") == [_HE]
    # after a role and its complement the man's genitive is the body's, no one asked
    text = "«Мы не отступим», — сказал директор Фонда Петра Смирнова Иван Козлов."
    assert _speakers(text) == ["Иван Козлов"]
