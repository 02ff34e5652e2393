"""What a new user runs into first: summaries in their own language, flags, engines, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import assert_one_line_error, run

GERMAN = """Bahn streicht Verbindungen im Winter

Die Deutsche Bahn streicht im kommenden Winter zahlreiche Verbindungen zwischen Berlin und \
Hamburg. Grund seien Bauarbeiten an der Strecke, teilte das Unternehmen am Montag mit. \
Fahrgäste müssen mit längeren Reisezeiten rechnen.

Die Arbeiten sollen bis zum Frühjahr abgeschlossen sein. Der Fahrgastverband Pro Bahn \
kritisierte die Planung: „Das kommt viel zu kurzfristig“, sagte Verbandschef Detlef Neuß.
"""


def test_a_german_article_summarized_in_german_keeps_its_lead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """"Laut dem Artikel" is the renderer's wording, not a name the article lacks."""
    article = tmp_path / "bahn.txt"
    article.write_text(GERMAN, encoding="utf-8")
    code, out, err = run(capsys, str(article), "--lang", "de", "--engine", "extract")
    assert code == 0, err
    assert "Laut dem Artikel: „Die Deutsche Bahn streicht" in out
    assert "name_not_in" not in out
