"""Shared fixtures: a fake OpenAI-compatible server, and a private response cache for every test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakeserver import FakeOpenAI


@pytest.fixture(autouse=True)
def _private_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the user's real cache."""
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(autouse=True)
def _no_user_model_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see no model configuration but what they set themselves."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for var in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "SUMMARIZER_MODEL",
        "SUMMARIZER_MODEL_PATH",
        "SUMMARIZER_ENGINE",
        "SUMMARIZER_CONCURRENCY",
        "SUMMARIZER_PROMPTS_DIR",
    ):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A fake OpenAI server on 127.0.0.1, on a free port, serving from a thread."""
    server = FakeOpenAI().start()
    try:
        yield server
    finally:
        server.close()
