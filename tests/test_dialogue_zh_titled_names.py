"""A surname and a title opening a cue ("马主任笑着说：") in Chinese fiction dialogue name the
story's one person of that surname; with none, several, or only a woman of that surname, nobody
known. The stories are our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _story(*people: str) -> list[str]:
    lines = ["天刚亮，公社的院子里就来了不少人。"]
    for person in people:
        lines += [f"{person}从门外走了进来。", f"{person[1:]}在炉子边坐下了。"]
    return lines


def _said(lines: list[str]) -> dict[str, Quote]:
    return {q.text: q for q in find_quotes("\n\n".join(lines), "zh")}


CUES = [
    "马主任看了看窗外，皱着眉头说：",
    "“今年的雨水太少了。”",
    "“是啊。”",
    "马主任又叹了一口气，说：",
    "“咱们得想个办法。”",
]


def test_a_surname_and_a_title_name_the_one_person_of_that_surname() -> None:
    quotes = _said(_story("马国华", "刘长顺") + CUES)
    assert quotes["今年的雨水太少了。"].speaker == "马国华"
    assert quotes["咱们得想个办法。"].speaker == "马国华"


def test_a_surname_two_people_share_names_nobody() -> None:
    quotes = _said(_story("马国华", "马长顺") + CUES)
    assert quotes["今年的雨水太少了。"].speaker is None


def test_a_surname_no_one_of_the_story_bears_names_nobody() -> None:
    quotes = _said(_story("刘长顺") + CUES)
    assert quotes["今年的雨水太少了。"].speaker is None


def test_a_title_is_not_the_woman_of_that_surname() -> None:
    # most often the office holder's daughter
    quotes = _said(_story("马秀莲", "刘长顺") + CUES)
    assert quotes["今年的雨水太少了。"].speaker is None


def test_many_titled_cues_stay_linear() -> None:
    def run(n: int) -> None:
        quotes = find_quotes("\n\n".join(_story("马国华") + CUES * n), "zh")
        assert sum(q.speaker == "马国华" for q in quotes) >= n

    assert_linear(run, 100)
