"""Speech that older print sets without marks: its span, placed in its paragraph."""

from __future__ import annotations

from bisect import bisect_left

from summarizer.attribution.marks.marks import PARAGRAPH, Span


def paragraph_breaks(text: str) -> list[tuple[int, int]]:
    """Where each break between two paragraphs of `text` starts and ends."""
    return [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]


def inside_marks(marked: list[Span], opens: list[int], at: int) -> bool:
    """Whether `at` stands inside a marked quotation (`opens`: each one's open_at, in order)."""
    index = bisect_left(opens, at) - 1
    return index >= 0 and marked[index].close_at >= at


def unmarked_span(text: str, start: int, end: int, gaps: list[tuple[int, int]]) -> Span:
    """The quotation from `start` to `end`; its last letter stands where a mark would close."""
    index = bisect_left(gaps, (start, start))
    para_start = gaps[index - 1][1] if index > 0 else 0
    para_end = gaps[index][0] if index < len(gaps) else len(text)
    return Span(start, end, start, end - 1, para_start, para_end)
