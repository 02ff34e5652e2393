"""CPU per article on the model path, stage by stage, for articles of about 5 KB."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from summarizer import source  # noqa: E402
from summarizer.article import Article  # noqa: E402
from summarizer.attribution.find import find_quotes  # noqa: E402
from summarizer.engines import parse, prompt  # noqa: E402
from summarizer.engines.base import Request  # noqa: E402
from summarizer.engines.model_engine import ModelEngine  # noqa: E402
from summarizer.engines.task import ArticleTask  # noqa: E402
from summarizer.render import render  # noqa: E402
from summarizer.summary import EngineInfo, SourceInfo, Summary  # noqa: E402
from summarizer.verification.check import verify  # noqa: E402
from tests.fakemodel import FakeModel  # noqa: E402

ARTICLES = ROOT / "tests" / "data" / "articles"
SIZES = (3_000, 8_000)
"""Plain-text shared articles between these sizes in bytes (about 5 KB each)."""


class _Client:
    """Just enough of ModelClient for the engine's planning (no network)."""

    class config:
        model = "fake-model"


def articles() -> list[Path]:
    """The shared plain-text articles of about 5 KB."""
    found = sorted(ARTICLES.glob("*/article.txt"))
    return [p for p in found if SIZES[0] <= p.stat().st_size <= SIZES[1]]


def timed(work: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Fewest milliseconds of `work()` over `runs` calls (the CPU cost, least disturbed by other
    processes on a shared machine), and its last result."""
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000, result


def fresh(article: Article, count: int) -> list[Article]:
    """Copies no per-text cache has seen (the quote finder and verifier cache by text)."""
    return [
        Article.from_text(
            f"{article.text}\n\nCopy {n}.", title=article.title, lang=article.lang, origin="x"
        )
        for n in range(count)
    ]


def stages(path: Path, runs: int) -> dict[str, float]:
    """Milliseconds of each stage for the article at `path`."""
    from summarizer.config import Settings

    prompts = prompt.load()
    engine = ModelEngine("openai", _Client(), prompts, settings=Settings())  # type: ignore[arg-type]
    engine.surely_fits(Article.from_text("", title="", lang="en", origin=""))
    request = Request("en")
    out: dict[str, float] = {}
    out["read + clean"], article = timed(lambda: source.load(str(path)), runs)
    copies = fresh(article, runs)
    found = iter(copies)
    out["quotes"], _ = timed(lambda: find_quotes(next(found).text, "en"), runs)
    out["chunk"], fits = timed(lambda: engine.surely_fits(article), runs)
    if not fits:
        quotes = find_quotes(article.text, article.lang)
        engine._chunks(article, quotes)  # the tokenizer loads once per process, not per article
        out["chunk"], _ = timed(lambda: engine._chunks(article, quotes), runs)
    job = ArticleTask(article, request)
    out["prompt"], messages = timed(
        lambda: prompts.messages("summarize.j2", **job.context(article.text)), runs
    )
    reply = FakeModel()({"messages": messages}).content
    out["parse"], draft = timed(lambda: parse.draft(reply), runs)
    made = Summary(
        lang="en",
        source=SourceInfo(article.title, article.lang, article.sha256, article.origin),
        engine=EngineInfo("openai", "fake-model", prompts.version),
        headline=draft.headline,
        points=draft.points,
    )
    checking = iter(copies)  # their quotes are cached: the verifier's own work only
    out["verify"], checked = timed(lambda: verify(made, next(checking)), runs)
    out["render json"], _ = timed(lambda: render(checked, "json"), runs)
    out["fits"] = float(fits)
    return out


def main() -> None:
    """Print one markdown row per article and the median row."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=30)
    args = p.parse_args()
    rows = {path.parent.name: stages(path, args.runs) for path in articles()}
    names = [k for k in next(iter(rows.values())) if k != "fits"]
    print("| article | " + " | ".join(names) + " | total (ms) |")
    print("|---|" + "---:|" * (len(names) + 1))
    for name, row in rows.items():
        total = sum(row[k] for k in names)
        fit = " (bound)" if row["fits"] else " (bound fails: tokenizer split)"
        cells = " | ".join(f"{row[k]:.2f}" for k in names)
        print(f"| {name}{fit} | {cells} | {total:.2f} |")


if __name__ == "__main__":
    main()
