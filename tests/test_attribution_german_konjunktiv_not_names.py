"""A lower-case -e word after the opening noun phrase is no Konjunktiv when it is a name's
particle ("de", "la") or another finite verb follows it in the clause."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote

_PAU = "Petra Pau kritisierte das Gesetz am Dienstag scharf. "


@pytest.mark.parametrize(
    "text",
    [
        _PAU + "Lucas de Vries hält das Gesetz für „verfassungswidrig“.",
        _PAU + "Juan de la Cruz hält das Gesetz für „verfassungswidrig“.",
        _PAU + "Die Mannschaft inklusive Trainer zeigte sich „sehr zufrieden“.",
        _PAU + "Der Kanzler alleine hält den Plan für „richtig“.",
    ],
)
def test_no_carried_reporter(text: str) -> None:
    assert only_quote(text, "de").speaker != "Petra Pau"


@pytest.mark.parametrize(
    "text",
    [
        _PAU + "Die Regierung nutze die Lage aus, um „Stimmung zu machen“.",
        _PAU + "Die Regierung nutze gezielt die Lage, um „Stimmung zu machen“.",
    ],
)
def test_a_konjunktiv_still_carries_the_reporter(text: str) -> None:
    assert only_quote(text, "de").speaker == "Petra Pau"
