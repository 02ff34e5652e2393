"""Model-engine benchmarks on the fake OpenAI server: overhead, concurrency, tokens, long input."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from summarizer import lang, source  # noqa: E402
from summarizer.article import Article  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.engines.base import Engine, Request  # noqa: E402
from summarizer.engines.registry import open_engine  # noqa: E402
from summarizer.engines.tokens import count_tokens  # noqa: E402
from summarizer.pipeline import run_many, summarize  # noqa: E402
from tests.fakemodel import FakeModel, Prompt, understand  # noqa: E402
from tests.fakeserver import FakeOpenAI  # noqa: E402

ARTICLES = ROOT / "tests" / "data" / "articles"
PER_MESSAGE = 3
"""Chat framing tokens per message (and once more to prime the reply), as OpenAI bills them."""


@dataclass(frozen=True)
class Run:
    """One article through the pipeline: wall seconds, and (kind, body or reply) of every call."""

    seconds: float
    sent: tuple[tuple[str, Mapping[str, Any]], ...]
    replies: tuple[tuple[str, str], ...]

    def prompt_tokens(self, *kinds: str) -> int:
        """o200k tokens of the messages sent, for requests of `kinds` (all when empty)."""
        return sum(prompt_tokens(b) for k, b in self.sent if not kinds or k in kinds)

    def completion_tokens(self, *kinds: str) -> int:
        """o200k tokens of the replies to requests of `kinds` (all when empty)."""
        return sum(count_tokens(c) for k, c in self.replies if not kinds or k in kinds)


def kind(asked: Prompt) -> str:
    """What a request asks for, as the fake model understood it: map, reduce, repair..."""
    return "repair" if asked.repair else asked.kind


def prompt_tokens(body: Mapping[str, Any]) -> int:
    """o200k tokens of the exact messages of a request, with the chat framing."""
    messages = body["messages"]
    return sum(count_tokens(str(m["content"])) + PER_MESSAGE for m in messages) + PER_MESSAGE


def settings(url: str, **extra: Any) -> Settings:
    """The openai engine pointed at the fake server at `url`, cache off."""
    base = {"engine": "openai", "base_url": url, "api_key": "sk-bench", "cache": False}
    return Settings(**{**base, "model": "fake-model", **extra})


async def run_one(server: FakeOpenAI, engine: Engine, article: Article) -> Run:
    """Summarize `article` once with a fresh fake model, recording what went over the wire."""
    model = FakeModel()
    server.handler = model
    before = len(server.chat_requests())
    t0 = time.perf_counter()
    await summarize(article, engine, Request(lang.normalize(article.lang)))
    seconds = time.perf_counter() - t0
    sent = tuple((kind(understand(r.body)), r.body) for r in server.chat_requests()[before:])
    return Run(seconds, sent, tuple((kind(p), c) for p, c in model.seen))


async def replay(sdk: Any, run: Run) -> float:
    """Seconds for the raw SDK to send the same requests, maps concurrently as the engine does."""
    t0 = time.perf_counter()
    await asyncio.gather(*(sdk.chat.completions.create(**b) for k, b in run.sent if k == "map"))
    for body in (b for k, b in run.sent if k != "map"):
        await sdk.chat.completions.create(**body)
    return time.perf_counter() - t0


async def overhead(articles: Sequence[Article], rounds: int) -> list[str]:
    """Pipeline wall time minus the raw HTTP round trips, per article, zero model latency."""
    import openai

    spent: list[list[float]] = [[] for _ in articles]
    trips: list[float] = []
    with _fake() as server:
        sdk = openai.AsyncOpenAI(base_url=server.url, api_key="sk-bench", max_retries=0)
        async with sdk, open_engine(settings(server.url)) as engine:
            for round_ in range(rounds + 1):
                for i, article in enumerate(articles):
                    run = await run_one(server, engine, article)
                    trip = await replay(sdk, run)
                    if round_:
                        spent[i].append(run.seconds - trip)
                        trips.append(trip)
    per_article = sorted(statistics.median(s) * 1000 for s in spent)
    p90 = per_article[math.ceil(0.9 * len(per_article)) - 1]
    return [
        f"| Pipeline overhead beyond the HTTP round trip, {len(articles)} shared articles, "
        f"zero latency, cache off ({rounds} rounds) | median {statistics.median(per_article):.1f}"
        f" ms, p90 {p90:.1f} ms, worst {per_article[-1]:.1f} ms (round trip median "
        f"{statistics.median(trips) * 1000:.1f} ms) | < 20 ms |"
    ]


async def concurrency(articles: Sequence[Article], count: int, width: int) -> list[str]:
    """`count` unique articles with 0.5 s model latency through run_many at `width`."""
    latency = 0.5
    copies = [_unique(articles[i % len(articles)], i) for i in range(width + count)]
    with server_process(latency) as url:
        async with open_engine(settings(url)) as engine:
            warm, timed = copies[:width], {a.origin: a for a in copies[width:]}
            await asyncio.gather(*(summarize(a, engine, Request("en")) for a in warm))
            t0 = time.perf_counter()
            results = [
                r
                async for r in run_many(
                    list(timed), timed.__getitem__, engine, Request("en"), concurrency=width
                )
            ]
            wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    calls = sum(r.summary.usage["calls"] for r in results if r.summary is not None)
    failed = sum(1 for r in results if r.error is not None)
    whole = math.ceil(count / width) * latency
    fluid = count / width * latency
    return [
        f"| {count} articles, {latency} s model latency, concurrency {width}, run_many in-process,"
        f" fake server in its own process, cache off, after a warm-up batch | {wall:.2f} s wall: "
        f"{(wall / whole - 1) * 100:+.1f}% over the true lower bound ceil({count}/{width}) × "
        f"{latency} = {whole:.3f} s ({(wall / fluid - 1) * 100:+.1f}% over {count}/{width} × "
        f"{latency} = {fluid:.3f} s); {calls} calls, {failed} failed; peak RSS {peak:.0f} MB "
        f"| within 15% |"
    ]


@contextlib.contextmanager
def _fake(latency: float = 0.0) -> Iterator[FakeOpenAI]:
    """A fake server in this process, closed afterwards."""
    server = FakeOpenAI(latency).start()
    try:
        yield server
    finally:
        server.close()


@contextlib.contextmanager
def server_process(latency: float) -> Iterator[str]:
    """A fake server with the fake model in a child process, so it takes no share of our GIL."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(target=_serve, args=(theirs, latency), daemon=True)
    child.start()
    try:
        yield ours.recv()
    finally:
        ours.send("stop")
        child.join(5)


