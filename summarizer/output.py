"""Output files: safe names for inputs, and atomic writes (complete or not at all)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from summarizer.errors import InputError

EXTENSIONS = {"text": "txt", "markdown": "md", "json": "json", "html": "html"}


def stem(spec: str) -> str:
    """A safe file-name stem for an input path or URL."""
    if spec == "-":
        return "stdin"
    name = Path(spec.rstrip("/").split("?")[0]).name
    return "".join(
        ch if ch.isalnum() or ch in "-_." else "_" for ch in Path(name).stem or "article"
    )


def distinct(specs: Iterable[str]) -> list[str]:
    """A stem per input, numbered (`story`, `story-2`, ...) so no two inputs share a file."""
    seen: set[str] = set()
    names = []
    for spec in specs:
        base = stem(spec)
        name, number = base, 1
        while name in seen:
            number += 1
            name = f"{base}-{number}"
        seen.add(name)
        names.append(name)
    return names


def refuse_inputs(out: str, inputs: Iterable[str]) -> None:
    """InputError when the output path `out` is one of the input files (it would replace it)."""
    for spec in inputs:
        try:
            same = os.path.samefile(out, spec)
        except OSError:
            continue
        if same:
            raise InputError(f"--out {out} is the input {spec}; write the result elsewhere")


def write_atomic(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` atomically."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and an atomic rename."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
