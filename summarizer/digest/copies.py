"""Copies of a digest's messages as .eml files (`--out`): a folder of them, or one file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from summarizer.digest.ledger import Outgoing
from summarizer.errors import ConfigurationError
from summarizer.output import write_bytes_atomic


def write_copies(messages: Sequence[Outgoing], out: Path | None) -> tuple[Path, ...]:
    """Write the messages as .eml files: into `out` when it is a folder, else to that one file."""
    if out is None or not messages:
        return ()
    if one_file(out):
        write_bytes_atomic(out, messages[0].raw)
        return (out,)
    paths = []
    for m in messages:
        path = out / f"digest-{m.lang}-{_safe(m.recipient)}.eml"
        write_bytes_atomic(path, m.raw)
        paths.append(path)
    return tuple(paths)


def one_file(out: Path) -> bool:
    """Whether --out names a single .eml file rather than a folder."""
    return out.suffix.lower() == ".eml" and not out.is_dir()


def check_out(out: Path | None, count: int) -> None:
    """Refuse, before any work, an --out file that cannot hold every message."""
    if out is not None and one_file(out) and count > 1:
        raise ConfigurationError(
            f"--out {out} names one file but this digest makes {count} messages (one per "
            "reader when sending, one per language in a dry run); give a folder instead"
        )


def _safe(address: str) -> str:
    """An address as a file-name part."""
    return "".join(ch if ch.isalnum() or ch in "-_.@" else "_" for ch in address)
