"""Benchmark: verify 200 quotes (a few of them misses) against a 1 MB source, cold and warm."""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from summarizer import lang
from summarizer.article import Article
from summarizer.summary import EngineInfo, Point, QuoteRef, SourceInfo, Summary
from summarizer.verification.check import verify

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "articles" / "seed-blitz-china-nato" / "article.txt"


def big_article(size: int) -> Article:
    """The seed article repeated (with a copy number per repeat) to about `size` characters."""
    base = SEED.read_text(encoding="utf-8")
    copies = [f"Copy {i}.\n\n{base}" for i in range(size // len(base) + 1)]
    return Article.from_text("\n\n".join(copies), title="Big", lang="en", origin="bench")


def quotes(article: Article, hits: int, misses: int, rng: random.Random) -> tuple[QuoteRef, ...]:
    """`hits` word-aligned spans sampled from the article plus `misses` altered ones."""
    words = article.text.split(" ")
    refs = []
    for n in range(hits + misses):
        at = rng.randrange(len(words) - 20)
        text = " ".join(words[at : at + rng.randint(6, 18)])
        refs.append(QuoteRef(text + (" unheard-of words" if n < misses else "")))
    rng.shuffle(refs)
    return tuple(refs)


def summary(article: Article, refs: tuple[QuoteRef, ...]) -> Summary:
    """A summary with one point per quote, attributed to nobody in particular."""
    source = SourceInfo(article.title, article.lang, article.sha256, article.origin)
    points = tuple(
        Point("The article reports what was said about the war.", None, (r,)) for r in refs
    )
    return Summary("en", source, EngineInfo("bench"), "The war of words", points)


def main() -> None:
    """Print the one-off language model load, then cold and warm verification times."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000, help="source size in characters")
    parser.add_argument("--quotes", type=int, default=200, help="number of quotes")
    parser.add_argument("--misses", type=int, default=5, help="how many of them are misses")
    args = parser.parse_args()
    article = big_article(args.size)
    refs = quotes(article, args.quotes - args.misses, args.misses, random.Random(7))
    draft = summary(article, refs)
    model = timed(lambda: lang.detect("Words with few stopwords"))
    cold = timed(lambda: verify(draft, article))
    warm = timed(lambda: verify(draft, article))
    result = verify(draft, article).verification
    assert result is not None
    misses = sum(f.kind == "not_found" for f in result.failures)
    print(f"source {len(article.text):,} chars, {result.checked} quotes, {misses} misses")
    print(f"language model load (once per process): {model:.3f} s")
    print(f"verify: cold {cold:.3f} s (folding + quote attribution), warm {warm:.3f} s")


def timed(work: Callable[[], object]) -> float:
    """Wall time of one call of `work`, in seconds."""
    t0 = time.perf_counter()
    work()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
