"""A subject written as a quoted title ("Die „Neue Zürcher Zeitung“ schreibt") is read whole."""

from __future__ import annotations

from dataclasses import replace

from summarizer.attribution.lexicon.cues import Mention

_OPEN = "„"
_CLOSE = "“"
_REACH = 60  # characters of a paper's or a work's title before the name read: bounded
# Each opening mark and the marks that close it, in German and older print
_PAIRS = {"„": '“"', "»": "«", "«": "»", "‚": "‘'", '"': '"'}


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


# "Der Kapitän der „Hoffnung“ erzählte:": the words are read up to the title's last word, so its
# closing mark is left outside; the title is the description's, and no name holds a mark.
def closed_title(text: str, mention: Mention) -> Mention:
    """`mention` with the mark that closes a title it opens; one with a mark is no name."""
    opened = [m for m in _PAIRS if m in mention.words]
    if not opened:
        return mention
    kind = "description" if mention.kind == "name" else mention.kind
    end, mark = mention.at + len(mention.words), opened[0]
    tail = mention.words.rsplit(mark, 1)[1]
    closes = len(opened) == 1 and end < len(text) and text[end] in _PAIRS[mark]  # "" is in any
    words = mention.words + text[end] if closes and text[end] not in tail else mention.words
    return replace(mention, words=words, kind=kind)
