"""Do the quote finder and the speaker rules give the same answer whatever quotation marks a
text is set in? The TUNE-A and TUNE-B documents of shared attribution sets (never REPORT) are
rewritten in another convention and scored by the corpora's score.py:

    python bench/mark_variants.py [--sets de-hist,de] [--variants orig,straight,...]
    python bench/mark_variants.py --misses de-hist --variants guill_in [--kind all]

Each quotation mark of a document is given its role (opening or closing, outer or inner: see
roles()) and set as the variant's mark of that role; straight ' and the apostrophe ’ are kept (’
becomes ' in the straight variant), and so is a straight " that closes nothing. The gold offsets
are mapped when a variant's mark is longer than the mark it replaces (,,…'' sets „ as two commas
and “ as two apostrophes).
--misses prints the TUNE-A misses of one set under each variant, as bench/misses.py does."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution import SHARED, _cell, _predict, _scorer, score  # bench/ is not a package
from halves import TUNE_PARTS as PARTS
from halves import split
from misses import KINDS, verdicts

ROLES = ("open", "close", "open_inner", "close_inner")
# Each variant's marks for the four roles; None keeps the document's own marks.
VARIANTS: dict[str, tuple[str, str, str, str] | None] = {
    "orig": None,
    "straight": ('"', '"', "'", "'"),
    "guill_in": ("»", "«", "›", "‹"),
    "guill_out": ("«", "»", "‹", "›"),
    "commas": (",,", "''", "‚", "‘"),
    "english": ("“", "”", "‘", "’"),
    "straight_close": ("„", '"', "‚", "'"),
    "commas_straight": (",,", '"', "‚", "'"),
    "single": ("'", "'", "‚", "‘"),
}
_OPENING, _CLOSING = "„‚", "“”‘"
_PARAGRAPH = "\n\n"
COLUMNS = ("found%", "spk%", "wrong%", "pred", "false%")


def roles(text: str) -> dict[int, str]:
    """The role of each quotation mark of `text` by offset. „ and ‚ open, “ ” and ‘ close; »
    and « (› and ‹) as the first guillemet points (» first: German »…«; « first: Swiss «…»);
    a straight " closes an open quotation. A mark opened inside another is inner; each
    paragraph starts with none open (a quotation run on over paragraphs opens each anew)."""
    first = min((i for i in (text.find("»"), text.find("«")) if i >= 0), default=-1)
    inward = first < 0 or text[first] == "»"
    opening = _OPENING + ("»›" if inward else "«‹")
    closing = _CLOSING + ("«‹" if inward else "»›")
    found: dict[int, str] = {}
    levels: list[str] = []
    for at, char in enumerate(text):
        if char == "\n" and text.startswith(_PARAGRAPH, at):
            levels.clear()
        elif char in opening:
            levels.append("_inner" if levels else "")
            found[at] = "open" + levels[-1]
        elif char in closing or (char == '"' and levels):
            found[at] = "close" + (levels.pop() if levels else "")
    return found


def rewrite(text: str, variant: str) -> tuple[str, list[int]]:
    """`text` set in `variant`'s marks, and for each offset of `text` (and its end) the offset
    it has in the result."""
    marks = VARIANTS[variant]
    if marks is None:
        return text, list(range(len(text) + 1))
    found = roles(text)
    pieces, offsets, at = [], [], 0
    for index, char in enumerate(text):
        offsets.append(at)
        role = found.get(index)
        piece = marks[ROLES.index(role)] if role else char
        if variant == "straight" and char == "’":
            piece = "'"
        pieces.append(piece)
        at += len(piece)
    offsets.append(at)
    return "".join(pieces), offsets


def rewrite_folder(folder: Path, variant: str) -> None:
    """Every document of one set's folder (one part) and its records' offsets in `variant`."""
    maps = {}
    for path in sorted(folder.glob("*.txt")):
        text, maps[path.stem] = rewrite(path.read_text("utf-8"), variant)
        path.unlink()  # split() may have linked the shared file: never write through it
        path.write_text(text, "utf-8")
    for records in folder.glob("*.jsonl"):
        lines = []
        for line in records.read_text("utf-8").splitlines():
            record = json.loads(line)
            offsets = maps[record["doc"]]
            record["start"], record["end"] = offsets[record["start"]], offsets[record["end"]]
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        records.write_text("".join(lines), "utf-8")


def prepare(into: Path, sets: list[str], variant: str) -> None:
    """into/PART/SET for TUNE-A and TUNE-B, rewritten in `variant`; REPORT is removed."""
    split(SHARED, into, sets)
    shutil.rmtree(into / "report")
    for part in PARTS:
        for name in sets:
            rewrite_folder(into / part / name, variant)


def run(sets: list[str], variants: list[str], jobs: int) -> dict[str, dict[str, dict]]:
    """score.py's figures by variant, then part, then set."""
    results: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory(prefix="mark-variants-") as tmp:
        work = []
        for variant in variants:
            prepare(Path(tmp) / variant / "data", sets, variant)
            for part in PARTS:
                for path in sorted((Path(tmp) / variant / "data" / part).glob("*/*.txt")):
                    out = Path(tmp) / variant / "cache" / part / "ours" / path.parent.name
                    work.append((path, out / f"{path.stem}.json"))
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(_predict, work, chunksize=16))
        for variant in variants:
            into, cache = Path(tmp) / variant / "data", Path(tmp) / variant / "cache"
            results[variant] = {part: score(into, cache, part, False, jobs) for part in PARTS}
    return results


def markdown(results: dict[str, dict[str, dict]], sets: list[str]) -> str:
    """One table: each set's figures by part and variant."""
    lines = ["| set | part | variant | " + " | ".join(COLUMNS) + " |"]
    lines.append("|---|---|---|" + "---:|" * len(COLUMNS))
    for name in sets:
        for part in PARTS:
            for variant, parts in results.items():
                row = parts[part].get(name, {})
                cells = [_cell(row.get(c)) for c in COLUMNS]
                lines.append(f"| {name} | {part.upper()} | {variant} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def print_misses(name: str, variants: list[str], kind: str) -> None:
    """The TUNE-A misses of set `name` under each variant (bench/misses.py's lines)."""
    scorer = _scorer()
    for variant in variants:
        with tempfile.TemporaryDirectory(prefix="mark-misses-") as tmp:
            prepare(Path(tmp), [name], variant)
            shutil.rmtree(Path(tmp) / "tune-b")  # TUNE-B: figures only, never its texts
            folder = Path(tmp) / "tune-a" / name
            for doc in sorted(p.stem for p in folder.glob("*.txt")):
                for found, line in verdicts(doc, folder, scorer):
                    if kind in ("all", found):
                        print(f"{variant}: {line}")


def main(argv: list[str] | None = None) -> int:
    """Print the table, or with --misses the TUNE-A misses of one set."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default="de-hist,de")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print score.py's numbers as JSON")
    parser.add_argument("--misses", metavar="SET", help="print this set's TUNE-A misses")
    parser.add_argument("--kind", default="all", choices=KINDS)
    args = parser.parse_args(argv)
    variants = args.variants.split(",")
    if unknown := [v for v in variants if v not in VARIANTS]:
        parser.error(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}")
    if not (SHARED / "score.py").exists():
        print(f"skipped: the shared attribution corpora are not at {SHARED}", file=sys.stderr)
        return 0
    if args.misses:
        print_misses(args.misses, variants, args.kind)
        return 0
    sets = args.sets.split(",")
    results = run(sets, variants, args.jobs)
    print(json.dumps(results, indent=1) if args.json else markdown(results, sets), end="")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
