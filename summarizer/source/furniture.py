"""Page furniture found by its shape (summarizer/data/furniture.toml)."""
# share bars, photo captions and credits, section labels and related-headline lists between
# paragraphs

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer import _data, lang
from summarizer.concurrency import once

_FINAL = frozenset(".!?。！？…:：;；؟")
_CLOSING = ")）]】»”’\"'」』"
_CLAUSE = re.compile(r"[,，、;；.。!?！？]")
_CAPTION_CHARS = 400
_CREDIT_CHARS = 120
"""A caption's credit sits in its last characters: the search for it starts there."""
_BARE_CREDIT_WORDS = 6
"""A credit line this short names only the photographer or agency: its caption is above it."""
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_QUOTES = frozenset("“”„‟‘«»‹›「」『』〝〞＂")
"""Quotation marks; ’ is left out, as it is mostly an apostrophe."""


@dataclass(frozen=True)
class _Rules:
    """Compiled shapes from furniture.toml."""

    social_line: re.Pattern[str]
    social_prefix: re.Pattern[str]
    credit_line: re.Pattern[str]
    caption: re.Pattern[str]
    label_width: int
    glued_label_width: int
    lead_width: int


@dataclass(frozen=True)
class _Line:
    """One stripped line and where it sits: its paragraph and whether it opens it."""

    block: int
    text: str
    opens: bool
    alone: bool


@once
def _rules() -> _Rules:
    """The furniture shapes, read and compiled once."""
    data = _data.load_toml("furniture.toml")
    social = "|".join(data["social"])
    run = rf"(?:(?:{social})[\s|/·•,:：]*){{{int(data['social_run'])},}}"
    words, agencies = "|".join(data["credit_words"]), "|".join(data["agencies"])
    notes = "|".join(data["desk_notes"])
    desk = rf"(?:{agencies})(?:[\s/]*(?:{notes}))?|(?:{notes})"
    credit = rf"(?:{words})\s*[:：]\s*[^.。!?]{{1,80}}"
    tail = (
        rf"[(（]\s*(?:{credit}|{desk})\s*[)）]\.?"
        rf"|(?:{credit})|(?:[/|]|\bvia)\s*(?:{desk})\.?"
        rf"|(?<=[\s。.])(?:{desk})|\S{{2,4}}\s*(?:摄|攝)"
    )
    flags = re.IGNORECASE
    return _Rules(
        social_line=re.compile(run, flags),
        social_prefix=re.compile(rf"{run}(?<=\S)(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]))", flags),
        credit_line=re.compile(rf"{credit}|(?:{desk})", flags),
        caption=re.compile(rf"(?:^|(?<=\s)|(?<=[.。]))(?:{tail})$", flags),
        label_width=int(data["label_width"]),
        glued_label_width=int(data["glued_label_width"]),
        lead_width=int(data["lead_width"]),
    )


def drop_furniture(blocks: list[list[str]]) -> list[list[str]]:
    """The paragraphs (lists of stripped lines) without page furniture; empty paragraphs go too."""
    rules = _rules()
    lines = [
        _Line(b, _cut_social(text, rules), i == 0, len(block) == 1)
        for b, block in enumerate(blocks)
        for i, text in enumerate(block)
    ]
    lines = [line for line in lines if line.text]
    lead = next((i for i, line in enumerate(lines) if _is_lead(line.text, rules)), len(lines))
    numbers = set(_NUMBER.findall(lines[lead].text)) if lead < len(lines) else set()
    dropped = _credits(lines, rules, numbers) | _labels(lines, lead, rules, numbers)
    kept: list[list[str]] = [[] for _ in blocks]
    for i, line in enumerate(lines):
        if i not in dropped:
            kept[line.block].append(line.text)
    return [block for block in kept if block]


