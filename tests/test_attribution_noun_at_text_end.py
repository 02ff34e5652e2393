"""A subject noun that is the text's last character: no crash, the noun is the mention."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.cli import main

# The reviewer's shapes: the noun after the cue ends the file, with no stop after it.
ENDINGS = [
    ("— Oui, a déclaré le pilote", "fr", "pilote"),
    ("— Oui ? demande le pilote", "fr", "pilote"),
    ("— Sí —dijo el piloto", "es", "piloto"),
    ("“Yes,” called elle", "en", "elle"),
    ("— Нет, — сказал пилот", "ru", "пилот"),
]


@pytest.mark.parametrize(("text", "lang", "noun"), ENDINGS)
def test_a_subject_noun_ending_the_text_is_read_without_a_crash(
    text: str, lang: str, noun: str
) -> None:
    (quote,) = find_quotes(text, lang)
    assert quote.speaker is None and quote.mention == noun


@pytest.mark.parametrize(("text", "lang", "noun"), ENDINGS)
def test_the_quotes_command_exits_0_on_a_file_ending_with_the_noun(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, lang: str, noun: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")  # no newline: the noun is the last character
    assert main(["quotes", str(path), "--source-lang", lang, "--format", "json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["speaker"] is None
