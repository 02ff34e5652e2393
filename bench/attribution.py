"""Who said what on the shared attribution corpora (../shared/attribution), scored by their
own score.py on the parts of bench/halves.py: TUNE-A (rules may be written while reading its
misses), TUNE-B (a held-out check inside TUNE) and REPORT (only measured, never read)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from halves import PARTS, split  # bench/ is not a package: its folder is put on the path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "attribution"
COLUMNS = ("gold", "named", "found%", "spk%", "wrong%", "none%", "pred", "false%")


def _predict(job: tuple[Path, Path]) -> None:
    """What `summarize quotes FILE --format json` prints (titles left out), computed here."""
    from summarizer import source
    from summarizer.attribution.find import find_quotes
    from summarizer.render import render_quotes

    path, out = job
    article = source.load(str(path))
    out.parent.mkdir(parents=True, exist_ok=True)
    quotes = [
        q for q in find_quotes(article.text, article.lang, article.title) if q.kind != "title"
    ]
    out.write_text(render_quotes(quotes, "json"), "utf-8")


def predict(into: Path, cache: Path, jobs: int) -> None:
    """Every document's predictions in score.py's cache layout (cache/ours/SET/DOC.json)."""
    work = [
        (path, cache / part / "ours" / path.parent.name / f"{path.stem}.json")
        for part in PARTS
        for path in sorted((into / part).glob("*/*.txt"))
    ]
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_predict, work, chunksize=16))


def score(into: Path, cache: Path, part: str, cli: bool, jobs: int) -> dict[str, dict[str, float]]:
    """score.py's figures for one part, per set."""
    summarize = Path(sys.executable).parent / "summarize"
    command = [
        sys.executable,
        str(SHARED / "score.py"),
        "--data",
        str(into / part),
        "--jobs",
        str(jobs),
        "--json",
        "-",
        "--system",
        f"ours={summarize} quotes {{file}} --format json",
    ]
    if not cli:
        command += ["--cache", str(cache / part)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    table: dict[str, dict[str, dict[str, float]]] = json.loads(done.stdout)
    return {name: systems["ours"] for name, systems in table.items()}


def markdown(results: dict[str, dict[str, dict[str, float]]]) -> str:
    """One table: each set's figures on each part."""
    head = "| set | part | docs | " + " | ".join(COLUMNS) + " |"
    lines = [head, "|---|---|" + "---:|" * (len(COLUMNS) + 1)]
    for name in sorted({n for rows in results.values() for n in rows}):
        for part in PARTS:
            row = results[part].get(name)
            if row:
                cells = [_cell(row[c]) for c in ("docs", *COLUMNS)]
                lines.append(f"| {name} | {part.upper()} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def by_confidence(into: Path, cache: Path, part: str) -> dict[str, dict[str, list[int]]]:
    """Per set, [right, wrong] named gold quotes found, by the confidence of the prediction
    that score.py matches them with (its own placing, overlap and name rules)."""
    scorer = _scorer()
    table: dict[str, dict[str, list[int]]] = {}
    for folder in sorted((into / part).iterdir()):
        tally = table.setdefault(folder.name, {"high": [0, 0], "low": [0, 0]})
        gold = scorer.read_jsonl(folder / "gold.jsonl")
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            preds = json.loads(
                (cache / part / "ours" / folder.name / f"{path.stem}.json").read_text()
            )
            placed = [(scorer.place(text, p), p) for p in preds]
            for g in (
                g for g in gold if g["doc"] == path.stem and not scorer.is_pronoun(g["speaker"])
            ):
                span = (g["start"], g["end"])
                hits = [(scorer.overlap(span, at), p) for at, p in placed if at]
                hits = [h for h in hits if h[0] >= 0.5 * (span[1] - span[0])]
                best = max(hits, key=lambda h: h[0])[1] if hits else None
                if best and best.get("speaker"):
                    right = scorer.same_speaker(g["speaker"], best["speaker"])
                    tally[best.get("confidence", "low")][0 if right else 1] += 1
    return table


def _scorer() -> Any:
    """The corpora's score.py, loaded as a module for its matching rules."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", SHARED / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def confidence_markdown(tables: dict[str, dict[str, dict[str, list[int]]]]) -> str:
    """One table: right / wrong per confidence, each set and part."""
    lines = ["| set | part | high: right / wrong | low: right / wrong |", "|---|---|---|---|"]
    for name in sorted({n for rows in tables.values() for n in rows}):
        for part in PARTS:
            row = tables[part].get(name)
            if row:
                cells = [_ratio(*row["high"]), _ratio(*row["low"])]
                lines.append(f"| {name} | {part.upper()} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


MARKERS = ("<!-- bench/attribution.py --write: from here -->", "<!-- to here -->")


def write(block: str, docs: Path = ROOT / "docs" / "benchmarks.md") -> None:
    """Put `block` between the two markers of docs/benchmarks.md, replacing what was there."""
    head, begun, rest = docs.read_text("utf-8").partition(MARKERS[0])
    _, ended, tail = rest.partition(MARKERS[1])
    if not (begun and ended):
        raise SystemExit(f"{docs}: the markers {' and '.join(MARKERS)} are missing")
    docs.write_text(f"{head}{MARKERS[0]}\n{block}{MARKERS[1]}{tail}", "utf-8")


def _ratio(right: int, wrong: int) -> str:
    share = f" ({100 * wrong / (right + wrong):.1f}%)" if right + wrong else ""
    return f"{right} / {wrong}{share}"


def _cell(value: float | None) -> str:
    """A table cell: a count as a whole number, a rate to one decimal, a dash for none."""
    if value is None:
        return "–"
    return f"{value:.0f}" if isinstance(value, int) else f"{value:.1f}"


_SPEECH = (
    "The council met on Monday. “We will rebuild the bridge,” Mayor Ruth Okafor said. "
    "« Nous réfléchissons », a-t-elle ajouté. An aide said the “plan” was ready. "
    "„Wir kommen wieder“, sagte Anna Berg. He said: “It works. And then "
    "市长林志明表示：“明年见。”她说：“好。” «Нет», — заявил пилот Иван Серов."
)
_NARRATIVE = (
    "Officials reviewed the budget for the coming year, and the committee discussed roads, "
    "schools and the harbour in some detail before the vote. "
) * 6
# German wire news (invented): „…“ with a cue before and after, Konjunktiv reported speech, a
# colon frame, a title, a paragraph-long quotation and narrative with no quotation.
GERMAN_NEWS = (
    "Der Stadtrat von Lindenau hat am Dienstag den Haushalt für das kommende Jahr beschlossen. "
    "„Wir investieren so viel wie nie zuvor in Schulen und Brücken“, sagte Bürgermeisterin "
    "Helga Brandtner nach der Sitzung. Die Opposition sprach dagegen von einem „Haushalt auf "
    "Pump“.\n\n"
    "Kämmerer Jörg Wendisch erklärte, die Rücklagen reichten noch für zwei Jahre. Danach müsse "
    "die Stadt neue Kredite aufnehmen. „Das ist kein Grund zur Panik, aber ein Grund zur "
    "Vorsicht“, fügte er hinzu.\n\n"
    "„Die Zahlen sind geschönt.“\n\n"
    "So kommentierte der Fraktionschef der Freien Wähler, Markus Oberländer, den Entwurf. Er "
    "kündigte an, seine Fraktion werde eine Prüfung durch den Landesrechnungshof beantragen. "
    "Laut Oberländer fehlen im Plan rund vier Millionen Euro für die Sanierung des Hallenbads.\n\n"
    "Die Verwaltung wies die Vorwürfe zurück. Ein Sprecher der Stadt sagte: „Alle Posten sind "
    "vollständig und nachvollziehbar ausgewiesen.“ Die Bürgerinnen und Bürger könnten den "
    "Entwurf ab Montag im Rathaus einsehen, hieß es weiter.\n\n"
    "Im Anschluss an die Debatte stimmten 31 Ratsmitglieder für den Haushalt, zwölf dagegen, "
    "drei enthielten sich. Der Kreis muss den Plan noch genehmigen; eine Entscheidung wird "
    "für Ende Februar erwartet. Die Bauarbeiten an der Mühlbachbrücke sollen im Frühjahr "
    "beginnen und rund zwei Jahre dauern."
)
# German news is a main use: its cues are read by rules of their own, which the timings cover
SPEED_TEXTS = (
    ("news", f"{_SPEECH}\n\n{_NARRATIVE}", "en"),
    ("dense", _SPEECH, "en"),
    ("news de", f"{_SPEECH}\n\n{_NARRATIVE}", "de"),
    ("german news", GERMAN_NEWS, "de"),
)


def german_corpus(size: int) -> str | None:
    """`size` characters of the shared de corpus's documents, one after another (a blank line
    between, in name order), read at run time and never copied into the repository: German that
    does not repeat, so no reading kept by content makes it look fast. None when it is absent."""
    docs = sorted((SHARED / "de").glob("*.txt"))
    if not docs:
        return None
    text, length = [], 0
    for doc in docs:
        text.append(doc.read_text(encoding="utf-8").replace("\r\n", "\n"))
        length += len(text[-1]) + 2
        if length >= size:
            break
    return "\n\n".join(text)[:size]


def repeated(paragraph: str, size: int) -> str:
    """`size` characters of `paragraph` over and over, a blank line between."""
    return "\n\n".join([paragraph] * (size // len(paragraph) + 1))[:size]


def speed(size: int = 1_000_000) -> dict[str, dict[str, float]]:
    """Seconds for `find_quotes` in process and for the whole `summarize quotes` command on
    synthetic articles of `size` characters (`SPEED_TEXTS`): "news" (a paragraph of quotes in
    four languages' marks, an unclosed one among them, then a paragraph of narrative), "dense"
    (quotes only, about one every 40 characters), "news de" (the news text read as German),
    "german news" (German wire paragraphs, `GERMAN_NEWS`) and "german corpus" (the shared de
    documents, which do not repeat; skipped with a message when absent). The command reads the
    language off the text, so "news de" shares the command's seconds of "news"."""
    from summarizer.attribution.find import find_quotes

    texts = [(name, repeated(paragraph, size), lang) for name, paragraph, lang in SPEED_TEXTS]
    corpus = german_corpus(size)
    if corpus is None:
        print(f"german corpus skipped: no documents in {SHARED / 'de'}", file=sys.stderr)
    else:
        texts.append(("german corpus", corpus, "de"))
    results: dict[str, dict[str, float]] = {}
    commands: dict[str, float] = {}
    for name, text, lang in texts:
        started = time.perf_counter()
        count = len(find_quotes(text, lang))
        in_process = time.perf_counter() - started
        if text not in commands:
            commands[text] = _command(text)
        results[name] = {"quotes": count, "find_quotes_s": in_process}
        results[name]["command_s"] = commands[text]
    return results


def _command(text: str) -> float:
    with tempfile.TemporaryDirectory(prefix="attribution-speed-") as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(text, encoding="utf-8")
        summarize = Path(sys.executable).parent / "summarize"
        started = time.perf_counter()
        command = [str(summarize), "quotes", str(path), "--format", "json"]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - started


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default="", help="comma-separated (default: every set)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print score.py's numbers as JSON")
    parser.add_argument("--speed", action="store_true", help="only time 1 MB of quotes")
    parser.add_argument("--cli", action="store_true", help="run `summarize quotes` per document")
    parser.add_argument("--write", action="store_true", help="also write docs/benchmarks.md")
    args = parser.parse_args(argv)
    if args.write and (args.sets or args.cli):
        parser.error("--write writes the table of every set, computed in process")
    return args


def main(argv: list[str] | None = None) -> int:
    """Print the table (markdown, or JSON with --json); with --write, also into the docs."""
    args = _arguments(argv)
    if args.speed:
        print(json.dumps(speed()))
        return 0
    if not (SHARED / "score.py").exists():
        print(f"skipped: the shared attribution corpora are not at {SHARED}", file=sys.stderr)
        return 0
    every = sorted(p.parent.name for p in SHARED.glob("*/gold.jsonl"))
    sets = args.sets.split(",") if args.sets else every
    with tempfile.TemporaryDirectory(prefix="attribution-") as tmp:
        into, cache = Path(tmp) / "data", Path(tmp) / "cache"
        split(SHARED, into, sets)
        if not args.cli:
            predict(into, cache, args.jobs)
        results = {p: score(into, cache, p, args.cli, args.jobs) for p in PARTS}
        confidence = {} if args.cli else {p: by_confidence(into, cache, p) for p in PARTS}
    block = markdown(results)
    if confidence:
        block += "\nNamed gold quotes found and given a speaker, by confidence:\n\n"
        block += confidence_markdown(confidence)
    if args.write:
        write(f"Now ({time.strftime('%Y-%m-%d')}):\n\n{block}")
    if args.json:
        print(json.dumps({"scores": results, "confidence": confidence}, indent=1))
    else:
        print(block, end="")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
