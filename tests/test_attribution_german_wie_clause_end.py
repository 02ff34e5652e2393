"""A "Wie X sagte," clause names its speaker only when the cue closes it, in the indicative, and
no later verb of saying or calling in the sentence has a subject of its own."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_WORDS = ", werde die Brücke „bald“ gebaut."


def _seen(text: str) -> tuple[str | None, str]:
    """The one quotation's speaker and confidence."""
    (quote,) = find_quotes(text, "de", "")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize("middle", ["", " am Montag"])
def test_a_later_verb_of_calling_has_its_own_speaker(middle: str) -> None:
    """'Wie Jan Roth am Montag sagte, habe Eva Ems den Plan als „…“ bezeichnet': not Roth's."""
    text = f"Wie Jan Roth{middle} sagte, habe Eva Ems den Plan als „unsinnig“ bezeichnet."
    assert _seen(text)[0] != "Jan Roth"
    text = f"Wie Jan Roth{middle} berichtete, hat Eva Ems den Plan „unsinnig“ genannt."
    assert _seen(text)[0] != "Jan Roth"


@pytest.mark.parametrize("verb", ["berichtet wurde", "gesagt haben soll", "sagen soll"])
@pytest.mark.parametrize("middle", ["", " am Montag"])
def test_a_passive_or_hearsay_clause_names_no_sure_speaker(verb: str, middle: str) -> None:
    """'Wie Jan Roth am Montag berichtet wurde, …': he was told; 'gesagt haben soll': hearsay."""
    speaker, confidence = _seen(f"Wie Jan Roth{middle} {verb}{_WORDS}")
    assert speaker is None or confidence == "low"


@pytest.mark.parametrize(
    "middle", ["am Montag", "dem Minister Tom Weber", "gegenüber Eva Ems", "im Rathaus"]
)
def test_an_object_or_adverbial_before_the_cue_keeps_the_subject(middle: str) -> None:
    """'Wie Jan Roth dem Minister Tom Weber sagte, …' is Roth's."""
    assert _seen(f"Wie Jan Roth {middle} sagte{_WORDS}") == ("Jan Roth", "high")


def test_a_dative_pronoun_after_wie_keeps_the_subject() -> None:
    """'Wie ihm Jan Roth am Montag sagte, …' is Roth's."""
    assert _seen(f"Wie ihm Jan Roth am Montag sagte{_WORDS}") == ("Jan Roth", "high")


def test_a_colon_after_the_clause_still_names_the_speaker() -> None:
    """'Wie Jan Roth am Montag sagte: „…“' is Roth's."""
    assert _seen("Wie Jan Roth am Montag sagte: „Wir bleiben hart.“") == ("Jan Roth", "high")
