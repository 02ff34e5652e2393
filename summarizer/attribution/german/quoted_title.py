"""A subject written as a quoted title ("Die „Neue Zürcher Zeitung“ schreibt") is read whole."""

from __future__ import annotations

from dataclasses import replace

from summarizer.attribution.lexicon.cues import Mention

_OPEN = "„"
_CLOSE = "“"
_REACH = 60  # characters of a paper's or a work's title before the name read: bounded


# The phrase reader takes a title's first words for adjectives ("Frankfurter", "Neue Zürcher")
# and keeps only its last noun; the quotation marks around it say where the title starts and
# ends. A title is a paper or a work, no person: its whole words, as a body's.
def quoted_title(text: str, mention: Mention | None) -> Mention | None:
    """`mention` widened to the whole quoted title that it ends, else unchanged."""
    if mention is None or mention.kind != "name":
        return mention
    end = mention.at + len(mention.words)
    if not text.startswith(_CLOSE, end):
        return mention
    start = text.rfind(_OPEN, max(0, mention.at - _REACH), mention.at + 1)
    if start < 0 or _CLOSE in text[start:end]:
        return mention
    return replace(mention, words=text[start + 1 : end], kind="org", at=start + 1)
