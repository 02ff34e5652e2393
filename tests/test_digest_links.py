"""Digest links from a folder source: readers see a file name or a published URL, never the
server's path to the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.cli import main
from tests.smtpserver import SmtpServer
from tests.test_digest import EN, PICKED, body, folder, received, write_config

__all__ = ["folder"]


@pytest.mark.parametrize("base", [None, "https://news.example.org/in"])
def test_folder_links_show_the_file_name_or_the_configured_url(
    base: str | None, tmp_path: Path, state: Path, folder: Path, smtp: SmtpServer
) -> None:
    (folder / "stub.txt").write_text("Too short to summarize.\n", encoding="utf-8")
    published = f'base_url = "{base}"\n' if base else ""
    sources = f'[[sources]]\nfolder = "{folder}"\n{published}'
    config = write_config(tmp_path, sources, smtp.port, recipients=((EN, "en"),))

    main(["digest", "--config", str(config), "--send"])

    message = received(smtp)[EN][0]
    text, html = body(message, "plain"), body(message, "html")
    assert str(tmp_path) not in text and str(tmp_path) not in html
    assert "stub.txt" in text and "too short" in text.lower()
    name = f"{PICKED[0]}.txt"
    if base:
        assert f'href="{base}/{name}"' in html and f"{base}/stub.txt" in text
    else:
        assert name in text


def test_a_base_url_must_be_an_http_url_on_a_folder_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    sources = '[[sources]]\nfolder = "in"\nbase_url = "ftp://files/in/"\n'
    assert main(["digest", "--config", str(write_config(tmp_path, sources, 25))]) == 2
    assert "base_url" in capsys.readouterr().err
