"""Verb-swap invariance of who said what: in the TUNE-A and TUNE-B documents (bench/halves.py;
never REPORT) of de, de-hist, en and pl, the common cue verb of each gold quote ("sagte",
"erklärt", "said", "told"…: bench/saying_verbs.py's SOURCES, right after the quote or in its
sentence before it) is replaced by another verb of saying of the same tense and number from
the bench's own lists; the gold, extra and scope offsets are remapped. Each variant is a group
of target verbs (each cue gets one of them, the same for the same place); its figures are
scored by the corpora's score.py and set against the unchanged text. Rules that only know
the common verbs lose speakers here.

    python bench/verb_swap.py [--sets de,en] [--variants de01,en03] [--verbs] [--jobs 2]

--verbs adds, per target verb, how many swapped named quotes kept the speaker they had."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution import SHARED, _cell, _predict, _scorer, score  # bench/ is not a package
from halves import TUNE_PARTS as PARTS
from halves import split
from saying_verbs import ENGLISH, GERMAN, HEARER, SEPARABLE, find_cues, pick, swap

FAMILY = {"de": "de", "de-hist": "de", "en": "en", "pl": "en"}
COLUMNS = ("found%", "spk%", "wrong%", "false%")
Verb = tuple[str, ...]
VARIANTS: dict[str, list[Verb]] = {
    **{f"de{k + 1:02}": GERMAN[k::11] for k in range(11)},
    "de-sep1": SEPARABLE[0::2],
    "de-sep2": SEPARABLE[1::2],
    **{f"en{k + 1:02}": ENGLISH[k::9] for k in range(9)},
}


def label(verb: Verb) -> str:
    """A verb as the table shows it: its first form, and its particle ("stellte…klar")."""
    return f"{verb[0]}…{verb[4]}" if len(verb) == 5 else verb[0]


def rewrite_folder(source: Path, target: Path, variant: str) -> list[dict[str, Any]]:
    """One part's set folder `source` rewritten into `target` with `variant`'s verbs (documents
    with no swap linked to their unchanged file); one record per swapped gold quote."""
    target.mkdir(parents=True)
    family = FAMILY[source.name]
    gold = [json.loads(x) for x in (source / "gold.jsonl").read_text("utf-8").splitlines()]
    maps, swapped = {}, []
    for path in sorted(source.glob("*.txt")):
        text = path.read_text("utf-8")
        mine = [g for g in gold if g["doc"] == path.stem]
        cues = find_cues(text, [(g["start"], g["end"]) for g in mine], family)
        chosen = {}
        for cue in cues.values():
            options = HEARER if cue.tell else VARIANTS[variant]
            chosen[cue.start] = (cue, pick(options, f"{variant}/{path.stem}", cue.start))
        if not chosen:
            (target / path.name).symlink_to(path.resolve())
            continue
        new, maps[path.stem] = swap(text, list(chosen.values()))
        (target / path.name).write_text(new, "utf-8")
        for g in mine:
            if (g["start"], g["end"]) in cues:
                verb = chosen[cues[g["start"], g["end"]].start][1]
                swapped.append({**g, "verb": label(verb), "orig": [g["start"], g["end"]]})
    for records in source.glob("*.jsonl"):
        lines = []
        for line in records.read_text("utf-8").splitlines():
            record = json.loads(line)
            if record["doc"] in maps:
                offsets = maps[record["doc"]]
                record["start"], record["end"] = offsets[record["start"]], offsets[record["end"]]
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        (target / records.name).write_text("".join(lines), "utf-8")
    for record in swapped:
        offsets = maps[record["doc"]]
        record["start"], record["end"] = offsets[record["start"]], offsets[record["end"]]
    return swapped


def prepare(tmp: Path, sets: list[str], variants: list[str]) -> tuple[list, dict[str, list]]:
    """The unchanged TUNE parts under tmp/orig and each variant's under tmp/VARIANT (only
    the sets of its language); the prediction jobs (a variant's unchanged documents get the
    unchanged prediction, linked) and the swapped quotes of each variant."""
    split(SHARED, tmp / "orig" / "data", sets)
    shutil.rmtree(tmp / "orig" / "data" / "report")
    jobs = [
        (path, tmp / "orig" / "cache" / part / "ours" / path.parent.name / f"{path.stem}.json")
        for part in PARTS
        for path in sorted((tmp / "orig" / "data" / part).glob("*/*.txt"))
    ]
    swaps: dict[str, list] = {}
    for variant in variants:
        swaps[variant] = []
        for part in PARTS:
            for name in (n for n in sets if FAMILY[n] == variant[:2]):
                source = tmp / "orig" / "data" / part / name
                target = tmp / variant / "data" / part / name
                found = rewrite_folder(source, target, variant)
                swaps[variant] += [{**r, "set": name, "part": part} for r in found]
                out = tmp / variant / "cache" / part / "ours" / name
                out.mkdir(parents=True)
                for path in sorted(target.glob("*.txt")):
                    if path.is_symlink():
                        orig = tmp / "orig" / "cache" / part / "ours" / name / f"{path.stem}.json"
                        (out / f"{path.stem}.json").symlink_to(orig)
                    else:
                        jobs.append((path, out / f"{path.stem}.json"))
    return jobs, swaps


def run(sets: list[str], variants: list[str], jobs: int, tmp: Path) -> dict[str, Any]:
    """score.py's figures by variant ("orig" first), then part, then set, and the swaps."""
    work, swaps = prepare(tmp, sets, variants)
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_predict, work, chunksize=8))
    results = {}
    for variant in ("orig", *variants):
        into, cache = tmp / variant / "data", tmp / variant / "cache"
        results[variant] = {part: score(into, cache, part, False, jobs) for part in PARTS}
    return {"scores": results, "swaps": swaps}


