"""A quotation that opens the paragraph after a narration paragraph about the last speaker."""

# "“…,” Roe notes.\n\nRoe is upbeat about the vote.\n\n“…”": the quotation has no cue, and the
# paragraph before it ends in a sentence whose subject is the previous quotation's speaker.
# Narration alone across a paragraph break names the wrong person too often (en development
# data); the previous speaker named again as that sentence's subject is the second sign.

from __future__ import annotations

from summarizer.attribution.marks.marks import Span

_STOPS = (".", "!", "?")


def after_narration(text: str, span: Span, prior: Span | None, begin: int) -> bool:
    """Whether `span` opens the line after the line whose last sentence starts at `begin`.

    A line is a paragraph (blank lines between are skipped); the previous quotation `prior`
    closes in that paragraph or in the one right before it.
    """
    opening = text.rfind("\n", 0, span.open_at) + 1
    if prior is None or opening == 0 or text[opening : span.open_at].strip():
        return False
    narration = text[begin:opening].strip()
    if not prior.close_at < begin or narration[-1:] not in _STOPS or "\n" in narration:
        return False
    if not narration[:1].isupper():  # the rest of a cue sentence ("…,” Roe said."), no narration
        return False
    line = text.rfind("\n", 0, begin) + 1  # where the narration paragraph starts
    return prior.close_at >= line or "\n" not in text[prior.close_at : line].strip()
