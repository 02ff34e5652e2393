"""A capitalised run that modifies a plural noun names no one a later lone word stands for."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _last(text: str) -> Quote:
    return find_quotes(text, "en")[-1]


def test_he_goes_on_past_a_modifier_run() -> None:
    text = (
        "Rob Wisner, a lawyer in Toronto, said such disputes are rising. “There have been "
        "large awards,” he said. Prominent Canadian examples include Canadian mining firms "
        "operating abroad, such as Acme Corp. and Gold Reserve Inc.\n\n"
        "“Those are the big ones,” he added."
    )
    found = _last(text)
    assert (found.speaker, found.confidence) == ("Rob Wisner", "low")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # a verb after the name, no plural noun: the full name stays
            "Ann Roe was declared the winner on Monday.\n\n“We did it,” Roe said.",
            "Ann Roe",
        ),
        (  # a verb in -s and a participle after it: no modifier either
            "Tom Hale laments hosting the summit.\n\n“It cost too much,” Hale said.",
            "Tom Hale",
        ),
    ],
)
def test_a_name_followed_by_its_verb_keeps_its_full_form(text: str, who: str) -> None:
    assert _last(text).speaker == who


def test_many_modifier_runs_stay_linear() -> None:
    unit = "Prominent Canadian examples include three firms. "

    def run(n: int) -> None:
        find_quotes(
            "Rob Wisner spoke. “It is big,” he said. " + unit * n + "\n\n“Yes,” he added.", "en"
        )

    assert_linear(run, 250)
