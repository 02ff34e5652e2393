"""Two people joined as a cue's subject stay a joint subject past an apposition: never high."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str) -> tuple[str | None, str]:
    found = find_quotes(text, "en", "")[-1]
    return found.speaker, found.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale and Ann Roe, his deputy, said: “We are united.”",
        "Tom Hale and Ann Roe, the party's treasurer, said: “We are united.”",
        "Tom Hale and his wife Ann said: “We are united.”",
        "Tom Hale and his wife, Ann Roe, said: “We are united.”",
        "Ann Roe and her husband Tom said: “We are united.”",
    ],
)
def test_a_joint_subject_behind_an_apposition_is_never_sure(text: str) -> None:
    assert _last(text)[1] == "low"


@pytest.mark.parametrize(
    ("text", "who"),
    [  # one person, apposition and all: sure as before
        ("Ann Roe, his deputy, said: “We are united.”", "Ann Roe"),
        ("Tom Hale met Ann Roe, his deputy, who said: “We are united.”", "Ann Roe"),
        ("His wife, Ann Roe, said: “We are united.”", "Ann Roe"),
    ],
)
def test_one_person_with_an_apposition_stays_sure(text: str, who: str) -> None:
    assert _last(text) == (who, "high")
