"""Chinese: a name cut to a lone surname before a coverb (同, 和) names nobody (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the only quotation in `text`."""
    (quote,) = find_quotes(text, "zh", "")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "县委书记苗同和县长李明说：“我们要加快发展。”",
        "县委书记苗同和记者说：“我们要加快发展。”",
        "镇长祝同和村民说：“今年的收成不错。”",
        "厂长范同跟工人说：“下个月就发工资。”",
    ],
)
def test_surname_cut_before_coverb_is_nobody(text: str) -> None:
    """Where the name ends (苗同? 苗同和?) and who the coverb's object is, nothing confirms."""
    assert _speaker(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("县委书记苗同和说：“我们要加快发展。”", "苗同和"),
        ("县委书记苗同和也说：“我们要加快发展。”", "苗同和"),
        ("县长李建和也说：“我们要加快发展。”", "李建和"),
    ],
)
def test_whole_names_keep_their_reading(text: str, speaker: str) -> None:
    """A name whose joining character has no object stays whole, and sure."""
    assert _speaker(text) == (speaker, "high")
