"""Plain-text cleaning: paragraphs, scraping junk (summarizer/data/junk.toml) and titles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer import _data, lang
from summarizer.concurrency import once
from summarizer.source.furniture import drop_furniture, has_quote, is_wide
from summarizer.source.pullquotes import drop_pull_quotes

CJK_WEIGHT = 3
"""How many letters one Chinese, Japanese or Korean character counts as."""
TITLE_WIDTH = 100
"""Longest headline made from a sentence, in columns (a CJK character is two)."""

_INDENT_BREAK = re.compile(r"[ \t]*[\u00a0\u3000]{2,}[ \t\u00a0\u3000]*")
"""Two or more no-break or ideographic spaces: a paragraph indent, so a paragraph break."""
_BLANK_LINES = re.compile(r"\n[ \t\u00a0\u3000]*\n\s*")
_C1 = re.compile("[\x80-\x9f]")
_C1_AS_CP1252 = {
    code: bytes([code]).decode("cp1252", errors="ignore") or None for code in range(0x80, 0xA0)
}
"""C1 control characters that are really Windows-1252 punctuation (“ ” ‘ ’ – — …) misdecoded."""
_SENTENCE_END = frozenset(".。!?！？:：;；…")


@dataclass(frozen=True)
class _Junk:
    """Compiled junk-line patterns from summarizer/data/junk.toml."""

    max_line: int
    anywhere: re.Pattern[str]
    quoted: re.Pattern[str]
    top: re.Pattern[str]
    tail: re.Pattern[str]


def clean_text(text: str) -> str:
    """Normalize whitespace and paragraphs, and drop scraping junk lines and page furniture."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if _C1.search(text):
        text = text.translate(_C1_AS_CP1252)
    if "\u00a0" in text or "\u3000" in text:  # a 1 MB text without them: 30 ms to find no match
        text = _INDENT_BREAK.sub("\n\n", text)
    if _BLANK_LINES.search(text):
        blocks = [b.split("\n") for b in _BLANK_LINES.split(text)]
    else:
        blocks = [[line] for line in text.split("\n")]
    kept = _drop_junk([[line.strip() for line in block] for block in blocks])
    return "\n\n".join("\n".join(block) for block in kept)


def _drop_junk(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks (lists of stripped lines) without empty or junk lines, nor empty blocks."""
    junk = _junk()
    kept: list[list[str]] = []
    at_top = True
    for block in blocks:
        lines = []
        for line in block:
            if not line or _is_junk_line(line, junk, at_top):
                continue
            at_top = False
            lines.append(line)
        if lines:
            kept.append(lines)
    return drop_pull_quotes(drop_furniture(_drop_comments(kept, junk)))


def _is_junk_line(line: str, junk: _Junk, at_top: bool) -> bool:
    if len(line) <= junk.max_line and junk.quoted.fullmatch(line):
        return True
    return _is_junk(line, junk.anywhere, junk) or (at_top and _is_junk(line, junk.top, junk))


def _is_junk(line: str, pattern: re.Pattern[str], junk: _Junk) -> bool:
    return (
        len(line) <= junk.max_line and pattern.fullmatch(line) is not None and not has_quote(line)
    )


def _drop_comments(blocks: list[list[str]], junk: _Junk) -> list[list[str]]:
    """Cut a reader-comments block starting in the second half (unless anything in it quotes)."""
    half = len(blocks) // 2
    for i in range(max(half, 1), len(blocks)):
        if len(blocks[i]) == 1 and _is_junk(blocks[i][0], junk.tail, junk):
            rest = [line for block in blocks[i + 1 :] for line in block]
            if any(has_quote(line) for line in rest):
                return blocks[:i] + blocks[i + 1 :]
            return blocks[:i]
    return blocks


@once
def _junk() -> _Junk:
    """The junk patterns, read and compiled once."""
    data = _data.load_toml("junk.toml")
    groups: dict[str, list[str]] = {"anywhere": [], "quoted": [], "top": [], "tail": []}
    for category in data["categories"].values():
        groups[category["where"]].extend(f"(?:{p})" for p in category["patterns"])
    compiled = {k: re.compile("|".join(v) or "(?!)", re.IGNORECASE) for k, v in groups.items()}
    return _Junk(int(data["max_line_chars"]), **compiled)


def split_title(text: str) -> tuple[str, str]:
    """The headline (the first paragraph, when it reads as one) and the body without it."""
    first, _, rest = text.partition("\n\n")
    if "\n" not in first and _is_headline(first) and rest:
        return first, rest
    return "", text


def _is_headline(line: str) -> bool:
    return 0 < len(line) < 150 and line[-1] not in _SENTENCE_END and not has_quote(line[-1])


def shorten(sentence: str) -> str:
    """`sentence` as a headline: cut at a word boundary, with an ellipsis, when too wide."""
    width = 0
    for i, ch in enumerate(sentence):
        width += 2 if is_wide(ch) else 1
        if width > TITLE_WIDTH:
            cut = sentence[:i]
            space = cut.rfind(" ")
            return (cut[:space] if space > i * 2 // 3 else cut).rstrip(" ,，、") + "…"
    return sentence


def drop_leading_title(title: str, body: str) -> str:
    """`body` without its first paragraph when that paragraph repeats the title."""
    first, _, rest = body.partition("\n\n")
    same = _squash(first) == _squash(title)
    return rest if same and rest else body


def _squash(text: str) -> str:
    return "".join(ch.lower() for ch in text if ch.isalnum())


def letter_count(text: str) -> int:
    """Letters in `text`, a Chinese, Japanese or Korean character counting as CJK_WEIGHT."""
    cjk = sum(map(str.isalpha, lang.CJK_CHAR.findall(text)))
    return sum(map(str.isalpha, text)) + (CJK_WEIGHT - 1) * cjk
