"""The parts each shared attribution set is cut into, by document: TUNE-A (rules may be
written while reading its misses), TUNE-B (figures only in sessions 20-29; its misses are read
from session 30 on) and REPORT (only measured, never read)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

PARTS = ("tune-a", "tune-b", "report")
TUNE_PARTS = PARTS[:2]  # REPORT is never rewritten, predicted or scored to tune
JSONL = ("gold.jsonl", "extra.jsonl", "scope.jsonl")


def part(doc: str) -> str:
    """REPORT when the first byte of the SHA-1 of the document id is odd (the halves of every
    session before 20); otherwise TUNE-A or TUNE-B by the parity of the second byte."""
    digest = hashlib.sha1(doc.encode()).digest()
    if digest[0] % 2:
        return "report"
    return "tune-a" if digest[1] % 2 == 0 else "tune-b"


def split(data: Path, into: Path, sets: list[str]) -> None:
    """Folders into/PART/SET with the set's documents of that part and their lines."""
    for name in sets:
        docs = {p.stem: part(p.stem) for p in (data / name).glob("*.txt")}
        shifts = {}
        for each in PARTS:
            (into / each / name).mkdir(parents=True)
        for doc, each in docs.items():
            raw = (data / name / f"{doc}.txt").read_bytes().decode("utf-8")
            target = into / each / name / f"{doc}.txt"
            if "\r" in raw:
                shifts[doc] = crlf_shift(raw)
                target.write_bytes(raw.replace("\r\n", "\n").encode("utf-8"))
            else:
                target.symlink_to(data / name / f"{doc}.txt")
        for file in JSONL:
            if (data / name / file).exists():
                lines = (data / name / file).read_text(encoding="utf-8").splitlines()
                kept = [shifted(x, shifts) for x in lines if x.strip()]
                for each in PARTS:
                    mine = [x for x in kept if docs[x["doc"]] == each]
                    text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in mine)
                    (into / each / name / file).write_text(text, encoding="utf-8")


def crlf_shift(raw: str) -> list[int]:
    """For each offset of `raw`, how many CR characters of CRLF line ends come before it."""
    shift, seen = [], 0
    for index, char in enumerate(raw):
        shift.append(seen)
        seen += char == "\r" and raw[index + 1 : index + 2] == "\n"
    shift.append(seen)
    return shift


def shifted(line: str, shifts: dict[str, list[int]]) -> dict[str, Any]:
    """A gold line with offsets into the LF text that score.py reads (it opens documents with
    universal newlines, while the zh offsets count CRLF line ends as two characters)."""
    record: dict[str, Any] = json.loads(line)
    shift = shifts.get(record["doc"])
    if shift:
        record["start"] -= shift[record["start"]]
        record["end"] -= shift[record["end"]]
    return record
