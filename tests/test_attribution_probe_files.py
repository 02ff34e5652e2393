"""Every probe file of tests/data/probes/ against the floor it carries.

A probe file holds invented paragraphs whose gold was set before the finder ran (each file's
header says what its families are, and which helper wrote it), and a `[floor]` table: the fewest
gold quotations it may hold, the fewest right per language, and the default language. No
quotation may get a wrong name, except in a case marked `known_wrong` (a strict xfail: fixing it
fails the test until the mark goes). `bench/world_probes.py --all --misses` prints the figures.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests import benchscript

probes = benchscript.load("world_probes")
_FILES = sorted(probes.FOLDER.glob("*.toml"))


def _case_params() -> list[Any]:
    marks = pytest.mark.xfail(strict=True, reason="still a wrong name")
    return [
        pytest.param(
            case,
            id=f"{path.stem}-{i}-{case.get('family', '')}",
            marks=marks if case.get("known_wrong") else (),
        )
        for path in _FILES
        for i, case in enumerate(probes.cases(path))
    ]


def _right_floors() -> list[Any]:
    """One floor per file, or one per language where the file gives them by language ("")."""
    params = []
    for path in _FILES:
        right = probes.floor(path)["right"]
        floors = right if isinstance(right, dict) else {"": right}
        params += [
            pytest.param(path, lang, n, id=f"{path.stem}-{lang or 'all'}")
            for lang, n in floors.items()
        ]
    return params


@pytest.mark.parametrize("path", _FILES, ids=[path.stem for path in _FILES])
def test_the_probes_are_many(path: Path) -> None:
    held = sum(len(case["quotes"]) for case in probes.cases(path))
    assert held >= probes.floor(path)["quotations"]


@pytest.mark.parametrize("case", _case_params())
def test_no_wrong_name(case: dict[str, Any]) -> None:
    for start, gold in case["quotes"]:
        verdict, speaker = probes.outcome(case, start, gold)
        assert verdict != "wrong", (start, speaker, case["text"])


@pytest.mark.parametrize(("path", "lang", "floor"), _right_floors())
def test_right_at_its_floor(path: Path, lang: str, floor: int) -> None:
    counts: Counter[str] = Counter()
    for each, tally in probes.tally(path).items():
        if lang in ("", each):
            counts += tally
    assert counts["right"] >= floor
