"""Shared fixtures: a fake OpenAI-compatible server, a mail server, a private state folder, and a
private response cache for every test."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.fakeserver import FakeOpenAI
from tests.smtpserver import SmtpServer


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


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private state folder for the ledger and lock."""
    folder = tmp_path / "state"
    monkeypatch.setenv("SUMMARIZER_STATE_DIR", str(folder))
    return folder


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """A real SMTP server on 127.0.0.1."""
    with SmtpServer() as server:
        yield server


@pytest.fixture
def unreadable(tmp_path: Path) -> Callable[[str], contextlib.AbstractContextManager[Path]]:
    """A file this process cannot read, even when the tests run as root (euid dropped meanwhile)."""

    @contextlib.contextmanager
    def make(text: str) -> Iterator[Path]:
        path = tmp_path / "secret.txt"
        path.write_text(text)
        path.chmod(0)
        as_root = os.geteuid() == 0
        if as_root:
            os.seteuid(65534)
        try:
            yield path
        finally:
            if as_root:
                os.seteuid(0)

    return make


def _hypothesis_profiles() -> None:
    """A few examples per property in `make test`; `make fuzz` sets HYPOTHESIS_PROFILE=fuzz."""
    from hypothesis import settings

    settings.register_profile("default", max_examples=25, deadline=None)
    settings.register_profile("fuzz", max_examples=5000, deadline=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


_hypothesis_profiles()
