"""After '?' or '!' only a lower-case verb of saying opens a dashed incise (fr, es, ru)."""
# Sentences written by the session-20 reviewer for these tests. The typographic convention:
# "— Vous saviez ? demande la présidente" is an incise; "— ¿Por qué? Dijo Pedro…" is the next
# spoken sentence, and speech after an ellipsis goes on in lower case.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speech(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    """(text, speaker, confidence) of the text's quotations that are no name or title."""
    quotes = [q for q in find_quotes(text, lang, "") if q.kind != "title"]
    return [(q.text, q.speaker, q.confidence) for q in quotes]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "ru",
            "— Почему? Сказал Иван Петров, что придёт, и не пришёл, — возмутилась Анна Смирнова.",
            "Анна Смирнова",
        ),
        (
            "ru",
            "— И что? Заявил министр Антон Силуанов, что денег нет, — ответила Анна Смирнова.",
            "Анна Смирнова",
        ),
        (
            "es",
            "—¡Mentira! Explicó el ministro Luis Planas que no habría recortes —contestó Ana Soto.",
            "Ana Soto",
        ),
        ("es", "—Pues… recuerda que te quiero —dijo Ana Soto.", "Ana Soto"),
        ("ru", "— Знаешь… заявил бы я, что всё пропало, — ответил Иван Петров.", "Иван Петров"),
        ("es", "—¿Sabe qué? Recuerda mucho a su padre —comentó Ana Soto.", "Ana Soto"),
        ("es", "—¡Oye! cuenta conmigo, Pedro —dijo Ana Soto.", "Ana Soto"),
        ("ru", "— Почему? сказал он, что придёт, — возмутилась Анна Смирнова.", "Анна Смирнова"),
        ("fr", "— Incroyable ! Accuse-le si tu veux, dit Marie Roux.", "Marie Roux"),
    ],
)
def test_a_verb_inside_the_speech_leaves_the_line_whole(lang: str, text: str, who: str) -> None:
    (found,) = _speech(text, lang)
    assert found[0].startswith(text[1:6].strip(" —")) and found[1:] == (who, "high")


# No line of speech, or one with nobody: the capitalised verb is spoken, never an incise.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "—¿Por qué? Dijo Pedro Gil que vendría y no vino —protestó Ana Soto."),
        ("es", "—¿Por qué? Aseguró Pedro Gil que vendría y no vino —protestó Ana Soto."),
        ("es", "—¿Y ahora qué? Recuerda que mañana viene Pedro Gil."),
        ("ru", "— Правда? Сообщил ли Иван Петров об этом?"),
        ("ru", "— Неужели? Заявил же Иван Петров, что всё готово!"),
        ("ru", "— Ну и что? Сказал Иван Петров — сделал Иван Петров."),
        ("fr", "« Vous saviez ? Demande au juge Marc Roux ce qu'il en pense. »"),
    ],
)
def test_a_capitalised_verb_after_a_question_names_nobody(lang: str, text: str) -> None:
    assert all(who is None for _, who, _ in _speech(text, lang))


def test_a_lower_case_verb_after_a_question_is_still_the_incise() -> None:
    text = (
        "— Vous saviez que la société n'avait aucun salarié ? demande la présidente, "
        "Catherine Vasseur.\n"
        "— ¿Y usted? preguntó Ana Soto."
    )
    assert _speech(text, "fr")[0][1:] == ("Catherine Vasseur", "high")
    assert _speech("—¿Y usted? preguntó Ana Soto.", "es") == [("¿Y usted?", "Ana Soto", "high")]


# Patterns without the mark's stop: German comma incises, and Spanish guillemets (no comma incise).
def test_quotations_cut_by_patterns_without_a_mark_stop() -> None:
    german = "„Wir bleiben, sagte Anna Roth, bis morgen.“"
    found = next(q for q in find_quotes(german, "de", "") if q.kind != "title")
    assert found.speaker == "Anna Roth"
    spanish = "«No cederemos —explicó Ana Soto—, porque tenemos razón», añadió."
    assert _speech(spanish, "es")[0][:2] == ("No cederemos", "Ana Soto")
