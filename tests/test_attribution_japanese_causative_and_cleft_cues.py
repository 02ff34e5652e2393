"""Japanese: a causative cue, a cleft of a second verb, or a cleft naming another, is no topic's."""
# Sentences written by the session-20 reviewer, and negatives of our own.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the first quotation that is speech."""
    quote = next(q for q in find_quotes(text, "ja", "") if q.kind != "title")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "「経済を立て直す」と言わせたのは岸田首相だ。",  # he made someone say it
        "「経済を立て直す」と語らせたのは岸田首相だった。",
        "「経済を立て直す」と述べたと報じたのは朝日新聞だ。",  # the paper reported it
        "林官房長官は「経済を立て直す」と述べたのは岸田首相だと説明した。",
        "岸田首相は「経済を立て直す」と言わせた。",
    ],
)
def test_a_cue_someone_else_said_names_nobody(text: str) -> None:
    assert _first(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "「経済を立て直す」と記者団に述べたのは岸田首相です。",  # whom he told, then the cue
        "「経済を立て直す」と述べたのは、岸田首相だ。",
        "「経済の再生が最優先だ」と述べたのは岸田首相だ。",
        "岸田首相は「経済を立て直す」と述べたのは初めてだ。",  # no one else in the cleft
        "岸田首相は15日、「経済を立て直す」と述べた。",
    ],
)
def test_the_cleft_or_the_topic_still_speaks(text: str) -> None:
    assert _first(text) == ("岸田", "high")


def test_a_passive_cleft_still_names_nobody() -> None:
    assert _first("「やめろ」と言われたのは田中氏だった。")[0] is None
