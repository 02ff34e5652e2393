""" "Da", "Dann", "Nun" opening a sentence are adverbs, never a speaker's name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize("adverb", ["Da", "Dann", "Nun"])
def test_an_opening_adverb_is_no_name(adverb: str) -> None:
    """'Da kam die Gräfin Anna Berg herein und sprach: „…“' is hers (or nobody's), never Da's."""
    text = f"{adverb} kam die Gräfin Anna Berg herein und sprach: „Ich bin müde.“"
    (quote,) = find_quotes(text, "de", "")
    assert quote.speaker in ("Anna Berg", None)


def test_an_opening_adverb_before_a_titled_count_is_no_name() -> None:
    """'Da trat der alte Graf … in den Saal und sprach:' is never 'Da'."""
    text = "Da trat der alte Graf Friedrich von Rosenberg in den Saal und sprach: „Ich bin müde.“"
    (quote,) = find_quotes(text, "de", "")
    assert quote.speaker != "Da"


def test_a_surname_da_silva_still_speaks() -> None:
    """'Da Silva sagte: „…“': a name with its particle stays a name."""
    (quote,) = find_quotes("Lula Da Silva sagte: „Wir bleiben hart.“", "de", "")
    assert quote.speaker is not None and "Silva" in quote.speaker


def test_da_as_a_conjunction_keeps_its_clause_subject() -> None:
    """'Da die Sprecherin Eva Roth betonte, man werde „…“ prüfen, …': the conjunction's clause."""
    text = "Da die Sprecherin Eva Roth betonte, man werde „alles prüfen“, blieb es ruhig."
    (quote,) = find_quotes(text, "de", "")
    assert quote.speaker == "Eva Roth"
