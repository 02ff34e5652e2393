"""Prompt templates: strict rendering, a version that tracks every byte, shipped in the wheel."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from summarizer import lang
from summarizer.engines import prompt
from summarizer.errors import ConfigurationError
from summarizer.summary import Failure

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted(
    p.relative_to(ROOT / "prompts").as_posix() for p in (ROOT / "prompts").rglob("*.j2")
)

NAMES = {
    "en": "English",
    "zh": "Simplified Chinese (简体中文)",
    "zh-Hant": "Traditional Chinese (繁體中文)",
    "es": "Spanish (español)",
    "fr": "French (français)",
    "de": "German (Deutsch)",
    "ja": "Japanese (日本語)",
    "ru": "Russian (русский)",
    "ar": "Arabic (العربية)",
}


def context(code: str) -> dict[str, Any]:
    """Every variable any template uses."""
    item = {"id": "c0p0", "speaker": None, "text": "t", "quote_ids": ["q0"]}
    return {
        "lang_code": code, "title": "A title", "source_lang": "en", "text": "Body text.",
        "nonce": prompt.nonce("Body text."), "points": 5, "part": 2, "parts": 3,
        "speakers": ["Lin Jian"], "items": [item],
        "failures": [Failure("not_found", "not in the source", 0, 0, "closest words")],
    }  # fmt: skip


def without(values: dict[str, Any], name: str) -> dict[str, Any]:
    """`values` lacking `name`."""
    return {k: v for k, v in values.items() if k != name}


def test_missing_variable_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match=r"summarize\.j2.*'title' is undefined"):
        prompt.load().messages("summarize.j2", **without(context("en"), "title"))


def test_version_changes_when_any_template_byte_changes(tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", folder)
    original = prompt.load(folder).version
    assert original == prompt.load(ROOT / "prompts").version
    for name in TEMPLATES:
        path = folder / name
        data = path.read_bytes()
        path.write_bytes(data.replace(b" ", b"  ", 1))
        assert prompt.load(folder).version != original, name
        path.write_bytes(data)
    assert prompt.load(folder).version == original


@pytest.mark.parametrize("code", lang.SUPPORTED)
@pytest.mark.parametrize("template", ["summarize.j2", "map.j2", "reduce.j2", "repair.j2"])
def test_every_language_renders_every_template(code: str, template: str) -> None:
    system, user = prompt.load().messages(template, **context(code))
    assert system["role"] == "system" and user["role"] == "user"
    assert NAMES[code] in system["content"] and NAMES[code] in user["content"]
    assert f"<<<ARTICLE {prompt.nonce('Body text.')}>>>" in system["content"]
    assert "{{" not in system["content"] + user["content"]


def test_chinese_guidance_names_the_script_and_quotation_marks() -> None:
    hans = prompt.load().messages("summarize.j2", **context("zh"))[0]["content"]
    hant = prompt.load().messages("summarize.j2", **context("zh-Hant"))[0]["content"]
    assert "Simplified Chinese" in hans and "“ ”" in hans and "Traditional" not in hans
    assert "Traditional Chinese" in hant and "「 」" in hant and "Simplified" not in hant


def test_templates_ship_in_the_wheel_and_are_found_there(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = tmp_path.glob("summarizer-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert {f"summarizer/prompts/{t}" for t in TEMPLATES} <= names
        archive.extractall(tmp_path / "site")
    found = subprocess.run(
        [sys.executable, "-c", "from summarizer.engines.prompt import load; print(load().folder)"],
        capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "site")},
    )  # fmt: skip
    assert found.stdout.strip() == str(tmp_path / "site" / "summarizer" / "prompts"), found.stderr
