"""Pieces the probe tests share: the benchmark's name match, and parameters marking known wrongs."""

from __future__ import annotations

import re
from typing import Any

import pytest


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
