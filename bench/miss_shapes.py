"""Structural shapes of the named gold quotes we miss (no speaker, or a wrong one), counted on
TUNE-A and TUNE-B of a set and compared, normalised by each part's named gold quotes found.

Only counts are printed for TUNE-B (never a text, a word or a document id); REPORT is never
split out, predicted or read. With --examples N, up to N TUNE-A misses per shape are shown
(TUNE-A may be read). The features are structural: where the quote sits in its sentence and
paragraph, whether a verb of saying of our lexicon stands in its sentence (before or after it)
or how many sentences back, colons, a Konjunktiv I form, a capitalised name-like pair, a
third-person pronoun, another quotation in the paragraph."""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution import SHARED, _predict, _scorer  # bench/ is not a package
from halves import TUNE_PARTS, split

_QUOTED = re.compile(r"„[^“”\n]*[“”]|»[^«\n]*«|«[^»\n]*»|“[^”\n]*”|\"[^\"\n]*\"|‚[^‘\n]*‘")
_END = re.compile(r"[.!?…](?=[\s\"“”»«„]*(?:\s|$))|\n")
_KONJUNKTIV = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|stehe|liege|gehe|komme|"
    r"wisse|brauche|wäre|hätte|würde|müssten|könnten|sollten|seiest)\b"
)
_PRONOUN = re.compile(r"\b(?:[Ee]r|[Ss]ie)\b")
_PAIR = re.compile(r"(?<=\S\s)[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s[A-ZÄÖÜ][a-zäöüß]+\b")
_ARTICLES = ("der ", "die ", "das ", "ein ", "eine ", "den ", "dem ", "des ")
_ORG = re.compile(
    r"(?i)(ministerium|amt|partei|regierung|polizei|gericht|verband|bund\b|"
    r"unternehmen|konzern|agentur|kommission|behörde|staatsanwaltschaft|ag\b|gmbh)"
)
_DOC = re.compile(
    r"(?i)(bericht|zeitung|studie|erklärung|mitteilung|papier|brief|urteil|"
    r"schreiben|gesetz|text|magazin|blatt|welt|spiegel|zeit\b)"
)


def masked(text: str) -> str:
    """The text with every quotation's inside blanked (marks kept), so that words quoted do not
    count as cues."""
    return _QUOTED.sub(lambda m: m.group()[0] + " " * (len(m.group()) - 2) + m.group()[-1], text)


