"""The name that signs a quotation standing as a paragraph of its own (an epigraph)."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.marks.marks import PARAGRAPH, Span

_SIGNATURE = re.compile(r"[—–-]\s?((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’-]+)(?:,|\.?(?:\n|$))")


# On the next line after a dash or a hyphen: "“…”\n\n— Mara Holt, in a 2019 speech", "- Mara Holt.".
def signed(text: str, span: Span, cues: Cues) -> tuple[Mention, ...]:
    """The name that signs a quotation that is a paragraph of its own (an epigraph)."""
    if not whole(span) or cues.dashes or cues.nouns_capitalized:
        return ()
    after = PARAGRAPH.match(text, span.para_end)
    signed = _SIGNATURE.match(text, after.end() if after else span.para_end)
    if signed is None or text[signed.end() : signed.end() + 8].lstrip()[:1] in ("—", "–", "-"):
        return ()  # "- Lower Taxes\n- Fewer Rules": a list of points, not a signature
    name = signed.group(1)
    if " " not in name and text.find(name, 0, span.open_at) < 0:
        return ()  # "- Agreed.": one word signs only as a surname the story has named before
    return (Mention(name, "name", "—", signed.start(1), signed.start()),)


def whole(span: Span) -> bool:
    """Whether the quotation is its paragraph."""
    return span.open_at == span.para_start and span.close_at >= span.para_end - 2
