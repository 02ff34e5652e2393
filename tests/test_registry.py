"""The engine table: every way of naming an engine goes through it; unknown names are refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from summarizer import config
from summarizer.cli import main
from summarizer.engines import registry
from summarizer.errors import ConfigurationError
from tests.fakeserver import FakeOpenAI

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
SEED = str(ARTICLES / "seed-blitz-china-nato" / "article.txt")
VALID = "auto, extract, openai, local"


def error_line(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run the CLI expecting exit 2 and return its single error line."""
    assert main(list(argv)) == 2
    out, err = capsys.readouterr()
    assert not out and err.count("\n") == 1 and err.startswith("summarize: error:"), err
    return err


def test_a_misspelt_engine_in_the_environment_is_refused_not_run_as_openai(
    fake_openai: FakeOpenAI, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_ENGINE", "extrct")
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.url)
    line = error_line(capsys, SEED, "--lang", "en")
    assert "SUMMARIZER_ENGINE" in line and "'extrct'" in line and VALID in line
    assert fake_openai.chat_requests() == []


def test_a_misspelt_engine_in_the_config_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text('engine = "extrct"\n', encoding="utf-8")
    line = error_line(capsys, SEED, "--lang", "en", "--config", str(path))
    assert f"config file {path}, key engine" in line and VALID in line


def test_a_misspelt_engine_flag_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    line = error_line(capsys, SEED, "--lang", "en", "--engine", "extrct")
    assert "--engine: unknown engine 'extrct'" in line and VALID in line


@pytest.mark.parametrize(
    "argv",
    [
        ["golden", "check", "--engine", "loca1"],
        ["batch", "submit", SEED, "--lang", "en", "--engine", "loca1"],
        ["digest", "--config", "digest.toml", "--engine", "loca1"],
    ],
)
def test_golden_batch_and_digest_refuse_unknown_engines(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "digest.toml").write_text(
        'title = "B"\n[sender]\naddress = "d@example.org"\n\n[[recipients]]\n'
        'address = "a@example.org"\nlang = "en"\n\n[[sources]]\nfolder = "articles"\n',
        encoding="utf-8",
    )
    argv = [str(tmp_path / a) if a == "digest.toml" else a for a in argv]
    assert "unknown engine 'loca1'" in error_line(capsys, *argv)


def test_every_name_given_is_checked_even_when_a_flag_overrides_it(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('engine = "gpt"\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="key engine: unknown engine 'gpt'"):
        registry.resolve({"engine": "extract"}, env={}, config_file=str(path))


def test_opening_an_unknown_engine_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match=f"unknown engine 'nope'; valid engines: {VALID}"):
        registry.factory("nope")


@pytest.mark.parametrize(
    "text, expected",
    [("true", True), ("YES", True), ("1", True), ("False", False), ("no", False), ("0", False)],
)
def test_boolean_words_in_the_config_file(tmp_path: Path, text: str, expected: bool) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f'cache = "{text}"\n', encoding="utf-8")
    assert config.resolve({}, env={}, config=str(path)).cache is expected


@pytest.mark.parametrize("text", ["on", "maybe", "2", ""])
def test_other_boolean_words_are_refused(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(f'cache = "{text}"\n', encoding="utf-8")
    line = error_line(capsys, SEED, "--lang", "en", "--config", str(path))
    assert "key cache" in line and "true/false, 1/0, yes/no" in line


PLUGIN = """
import contextlib
from dataclasses import replace

from summarizer.engines.extract import ExtractEngine


class Tagged:
    name = "tagged"

    async def summarize(self, article, request):
        made = await ExtractEngine().summarize(article, request)
        return replace(made, engine=replace(made.engine, name="tagged"))


@contextlib.asynccontextmanager
async def open_tagged(settings):
    yield Tagged()
"""


def test_a_third_party_engine_is_found_through_its_entry_point(tmp_path: Path) -> None:
    """A package that names a factory in `summarizer.engines` is selectable by that name."""
    (tmp_path / "tagged_engine.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "tagged_engine-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: tagged-engine\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        textwrap.dedent("""\
            [summarizer.engines]
            tagged = tagged_engine:open_tagged
        """)
    )
    code = "import sys; from summarizer.cli import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    argv = [sys.executable, "-c", code, SEED, "--lang", "en", "--format", "json"]
    done = subprocess.run([*argv, "--engine", "tagged"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["engine"]["name"] == "tagged"
    wrong = subprocess.run([*argv, "--engine", "tagge"], capture_output=True, text=True, env=env)
    assert wrong.returncode == 2 and "unknown engine 'tagge'" in wrong.stderr