def _cut_social(text: str, rules: _Rules) -> str:
    """`text` without a share bar: all of it, or the run glued to the text after it."""
    if rules.social_line.fullmatch(text):
        return ""
    return rules.social_prefix.sub("", text, count=1) if rules.social_prefix.match(text) else text


def _credits(lines: list[_Line], rules: _Rules, numbers: set[str]) -> set[int]:
    """Photo credits, captions ending in one, and the short caption line above a bare credit."""
    dropped: set[int] = set()
    for i, line in enumerate(lines):
        if rules.credit_line.fullmatch(line.text):
            dropped.add(i)
            bare = len(line.text.split()) <= _BARE_CREDIT_WORDS
            if bare and i > 0 and _caption_above(lines, i - 1, numbers):
                dropped.add(i - 1)
        elif _may_end_in_credit(line.text) and rules.caption.search(
            line.text, max(0, len(line.text) - _CREDIT_CHARS)
        ):
            dropped.add(i)
    return dropped


def _may_end_in_credit(text: str) -> bool:
    """Whether a line may be a caption's credit: it ends in a word or a bracket."""
    # a cheap first look, as a sentence of the article ends in punctuation
    end = text[-2:-1] if text.endswith((").", "）.")) else text[-1:]
    return len(text) <= _CAPTION_CHARS and (end.isalnum() or end in ")）")


def _caption_above(lines: list[_Line], i: int, numbers: set[str]) -> bool:
    """True when line `i`, above a bare credit, reads as a caption."""
    # one short clause alone on its line, no quotation, no number of the lead, not an unpunctuated
    # first line (a headline)
    text = lines[i].text
    if i == 0 and not _ends_sentence(text):
        return False
    short = width(text) <= 100 and len(_CLAUSE.findall(text.rstrip(".。"))) <= 1
    return lines[i].alone and short and not _keeps(text, numbers)


def _labels(lines: list[_Line], lead: int, rules: _Rules, numbers: set[str]) -> set[int]:
    """Section labels and related headlines: short unpunctuated lines after the lead."""
    # each after a finished sentence or other furniture, none starting a wrapped paragraph
    dropped: set[int] = set()
    for i in range(lead + 1, len(lines)):
        line, before = lines[i], lines[i - 1]
        after = lines[i + 1].text if i + 1 < len(lines) else ""
        limit = rules.label_width if line.alone else rules.glued_label_width
        if (
            line.opens
            and _unpunctuated(line.text)
            and len(line.text) <= limit
            and width(line.text) <= limit
            and (i - 1 in dropped or _ends_sentence(before.text))
            and not after[:1].islower()
            and not _keeps(line.text, numbers)
        ):
            dropped.add(i)
    return dropped


def _is_lead(text: str, rules: _Rules) -> bool:
    wide_enough = len(text) >= rules.lead_width or width(text) >= rules.lead_width
    return _ends_sentence(text) and wide_enough


def _keeps(text: str, numbers: set[str]) -> bool:
    """True for a line that must stay: it quotes, or carries a number the lead uses."""
    return has_quote(text) or bool(numbers.intersection(_NUMBER.findall(text)))


def has_quote(line: str) -> bool:
    """True when `line` holds a quotation mark (curly, angle or corner, or an ASCII pair)."""
    return line.count('"') >= 2 or any(ch in _QUOTES for ch in line)


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSING)[-1:] in _FINAL


def _unpunctuated(text: str) -> bool:
    """True for a line ending in a word and opening with no dash or bullet."""
    # a dash opens an epigraph's credit, a bullet a list item of the article
    return text[-1:].isalnum() and text[:1] not in "—–-•·*▪◆■●"


def width(text: str) -> int:
    """Display columns of `text`: two for a Chinese, Japanese or Korean character."""
    return len(text) + len(lang.CJK_CHAR.findall(text))


def is_wide(ch: str) -> bool:
    """True for a Chinese, Japanese or Korean character."""
    return lang.CJK_CHAR.match(ch) is not None
