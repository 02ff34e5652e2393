"""Settings: flag > environment > config file > default, and config mistakes as one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer import config
from summarizer.cli import main
from summarizer.errors import ConfigurationError
from summarizer.model.types import ModelConfig
from tests.fakemodel import FakeModel
from tests.fakeserver import FakeOpenAI

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
SEED = str(ARTICLES / "seed-blitz-china-nato" / "article.txt")
KEY = "sk-test-SECRETKEY0123456789abcdef"


def write(tmp_path: Path, text: str) -> Path:
    """A config file with `text`."""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_line(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run the CLI expecting exit 2 and return its single error line."""
    assert main(list(argv)) == 2
    out, err = capsys.readouterr()
    assert not out and err.count("\n") == 1 and err.startswith("summarize: error:"), err
    return err


@pytest.mark.parametrize(
    "flag, env, expected",
    [
        ("flag-model", "env-model", "flag-model"),
        (None, "env-model", "env-model"),
        (None, None, "file-model"),
    ],
)
def test_flag_beats_environment_beats_file(
    tmp_path: Path, flag: str | None, env: str | None, expected: str
) -> None:
    path = write(tmp_path, 'model = "file-model"\nconcurrency = 3\n')
    environ = {"SUMMARIZER_MODEL": env} if env else {}
    settings = config.resolve({"model": flag}, env=environ, config=str(path))
    assert settings.model == expected and settings.concurrency == 3


def test_defaults_without_file_or_environment(tmp_path: Path) -> None:
    settings = config.resolve({}, env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert settings.model is None and settings.concurrency == 4
    assert settings.resolved_engine() == "extract"


def test_default_config_file_is_read_from_xdg_config_home(tmp_path: Path) -> None:
    (tmp_path / "summarizer").mkdir()
    write(tmp_path / "summarizer", 'engine = "openai"\n')
    assert config.resolve({}, env={"XDG_CONFIG_HOME": str(tmp_path)}).engine == "openai"


def test_model_name_precedence_reaches_the_server(
    fake_openai: FakeOpenAI,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_openai.handler = FakeModel()
    path = write(tmp_path, f'model = "file-model"\nbase_url = "{fake_openai.url}"\n')
    assert main([SEED, "--lang", "en", "--config", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["engine"]["model"] == "file-model"
    monkeypatch.setenv("SUMMARIZER_MODEL", "env-model")
    assert main([SEED, "--lang", "en", "--config", str(path), "--no-cache"]) == 0
    assert main([SEED, "--lang", "en", "--config", str(path), "--model", "flag-model"]) == 0
    models = [r.body["model"] for r in fake_openai.chat_requests()]
    assert models == ["file-model", "env-model", "flag-model"]


def test_malformed_toml_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, 'model = "unterminated\n')
    assert str(path) in error_line(capsys, SEED, "--lang", "en", "--config", str(path))


def test_unknown_key_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, 'modle = "gpt-4o"\n')
    assert "modle" in error_line(capsys, SEED, "--lang", "en", "--config", str(path))


def test_bad_value_names_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, 'concurrency = "many"\n')
    assert "key concurrency" in error_line(capsys, SEED, "--lang", "en", "--config", str(path))


def test_missing_config_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "nope.toml")
    assert missing in error_line(capsys, SEED, "--lang", "en", "--config", missing)


def test_bad_environment_value_names_the_variable(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_CONCURRENCY", "lots")
    assert "SUMMARIZER_CONCURRENCY" in error_line(capsys, SEED, "--lang", "en")


def test_api_key_in_file_is_refused_without_echoing_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, f'api_key = "{KEY}"\n')
    line = error_line(capsys, SEED, "--lang", "en", "--config", str(path))
    assert "OPENAI_API_KEY" in line and KEY not in line


def test_api_key_never_in_repr() -> None:
    settings = config.resolve({}, env={"OPENAI_API_KEY": KEY, "XDG_CONFIG_HOME": "/nonexistent"})
    assert settings.api_key == KEY and settings.resolved_engine() == "openai"
    model = ModelConfig(model="m", base_url=None, api_key=KEY)
    for shown in (repr(settings), str(settings), repr(model), str(model)):
        assert KEY not in shown


def test_configuration_errors_are_configuration_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="context_window"):
        config.read_file(write(tmp_path, "context_window = 0\n"))