def sentence_bounds(plain: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] begins and ends in the masked text."""
    ends_before = [m.end() for m in _END.finditer(plain, max(0, start - 400), start)]
    begin = ends_before[-1] if ends_before else max(0, start - 400)
    after = _END.search(plain, end)
    return begin, after.end() if after else len(plain)


def back_sentences(plain: str, begin: int, verbs: re.Pattern[str]) -> str:
    """How many sentences back (1, 2, 3+) the nearest verb of saying stands, in the paragraph
    or the one before."""
    ends = [m.end() for m in _END.finditer(plain, max(0, begin - 1500), begin)]
    cuts = [max(0, begin - 1500), *ends, begin]
    for back, (a, b) in enumerate(zip(reversed(cuts[:-1]), reversed(cuts[1:]), strict=True), 1):
        if back > 3:
            break
        if b > a and verbs.search(plain[a:b]):
            return str(back) if back < 3 else "3"
    return "none"


def features(
    text: str, plain: str, start: int, end: int, verbs: re.Pattern[str], others: int
) -> dict[str, str]:
    """The structural features of the gold quote text[start:end]."""
    begin, stop = sentence_bounds(plain, start, end)
    before, after = plain[begin : max(begin, start - 1)], plain[min(stop, end + 1) : stop]
    lead = before.rstrip(' „»«“"‚')
    para = plain.rfind("\n", 0, start) + 1
    prev_end = plain[:begin].rstrip()
    cue_before, cue_after = bool(verbs.search(before)), bool(verbs.search(after))
    inside = text[start:end].strip()
    opens = not lead.strip()
    return {
        "place": "opens" if opens else ("colon" if lead.endswith(":") else "inside"),
        "partial": "partial"
        if (
            inside[:1].islower()
            or (not opens and not lead.endswith(":") and not re.search(r"[.!?…]$", inside))
        )
        else "whole",
        "cue": {(1, 1): "both", (1, 0): "before", (0, 1): "after"}.get(
            (int(cue_before), int(cue_after)), "none"
        ),
        "back": "0" if cue_before or cue_after else back_sentences(plain, begin, verbs),
        "prev_colon": "yes" if opens and prev_end.endswith(":") else "no",
        "name_pair": "yes" if _PAIR.search(before + " " + after) else "no",
        "pronoun": "yes" if _PRONOUN.search(before + " " + after) else "no",
        "konj": "yes" if _KONJUNKTIV.search(plain[max(0, begin - 300) : stop]) else "no",
        "para_open": "yes" if not plain[para : max(para, start - 1)].strip() else "no",
        "para_other": "yes" if others else "no",
        **_around(text, plain, (begin, start, end, stop), verbs),
    }


def _around(
    text: str, plain: str, bounds: tuple[int, int, int, int], verbs: re.Pattern[str]
) -> dict[str, str]:
    """The features of the words around the quote in its sentence and of the next sentence."""
    begin, start, end, stop = bounds
    before, after = plain[begin : max(begin, start - 1)], plain[min(stop, end + 1) : stop]
    lead = before.rstrip(' „»«“"‚')
    inside = text[start:end].strip()
    opens = not lead.strip()
    return {
        "after": after_shape(plain[end + 1 : stop], verbs),
        "before": before_shape(lead, verbs),
        "next_cue": "yes" if verbs.search(plain[stop : _next_end(plain, stop)]) else "no",
        "pre": pre_token(lead),
        "pair_side": {(1, 1): "both", (1, 0): "before", (0, 1): "after"}.get(
            (int(bool(_PAIR.search(before))), int(bool(_PAIR.search(after)))), "none"
        ),
        "opener": opener(plain[begin:stop].lstrip(' „“»«"\n')) if not opens else "quote",
        "next_opener": opener(plain[stop : _next_end(plain, stop)].lstrip(" \n")),
        "after_len": _bucket(len(after.split())),
        "qend": inside[-1:] if inside[-1:] in ".?!,:" else "word",
    }


def _next_end(plain: str, stop: int) -> int:
    found = _END.search(plain, stop + 1)
    return found.end() if found else len(plain)


def after_shape(after: str, verbs: re.Pattern[str]) -> str:
    """What follows the closing mark in the sentence: nothing, ", so X", a comma and a verb of
    saying, a comma and another word, or other words."""
    rest = after.strip(" ,;–—-")
    if not rest.strip(" .!?…"):
        return "end"
    if not after.lstrip().startswith((",", "–", "—")):
        return "other"
    if re.match(r"so\b", rest):
        return "so"
    head = rest.split(" ")[0]
    return (
        "incise-cue" if verbs.match(rest) else ("incise-lower" if head.islower() else "incise-cap")
    )


def before_shape(lead: str, verbs: re.Pattern[str]) -> str:
    """What stands before the quotation in its sentence: nothing, a colon after a verb of saying,
    a colon after no verb, words with a verb, words without."""
    if not lead.strip():
        return "nothing"
    cue = bool(verbs.search(lead))
    if lead.endswith(":"):
        return "colon-cue" if cue else "colon-bare"
    return "words-cue" if cue else "words-bare"


_PREPOSITIONS = frozenset(
    [
        "als",
        "von",
        "für",
        "vor",
        "zu",
        "mit",
        "über",
        "um",
        "auf",
        "an",
        "in",
        "gegen",
        "nach",
        "wie",
    ]
)
_DETERMINERS = frozenset(
    [
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "kein",
        "keine",
        "keinen",
        "seine",
        "ihre",
        "seinen",
        "ihren",
        "sein",
        "ihr",
    ]
)


def pre_token(lead: str) -> str:
    """The class of the word right before the opening mark (a closed list, never the word)."""
    words = lead.split()
    if not words:
        return "nothing"
    last = words[-1]
    if last.endswith((":", ",")):
        return "punct"
    low = last.lower()
    if low in _PREPOSITIONS:
        return "preposition"
    if low in _DETERMINERS:
        return "determiner"
    return "capital" if last[:1].isupper() else "lower"


def opener(words: str) -> str:
    """The class of a sentence's first words: a pronoun, a name-like pair, a determiner, other."""
    tokens = words.split()[:2]
    if not tokens:
        return "empty"
    if _PRONOUN.fullmatch(tokens[0]):
        return "pronoun"
    if tokens[0].lower() in _DETERMINERS:
        return "determiner"
    if len(tokens) == 2 and all(t[:1].isupper() and t[1:].islower() for t in tokens):
        return "pair"
    return "other"


