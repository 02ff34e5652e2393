"""English: a lawmaker's party-and-state tag set off by commas ("R-Texas", "D-N.Y.") is no
person, so it never stands between he or she and the lawmaker named before it."""
# en22: "Speaker Dale Morrow, R-Texas, has not said … Asked about it, he told reporters: “…”"
# gave nobody: "R-Texas" read as another subject.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize("tag", ["R-Texas", "D-Ohio", "I-Vt.", "R-Tex."])
def test_a_party_tag_is_no_other_person(tag: str) -> None:
    text = (
        f"Rep. Dale Morrow, {tag}, has not said whether he will bring the bill to a vote. "
        "“We will look at it,” he said."
    )
    assert find_quotes(text, "en", "")[-1].speaker == "Dale Morrow"


@pytest.mark.parametrize(
    "text",
    [
        # another person named between stays a rival for "he"
        "Rep. Dale Morrow, R-Texas, met Sen. Tom Hale on Monday. “We will look at it,” he said.",
        # a pronoun of the other gender
        "Rep. Tom Morrow, R-Texas, has not said whether he will act. “We will look,” she said.",
    ],
)
def test_a_rival_or_another_gender_stays_nobody(text: str) -> None:
    assert find_quotes(text, "en", "")[-1].speaker is None
