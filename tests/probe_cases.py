"""Pieces the probe tests share: the benchmark's name match, and parameters marking known wrongs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import tomllib

from summarizer.attribution.find import Quote, find_quotes

_PROBES = Path(__file__).parent / "data" / "probes"


def same_name(predicted: str, accepted: str) -> bool:
    """The benchmark's test: equal words, or one holds the other's last word."""
    p, a = re.findall(r"\w+", predicted.casefold()), re.findall(r"\w+", accepted.casefold())
    return bool(p and a) and (p == a or a[-1] in p or p[-1] in a)


def probe_params(cases: list[dict[str, Any]]) -> list[Any]:
    """One parameter per case, named by its family; a `known_wrong` case is a strict xfail."""
    marks = pytest.mark.xfail(strict=True, reason="still a wrong name")
    return [
        pytest.param(
            case, id=f"{i}-{case['family']}", marks=marks if case.get("known_wrong") else ()
        )
        for i, case in enumerate(cases)
    ]


def outcome(case: dict[str, Any], start: str, gold: str) -> str:
    """right, wrong or none for one gold quotation of a probe paragraph: `start` opens the
    quotation, `gold` holds the accepted speakers split by "|" ("" or "-": nobody may be named)."""
    found = [q for q in find_quotes(case["text"], case["lang"]) if q.text.startswith(start)]
    speaker = None if not found or found[0].kind == "title" else found[0].speaker
    accepted = [a for a in gold.split("|") if a and a != "-"]
    if speaker is None:
        return "right" if not accepted or "" in gold.split("|") else "none"
    return "right" if any(same_name(speaker, a) for a in accepted) else "wrong"


def right_count(cases: list[dict[str, Any]]) -> int:
    """How many gold quotations of `cases` get the right speaker, or rightly none."""
    return sum(
        outcome(case, start, gold) == "right" for case in cases for start, gold in case["quotes"]
    )


def load_cases(name: str) -> list[dict[str, Any]]:
    """The `[[case]]` tables of tests/data/probes/`name`."""
    cases: list[dict[str, Any]] = tomllib.loads((_PROBES / name).read_text(encoding="utf-8"))[
        "case"
    ]
    return cases


def german_quote(case: dict[str, Any]) -> Quote:
    """The German quotation the case's `quote` opens."""
    found = find_quotes(case["text"], "de")
    return next(q for q in found if q.text.startswith(case["quote"]))
