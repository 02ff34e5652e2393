"""Tokens are counted offline; chunks fit the budget, cut at natural boundaries, lose nothing."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import tiktoken_ext.openai_public as openai_public  # type: ignore[import-untyped]

from summarizer.engines import chunk, tokens, vocabulary
from summarizer.engines.chunk import (
    DEFAULT_BUDGET,
    Chunk,
    budget_for,
    count_tokens,
    encoding_for_model,
    fits,
    load_encoding,
    split,
)
from summarizer.errors import ConfigurationError, InputError

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
LONG = ("en-03-las-vegas-sands-assange-spying-LONG", "zh-06-pence-wilson-center-speech-hant-LONG")
ENCODINGS = ("o200k_base", "cl100k_base")
MARKS = "\u0301\u064e"


def article(name: str) -> str:
    """The cleaned text of one test article."""
    return (ARTICLES / name / "article.txt").read_text(encoding="utf-8")


def text_articles() -> list[str]:
    """Names of the test articles that ship as plain text."""
    return sorted(path.parent.name for path in ARTICLES.glob("*/article.txt"))


def check(text: str, chunks: tuple[Chunk, ...], budget: int) -> None:
    """Chunks are in order, exact slices, within budget, and lose nothing but whitespace."""
    position = 0
    for index, piece in enumerate(chunks):
        assert piece.index == index
        assert piece.text == text[piece.start : piece.end]
        assert piece.text and piece.text == piece.text.strip()
        assert text[position : piece.start].strip() == ""
        assert piece.tokens == count_tokens(piece.text)
        assert piece.tokens <= budget or len(piece.text.rstrip(MARKS)) == 1
        position = piece.end
    assert text[position:].strip() == ""


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """Forget loaded encodings before and after a test that tampers with the data."""
    load_encoding.cache_clear()
    tokens.vocabulary.cache_clear()
    yield
    load_encoding.cache_clear()
    tokens.vocabulary.cache_clear()


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_counts_match_tiktoken(encoding: str) -> None:
    assert count_tokens("hello world", encoding) == 2
    assert count_tokens("", encoding) == 0
    expected = {"o200k_base": [24912, 2375], "cl100k_base": [15339, 1917]}[encoding]
    assert load_encoding(encoding).encode_ordinary("hello world") == expected


def test_encodings_differ_on_chinese() -> None:
    text = article("zh-06-pence-wilson-center-speech-hant-LONG")
    assert (count_tokens(text, "o200k_base"), count_tokens(text, "cl100k_base")) == (6422, 10167)


def test_special_token_text_counts_as_text() -> None:
    assert count_tokens("<|endoftext|>") > 1


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_definition_matches_tiktoken_registry(
    encoding: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, str | None] = {}

    def no_download(url: str, expected_hash: str | None = None) -> dict[bytes, int]:
        seen["hash"] = expected_hash
        return {}

    monkeypatch.setattr(openai_public, "load_tiktoken_bpe", no_download)
    official = openai_public.ENCODING_CONSTRUCTORS[encoding]()
    ours = load_encoding(encoding)
    assert ours._pat_str == official["pat_str"]
    assert ours._special_tokens == official["special_tokens"]
    assert seen["hash"] == vocabulary._SPECS[encoding].sha256


def test_counts_with_network_blocked(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network is blocked in this test')\n"
        "socket.socket = refuse\n"
        "socket.create_connection = refuse\n"
        "from summarizer.engines.chunk import count_tokens\n"
        "print(count_tokens('hello world'), count_tokens('hello world', 'cl100k_base'))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "TIKTOKEN_CACHE_DIR": str(tmp_path), "HOME": str(tmp_path)}
    env["SUMMARIZER_CACHE_DIR"] = str(tmp_path_factory.mktemp("parsed"))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2", "2"]
    assert list(tmp_path.iterdir()) == []


def test_corrupted_data_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    contents = gzip.decompress(vocabulary._bundled_path("o200k_base").read_bytes())
    corrupted = tmp_path / "o200k_base.tiktoken.gz"
    corrupted.write_bytes(gzip.compress(contents.replace(b"IQ== 0", b"Ig== 0", 1)))
    monkeypatch.setattr(vocabulary, "_bundled_path", lambda name: corrupted)
    with pytest.raises(ConfigurationError, match="corrupt") as caught:
        count_tokens("hello world")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("payload", [None, b"not gzip at all"])
def test_missing_or_unreadable_data_is_refused(
    payload: bytes | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    path = tmp_path / "o200k_base.tiktoken.gz"
    if payload is not None:
        path.write_bytes(payload)
    monkeypatch.setattr(vocabulary, "_bundled_path", lambda name: path)
    with pytest.raises(ConfigurationError, match="missing or unreadable"):
        count_tokens("hello world")


def test_unknown_encoding_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="unknown tokenizer encoding 'p50k_base'"):
        count_tokens("hello", "p50k_base")


@pytest.mark.parametrize(
    ("model", "encoding"),
    [
        ("gpt-4o-mini", "o200k_base"),
        ("gpt-4.1", "o200k_base"),
        ("o3-mini", "o200k_base"),
        ("gpt-5", "o200k_base"),
        ("gpt-4", "cl100k_base"),
        ("openai/gpt-4-turbo", "cl100k_base"),
        ("gpt-3.5-turbo", "cl100k_base"),
        ("qwen2.5-7b-instruct", "o200k_base"),
    ],
)
def test_encoding_follows_model(model: str, encoding: str) -> None:
    assert encoding_for_model(model) == encoding


def test_encoding_override_wins_and_is_checked() -> None:
    assert encoding_for_model("gpt-4o", override="cl100k_base") == "cl100k_base"
    with pytest.raises(ConfigurationError):
        encoding_for_model("gpt-4o", override="gpt2")


def test_budget() -> None:
    assert budget_for(8192, 1500, 700) == DEFAULT_BUDGET == 5992
    with pytest.raises(ConfigurationError, match="leaves no room"):
        budget_for(2048, 1500, 700)


@pytest.mark.parametrize("name", text_articles())
def test_typical_articles_fit_in_one_call(name: str) -> None:
    text = article(name)
    assert fits(text) is (name not in LONG)
    chunks = split(text, DEFAULT_BUDGET)
    check(text, chunks, DEFAULT_BUDGET)
    assert len(chunks) == (2 if name in LONG else 1)


@pytest.mark.parametrize("name", LONG)
def test_long_articles_split_evenly(name: str) -> None:
    sizes = [piece.tokens for piece in split(article(name), DEFAULT_BUDGET)]
    assert min(sizes) > 0.8 * max(sizes)


def test_paragraphs_are_packed_whole() -> None:
    paragraphs = [f"Paragraph {n} has a few words in it. It ends here." for n in range(12)]
    text = "\n\n".join(paragraphs)
    budget = 3 * count_tokens(paragraphs[0]) + 4
    chunks = split(text, budget)
    check(text, chunks, budget)
    assert len(chunks) == 4
    assert all(set(piece.text.split("\n\n")) <= set(paragraphs) for piece in chunks)


def test_long_paragraph_is_cut_between_sentences() -> None:
    text = " ".join(f"Sentence number {n} says something about the budget." for n in range(40))
    chunks = split(text, 60)
    check(text, chunks, 60)
    assert len(chunks) > 1
    assert all(piece.text.endswith("budget.") for piece in chunks)


def test_long_sentence_is_cut_between_clauses() -> None:
    text = ", ".join(f"clause {n} about the council" for n in range(60)) + "."
    chunks = split(text, 40)
    check(text, chunks, 40)
    assert all(piece.text.endswith(("council,", "council.")) for piece in chunks)


def test_text_without_boundaries_is_cut_between_characters() -> None:
    text = "x" * 5000 + "é" * 3000
    chunks = split(text, 100)
    check(text, chunks, 100)
    assert "".join(piece.text for piece in chunks) == text


def test_combining_marks_stay_with_their_letter() -> None:
    text = "e\u0301" * 100 + "كَتَبَ" * 50
    chunks = split(text, 1)
    check(text, chunks, 1)
    assert not any(piece.text.startswith(tuple(MARKS)) for piece in chunks)


def test_chinese_is_cut_at_sentence_ends() -> None:
    text = article("zh-06-pence-wilson-center-speech-hant-LONG")
    chunks = split(text, 300)
    check(text, chunks, 300)
    assert len(chunks) > 20
    assert all(piece.text.endswith(("。", "」", "!")) for piece in chunks[:-1])


def test_chinese_closing_quote_stays_with_its_sentence() -> None:
    text = "他說:「我們一定會贏得這場選舉。」記者隨後問他為什麼這麼有信心。" * 20
    chunks = split(text, 30)
    check(text, chunks, 30)
    assert all(piece.text.endswith(("。", "。」")) for piece in chunks)
    assert not any(piece.text.startswith("」") for piece in chunks)


def test_quotations_are_never_split() -> None:
    quote = '"We will not move. We never moved. We will stay right here, in this town."'
    text = " ".join(
        f"The mayor spoke on day {n}. She said {quote} Then she left." for n in range(9)
    )
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(quote), text)]

    def cuts_a_quote(chunks: tuple[Chunk, ...]) -> bool:
        return any(s < piece.end < e for piece in chunks for s, e in spans)

    assert cuts_a_quote(split(text, 25))
    chunks = split(text, 25, protected=spans)
    check(text, chunks, 25)
    assert not cuts_a_quote(chunks)


def test_real_quotations_survive_a_normal_budget() -> None:
    text = article("en-01-scotus-alito-vs-prelogar")
    spans = [(m.start(), m.end()) for m in re.finditer("“[^”]+”", text)]
    chunks = split(text, 300, protected=spans)
    check(text, chunks, 300)
    assert not any(s < piece.end < e for piece in chunks for s, e in spans)


def test_quotation_longer_than_budget_is_split() -> None:
    text = "She said: " + "“" + "The plan is good and it will work. " * 30 + "”"
    chunks = split(text, 50, protected=[(0, len(text))])
    check(text, chunks, 50)
    assert len(chunks) > 1


@pytest.mark.parametrize("budget", [1, 2, 3])
@pytest.mark.parametrize(
    "name", ["en-01-scotus-alito-vs-prelogar", "zh-03-film-premiere-ni-shi-xiong-shou"]
)
def test_tiny_budgets_terminate(name: str, budget: int) -> None:
    text = article(name)[:1500]
    check(text, split(text, budget), budget)


@pytest.mark.parametrize("filler", ["article", "我們是", "a"])
def test_megabyte_text_splits_without_recursion_trouble(filler: str) -> None:
    unit = article("en-03-las-vegas-sands-assange-spying-LONG") if filler == "article" else filler
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    chunks = split(text, DEFAULT_BUDGET)
    assert len(chunks) > 20
    assert all(piece.text == text[piece.start : piece.end] for piece in chunks)
    assert max(piece.tokens for piece in chunks) <= DEFAULT_BUDGET


class CountingEncoding:
    """Wraps an encoding and adds up how many characters it was asked to encode."""

    def __init__(self, name: str) -> None:
        self.inner = load_encoding(name)
        self.characters = 0

    def encode_ordinary(self, text: str) -> list[int]:
        self.characters += len(text)
        return self.inner.encode_ordinary(text)

    def decode_bytes(self, tokens: list[int]) -> bytes:
        return self.inner.decode_bytes(tokens)


@pytest.mark.parametrize("name", LONG)
def test_each_part_is_encoded_only_a_few_times(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = article(name)
    counting = CountingEncoding("o200k_base")
    monkeypatch.setattr(chunk, "load_encoding", lambda encoding: counting)
    split(text, 500)
    assert counting.characters < 3 * len(text)


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_blank_text_has_no_chunks(text: str) -> None:
    assert split(text, 10) == ()


def test_bad_arguments_are_reported_in_one_line() -> None:
    with pytest.raises(ConfigurationError, match="at least 1"):
        split("text", 0)
    with pytest.raises(InputError, match=r"protected span \(2, 9\) lies outside") as caught:
        split("text", 10, protected=[(2, 9)])
    assert "\n" not in str(caught.value)
