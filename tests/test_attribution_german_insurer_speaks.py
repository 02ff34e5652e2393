""" "Versicherung" is a statement noun only with an owner after it ("die Versicherung von X, …");
put first before a cue it is an insurer, a body that speaks."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize("body", ["Versicherung", "Allianz Versicherung", "Krankenversicherung"])
def test_an_insurer_before_a_colon_cue_speaks(body: str) -> None:
    """'Die Versicherung erklärte: „…“' is the insurer's."""
    (quote,) = find_quotes(f"Die {body} erklärte: „Wir zahlen nicht.“", "de", "")
    assert quote.speaker == body


def test_an_owned_assurance_is_never_the_subjects_words() -> None:
    """'Jan Roth widersprach der Versicherung von Eva Ems, sie habe „…“' is not Roth's."""
    text = "Jan Roth widersprach der Versicherung von Eva Ems, sie habe „nichts gewusst“."
    (quote,) = find_quotes(text, "de", "")
    assert quote.speaker != "Jan Roth"
