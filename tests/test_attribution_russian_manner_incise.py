"""Russian: a verb of manner in a dash incise after a quotation reports it ("— смеётся он")."""
# "«Медаль на стенку не повесишь», — смеётся он" named nobody: "смеётся" was no cue, where
# English lists "laughed" and "sighed". A feature writes its speakers' manner there: laughing,
# smiling, sighing (present and past, `[ru] verbs`, `past_stems`, `reflexive_stems`).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_LEAD = "Пасечник Тимур Галиев держит пасеку тридцать лет. "


def _first(text: str) -> str | None:
    """The speaker of the first quotation."""
    return find_quotes(text, "ru", "")[0].speaker


@pytest.mark.parametrize(
    "incise",
    ["смеётся он", "улыбается Галиев", "вздохнул он", "усмехнулся Галиев", "улыбнулся он"],
)
def test_a_verb_of_manner_in_the_incise_names_the_speaker(incise: str) -> None:
    text = _LEAD + f"«Медаль на стенку не повесишь», — {incise}."
    assert _first(text) == "Тимур Галиев"


# the manner verb is another person's reaction, in a sentence of its own: not his words
def test_a_reaction_in_a_sentence_of_its_own_names_no_other_speaker() -> None:
    text = "«Медаль на стенку не повесишь», — сказал Тимур Галиев. Руслан Галиев улыбнулся."
    assert _first(text) == "Тимур Галиев"


def test_a_pronoun_of_the_other_gender_names_nobody() -> None:
    assert _first(_LEAD + "«Медаль на стенку не повесишь», — смеётся она.") is None
