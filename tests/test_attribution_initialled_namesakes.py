"""A full name written with a middle initial bears its surname too: a bare surname another person
of the article bears in full is never sure (known24: sentences written for these tests)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "Jo A. Kaaaa met Jon Kaaaa today. “We were ready for this,” Kaaaa said.",
        "Jo A. Kaaaa met Jon Kaaaa today.\n\n“We were ready for this,” Kaaaa said.",
        "The coach, Jo A. Kaaaa, met Jon Kaaaa today. “We were ready for this,” Kaaaa said.",
    ],
)
def test_a_surname_an_initialled_name_bears_too_is_never_high(text: str) -> None:
    assert all(confidence != "high" for _, confidence in _said(text))  # was Jon Kaaaa, high


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # one person written twice, once with the initial: the surname stays sure
        (
            "Jon A. Kaaaa met Ann Roe. Jon Kaaaa smiled. “We were ready for this,” Kaaaa said.",
            "Jon Kaaaa",
        ),
        ("Jon Kaaaa met Ann Roe today. “We were ready for this,” Kaaaa said.", "Jon Kaaaa"),
    ],
)
def test_one_person_with_and_without_the_initial_stays_sure(text: str, speaker: str) -> None:
    assert _said(text) == [(speaker, "high")]


# The initialled names are read once per article, not at each quotation. Counted in session 30,
# 4 times the article made 5.5 times the calls (16 times at 800 → 3,200 sentences): the confidence
# judge looked through every earlier full name at each quotation; now where each kind of rival
# first stands is read once per article and name (`namesakes.rivals_of`).
def test_many_quotations_after_many_initialled_names_stay_fast() -> None:
    def run(n: int) -> None:
        find_quotes(
            " ".join(
                f"Jo {chr(65 + i % 26)}. Kaaaa met Jon Kaaaa. “We won,” Kaaaa said."
                for i in range(n)
            ),
            "en",
        )

    assert_linear(run, 50)
