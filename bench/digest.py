"""A 200-article digest against the fake model server (0.3 s latency) and a real SMTP server."""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fakemodel import FakeModel  # noqa: E402
from tests.fakeserver import FakeOpenAI  # noqa: E402
from tests.smtpserver import SmtpServer  # noqa: E402

ARTICLES = ROOT / "tests" / "data" / "articles"
LATENCY = 0.3


@dataclass(frozen=True)
class Run:
    """One `summarize digest` process: wall and CPU seconds, peak RSS, model calls, messages,
    exit code."""

    seconds: float
    cpu: float
    peak_mb: float
    calls: int
    messages: int
    code: int


def make_articles(folder: Path, count: int) -> None:
    """`count` distinct articles: the shared plain-text ones, each with its own closing line."""
    sources = sorted(
        p / "article.txt"
        for p in ARTICLES.iterdir()
        if (p / "article.txt").exists() and "LONG" not in p.name
    )
    folder.mkdir(parents=True)
    for i in range(count):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8").rstrip()
        closing = f"\n\nBulletin {i}: this copy was filed as item number {i} of the benchmark.\n"
        (folder / f"{i:04d}-{src.parent.name}.txt").write_text(text + closing, encoding="utf-8")


def write_config(path: Path, folder: Path, port: int, concurrency: int, langs: list[str]) -> None:
    """digest.toml: one folder, one reader per language, no article limit below the count."""
    readers = "".join(
        f'[[recipients]]\naddress = "reader-{lang}@example.org"\nlang = "{lang}"\n\n'
        for lang in langs
    )
    path.write_text(
        'title = "Benchmark briefing"\n\n[sender]\naddress = "bench@example.org"\n\n'
        f'{readers}[[sources]]\nfolder = "{folder}"\n\n[limits]\narticles = 1000\n\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n\n'
        f'[engine]\nengine = "openai"\nconcurrency = {concurrency}\n',
        encoding="utf-8",
    )


def child_env(base: Path, url: str) -> dict[str, str]:
    """The environment of a measured child: the fake model server, private cache and state."""
    return dict(os.environ) | {
        "OPENAI_BASE_URL": url,
        "OPENAI_API_KEY": "sk-bench",
        "SUMMARIZER_CACHE_DIR": str(base / "cache"),
        "SUMMARIZER_STATE_DIR": str(base / "state"),
        "XDG_CONFIG_HOME": str(base / "config"),
    }


def run(config: Path, env: dict[str, str], mode: str, fake: FakeOpenAI, smtp: SmtpServer) -> Run:
    """Run the digest command in a child process, measuring it with wait4."""
    before, sent = len(fake.chat_requests()), len(smtp.messages)
    cmd = [str(ROOT / ".venv" / "bin" / "summarize"), "digest", "--config", str(config), mode]
    t0 = time.perf_counter()
    child = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=config.parent
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    calls = len(fake.chat_requests()) - before
    cpu = usage.ru_utime + usage.ru_stime
    messages = len(smtp.messages) - sent
    return Run(seconds, cpu, usage.ru_maxrss / 1024, calls, messages, child.returncode)


def bare_start() -> float:
    """Wall seconds of bench/whole_run.py's bare SDK script with nothing to do: its start-up."""
    from bench.whole_run import BARE

    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", BARE, "http://127.0.0.1:9/v1", "."], check=True)
    return time.perf_counter() - t0


def first_runs(
    base: Path, config: Path, env: dict[str, str], rounds: int, fake: FakeOpenAI, smtp: SmtpServer
) -> list[tuple[Run, float]]:
    """`rounds` first digests (fresh ledger, cold response cache, the parsed tokenizer an
    earlier run leaves), each right after a start-up of the bare SDK script."""
    out = []
    for i in range(rounds):
        cache = base / f"cache-{i}"
        shutil.copytree(base / "warm" / "tokenizers", cache / "tokenizers")
        fresh = env | {
            "SUMMARIZER_CACHE_DIR": str(cache),
            "SUMMARIZER_STATE_DIR": str(base / f"s{i}"),
        }
        start = bare_start()
        out.append((run(config, fresh, "--send", fake, smtp), start))
    return out


def main() -> None:
    """Print the benchmark table rows for docs/benchmarks.md."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--articles", type=int, default=200)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--langs", default="zh", help="comma-separated reader languages")
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args()
    langs = args.langs.split(",")
    firsts, again, cached = measure(args.articles, args.concurrency, langs, args.rounds)
    first = firsts[0][0]
    ideal = math.ceil(first.calls / args.concurrency) * LATENCY
    ratios = [r.seconds / (ideal + s) for r, s in firsts]
    cpu = statistics.median(r.cpu for r, _ in firsts)
    what = f"{args.articles} articles × {len(langs)} language(s), concurrency {args.concurrency}"
    print(
        f"| Digest, {what}, {LATENCY} s model latency, whole process ({args.rounds} rounds, each "
        f"after a start-up of the bare SDK script) | median "
        f"{statistics.median(r.seconds for r, _ in firsts):.2f} s wall vs ideal "
        f"ceil({first.calls}/{args.concurrency}) × {LATENCY} = {ideal:.1f} s; bare start-up "
        f"median {statistics.median(s for _, s in firsts):.2f} s; ratio to the ideal plus the "
        f"start-up per round {', '.join(f'{r:.2f}×' for r in ratios)} (median "
        f"{statistics.median(ratios):.2f}×); process CPU median {cpu:.2f} s; peak RSS "
        f"{max(r.peak_mb for r, _ in firsts):.0f} MB; "
        f"{first.calls} model calls; {first.messages} emails; exit "
        f"{max(r.code for r, _ in firsts)}; load average {os.getloadavg()[0]:.1f} |"
    )
    print(
        f"| Same digest again, same ledger | {again.seconds:.2f} s; {again.calls} model calls; "
        f"{again.messages} emails (nothing new) |"
    )
    print(
        f"| Same articles, fresh ledger, warm cache | {cached.seconds:.2f} s (CPU "
        f"{cached.cpu:.2f} s); {cached.calls} model calls (target 0); {cached.messages} emails; "
        f"peak RSS {cached.peak_mb:.0f} MB |"
    )


def measure(
    articles: int, concurrency: int, langs: list[str], rounds: int
) -> tuple[list[tuple[Run, float]], Run, Run]:
    """First runs (each with the bare start-up before it), a rerun on the same ledger, and a
    run on a fresh ledger with a warm cache."""
    from bench.whole_run import warm_tokenizer  # it imports this module

    with tempfile.TemporaryDirectory() as tmp, SmtpServer() as smtp:
        base = Path(tmp)
        fake = FakeOpenAI(latency=LATENCY).start()
        fake.handler = FakeModel()
        try:
            make_articles(base / "articles", articles)
            config = base / "digest.toml"
            write_config(config, base / "articles", smtp.port, concurrency, langs)
            env = child_env(base, fake.url)
            warm_tokenizer(base)  # as any earlier run (of summarize or a digest) leaves it
            firsts = first_runs(base, config, env, rounds, fake, smtp)
            env |= {"SUMMARIZER_CACHE_DIR": str(base / "cache-0")}
            again = run(
                config, env | {"SUMMARIZER_STATE_DIR": str(base / "s0")}, "--send", fake, smtp
            )
            cached = run(config, env, "--send", fake, smtp)
        finally:
            fake.close()
    return firsts, again, cached


if __name__ == "__main__":
    main()
