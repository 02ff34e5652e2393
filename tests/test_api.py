"""The Python API: docs/api.md's examples run as written; what they do not show is tested here."""

from __future__ import annotations

import doctest
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import summarizer
from summarizer.concurrency import LOOKAHEAD
from summarizer.errors import VerificationError
from summarizer.source.fetch import USER_AGENT
from tests.fakemodel import FakeModel, Faults
from tests.fakeserver import FakeOpenAI

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "articles" / "seed-blitz-china-nato" / "article.txt"


def test_the_examples_in_docs_api_md_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    failed, tried = doctest.testfile(
        str(ROOT / "docs" / "api.md"), module_relative=False, optionflags=flags
    )
    assert tried > 20 and failed == 0


def test_importing_the_package_loads_no_stage() -> None:
    """`import summarizer` stays cheap: the stages (and asyncio) load on first use."""
    code = "import sys, summarizer; print(' '.join(sorted(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    modules = set(loaded.stdout.split())
    assert "summarizer" in modules
    for heavy in ("summarizer.pipeline", "summarizer.source", "summarizer.engines", "asyncio"):
        assert heavy not in modules


def test_the_version_comes_from_the_package_metadata() -> None:
    assert summarizer.__version__ == metadata.version("summarizer")
    assert USER_AGENT.startswith(f"summarizer/{summarizer.__version__} ")


def test_the_api_functions_stay_functions_once_every_stage_has_loaded() -> None:
    code = (
        "import summarizer.attribution.find, summarizer.verification.check, summarizer;"
        "print(callable(summarizer.verify), callable(summarizer.quotes))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.split() == ["True", "True"], done.stderr


def test_strict_raises_where_the_default_prunes(
    fake_openai: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model that invents a quote even when asked to repair it."""
    fake_openai.handler = FakeModel(Faults(hallucinated=True, fixed_on_repair=False))
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.url)
    pruned = summarizer.summarize(SEED, lang="en", engine="openai", model="m")
    assert pruned.verification is not None and pruned.verification.ok
    assert {f.kind for f in pruned.verification.removed} == {"not_found"}
    with pytest.raises(VerificationError, match="not_found"):
        summarizer.summarize(SEED, lang="en", engine="openai", model="m", strict=True)
    many = list(summarizer.summarize_many([SEED], lang="en", engine="openai", strict=True))
    assert many[0].summary is not None and isinstance(many[0].error, VerificationError)


def test_a_bad_length_is_an_input_error() -> None:
    with pytest.raises(summarizer.InputError, match="unknown length 'tiny'"):
        summarizer.summarize(SEED, lang="en", length="tiny")


@pytest.mark.parametrize("path", ["artcle.txt", "my article.html", "data/in"])
def test_a_missing_path_is_not_taken_for_text(path: str) -> None:
    with pytest.raises(summarizer.InputError, match=f"no such file: {path}"):
        summarizer.summarize(path, lang="en")


def test_a_short_sentence_is_text_not_a_path() -> None:
    """One line with a quotation and no file-name shape is read as the article's text."""
    found = summarizer.quotes("“We will win,” Mayor Ann Cole said.")
    assert [(q.text, q.speaker) for q in found] == [("We will win,", "Ann Cole")]


def test_a_short_sentence_with_a_slash_inside_is_text_not_a_path() -> None:
    """Only a line that ends in a `/` part with no space has a path's shape (docs/api.md)."""
    assert summarizer.quotes("Ann Cole said yes/no to the plan, as she did in May.") == []


def test_stopping_early_closes_the_run() -> None:
    """A consumer that stops after the first result does not wait for, or draw, the rest."""
    drawn: list[Path] = []
    endless = (drawn.append(SEED) or SEED for _ in iter(int, 1))
    results = summarizer.summarize_many(endless, lang="en", concurrency=2)
    first = next(results)
    results.close()
    assert first.summary is not None
    assert first.error is None and "Stoltenberg" in first.summary.to_json()
    assert len(drawn) <= 2 * LOOKAHEAD + 1


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("Too short to be an article.\nSecond line.", "the given text is too short"),
        (b"\x00\x01" * 200, "the given bytes: this is a binary file"),
    ],
)
def test_errors_name_text_and_bytes_as_given_not_standard_input(
    source: str | bytes, named: str
) -> None:
    """Text or bytes passed to the API are named as such in the error, not as stdin."""
    with pytest.raises(summarizer.InputError, match=named) as failed:
        summarizer.summarize(source, lang="en")
    assert "standard input" not in str(failed.value)


def test_quotes_lists_the_quote_of_a_text_too_short_to_summarize(tmp_path: Path) -> None:
    """`quotes` takes what `summarize quotes` takes: a one-sentence text is no summary, but has a
    quotation; `summarize` still refuses it."""
    text = "“We will rebuild the bridge by May,” Mayor Ann Cole said on Tuesday.\n"
    path = tmp_path / "short.txt"
    path.write_text(text, encoding="utf-8")
    for source in (text, text.encode("utf-8"), path):
        found = summarizer.quotes(source)
        assert [(q.text, q.speaker) for q in found] == [
            ("We will rebuild the bridge by May,", "Ann Cole")
        ]
    with pytest.raises(summarizer.InputError, match="too short to summarize"):
        summarizer.summarize(text, lang="en")


@pytest.mark.parametrize(
    ("source", "refused"),
    [
        (b"", "the given bytes is empty"),
        ("12 345\n--- 6.78\n", "the given text has no text to read: no letters after cleaning"),
    ],
)
def test_quotes_of_an_empty_text_is_an_input_error(source: str | bytes, refused: str) -> None:
    with pytest.raises(summarizer.InputError, match=refused):
        summarizer.quotes(source)
