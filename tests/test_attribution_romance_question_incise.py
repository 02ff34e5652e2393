"""French: a question or exclamation mark stands for the comma before a reporting incise."""
# Sentences written for these tests (romance20), modelled on French court reports and dialogue.

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes


def _speech(text: str, lang: str = "fr") -> list[Quote]:
    """The text's quotations that are no name or title."""
    return [q for q in find_quotes(text, lang, "") if q.kind != "title"]


def test_a_dashed_question_before_its_incise_is_a_line_of_speech() -> None:
    text = (
        "Il s'est assis sans un regard.\n\n"
        "— Vous saviez que la société n'avait aucun salarié ? demande la présidente, "
        "Catherine Vasseur.\n"
        "— Je l'ai appris plus tard, répond Bernard Castel.\n"
        "— Vous confirmez ces propos ? interroge Catherine Vasseur."
    )
    found = [(q.text, q.speaker, q.confidence) for q in _speech(text)]
    assert found == [
        (
            "Vous saviez que la société n'avait aucun salarié ?",
            "Catherine Vasseur",
            "high",
        ),
        ("Je l'ai appris plus tard", "Bernard Castel", "high"),
        ("Vous confirmez ces propos ?", "Catherine Vasseur", "high"),
    ]


def test_a_question_incise_inside_guillemets_cuts_the_quotation() -> None:
    text = "« Vous saviez ? s'étonne Catherine Vasseur. Vous auriez dû le savoir. »"
    found = [(q.text, q.speaker) for q in _speech(text)]
    assert found == [
        ("Vous saviez ?", "Catherine Vasseur"),
        ("Vous auriez dû le savoir.", "Catherine Vasseur"),
    ]


# A question mark followed by more speech, not a reporting verb, cuts nothing.
def test_a_question_mark_before_more_speech_cuts_nothing() -> None:
    text = "« Vous saviez ? Personne ne vous a prévenu ? » a lancé Catherine Vasseur."
    assert [q.text for q in _speech(text)] == ["Vous saviez ? Personne ne vous a prévenu ?"]


# A dashed list stays narrative: no reporting verb opens an incise after its points.
def test_a_dashed_list_with_questions_is_no_speech() -> None:
    text = (
        "Les questions posées au ministre :\n"
        "— Combien coûtera la réforme ? Personne ne le sait.\n"
        "— Qui la financera ? Les communes."
    )
    assert _speech(text) == []


def test_a_spanish_imperfect_of_saying_is_a_cue() -> None:
    text = "«Aquí ya no nos creemos a nadie», contaba ayer Dolores Márquez, panadera."
    quote = _speech(text, "es")[0]
    assert (quote.speaker, quote.confidence, quote.cue) == ("Dolores Márquez", "high", "contaba")
