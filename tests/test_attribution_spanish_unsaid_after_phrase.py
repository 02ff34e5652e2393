"""Spanish: a cue after a quotation followed only by a phrase with "a" or "al" and its complement
("afirmó al inicio de su declaración", "dijo a los periodistas de Efe") has its subject unsaid
(él or ella, carried like a pronoun); only a role after the phrase names someone else."""
# fres24: the phrase was read as a listener with nobody after it, so the quotation was given an
# anonymous speaker and the dropped subject was never carried.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str, str]]:
    """The speaker, confidence and basis of each quotation of `text`."""
    return [(q.speaker, q.confidence, q.basis) for q in find_quotes(text, "es")]


_BEFORE = "El exalcalde Francisco Ruiz Ponce negó haber cobrado comisiones. "


@pytest.mark.parametrize(
    "after",
    [
        "afirmó al inicio de su declaración.",
        "dijo a los periodistas de Efe.",
        "afirmó al inicio del juicio.",
    ],
)
def test_the_unsaid_subject_is_carried(after: str) -> None:
    said = _said(f"{_BEFORE}«Jamás he recibido un euro», {after}")
    assert said == [("Francisco Ruiz Ponce", "low", "pronoun")]


# Negatives: a role after the phrase speaks (unnamed), and two people before leave it open.
@pytest.mark.parametrize(
    "text",
    [
        _BEFORE + "«Es falso», dijo a los periodistas de Efe el portavoz del partido.",
        _BEFORE + "Ana Ruiz lo defendió. «Es falso», dijo a los periodistas de Efe.",
    ],
)
def test_a_role_after_or_another_person_names_nobody(text: str) -> None:
    assert _said(text)[0][0] is None
