"""Who-said-what regression check on the hand-annotated gold in tests/data/gold (tuned on)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, astuple, dataclass
from pathlib import Path

from summarizer import source
from summarizer.attribution.find import Quote, find_quotes

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold"
ARTICLES = ROOT / "tests" / "data" / "articles"
POLNEAR = ROOT / "tests" / "data" / "polnear"

_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』﹁﹂〝〞＂＇"
_EDGES = " \t\n.,;:!?…，。、：；！？-–—()（）"
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their"}
_HEADS = {"articles": "article", "languages": "language", "polnear": "PolNeAR article"}
_PAIR = re.compile(r"[\"“]([^\"“”]+)[\"”]")


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quotation: its verbatim content, who said it, and speech or scare."""

    text: str
    speaker: str | None
    kind: str


@dataclass(frozen=True)
class GoldArticle:
    """The annotated quotations of one text; `code` is the reader language to run find_quotes in."""

    name: str
    lang: str
    code: str
    text: str
    quotes: tuple[GoldQuote, ...]


@dataclass(frozen=True)
class Relation:
    """A PolNeAR attribution relation: its source string and its content spans."""

    source: str | None
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Score:
    """Counts for one article or an aggregate; ratios are derived from them."""

    gold: int = 0
    found: int = 0
    speech_matched: int = 0
    speech_correct: int = 0
    all_matched: int = 0
    all_correct: int = 0
    articles: int = 0

    def __add__(self, other: Score) -> Score:
        """Sum of two scores, field by field."""
        return Score(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    def as_dict(self) -> dict[str, float]:
        """The counts and the three ratios, for JSON."""
        ratios = {"recall": self.recall, "speech_accuracy": self.speech_accuracy}
        return {**asdict(self), **ratios, "all_accuracy": self.all_accuracy}

    @property
    def recall(self) -> float:
        """Share of gold quotes found."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def speech_accuracy(self) -> float:
        """Share of matched speech quotes whose speaker is right."""
        return self.speech_correct / self.speech_matched if self.speech_matched else 0.0

    @property
    def all_accuracy(self) -> float:
        """Share of all matched quotes whose speaker is right."""
        return self.all_correct / self.all_matched if self.all_matched else 0.0


def norm(text: str) -> str:
    """Text for matching: NFKC, no quote marks, single spaces, no edge punctuation, casefolded."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if ch not in _MARKS)
    return re.sub(r"\s+", " ", text).strip(_EDGES).casefold()


def matches(gold: str, predicted: str) -> bool:
    """One contains the other and the overlap is at least 80% of the gold length."""
    g, p = norm(gold), norm(predicted)
    if not g or not p:
        return False
    return g in p or (p in g and len(p) >= 0.8 * len(g))


def align(gold: Sequence[GoldQuote], predicted: Sequence[Quote]) -> list[Quote | None]:
    """One-to-one matching, closest lengths first: the predicted quote for each gold quote."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if matches(g.text, p.text):
                ratio = min(len(g.text), len(p.text)) / max(len(g.text), len(p.text))
                pairs.append((-ratio, gi, pi))
    result: list[Quote | None] = [None] * len(gold)
    used: set[int] = set()
    for _, gi, pi in sorted(pairs):
        if result[gi] is None and pi not in used:
            result[gi] = predicted[pi]
            used.add(pi)
    return result


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Equal, or sharing a surname/last token; for CJK names equal or one containing the other."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    p, g = predicted.casefold().strip(), gold.casefold().strip()
    if _CJK.search(p) or _CJK.search(g):
        p, g = re.sub(r"[\s·‧・]", "", p), re.sub(r"[\s·‧・]", "", g)
        return bool(p and g) and (p in g or g in p)
    pt, gt = re.findall(r"\w+", p), re.findall(r"\w+", g)
    return bool(pt and gt) and (pt == gt or gt[-1] in pt or pt[-1] in gt)


def score(article: GoldArticle, predicted: Sequence[Quote]) -> Score:
    """Recall and speaker accuracy of `predicted` against the gold quotes of `article`."""
    total = Score(gold=len(article.quotes), articles=1)
    for gold, found in zip(article.quotes, align(article.quotes, predicted), strict=True):
        if found is not None:
            right = int(same_speaker(found.speaker, gold.speaker))
            speech = int(gold.kind == "speech")
            total += Score(0, 1, speech, speech * right, 1, right)
    return total


def load_gold(path: Path) -> GoldArticle:
    """A gold file of tests/data/gold with the text of the article it annotates."""
    data = json.loads(path.read_text(encoding="utf-8"))
    file = next((ARTICLES / data["article"]).glob("article.*"))
    article = source.load(str(file))
    quotes = tuple(GoldQuote(q["text"], q["speaker"], q["kind"]) for q in data["quotes"])
    return GoldArticle(data["article"], data["lang"], article.lang, article.text, quotes)


def polnear_quotes(relations: Iterable[Relation], text: str) -> tuple[GoldQuote, ...]:
    """Quoted segments of the relations' contents; a pronoun source takes the previous name."""
    quotes: list[GoldQuote] = []
    last: str | None = None
    for relation in sorted(relations, key=lambda r: min(r.spans)):
        speaker = relation.source
        if speaker is not None and speaker.casefold() in _PRONOUNS:
            speaker = last
        last = speaker or last
        for start, end in relation.spans:
            span = text[max(start - 1, 0) : end + 1]
            kind = "speech" if speaker else "scare"
            quotes.extend(GoldQuote(m.group(1), speaker, kind) for m in _PAIR.finditer(span))
    return tuple(quotes)


def load_polnear() -> list[GoldArticle]:
    """PolNeAR articles with the attribution relations whose content is a direct quotation."""
    by_article: dict[str, list[Relation]] = {}
    for line in (POLNEAR / "attributions_resolved.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        spans = tuple((int(s), int(e)) for s, e in record["content_spans"])
        by_article.setdefault(record["article"], []).append(Relation(record.get("source"), spans))
    articles = []
    for name, relations in sorted(by_article.items()):
        text = (POLNEAR / "text" / f"{name}.txt").read_text(encoding="utf-8")
        articles.append(GoldArticle(name, "en", "en", text, polnear_quotes(relations, text)))
    return articles


def evaluate(articles: Iterable[GoldArticle]) -> dict[str, Score]:
    """Score find_quotes on each article; keys are article names."""
    return {a.name: score(a, find_quotes(a.text, a.code)) for a in articles if a.quotes}


def by_language(gold: Sequence[GoldArticle], scores: dict[str, Score]) -> dict[str, Score]:
    """Aggregate scores per language of the gold files, plus an 'all' total."""
    totals: dict[str, Score] = {}
    for article in gold:
        totals[article.lang] = totals.get(article.lang, Score()) + scores[article.name]
    totals["all"] = sum(scores.values(), Score())
    return totals


def report() -> dict[str, dict[str, Score]]:
    """Every table: per article, per language, and PolNeAR."""
    gold = [load_gold(p) for p in sorted(GOLD.glob("*.json"))]
    articles = evaluate(gold)
    polnear = evaluate(load_polnear())
    polnear["all"] = sum(polnear.values(), Score())
    return {"articles": articles, "languages": by_language(gold, articles), "polnear": polnear}


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f} ({num}/{den})" if den else "–"


def _row(key: str, s: Score) -> str:
    speech, every = _ratio(s.speech_correct, s.speech_matched), _ratio(s.all_correct, s.all_matched)
    return f"| {key} | {s.articles} | {s.gold} | {_ratio(s.found, s.gold)} | {speech} | {every} |"


def markdown(tables: dict[str, dict[str, Score]]) -> str:
    """The report as markdown tables for docs/benchmarks.md."""
    parts = []
    for title, rows in tables.items():
        lines = [
            f"| {_HEADS[title]} | articles | gold quotes | recall | speaker acc. (speech) "
            "| speaker acc. (all matched) |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        lines += [_row(key, score) for key, score in rows.items()]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark as markdown (default) or JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--markdown", action="store_true", help="markdown tables (default)")
    group.add_argument("--json", action="store_true", help="JSON with counts and ratios")
    args = parser.parse_args(argv)
    try:
        tables = report()
    except NotImplementedError:
        print("summarizer.attribution.find_quotes is not implemented yet", file=sys.stderr)
        return 2
    if args.json:
        out = {t: {k: s.as_dict() for k, s in rows.items()} for t, rows in tables.items()}
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(markdown(tables), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
