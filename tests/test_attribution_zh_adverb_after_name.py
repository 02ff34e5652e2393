"""A Chinese adverb or conjunction between a name and its cue (并, 並, 便, like 也 and 还) is
no character of the name ("王芳并指出" -> 王芳)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "zh", "")]


@pytest.mark.parametrize(
    "text",
    [
        "外交部发言人王芳在记者会上表示，中方欢迎此举。王芳并指出“各方应保持克制”。",
        "外交部發言人王芳在記者會上表示，中方歡迎此舉。王芳並指出「各方應保持克制」。",
        "外交部发言人王芳在记者会上表示，中方欢迎此举。王芳便说：“各方应保持克制。”",
    ],
)
def test_the_adverb_after_a_known_name_is_cut_off(text: str) -> None:
    assert _said(text)[0][0] == "王芳"


@pytest.mark.parametrize(
    "text",
    [
        # a name the text names nowhere else stays nobody, with or without the adverb
        "王芳并指出“各方应保持克制”。",
        "王芳指出“各方应保持克制”。",
    ],
)
def test_an_unknown_two_character_name_stays_nobody(text: str) -> None:
    assert _said(text)[0][0] is None
