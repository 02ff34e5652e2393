"""Review of session 26's German verbs (fixde26): objects after names, "erinnerte", kin."""
# Invented people and sentences; the gold was written before the finder ran.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.attribution.kinds.cue_windows import matches_inside
from summarizer.attribution.lexicon.cues import cues_for


def _said(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das ist nicht fair“, sagte Jan Roth Reportern in Köln.", "Jan Roth"),
        ("„Das ist nicht fair“, sagte Jan Roth Journalisten.", "Jan Roth"),
        ("„Es reicht“, forderte Jan Roth Neuwahlen.", "Jan Roth"),
        ("„Wir kommen wieder“, versprach Anna Seidl Anwohnern.", "Anna Seidl"),
        ("„Hier bin ich“, rief Jan Roth Passanten zu.", "Jan Roth"),
        ("„Wir schaffen das“, sagte Bürgermeister Jan Roth Reportern.", "Jan Roth"),
    ],
)
def test_a_plural_noun_after_the_name_is_the_object(text: str, speaker: str) -> None:
    assert _said(text) == (speaker, "high")


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist nicht fair“, sagte Roth Journalisten.",
        "„Wir sehen uns vor Gericht“, drohte Brenner Kritikern.",
        "„Wir haben gewonnen“, machte Kluncker Schlagzeilen.",
    ],
)
def test_a_surname_and_a_plural_noun_closing_the_clause_are_never_one_name(text: str) -> None:
    speaker, _ = _said(text)
    assert speaker is None or " " not in speaker


@pytest.mark.parametrize("name", ["Anna Stern", "Jan Kern", "Lars Jansen"])
def test_a_surname_in_a_short_ending_stays_whole(name: str) -> None:
    assert _said(f"„Das ist nicht fair“, sagte {name}.") == (name, "high")


def test_erinnerte_after_the_quotation_is_a_cue() -> None:
    assert _said("„Wir haben das schon einmal erlebt“, erinnerte Jan Roth.") == ("Jan Roth", "high")


def test_erinnerte_sich_and_daran_are_no_cue_forms() -> None:
    verbs = cues_for("de").verbs
    assert verbs.search("„…“, erinnerte Jan Roth.") is not None
    assert verbs.search("„…“, erinnerte sich Jan Roth.") is None
    assert verbs.search("Das erinnert daran, dass es kalt war.") is None


def test_erinnerte_sich_before_a_colon_still_names_the_subject() -> None:
    assert _said("Jan Roth erinnerte sich: „Wir waren schon einmal so weit.“")[0] == "Jan Roth"


@pytest.mark.parametrize("verb", ["versprachen", "sagten"])
def test_kin_in_the_plural_and_a_surname_name_nobody(verb: str) -> None:
    assert _said(f"„Wir bleiben“, {verb} die Brüder Roth.")[0] is None


def test_the_look_past_erinnerte_never_reads_a_break() -> None:
    text = "„Nein“, erinnerte\nsich Jan Roth. „Ja“, erinnerte sich Eva Ems; erinnerte Ida Kern."
    verbs = cues_for("de").verbs
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            whole = [m.start() for m in verbs.finditer(text) if start <= m.start() < m.end() <= end]
            assert matches_inside(text, (start, end), verbs) == whole
