"""A run of dashed paragraphs is a dialogue only on evidence (two turns with a cue, or one and a
question answered): a column of news items with one incise stays narrative, a label line is no
turn, and a turn's inverted cue after "?" is cut off its words."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_LETTER = "In einem Brief von 1890 heißt es: „Ich weiß, daß wir siegen.“\n\n"
_BULLETS = (
    "– Die Steuer steigt, sagte Finanzminister Jan Roth, um zwei Prozent.\n\n"
    "– Die Renten bleiben stabil.\n\n"
)


def _texts(text: str) -> list[str]:
    return [q.text for q in find_quotes(text, "de", "")]


def test_news_bullets_with_one_incise_are_no_dialogue() -> None:
    texts = _texts(_LETTER + _BULLETS + "– Ab Januar gilt die neue Regel.")
    assert "Die Renten bleiben stabil." not in texts
    assert "Ab Januar gilt die neue Regel." not in texts


def test_a_named_bullet_is_no_quotation_with_its_label() -> None:
    texts = _texts(_LETTER + _BULLETS + "– Eva Lind: Ab Januar gilt die neue Regel.")
    assert not [text for text in texts if "Eva Lind" in text]


_DIALOGUE = (
    "Es war kalt, daß die Fenster froren.\n\n– Wer ist da? fragte die Magd.\n\n"
    "– Ich, Hans Roth, antwortete eine Stimme.\n\n– Was willst du?\n\n– Brot."
)


def test_an_inverted_cue_after_a_question_is_cut_off_the_turn() -> None:
    quotes = find_quotes(_DIALOGUE, "de", "")
    assert "Wer ist da? fragte die Magd." not in [q.text for q in quotes]
    assert ("Wer ist da?", "Magd") in [(q.text, q.speaker) for q in quotes]


def test_a_question_answered_in_the_run_keeps_the_uncued_turns() -> None:
    texts = _texts(_DIALOGUE)
    assert "Was willst du?" in texts and "Brot." in texts


# negative: a turn cut before "fragte sie" takes no name from the pronoun
def test_a_turn_before_a_pronoun_cue_names_nobody() -> None:
    text = _DIALOGUE.replace("Wer ist da? fragte die Magd.", "Warum kommst du so spät? fragte sie.")
    text = text.replace("froren.", "froren. Anna Roth trat ein.")
    named = [(q.text, q.speaker) for q in find_quotes(text, "de", "")]
    assert not [pair for pair in named if pair[1] == "Anna Roth"]