def _serve(pipe: Connection, latency: float) -> None:
    """Child process: serve until the parent says stop."""
    with _fake(latency) as server:
        server.handler = FakeModel()
        pipe.send(server.url)
        pipe.recv()


def _unique(article: Article, i: int) -> Article:
    """A copy of `article` no cache could have seen: a distinct closing sentence."""
    text = f"{article.text}\n\nThis is benchmark copy number {i}."
    return Article.from_text(text, title=article.title, lang=article.lang, origin=f"copy-{i}")


async def tokens(articles: Mapping[str, Article]) -> list[str]:
    """Prompt tokens sent per article token for single-call articles."""
    rows, ratios = [], []
    with _fake() as server:
        async with open_engine(settings(server.url)) as engine:
            for name, article in articles.items():
                sent = (await run_one(server, engine, article)).prompt_tokens("summarize")
                own = count_tokens(article.text)
                ratios.append(sent / own)
                verdict = "met" if sent / own < 1.3 else f"missed by {sent / own - 1.3:.2f}×"
                rows.append(
                    f"| Prompt tokens per article token, {name} ({article.lang}) | {sent} / "
                    f"{own} = {sent / own:.2f}× (+{sent - own} tokens) | < 1.3×: {verdict} |"
                )
    met = sum(1 for r in ratios if r < 1.3)
    return [
        *rows,
        f"| Prompt tokens per article token, mean of {len(ratios)} short articles | "
        f"{statistics.mean(ratios):.2f}× (met by {met} of {len(ratios)}) | < 1.3× |",
    ]


async def long_input(articles: Mapping[str, Article], budgets: Sequence[int | None]) -> list[str]:
    """Map-reduce cost of long articles versus a refine chain over the same chunks."""
    rows = []
    with _fake() as server:
        for budget in budgets:
            async with open_engine(settings(server.url, max_input_tokens=budget)) as engine:
                for name, article in articles.items():
                    rows.append(_long_row(name, budget, await run_one(server, engine, article)))
    return rows


def _long_row(name: str, budget: int | None, run: Run) -> str:
    """One long-article row: our calls and tokens, and the refine chain's."""
    kinds = [k for k, _ in run.sent]
    ours = run.prompt_tokens() + run.completion_tokens()
    steps = ("map", "reduce", "summarize")
    first = run.prompt_tokens(*steps) + run.completion_tokens(*steps)
    parts = kinds.count("map") or 1
    merged = [c for k, c in run.replies if k in ("reduce", "summarize")]
    summary = count_tokens(merged[0])
    refine = run.prompt_tokens("map", "summarize") + (parts - 1) * summary + parts * summary
    calls = ", ".join(f"{kinds.count(k)} {k}" for k in dict.fromkeys(kinds))
    return (
        f"| {name}, budget {budget or 'default'} | {len(kinds)} calls ({calls}), "
        f"{len(kinds) - parts + 1} sequential; {run.prompt_tokens()} in + "
        f"{run.completion_tokens()} out = {ours} tokens ({first} before repair) | {parts} calls, "
        f"{parts} sequential; {refine} tokens ({(refine / first - 1) * 100:+.0f}% vs ours before "
        f"repair) |"
    )


def main() -> None:
    """Print the results as markdown rows for docs/benchmarks.md."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--concurrency", type=int, default=16)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="summarizer-bench-") as cache:
        os.environ["SUMMARIZER_CACHE_DIR"] = cache
        print("\n".join(report(args.articles, args.concurrency, args.rounds)))


def report(count: int, width: int, rounds: int) -> list[str]:
    """Every benchmark, as the lines of two markdown tables."""
    every = {p.parent.name: source.load(str(p)) for p in sorted(ARTICLES.glob("*/article.*"))}
    short = {k: v for k, v in every.items() if not k.endswith("-LONG")}
    singles = {k: v for k, v in short.items() if (ARTICLES / k / "article.txt").exists()}
    longs = {k: v for k, v in every.items() if k.endswith("-LONG")}
    return [
        "| Benchmark | Result | Target |",
        "|---|---|---|",
        *asyncio.run(concurrency(list(short.values()), count, width)),
        *asyncio.run(overhead(list(every.values()), rounds)),
        *asyncio.run(tokens(singles)),
        "",
        "| Long article | Ours (map-reduce) | Naive refine chain |",
        "|---|---|---|",
        *asyncio.run(long_input(longs, (None, 3000))),
    ]


if __name__ == "__main__":
    main()
