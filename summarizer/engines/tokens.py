"""Offline token counting: which encoding a model uses, exact counts and budget checks."""
# the byte-pair bound settles what it can before any vocabulary is loaded

from __future__ import annotations

from summarizer.engines.bound import upper_bound
from summarizer.engines.vocabulary import (
    DEFAULT_ENCODING,
    Vocabulary,
    load_encoding,
    spec,
    vocabulary,
)

__all__ = [
    "DEFAULT_ENCODING",
    "count_tokens",
    "encoding_for_model",
    "fits",
    "load_encoding",
    "upper_bound",
    "vocabulary",
]

_O200K_MODELS = ("gpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "chatgpt-", "o1", "o3", "o4", "gpt-oss")
_CL100K_MODELS = ("gpt-4", "gpt-3.5", "gpt-35", "text-", "davinci", "babbage")


def encoding_for_model(model: str, override: str | None = None) -> str:
    """The tokenizer encoding for `model` (o200k_base unless it is a GPT-3.5/GPT-4-era model)."""
    if override is not None:
        spec(override)
        return override
    name = model.rsplit("/", 1)[-1].lower()
    if name.startswith(_O200K_MODELS):
        return "o200k_base"
    if name.startswith(_CL100K_MODELS):
        return "cl100k_base"
    return DEFAULT_ENCODING


_PURE_LIMIT = 50_000
"""Longest text (characters) counted in Python; a longer one is worth tiktoken's 0.2 s build."""
# The build's own cost (0.15-0.2 s), so a run never spends more than twice what the better
# choice in hindsight would have (the ski-rental rule). The build holds the GIL, so it stalls
# every call in flight, and most runs count far less than this.
_PURE_SECONDS = 0.2
"""CPU time of this thread counting in Python (not GIL waits) after which tiktoken is built."""


def count_tokens(text: str, encoding: str = DEFAULT_ENCODING) -> int:
    """Number of tokens in `text`; special-token strings count as ordinary text."""
    # The first counts run in Python over the sorted vocabulary (10 ms to load, where tiktoken's
    # build takes 0.15-0.2 s); tiktoken takes over for a long text, once it is built for a split, or
    # once counting in Python has taken as long as building it would.
    pure = _pure(text, encoding)
    if pure is not None:
        return pure.count(text)
    return len(load_encoding(encoding).encode_ordinary(text))


def fits(
    text: str, budget: int, encoding: str = DEFAULT_ENCODING, *, bound: int | None = None
) -> bool:
    """Whether `text` has at most `budget` tokens, settled by the bound where it can be."""
    # then by counting in Python only as far as needed; `bound` is the upper bound when the caller
    # has found it
    if (upper_bound(text) if bound is None else bound) <= budget:
        return True
    pure = _pure(text, encoding)
    if pure is not None:
        return pure.fits(text, budget)
    return count_tokens(text, encoding) <= budget


def _pure(text: str, encoding: str) -> Vocabulary | None:
    """The vocabulary to count `text` with in Python, or None once tiktoken is the better way."""
    # a long text, tiktoken already built, or Python counting that has cost as much as a build
    if len(text) > _PURE_LIMIT or load_encoding.cache_info().currsize:
        return None
    ranks = vocabulary(encoding)
    return ranks if ranks.seconds < _PURE_SECONDS else None
