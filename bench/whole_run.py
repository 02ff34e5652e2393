"""`summarize` on many articles against a bare openai script, whole process each."""

from __future__ import annotations

import argparse
import json
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

from bench.digest import make_articles  # noqa: E402
from bench.engine import server_process  # noqa: E402

BIN = ROOT / ".venv" / "bin"
BARE = """
import asyncio, pathlib, sys
import openai

SYSTEM = 'Summarize the article. Write "headline" in English.'


async def main(url, out, files):
    sdk = openai.AsyncOpenAI(base_url=url, api_key="sk-bench", max_retries=0)
    gate = asyncio.Semaphore(16)

    async def one(item):
        path, _, calls = item.partition("::")
        async with gate:
            text = pathlib.Path(path).read_text(encoding="utf-8")
            user = f"<<<ARTICLE 0>>>\\n{text}\\n<<<END ARTICLE 0>>>"
            messages = [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]
            for _ in range(int(calls or 1)):
                reply = await sdk.chat.completions.create(
                    model="fake-model", messages=messages, response_format={"type": "json_object"}
                )
            name = pathlib.Path(out) / (pathlib.Path(path).stem + ".json")
            name.write_text(reply.choices[0].message.content, encoding="utf-8")

    async with sdk:
        await asyncio.gather(*(one(p) for p in files))


asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
"""


@dataclass(frozen=True)
class Run:
    """One child process: wall seconds, CPU seconds, peak RSS (MB), exit code, files written."""

    seconds: float
    cpu: float
    peak_mb: float
    code: int
    written: int


def measure(cmd: list[str], env: dict[str, str], out: Path) -> Run:
    """Run `cmd` as a child, with wait4 for its own peak RSS; count the files it wrote."""
    out.mkdir(parents=True)
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code:
        assert child.stderr is not None
        print(child.stderr.read().decode(errors="replace")[-2000:], file=sys.stderr)
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss / 1024, code, len(list(out.iterdir())))


def ours(base: Path, url: str, files: list[str], tag: str) -> Run:
    """`summarize FILES --engine openai --concurrency 16 --format json --out-dir`: a cold response
    cache, and the parsed tokenizer that any earlier run leaves in the cache folder."""
    shutil.copytree(base / "warm" / "tokenizers", base / f"cache-{tag}" / "tokenizers")
    env = dict(os.environ) | {
        "OPENAI_BASE_URL": url,
        "OPENAI_API_KEY": "sk-bench",
        "SUMMARIZER_CACHE_DIR": str(base / f"cache-{tag}"),
        "XDG_CONFIG_HOME": str(base / "config"),
    }
    out = base / f"ours-{tag}"
    cmd = [str(BIN / "summarize"), *files, "--lang", "en", "--engine", "openai"]
    return measure(
        [*cmd, "--concurrency", "16", "--format", "json", "--out-dir", str(out)], env, out
    )


def bare(base: Path, url: str, files: list[str], tag: str) -> Run:
    """The bare SDK script: the same articles, one call each (or `FILE::N` calls, one after the
    other, for N given per file), asyncio.Semaphore(16)."""
    out = base / f"bare-{tag}"
    return measure([str(BIN / "python"), "-c", BARE, url, str(out), *files], dict(os.environ), out)


def same_calls(base: Path, files: list[str], tag: str) -> list[str]:
    """`FILE::N` for each article, N the model calls our run made for it (a repair turn after a
    failed verification is a second call), so the bare script can make the same calls."""
    calls = {}
    for made in (base / f"ours-{tag}").glob("*.json"):
        calls[made.name.split(".")[0]] = json.loads(made.read_text("utf-8"))["usage"]["calls"]
    return [f"{f}::{calls[Path(f).stem]}" for f in files]


def warm_tokenizer(base: Path) -> None:
    """Parse the tokenizer once into base/warm, as any earlier run leaves it in the cache."""
    warm = "from summarizer.engines.tokens import count_tokens; count_tokens('')"
    env = dict(os.environ) | {"SUMMARIZER_CACHE_DIR": str(base / "warm")}
    subprocess.run([str(BIN / "python"), "-c", warm], env=env, check=True)


def main() -> None:
    """Alternate our run and the bare script's; print medians and the ratio of each pair."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--articles", type=int, default=96)
    p.add_argument("--latency", type=float, default=0.5)
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp, server_process(args.latency) as url:
        base = Path(tmp)
        make_articles(base / "articles", args.articles)
        files = sorted(str(f) for f in (base / "articles").iterdir())
        warm_tokenizer(base)
        pairs, same = [], []
        for i in range(args.rounds):
            pairs.append((ours(base, url, files, str(i)), bare(base, url, files, str(i))))
            same.append(bare(base, url, same_calls(base, files, str(i)), f"same-{i}"))
    for mine, theirs in pairs:
        assert mine.code == 0 and mine.written == theirs.written == args.articles, (mine, theirs)
    ratios = [m.seconds / b.seconds for m, b in pairs]
    alike = [m.seconds / b.seconds for (m, _), b in zip(pairs, same, strict=True)]
    print(
        f"| {args.articles} articles, `--engine openai --concurrency 16 --format json --out-dir`, "
        f"{args.latency} s latency, whole process ({args.rounds} alternating rounds) | ours "
        f"median {statistics.median(m.seconds for m, _ in pairs):.2f} s, bare SDK script "
        f"median {statistics.median(b.seconds for _, b in pairs):.2f} s; ratio per round "
        f"{', '.join(f'{r:.2f}×' for r in ratios)} (median {statistics.median(ratios):.2f}×); "
        f"CPU median ours {statistics.median(m.cpu for m, _ in pairs):.2f} s, bare "
        f"{statistics.median(b.cpu for _, b in pairs):.2f} s; load average "
        f"{os.getloadavg()[0]:.1f}; peak RSS ours {max(m.peak_mb for m, _ in pairs):.0f} MB, bare "
        f"{max(b.peak_mb for _, b in pairs):.0f} MB | ≤ 1.15×, < 200 MB |"
    )
    print(
        f"| same, against the bare script making the same calls as ours (a second call for each "
        f"article ours repaired) | bare median {statistics.median(b.seconds for b in same):.2f} s;"
        f" ratio per round {', '.join(f'{r:.2f}×' for r in alike)} (median "
        f"{statistics.median(alike):.2f}×) | ≤ 1.15× |"
    )


if __name__ == "__main__":
    main()