def _bucket(count: int) -> str:
    return "0" if not count else "1-2" if count <= 2 else "3-5" if count <= 5 else "6+"


def speaker_kind(speaker: str) -> str:
    """The gold speaker's kind, roughly: a document, an organisation, a role, a name."""
    low = speaker.lower()
    if _DOC.search(low):
        return "document"
    if _ORG.search(low):
        return "org"
    if low.startswith(_ARTICLES) or speaker[:1].islower():
        return "role"
    return "name"


COMBO = ("place", "cue", "back", "partial")
FEATURES = (
    *("place", "partial", "cue", "back", "prev_colon", "name_pair", "pronoun", "konj"),
    *("para_open", "para_other", "after", "before", "next_cue", "pre", "pair_side"),
    *("opener", "next_opener", "after_len", "qend", "outcome"),
)
COMBOS = [
    COMBO,
    ("place", "cue", "konj"),
    ("before", "after"),
    ("before", "after", "next_cue"),
    ("before", "pre", "pair_side"),
    ("before", "partial", "konj"),
    ("before", "next_cue", "opener", "next_opener"),
    ("place", "after", "after_len", "qend"),
    ("place", "after", "pair_side", "para_open"),
    ("place", "after_len", "cue", "opener"),
    ("place", "after_len", "pre", "konj"),
]
KINDS = ("name", "role", "org", "document")


def rows(into: Path, cache: Path, part: str, name: str) -> Iterator[dict[str, Any]]:
    """One row per named gold quote found: its features and its outcome."""
    from summarizer.attribution.lexicon.cues import cues_for

    verbs = cues_for(name.split("-")[0]).verbs
    sc = _scorer()
    folder = into / part / name
    gold = sc.read_jsonl(folder / "gold.jsonl")
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text("utf-8")
        plain = masked(text)
        preds = json.loads((cache / part / "ours" / name / f"{path.stem}.json").read_text())
        placed = [(sc.place(text, p), p) for p in preds]
        mine = [g for g in gold if g["doc"] == path.stem]
        for g in (g for g in mine if not sc.is_pronoun(g["speaker"])):
            span = (g["start"], g["end"])
            hits = [(sc.overlap(span, at), p) for at, p in placed if at]
            hits = [h for h in hits if h[0] >= 0.5 * (span[1] - span[0])]
            if not hits:
                continue
            best = max(hits, key=lambda h: h[0])[1]
            said = best.get("speaker")
            outcome = (
                "none"
                if not said
                else ("right" if sc.same_speaker(g["speaker"], said) else "wrong")
            )
            lo, hi = text.rfind("\n", 0, span[0]), text.find("\n", span[1])
            others = sum(1 for o in mine if o is not g and lo < o["start"] < (hi % len(text) + 1))
            row = features(text, plain, *span, verbs, others)
            row.update(outcome=outcome, gold_kind=speaker_kind(g["speaker"]))
            if part == "tune-a":
                row.update(
                    doc=path.stem,
                    speaker=g["speaker"],
                    said=said or "",
                    context=text[max(0, span[0] - 160) : span[1] + 80],
                )
            yield row


