"""A Chinese name ending in a character that is also "and" (和, 与, 跟, 同): "书记苗同和今天
说" is cut before 和 as a conjunction; where the text writes the name in full before a verb of
saying or an adverb ("苗同和还说"), which no "and" can stand before, and never the two
characters alone, the speaker is the whole name. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def test_the_name_written_in_full_elsewhere_is_the_speaker() -> None:
    text = "县委书记苗同和今天在会上说：“路一定要修好。”苗同和还说，“明年就通车。”"
    assert [q.speaker for q in find_quotes(text, "zh")] == ["苗同和", "苗同和"]


def test_two_people_joined_by_and_stay_apart() -> None:
    (quote,) = find_quotes("李明和王芳一起说：“路一定要修好。”", "zh")
    assert quote.speaker != "李明和"


def test_a_name_also_written_alone_is_not_extended() -> None:
    text = "县委书记苗同今天在会上说：“路一定要修好。”苗同和王芳还说，“明年就通车。”"
    assert "苗同和" not in [q.speaker for q in find_quotes(text, "zh")]


def test_many_joined_names_stay_linear() -> None:
    def run(n: int) -> None:
        names = "".join(f"李{chr(0x4E00 + i)}和说，" for i in range(n))
        find_quotes("书记苗同和说：“好。”" + names, "zh")

    assert_linear(run, 200)
