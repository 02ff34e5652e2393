"""What a new user runs into first: summaries in their own language, flags, engines, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import summarizer
from summarizer.digest.mail import compose
from tests.test_cli import SEED, assert_one_line_error, run
from tests.test_mail import Tags, bodies, envelope, letter, real, squash

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
    """ "Laut dem Artikel" is the renderer's wording, not a name the article lacks."""
    article = tmp_path / "bahn.txt"
    article.write_text(GERMAN, encoding="utf-8")
    code, out, err = run(capsys, str(article), "--lang", "de", "--engine", "extract")
    assert code == 0, err
    assert "Laut dem Artikel: „Die Deutsche Bahn streicht" in out
    assert "name_not_in" not in out


@pytest.mark.parametrize(
    "argv",
    [
        ("--concurrency", "0"),
        ("--max-input-tokens", "-5"),
    ],
)
def test_a_count_below_one_is_refused_naming_the_flag(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, str(SEED), "--lang", "en", "--engine", "extract", *argv)
    assert code == 2 and not out
    assert_one_line_error(err, argv[0], "must be 1 or more")


def test_a_zero_concurrency_in_the_environment_says_what_is_wanted(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARIZER_CONCURRENCY", "0")
    code, _, err = run(capsys, str(SEED), "--lang", "en", "--engine", "extract")
    assert code == 2
    assert_one_line_error(err, "SUMMARIZER_CONCURRENCY", "whole number of 1 or more")


def test_golden_repeat_zero_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "golden", "check", "--repeat", "0")
    assert code == 2
    assert_one_line_error(err, "--repeat", "must be 1 or more")


@pytest.mark.parametrize("command", [("cache",), ("golden",)])
def test_help_lists_no_input_options_where_nothing_is_read(
    capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    with pytest.raises(SystemExit):
        run(capsys, *command, "--help")
    out = capsys.readouterr().out
    assert "--debug" in out
    assert "--max-bytes" not in out and "--fetch-deadline" not in out


def test_every_summary_option_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "--help")
    out = capsys.readouterr().out
    assert "about 3, 6 or 10 points" in out
    assert "cached model replies" in out
    assert "(default 20000000)" in out


def test_the_openai_engine_without_a_key_or_endpoint_says_so_at_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not five connection attempts to api.openai.com that can only be refused."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    code, out, err = run(capsys, str(SEED), "--lang", "en", "--engine", "openai")
    assert code == 2 and not out
    assert_one_line_error(err, "the openai engine needs OPENAI_API_KEY", "--base-url")


@pytest.mark.parametrize("url", ["file:///etc/hostname", "ftp://example.org/story.txt"])
def test_a_url_of_another_scheme_is_named_as_such_not_as_a_missing_file(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    code, out, err = run(capsys, url, "--lang", "en", "--engine", "extract")
    assert code == 2 and not out
    assert_one_line_error(err, url, "only http:// and https:// URLs are fetched")
    assert "no such file" not in err


def test_each_digest_config_mistake_is_on_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As docs/digest.md shows them, not run together on one line."""
    config = tmp_path / "digest.toml"
    config.write_text(
        'title = "x"\n[sender]\naddress = "desk@example.org"\n'
        '[[recipients]]\nadress = "a@example.org"\nlang = "zh"\n'
        '[[sources]]\nfolder = "."\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "digest", "--config", str(config), "--engine", "extract")
    assert code == 2 and not out
    assert err.splitlines() == [
        f"summarize: error: {config}:4: 'address' is missing in [[recipients]] #1; "
        "add address = ...",
        f"{config}:5: unknown key 'adress' in [[recipients]] #1; did you mean 'address'?",
    ]


def test_a_digest_of_own_and_foreign_language_articles_gives_one_notice() -> None:
    """Not the untranslated and the extractive notice one after the other, saying the same."""
    names = ("seed-blitz-china-nato", "zh-01-leung-chun-ying-illegal-structures")
    entries = [real(name, "en") for name in names]
    notices = {entry.summary.notice for entry in entries if entry.summary}
    assert len(notices) == 2
    text, html = bodies(compose(letter("en", *entries), envelope()))
    for part in (text, html):
        assert squash(part).count(squash("No model is configured")) == 1
        assert "This is an extractive summary" not in part


def test_digest_points_run_in_the_readers_direction_whatever_the_speakers_script() -> None:
    """'<Arabic speaker> 表示：“…”' in a Chinese digest reads left to right, as its label does."""
    entry = real("ar-01-syria-rebels-seize-arms-depots", "zh")
    assert entry.summary is not None
    assert any(p.speaker and "表示" in p.text for p in entry.summary.points)
    _, html = bodies(compose(letter("zh", entry), envelope()))
    points = [attrs for attrs in Tags(html).named("li") if attrs.get("class") == "point"]
    assert points and all(attrs.get("dir") in (None, "ltr") for attrs in points)


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        run(capsys, "--version")
    assert ended.value.code == 0
    assert capsys.readouterr().out == f"summarize {summarizer.__version__}\n"


def test_out_naming_the_input_leaves_the_article_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "story.txt"
    article.write_bytes(SEED.read_bytes())
    code, out, err = run(capsys, str(article), "--lang", "en", "--out", str(article))
    assert code == 2 and not out
    assert_one_line_error(err, f"--out {article} is the input")
    assert article.read_bytes() == SEED.read_bytes()


def test_show_out_naming_its_summary_leaves_the_summary_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = tmp_path / "seed.json"
    assert run(capsys, str(SEED), "--lang", "en", "--engine", "extract", "--out", str(made))[0] == 0
    before = made.read_bytes()
    code, _, err = run(capsys, "show", str(made), "--source", str(SEED), "--out", str(made))
    assert code == 2
    assert_one_line_error(err, "is the input")
    assert made.read_bytes() == before


def test_a_missing_file_is_one_line_with_no_notice_before_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The no-model notice comes with a summary, not ahead of an error about the input."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_ENGINE"):
        monkeypatch.delenv(name, raising=False)
    code, out, err = run(capsys, "no-such-article.txt", "--lang", "en")
    assert code == 2 and not out
    assert err == "summarize: error: no such file: no-such-article.txt\n"


@pytest.mark.parametrize(("given", "heading"), [("en-US", "Key points"), ("fr_CA", "Points clés")])
def test_a_language_tag_with_a_region_reads_as_its_language(
    capsys: pytest.CaptureFixture[str], given: str, heading: str
) -> None:
    code, out, err = run(capsys, str(SEED), "--lang", given, "--engine", "extract")
    assert code == 0, err
    assert heading in out


def test_a_region_of_an_unsupported_language_is_still_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, str(SEED), "--lang", "pt-BR", "--engine", "extract")
    assert code == 2 and not out
    assert_one_line_error(err, "unknown language 'pt-BR'", "supported: en")


def test_a_summary_without_quotes_does_not_claim_zero_quotes_were_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = tmp_path / "summary.txt"
    summary.write_text(
        "China urged NATO to halt its attempts to blame Beijing for the war.\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "verify", "--text", str(summary), "--source", str(SEED))
    assert code == 0, err
    assert out.startswith("Verified: no quotes to check\n")
    assert "0 quotes" not in out


def test_a_failed_input_among_several_is_named_once_in_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "gone.txt")
    code, out, err = run(capsys, str(SEED), missing, "--lang", "en", "--engine", "extract")
    assert code == 4 and out
    assert f"summarize: error: no such file: {missing}\n" in err
    assert err.count(missing) == 2  # its line, and the "1 of 2 inputs failed" line
