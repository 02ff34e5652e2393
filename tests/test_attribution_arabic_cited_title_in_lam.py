"""Arabic: after وفقا, لل before a title that opens with ل writes the article's ل once (للواء)."""
# The session-20 reviewer's sentence gave "الواء هاني رزق"; negatives keep the other cited forms.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str) -> str | None:
    """The speaker of the first quotation that is speech."""
    return next(q for q in find_quotes(text, "ar", "") if q.kind != "title").speaker


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("وفقا للواء هاني رزق، «النتائج نهائية».", "هاني رزق"),
        ("ووفقا للمتحدث باسم الجيش العميد هاني رزق، «تم إحباط الهجوم».", "هاني رزق"),
        ("وفقا للمرصد السوري، «النتائج نهائية».", "المرصد السوري"),
    ],
)
def test_the_cited_title_and_its_name(text: str, who: str) -> None:
    assert _first(text) == who


def test_a_cited_title_alone_names_nobody() -> None:
    assert _first("ووفقا للمتحدث باسم الجيش، «تم إحباط الهجوم».") is None
