"""A separable verb of saying whose particle closes the clause before a colon frames speech."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_LEAD = "Er wußte, daß es spät war.\n\n"


def _said(line: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(_LEAD + line + "\n", "de", "")]


def test_words_between_stem_and_particle_still_frame_the_speech() -> None:
    said = _said("Der Knecht setzte freilich später hinzu: Es war gar kein Pferd.")
    assert [text for text, _ in said] == ["Es war gar kein Pferd."]


def test_a_snapped_order_after_its_object_is_speech() -> None:
    said = _said("Der Wachtmeister herrschte ihn an: Halt, wer da?")
    assert said == [("Halt, wer da?", "Wachtmeister")]


# negatives: a stem with another particle, or no particle before the colon, frames nothing
def test_a_stem_with_another_particle_frames_nothing() -> None:
    assert _said("Der Knecht setzte den Hut auf: Es regnete in Strömen.") == []


def test_a_stem_without_its_particle_frames_nothing() -> None:
    assert _said("Der Knecht setzte sich nieder: Es regnete in Strömen.") == []


def test_a_stem_and_particle_round_an_object_of_their_own_frame_nothing() -> None:
    text = "Jan Roth führte am Abend den Hund aus: Es regnete in Strömen."
    assert find_quotes(text, "de", "") == ()
    assert _said("Jan Roth führte am Abend den Hund aus: Es regnete in Strömen.") == []


def test_explaining_with_adverbs_between_still_frames_the_speech() -> None:
    text = "Jan Roth führte am Abend dazu aus: Es regnete in Strömen."
    assert [(q.text, q.speaker) for q in find_quotes(text, "de", "")] == [
        ("Es regnete in Strömen.", "Jan Roth")
    ]


def test_a_snapped_order_after_its_listener_named_is_speech() -> None:
    said = _said("Der Wachtmeister herrschte den Knecht an: Halt, wer da?")
    assert [text for text, _ in said] == ["Halt, wer da?"]
