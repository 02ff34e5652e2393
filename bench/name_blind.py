"""Name-blind invariance of who said what: TUNE-A and TUNE-B documents (bench/halves.py; never
REPORT) with every personal-name word of their gold speakers swapped, everywhere in the document
and in the gold, for an invented name of the same length ("Merkel" -> "Torvak", "Merkels" ->
"Torvaks"), so offsets stay valid. Rules that only work for names on our lists lose speakers
here. python bench/name_blind.py [--sets de,en,pl] [--misses SET [KIND [LIMIT]]]."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution as bench
from halves import TUNE_PARTS as PARTS
from halves import split

SETS = ("de", "de-hist", "en", "pl")
COLUMNS = ("found%", "spk%", "wrong%", "false%")
DATA = bench.ROOT / "summarizer" / "data"
# Lists of names in the data files: their words are what a blind rewrite must hide
NAME_LISTS = re.compile(r"first_names|forenames|surnames")
# Words before a common noun, never before a personal name ("die Kanadier", "the judge")
_DETERMINERS = (
    "der die das den dem des ein eine einer eines einem einen kein keine dieser diese dieses "
    "diesem diesen im am vom zum zur beim ins alle allen viele vielen einige manche beide jeder "
    "jede jedes jedem jeden mein meine meinen sein seine seinen ihre ihren unsere the a an "
    "his her their our my its"
)
ARTICLES = frozenset(_DETERMINERS.split())
CONSONANTS, VOWELS = "bdfgklmnprstvz", "aeiou"
WORD = re.compile(r"[^\W\d_]+")


def vocabulary(folder: Path = DATA) -> frozenset[str]:
    """Every word (case-folded) of the data files but their lists of names: the roles,
    offices, titles and common words our rules know, which a blind rewrite keeps."""
    from summarizer import _data

    words: set[str] = set()
    for path in sorted(folder.glob("*.toml")):
        words.update(_strings(_data.load_toml(path.name), ""))
    return frozenset(w.casefold() for s in words for w in WORD.findall(s))


def _strings(value: Any, key: str) -> Iterator[str]:
    """The strings inside a toml value, those under a key naming a list of names left out."""
    if NAME_LISTS.search(key) and not key.startswith("not"):
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for name, inner in value.items():
            yield from _strings(inner, str(name))
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner, key)


def name_words(speaker: str, text: str, common: frozenset[str], stop: Iterable[str]) -> list[str]:
    """The words of a gold speaker that look like a personal name: capitalised, not an
    acronym, not a word our data files know, not a noun of the speaker's own phrase (after an
    article or a lower-case word, "die ersten Worte"), and never written as a common noun in
    the document (in lower case, or right after an article)."""
    found, before = [], ""
    for match in re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\S", speaker):
        word = match.group()
        pieces = re.split(r"['’-]", word)
        if not any(p.isupper() or p.casefold() in common for p in pieces):
            found += [p for p in pieces if _personal(p, before, text, common, frozenset(stop))]
        before = word
    return found


def _personal(
    word: str, before: str, text: str, common: frozenset[str], stop: frozenset[str]
) -> bool:
    """Whether `word` (after the word `before`) reads as a personal name in `text`: capitalized,
    not all capitals, no common or stop word, not after an article or a lower-case word, and never
    written in lower case or after an article anywhere in `text`."""
    folded = word.casefold()
    if len(word) < 3 or not word[0].isupper() or word.isupper() or folded in common | stop:
        return False
    if before and (before.casefold() in ARTICLES or before[0].islower()):
        return False  # the head noun of a phrase: "die Kanadier", "präzise Beschuldigungen"
    if re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", text):
        return False  # written in lower case: a common word
    articles = "|".join(ARTICLES)
    return not re.search(rf"(?i:(?<!\w)(?:{articles})) {re.escape(word)}(?!\w)", text)


def pseudo(word: str, taken: set[str], common: frozenset[str]) -> str:
    """An invented name of `word`'s length built of consonant-vowel syllables (CVCCV…, like
    "Torvak"), the same for the same word, its first letter's case kept, none in `taken`."""
    for salt in range(100):
        digest = hashlib.sha1(f"{word.casefold()}/{salt}".encode()).digest()
        shape = "CVCCV" if digest[0] % 2 else "CVCV"
        letters = [
            (CONSONANTS if shape[i % len(shape)] == "C" else VOWELS)[
                digest[1 + i % 19] % (14 if shape[i % len(shape)] == "C" else 5)
            ]
            for i in range(len(word))
        ]
        made = "".join(letters)
        made = made[0].upper() + made[1:] if word[0].isupper() else made
        if made.casefold() not in taken and made.casefold() not in common:
            taken.add(made.casefold())
            return made
    raise ValueError(f"no pseudo-name for {word!r}")


