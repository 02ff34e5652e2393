"""Size limits on what the tool reads, and how a refusal is worded."""

from __future__ import annotations

from typing import BinaryIO

from summarizer.errors import InputError


def check_limit(max_bytes: int, flag: str = "--max-bytes") -> int:
    """`max_bytes` when it is a usable limit; a negative one is refused (never "no limit")."""
    if max_bytes < 0:
        raise InputError(f"{flag} must be 0 or more bytes, not {max_bytes}")
    return max_bytes


def check_size(size: int, max_bytes: int, name: str) -> None:
    """Refuse `name` when its known `size` is over the limit."""
    if size > max_bytes:
        raise InputError(f"{name} is too large ({_pair(size, max_bytes)})")


def over_limit(name: str, max_bytes: int) -> InputError:
    """The error for input found, while reading, to run past the limit (its size unknown)."""
    return InputError(f"{name} is larger than the limit of {_amount(max_bytes)}")


def read_limited(stream: BinaryIO, max_bytes: int, name: str) -> bytes:
    """At most `max_bytes` from `stream`; an InputError when there is more."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise over_limit(name, max_bytes)
    return data


def _pair(size: int, limit: int) -> str:
    """ "X; the limit is Y", in bytes when rounding would make the two read the same."""
    shown, allowed = _amount(size), _amount(limit)
    if shown == allowed:
        shown, allowed = f"{size:,} bytes", f"{limit:,} bytes"
    return f"{shown}; the limit is {allowed}"


def _amount(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size} bytes"
