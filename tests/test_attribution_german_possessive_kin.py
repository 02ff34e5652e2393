"""A possessive before a kin or role noun ("mein Vater", "eure Lehrerin") and a form of address
before a rank or kin noun ("der Herr Graf", "unsere Frau Mutter") describe someone as written, at
low confidence: never a bare name at high."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str) -> tuple[str | None, str]:
    """The first quotation's speaker and confidence."""
    quote = find_quotes(text, "de", "")[0]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "who", ["mein Vater", "meine Tante", "eure Lehrerin", "dein Onkel", "unsere Frau Mutter"]
)
def test_a_possessive_kin_noun_is_a_description(who: str) -> None:
    """'„Was für ein Unglück!“ rief mein Vater.' is 'mein Vater' as written, low, or nobody."""
    speaker, confidence = _first(f"„Was für ein Unglück!“ rief {who}.")
    assert speaker is None or (speaker == who and confidence == "low")


def test_older_print_possessive_is_a_description() -> None:
    """'ſagte mein Vater' and 'ſagte unſer Herr Pfarrer' describe someone, low."""
    for who in ("mein Vater", "unſer Herr Pfarrer"):
        speaker, confidence = _first(f"„Nun iſt alles hin“, ſagte {who}, „wir müſſen fort.“")
        assert speaker is None or (speaker == who and confidence == "low")


def test_an_address_before_a_rank_and_no_name_is_a_role() -> None:
    """'sagte der Herr Graf' is a role as written, never 'Graf' at high."""
    speaker, confidence = _first("„Nun ist alles hin“, sagte der Herr Graf, „wir müssen fort.“")
    assert speaker is None or confidence == "low"


def test_a_rank_before_a_surname_still_names_him() -> None:
    """'sagte Graf Ortenau' and 'sagte Herr Graf Ortenau' name him."""
    assert _first("„Wir bleiben hart“, sagte Graf Ortenau.") == ("Graf Ortenau", "high")
    assert _first("„Wir bleiben hart“, sagte Herr Graf Ortenau.")[0] == "Graf Ortenau"


def test_a_possessive_before_a_name_keeps_the_name() -> None:
    """'rief dein Bruder Jan' is Jan's, never the garbled 'Bruder Jan'."""
    assert _first("„Was für ein Unglück!“ rief dein Bruder Jan.")[0] in ("Jan", None)