def rewrite(text: str, mapping: dict[str, str]) -> str:
    """`text` with each mapped word replaced where a word starts ("Merkels" -> "Torvaks"), in
    its spelling and in capitals; the length stays."""
    if not mapping:
        return text
    table = {**mapping, **{k.upper(): v.upper() for k, v in mapping.items() if len(k) > 1}}
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + ")")
    return pattern.sub(lambda m: table[m.group()], text)


def blind(folder: Path, common: frozenset[str], stop: Iterable[str]) -> int:
    """Rewrite the documents of one part's set folder and its gold in place; the number of
    names hidden."""
    gold = bench._scorer().read_jsonl(folder / "gold.jsonl")
    taken: set[str] = set()
    hidden = 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text("utf-8")
        mine = [g for g in gold if g["doc"] == path.stem]
        words = {w for g in mine for w in name_words(g["speaker"], text, common, stop)}
        mapping = {w: pseudo(w, taken, common) for w in sorted(words)}
        hidden += len(mapping)
        new = rewrite(text, mapping)
        path.unlink()  # a symlink into the shared corpora: never written through
        path.write_text(new, "utf-8")
        for g in mine:
            same = text[g["start"] : g["end"]] == g["text"]
            g["text"] = new[g["start"] : g["end"]] if same else rewrite(g["text"], mapping)
            g["speaker"] = rewrite(g["speaker"], mapping)
    lines = "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
    (folder / "gold.jsonl").write_text(lines, "utf-8")
    return hidden


def measure(sets: list[str], jobs: int, blinded: bool, keep: Path) -> dict[str, dict[str, Any]]:
    """score.py's figures per part and set, on the documents as they are or blinded; the
    folders are left under `keep`."""
    into, cache = keep / "data", keep / "cache"
    split(bench.SHARED, into, sets)
    for folder in sorted((into / "report").iterdir()):
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    common, stop = vocabulary(), bench._scorer().STOP | bench._scorer().PRONOUNS
    if blinded:
        for folder in sorted(into.glob("*/*")):
            blind(folder, common, stop)
    work = [
        (path, cache / part / "ours" / path.parent.name / f"{path.stem}.json")
        for part in PARTS
        for path in sorted((into / part).glob("*/*.txt"))
    ]
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(bench._predict, work, chunksize=16))
    return {part: bench.score(into, cache, part, False, jobs) for part in PARTS}


def table(orig: dict[str, dict[str, Any]], blinded: dict[str, dict[str, Any]]) -> str:
    """One markdown table: each set and part, each figure as it is and blinded."""
    head = "| set | part | " + " | ".join(f"{c} orig | {c} blind" for c in COLUMNS) + " |"
    lines = [head, "|---|---|" + "---:|" * (2 * len(COLUMNS))]
    for name in sorted({n for rows in orig.values() for n in rows}):
        for part in PARTS:
            a, b = orig[part].get(name), blinded[part].get(name)
            if a and b:
                cells = [f"{bench._cell(r[c])}" for c in COLUMNS for r in (a, b)]
                lines.append(f"| {name} | {part.upper()} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def misses(name: str, kind: str, limit: int) -> None:
    """Print the blinded TUNE-A misses of one set (bench/misses.py's lines)."""
    from misses import verdicts

    with tempfile.TemporaryDirectory(prefix="name-blind-") as tmp:
        into = Path(tmp)
        split(bench.SHARED, into, [name])
        folder, scorer = into / "tune-a" / name, bench._scorer()
        blind(folder, vocabulary(), scorer.STOP | scorer.PRONOUNS)
        docs = sorted(p.stem for p in folder.glob("*.txt"))
        found = [
            line
            for doc in docs
            for each, line in verdicts(doc, folder, scorer)
            if kind in ("all", each)
        ]
    print(f"{len(found)} blind misses of kind {kind} on {name} TUNE-A")
    print("\n".join(found[:limit]))


def main(argv: list[str] | None = None) -> int:
    """Print the orig / blind table, or with --misses the blinded TUNE-A misses of a set."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--misses", nargs="+", metavar="SET [KIND [LIMIT]]")
    args = parser.parse_args(argv)
    if not (bench.SHARED / "score.py").exists():
        print(f"skipped: the shared attribution corpora are not at {bench.SHARED}", file=sys.stderr)
        return 0
    if args.misses:
        kind = args.misses[1] if len(args.misses) > 1 else "all"
        misses(args.misses[0], kind, int(args.misses[2]) if len(args.misses) > 2 else 60)
        return 0
    sets = args.sets.split(",")
    with tempfile.TemporaryDirectory(prefix="name-blind-") as tmp:
        orig = measure(sets, args.jobs, False, Path(tmp) / "orig")
        blinded = measure(sets, args.jobs, True, Path(tmp) / "blind")
    print(table(orig, blinded), end="")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