def table(data: dict[str, list[dict[str, Any]]], keys: tuple[str, ...], top: int) -> None:
    """Per value of `keys`: named found, misses and miss rate per part, and B's rate over A's."""
    print(f"\n#### {' + '.join(keys)}\n")
    print(
        "| shape | A named | A miss | A miss/named% | B named | B miss | B miss/named% | "
        "B miss% of B named − A |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    count = {p: Counter(tuple(r[k] for k in keys) for r in rs) for p, rs in data.items()}
    miss = {
        p: Counter(tuple(r[k] for k in keys) for r in rs if r["outcome"] != "right")
        for p, rs in data.items()
    }
    total = {p: len(rs) for p, rs in data.items()}
    shapes = sorted(
        set(count["tune-a"]) | set(count["tune-b"]),
        key=lambda s: (
            -(miss["tune-b"][s] / total["tune-b"] - miss["tune-a"][s] / total["tune-a"]),
            s,
        ),
    )
    for s in shapes[:top]:
        a, b = miss["tune-a"][s], miss["tune-b"][s]
        ra, rb = 100 * a / total["tune-a"], 100 * b / total["tune-b"]
        print(
            f"| {'/'.join(s)} | {count['tune-a'][s]} | {a} | {_rate(a, count['tune-a'][s])} | "
            f"{count['tune-b'][s]} | {b} | {_rate(b, count['tune-b'][s])} | {rb - ra:+.1f} |"
        )


def _rate(miss: int, named: int) -> str:
    return f"{100 * miss / named:.0f}" if named else "–"


def examples(data: list[dict[str, Any]], keys: tuple[str, ...], limit: int) -> None:
    """TUNE-A misses (readable), grouped by shape."""
    seen: Counter[tuple[str, ...]] = Counter()
    for r in data:
        shape = tuple(r[k] for k in keys)
        if r["outcome"] != "right" and seen[shape] < limit:
            seen[shape] += 1
            context = r["context"].replace("\n", " ¶ ")
            print(
                f"\n[{'/'.join(shape)}] {r['doc']} gold={r['speaker']!r} "
                f"ours={r['said']!r} ({r['gold_kind']})\n  {context}"
            )


def main() -> int:
    """Print the structural counts of a set's TUNE-A and TUNE-B misses (TUNE-A examples too)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="de")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--top", type=int, default=14)
    parser.add_argument("--examples", type=int, default=0, help="TUNE-A misses per shape")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="miss-shapes-") as tmp:
        into, cache = Path(tmp) / "data", Path(tmp) / "cache"
        split(SHARED, into, [args.set])
        work = [
            (p, cache / part / "ours" / p.parent.name / f"{p.stem}.json")
            for part in TUNE_PARTS
            for p in sorted((into / part).glob("*/*.txt"))
        ]
        with ProcessPoolExecutor(args.jobs) as pool:
            list(pool.map(_predict, work, chunksize=16))
        data = {part: list(rows(into, cache, part, args.set)) for part in TUNE_PARTS}
    for part, rs in data.items():
        out = Counter(r["outcome"] for r in rs)
        print(f"{part}: named found {len(rs)}, outcomes {dict(sorted(out.items()))}")
    for keys in [(key,) for key in FEATURES] + COMBOS:
        table(data, keys, args.top)
    kinds = Counter((r["gold_kind"], r["outcome"] != "right") for r in data["tune-a"])
    named = {k: (kinds[(k, False)] + kinds[(k, True)], kinds[(k, True)]) for k in KINDS}
    print("\nTUNE-A gold speaker kind (named, missed):", named)
    if args.examples:
        examples(data["tune-a"], COMBO, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