def markdown(results: dict[str, Any], sets: list[str]) -> str:
    """One table: each set and part, unchanged and under each variant, the change after each
    figure; "swaps": the gold quotes whose cue verb was swapped."""
    scores, swaps = results["scores"], results["swaps"]
    head = "| set | part | variant | verbs | swaps | " + " | ".join(f"{c} | Δ" for c in COLUMNS)
    lines = [head + " |", "|---|---|---|---|---:|" + "---:|" * (2 * len(COLUMNS))]
    for name in sets:
        for part in PARTS:
            base = scores["orig"][part].get(name)
            if not base:
                continue
            for variant in ("orig", *swaps):
                row = scores[variant][part].get(name)
                if not row:
                    continue
                count = sum(r["set"] == name and r["part"] == part for r in swaps.get(variant, []))
                cells = [
                    f"{_cell(row.get(c))} | {_delta(row.get(c), base.get(c))}" for c in COLUMNS
                ]
                verbs = "/".join(label(v) for v in VARIANTS.get(variant, [])) or "–"
                lines.append(
                    f"| {name} | {part.upper()} | {variant} | {verbs} | {count} | "
                    + " | ".join(cells)
                    + " |"
                )
    return "\n".join(lines) + "\n"


def _delta(value: float | None, base: float | None) -> str:
    if value is None or base is None:
        return "–"
    return f"{value - base:+.1f}"


def right(tmp: Path, variant: str, record: dict[str, Any], scorer: Any) -> bool:
    """Whether the prediction score.py matches with a swapped gold quote names its speaker."""
    folder = tmp / variant / "data" / record["part"] / record["set"]
    text = (folder / f"{record['doc']}.txt").read_text("utf-8")
    cache = tmp / variant / "cache" / record["part"] / "ours" / record["set"]
    preds = json.loads((cache / f"{record['doc']}.json").read_text("utf-8"))
    span = (record["start"], record["end"]) if variant != "orig" else tuple(record["orig"])
    hits = [(scorer.overlap(span, at), p) for p in preds if (at := scorer.place(text, p))]
    hits = [h for h in hits if h[0] >= 0.5 * (span[1] - span[0])]
    best = max(hits, key=lambda h: h[0])[1] if hits else None
    return bool(best and scorer.same_speaker(record["speaker"], best.get("speaker")))


def verb_table(swaps: dict[str, list], tmp: Path) -> str:
    """Per target verb (named gold quotes, TUNE-A and TUNE-B together): swapped, right before,
    right after, lost (right before, not after), gained; the most lost first."""
    scorer = _scorer()
    tally: dict[tuple[str, str], Counter[str]] = {}
    for variant, records in swaps.items():
        for record in records:
            if scorer.is_pronoun(record["speaker"]):
                continue
            before, after = right(tmp, "orig", record, scorer), right(tmp, variant, record, scorer)
            count = tally.setdefault((FAMILY[record["set"]], record["verb"]), Counter())
            count.update(swapped=1, before=before, after=after)
            count.update(lost=before and not after, gained=after and not before)
    lines = ["| lang | verb | swapped | right before | right after | lost | gained |"]
    lines.append("|---|---|---:|---:|---:|---:|---:|")
    order = sorted(tally.items(), key=lambda kv: (kv[0][0], -kv[1]["lost"], kv[0][1]))
    for (family, verb), c in order:
        cells = [c[k] for k in ("swapped", "before", "after", "lost", "gained")]
        lines.append(f"| {family} | {verb} | " + " | ".join(map(str, cells)) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the table, with --verbs also the table by target verb."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(FAMILY))
    parser.add_argument("--variants", default="", help="comma-separated (default: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verbs", action="store_true", help="also the table by target verb")
    args = parser.parse_args(argv)
    sets = args.sets.split(",")
    if unknown := [s for s in sets if s not in FAMILY]:
        parser.error(f"unknown sets {unknown}; known: {', '.join(FAMILY)}")
    families = {FAMILY[s] for s in sets}
    variants = args.variants.split(",") if args.variants else list(VARIANTS)
    if unknown := [v for v in variants if v not in VARIANTS]:
        parser.error(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}")
    variants = [v for v in variants if v[:2] in families]
    if not (SHARED / "score.py").exists():
        print(f"skipped: the shared attribution corpora are not at {SHARED}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory(prefix="verb-swap-") as tmp:
        results = run(sets, variants, args.jobs, Path(tmp))
        print(markdown(results, sets), end="")
        if args.verbs:
            print("\nNamed swapped quotes by target verb (TUNE-A and TUNE-B):\n")
            print(verb_table(results["swaps"], Path(tmp)), end="")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
