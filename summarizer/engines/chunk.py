"""Splitting of article text into chunks that fit a model's token budget."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.engines.tokens import (
    DEFAULT_ENCODING,
    count_tokens,
    encoding_for_model,
    load_encoding,
)
from summarizer.engines.tokens import fits as _fits
from summarizer.errors import ConfigurationError, InputError

if TYPE_CHECKING:
    import tiktoken

__all__ = [
    "DEFAULT_BUDGET",
    "DEFAULT_CONTEXT_WINDOW",
    "DEFAULT_ENCODING",
    "DEFAULT_PROMPT_OVERHEAD",
    "DEFAULT_RESERVED_OUTPUT",
    "Chunk",
    "budget_for",
    "count_tokens",
    "encoding_for_model",
    "fits",
    "load_encoding",
    "split",
]

DEFAULT_CONTEXT_WINDOW = 8192
DEFAULT_RESERVED_OUTPUT = 1500
DEFAULT_PROMPT_OVERHEAD = 700
DEFAULT_BUDGET = DEFAULT_CONTEXT_WINDOW - DEFAULT_RESERVED_OUTPUT - DEFAULT_PROMPT_OVERHEAD

# Cut positions at each level; a cut is the end of a match (after the punctuation and spaces).
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE = re.compile(
    r"[。！？；؟।][”’」』）》】〕]*\s*"  # CJK sentence ends, also before a closing quote
    r"|[.!?…][\"'”’“»«)\]]*(?:\s+|$)"  # Latin sentence ends need a following space
    r"|\n\s*"
)
_CLAUSE = re.compile(r"[，、；：][”’」』）》]*\s*|[,;:،؛][\"'”’“»«)\]]*\s+")
_LEVELS = (_PARAGRAPH, _SENTENCE, _CLAUSE)


@dataclass(frozen=True)
class Chunk:
    """One piece of an article, in order: `text == article_text[start:end]`."""

    index: int
    start: int
    end: int
    text: str
    tokens: int


def budget_for(context_window: int, reserved_output: int, prompt_overhead: int) -> int:
    """Tokens left for article text once the output and the instructions are reserved."""
    budget = context_window - reserved_output - prompt_overhead
    if budget < 1:
        raise ConfigurationError(
            f"context window of {context_window} tokens leaves no room for the article "
            f"after {reserved_output} output and {prompt_overhead} prompt tokens",
            context_window=context_window,
            reserved_output=reserved_output,
            prompt_overhead=prompt_overhead,
        )
    return budget


def fits(
    text: str,
    budget: int = DEFAULT_BUDGET,
    *,
    encoding: str = DEFAULT_ENCODING,
    bound: int | None = None,
) -> bool:
    """Whether `text` fits in one call of `budget` tokens (`bound`: its `upper_bound`, if found)."""
    return _fits(text, budget, encoding, bound=bound)


def split(
    text: str,
    budget: int,
    *,
    encoding: str = DEFAULT_ENCODING,
    protected: Sequence[tuple[int, int]] = (),
) -> tuple[Chunk, ...]:
    """Cut `text` into chunks of at most `budget` tokens at the coarsest boundaries that work."""
    if budget < 1:
        raise ConfigurationError(f"token budget must be at least 1, got {budget}", budget=budget)
    for start, end in protected:
        if not 0 <= start <= end <= len(text):
            raise InputError(
                f"protected span ({start}, {end}) lies outside the text of {len(text)} characters",
                span=(start, end),
            )
    splitter = _Splitter(text, budget, load_encoding(encoding))
    start, end, tokens = splitter.measure(0, len(text))
    if tokens <= budget:  # the common case: one encoding of the whole text settles it
        return (Chunk(0, start, end, text[start:end], tokens),) if start < end else ()
    splitter.protect(protected)
    return splitter.pack(list(splitter.pieces(0, len(text), 0)))


@dataclass(frozen=True)
class _Piece:
    """A span of the text that is never cut further, with its token count."""

    start: int
    end: int
    tokens: int


class _Splitter:
    """Splits one text: finds pieces that fit the budget, then packs them into chunks."""

    def __init__(self, text: str, budget: int, encoding: tiktoken.Encoding) -> None:
        self.text = text
        self.budget = budget
        self.encoding = encoding
        self.starts: list[int] = []
        self.ends: list[int] = []

    def count(self, start: int, end: int) -> int:
        """Tokens in text[start:end] stripped of surrounding whitespace, as a chunk holds it."""
        return len(self.encoding.encode_ordinary(self.text[start:end].strip()))

    def protect(self, spans: Sequence[tuple[int, int]]) -> None:
        """Forbid cuts inside each protected span that fits the budget (overlaps are merged)."""
        for start, end in sorted(spans):
            if self.ends and start < self.ends[-1]:
                start = self.starts.pop()
                end = max(end, self.ends.pop())
            if self.count(start, end) <= self.budget:
                self.starts.append(start)
                self.ends.append(end)

    def shielding(self, cut: int) -> tuple[int, int] | None:
        """The protected span that `cut` falls strictly inside, if any."""
        i = bisect.bisect_left(self.starts, cut) - 1
        if i >= 0 and cut < self.ends[i]:
            return self.starts[i], self.ends[i]
        return None

    def pieces(self, start: int, end: int, level: int) -> Iterator[_Piece]:
        """Pieces covering text[start:end], each within budget, cut at `level` or finer."""
        if level == len(_LEVELS):
            yield from self.characters(start, end)
            return
        found = (m.end() for m in _LEVELS[level].finditer(self.text, start, end))
        cuts = [cut for cut in found if start < cut < end and self.shielding(cut) is None]
        if not cuts:
            yield from self.pieces(start, end, level + 1)
            return
        for unit_start, unit_end in zip([start, *cuts], [*cuts, end], strict=True):
            tokens = self.count(unit_start, unit_end)
            if tokens <= self.budget:
                yield _Piece(unit_start, unit_end, tokens)
            else:
                yield from self.pieces(unit_start, unit_end, level + 1)

    def characters(self, start: int, end: int) -> Iterator[_Piece]:
        """Pieces of text[start:end] cut between characters, as long as the budget allows."""
        while start < end:
            cut = self.longest_fit(start, end)
            shield = self.shielding(cut)
            if shield is not None:
                cut = shield[0] if shield[0] > start else shield[1]
            cut = self.whole_letter(start, cut, end)
            yield _Piece(start, cut, self.count(start, cut))
            start = cut

    def whole_letter(self, start: int, cut: int, end: int) -> int:
        """Move `cut` off combining marks: back to their letter, or past them if that is `start`."""
        back = cut
        while start < back < end and unicodedata.category(self.text[back])[0] == "M":
            back -= 1
        if back > start:
            return back
        while cut < end and unicodedata.category(self.text[cut])[0] == "M":
            cut += 1
        return cut

    def longest_fit(self, start: int, end: int) -> int:
        """The farthest cut in (start, end] whose piece fits the budget (at least one character)."""
        window = 4 * self.budget + 16
        stop = min(end, start + window)
        tokens = self.encoding.encode_ordinary(self.text[start:stop])
        while len(tokens) <= self.budget and stop < end:
            window *= 2
            stop = min(end, start + window)
            tokens = self.encoding.encode_ordinary(self.text[start:stop])
        cut = stop
        if len(tokens) > self.budget:
            fitting = self.encoding.decode_bytes(tokens[: self.budget])
            cut = max(start + len(fitting.decode("utf-8", errors="ignore")), start + 1)
        if self.count(start, cut) <= self.budget:
            return cut
        good, bad = start + 1, cut
        while bad - good > 1:
            middle = (good + bad) // 2
            if self.count(start, middle) <= self.budget:
                good = middle
            else:
                bad = middle
        return good

    def pack(self, pieces: list[_Piece]) -> tuple[Chunk, ...]:
        """Pack consecutive pieces into as few, evenly filled chunks as the budget allows."""
        chunks: list[Chunk] = []
        limit = _balanced_limit([piece.tokens for piece in pieces], self.budget)
        first = 0
        while first < len(pieces):
            last, total = first + 1, pieces[first].tokens
            while last < len(pieces) and total + pieces[last].tokens <= limit:
                total += pieces[last].tokens
                last += 1
            start, end, tokens = self.measure(pieces[first].start, pieces[last - 1].end)
            while tokens > self.budget and last - first > 1:
                last -= 1
                start, end, tokens = self.measure(pieces[first].start, pieces[last - 1].end)
            if start < end:
                chunks.append(Chunk(len(chunks), start, end, self.text[start:end], tokens))
            first = last
        return tuple(chunks)

    def measure(self, start: int, end: int) -> tuple[int, int, int]:
        """The span stripped of surrounding whitespace, with its exact token count."""
        piece = self.text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        return start, max(start, end), self.count(start, end) if start < end else 0


def _groups(sizes: Sequence[int], limit: int) -> int:
    """How many groups greedy packing of `sizes` makes when each group holds up to `limit`."""
    groups, total = 0, limit
    for size in sizes:
        if total + size > limit:
            groups, total = groups + 1, 0
        total += size
    return groups


def _balanced_limit(sizes: Sequence[int], budget: int) -> int:
    """The smallest group limit that still needs no more groups than packing up to `budget`."""
    fewest = _groups(sizes, budget)
    low = max(max(sizes, default=0), -(-sum(sizes) // max(fewest, 1)))
    high = max(low, budget)
    while low < high:
        middle = (low + high) // 2
        if _groups(sizes, middle) <= fewest:
            high = middle
        else:
            low = middle + 1
    return high
