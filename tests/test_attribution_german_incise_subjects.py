"""Older print's unmarked speech cut by an incise ("– Wir haben gewartet, sagte seine Frau."): a
subject that a possessive in the nominative opens is the speaker, as an article's is."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_OLD = " Er wußte wohl, daß es so kam."  # an older spelling: the rules of older print apply


def _seen(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's words and speaker."""
    return [(q.text, q.speaker) for q in find_quotes(text + _OLD, "de", "")]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("seine Frau", "seine Frau"),
        ("ihr Mann", "ihr Mann"),
        ("unser Knecht", "unser Knecht"),
        ("der Müller", "Müller"),
    ],
)
def test_a_dashed_line_names_the_subject_of_its_incise(subject: str, speaker: str) -> None:
    """The line of dialogue before the incise is its subject's, whatever opens the subject."""
    text = f"Der Müller sah den Knecht an. – Wir haben lange gewartet, sagte {subject}."
    assert _seen(text) == [("Wir haben lange gewartet", speaker)]


def test_an_incise_between_commas_takes_a_possessive_subject() -> None:
    """ "Die Börse, erklärte sein Makler, ist …": both halves of the sentence are the broker's."""
    text = "Der Tag war kalt. Die Börse, erklärte sein Makler, ist geschlossen."
    assert _seen(text) == [("Die Börse", "sein Makler"), ("ist geschlossen.", "sein Makler")]


@pytest.mark.parametrize(
    "text",
    [
        "Die Tochter weinte. – Geh nach Hause, sagte seinem Sohn.",  # a dative: the one told
        "Die Tochter weinte. – Geh nach Hause, sagte seiner Frau der Vater.",
        "Der Tag war kalt. Die Börse, erklärte seine Frau, sei geschlossen.",  # Konjunktiv
    ],
)
def test_a_dative_or_a_reported_rest_quotes_nothing(text: str) -> None:
    """A possessive in the dative opens no subject; a Konjunktiv after the incise is indirect."""
    assert _seen(text) == []


def test_an_exclamation_before_a_possessive_subject_is_its_speech() -> None:
    """ "Was für ein Unglück! rief seine Frau.": the same subjects as an incise's."""
    text = "Der Müller kam spät heim. Was für ein Unglück! rief seine Frau."
    assert _seen(text) == [("Was für ein Unglück!", "seine Frau")]


def test_an_exclamation_before_a_dative_quotes_nothing() -> None:
    """ "rief seiner Frau der Knecht zu": a possessive dative opens no subject."""
    assert (
        _seen("Der Müller kam spät heim. Was für ein Unglück! rief seiner Frau der Knecht zu.")
        == []
    )
