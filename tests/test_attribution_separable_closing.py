"""A lone name closed by the particle of any separable verb of saying in the cue data."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "de", "") if q.kind != "title"]


@pytest.mark.parametrize(
    "cue",
    [
        "teilte der Autobauer Velmar mit",
        "gab der Autobauer Velmar bekannt",
        "gab der Autobauer Velmar zu",
        "stellte der Autobauer Velmar klar",
        "führte der Autobauer Velmar aus",
        "fügte der Autobauer Velmar hinzu",
        "räumte der Autobauer Velmar ein",
        "kündigte der Autobauer Velmar an",
        "gab der Zulieferer Velmar an",
        "gab Velmar bekannt",
    ],
)
def test_the_particle_of_the_cued_pair_closes_the_name(cue: str) -> None:
    assert _speakers(f"„Wir bauen das Werk in Tallberg aus“, {cue}.\n") == ["Velmar"]


def test_a_full_name_before_darauf_hin_speaks() -> None:
    text = "„Die Frist endet am Freitag“, wies Ministerin Lena Hartwig darauf hin.\n"
    assert _speakers(text) == ["Lena Hartwig"]


# negatives: a dative object or a place before the particle is no speaker
def test_a_dative_object_before_the_particle_is_no_speaker() -> None:
    text = "„Die Preise steigen im Mai“, teilte der Konzern seinen Kunden mit.\n"
    assert "Kunden" not in _speakers(text)


def test_a_named_dative_before_the_particle_is_no_speaker() -> None:
    text = "„Die Preise steigen im Mai“, gab der Konzern dem Händler Velmar bekannt.\n"
    assert "Velmar" not in _speakers(text)


def test_a_place_given_before_an_is_no_speaker() -> None:
    text = "„Die Preise steigen im Mai“, gab der Konzern als Sitz Kornburg an.\n"
    assert "Kornburg" not in _speakers(text)


def test_a_particle_of_another_verb_closes_nothing() -> None:
    text = "„Die Preise steigen im Mai“, sagte der Autobauer Velmar an.\n"
    assert _speakers(text) == [None]


def test_a_particle_after_a_place_closes_nothing() -> None:
    text = "„Die Preise steigen im Mai“, gab der Autobauer Velmar in Kornburg an.\n"
    assert "Kornburg" not in _speakers(text)
