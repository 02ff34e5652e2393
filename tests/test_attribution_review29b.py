"""German structure rules (dealt29, dewrong29) reviewed by fresh probes (`review29b`).

The probe paragraphs (tests/data/probes/german_structure_review29b.toml, invented, gold set before
the finder ran) put a dative or genitive after the verb ("sagte der Stuttgarter Zeitung"), an
object first with every article, a body after the verb, two speakers and a pronoun, names after
prepositions, and Konjunktiv chains another person interrupts: no wrong name may come out, and
the probes keep their floor. Unlike review29's verdict, a mention as written that is not the
speaker ("Frankfurter Allgemeinen Zeitung") counts as a wrong name.
"""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.attribution.german.modified_noun import modified_noun
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.speakers.body_between import body_between
from tests.probe_cases import german_quote, load_cases, probe_params, same_name

_CASES = load_cases("german_structure_review29b.toml")


def _verdict(case: dict[str, Any]) -> str:
    """Right, wrong or none; a mention as written is right only where nobody is the gold."""
    quote = german_quote(case)
    speaker = None if quote.kind == "title" else quote.speaker
    if speaker and any(same_name(speaker, gold) for gold in case["gold"]):
        return "right"
    if speaker is None:
        return "none" if case["gold"] else "right"
    return "right" if speaker == quote.mention and not case["gold"] else "wrong"


def test_the_probes_are_many() -> None:
    assert len(_CASES) >= 150


@pytest.mark.parametrize("case", probe_params(_CASES))
def test_no_wrong_name_from_sentence_structure(case: dict[str, Any]) -> None:
    assert _verdict(case) != "wrong", case["text"]


def test_the_probes_keep_their_floor() -> None:
    verdicts = [_verdict(case) for case in _CASES]
    assert verdicts.count("right") >= 182  # main before review29b: 145 right, 36 wrong, 35 none
    assert verdicts.count("wrong") <= 2


@pytest.mark.parametrize(
    ("text", "word", "nominative"),
    [
        ("sagte der Stuttgarter Zeitung: „", "stuttgarter", False),
        ("sagte der Frankfurter Allgemeinen Zeitung", "frankfurter", False),
        ("kritisierte der Berliner Bürgermeister", "berliner", True),
        ("kritisierte der Deutsche Gewerkschaftsbund", "deutsche", True),
        ("kommentierte der Trainer Mike Hahn", "trainer", True),
        ("bestätigte der Polizeisprecher Jan Bruns", "polizeisprecher", None),
        ("kritisierte der Sozialverband VdK", "sozialverband", None),
        ("bestätigte der Sprecher am Abend", "sprecher", None),
        ("sagte der Stuttgarter Zeitung Ende Mai", "stuttgarter", False),
        ("Trainer Marek Kowalski kam. Das lobte der Trainer Kowalski", "trainer", True),
        ("Das lobte der Trainer Kowalski", "trainer", False),
    ],
)
def test_modified_noun(text: str, word: str, nominative: bool | None) -> None:
    at = text.lower().rindex(word) + len(word)
    assert modified_noun(text, at, word, cues_for("de")) is nominative


@pytest.mark.parametrize(
    ("text", "between"),
    [
        ("Marta Sill kam. Die Regierung lobte die Klinik. „…“, sagte sie.", True),
        ("Marta Sill kam. Die Polizei sperrte ab. „…“, sagte sie.", True),
        ("Marta Sill kam. Die Ministerin lobte die Klinik. „…“, sagte sie.", False),
        ("Marta Sill kam. Die Sprecherin Lea Wendt lobte. „…“, sagte sie.", False),
        ("Marta Sill kam. „Die Regierung lobt“, sagte sie.", False),
    ],
)
def test_body_between(text: str, between: bool) -> None:
    assert body_between(text, "Marta Sill", text.rindex("sie"), cues_for("de")) is between
