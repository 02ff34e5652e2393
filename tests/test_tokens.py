"""The tokenizer loads only when needed: a bound that never undercounts, a checked parsed cache."""

from __future__ import annotations

import json
import os
import random
import string
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.engines import bound, tokens
from summarizer.engines import vocabulary as vocabulary_module
from summarizer.engines.tokens import count_tokens, load_encoding, upper_bound
from tests.fakemodel import FakeModel
from tests.fakeserver import FakeOpenAI

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
SEED = ROOT / "examples" / "seed-blitz-china-nato.txt"
LONG = ARTICLES / "en-03-las-vegas-sands-assange-spying-LONG" / "article.txt"
SHARED = ROOT.parent / "shared" / "articles"
ENCODINGS = ("o200k_base", "cl100k_base")
TRICKY = "ab qzAZ'sdtmlvre\n\r\t .,!?-/1234567890éü中文語國说는ですذلكпривет“”—😀\u0301\uff01"


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_pair_the_bound_joins_is_one_token(encoding: str) -> None:
    ranks = load_encoding(encoding)._mergeable_ranks
    lowercase = string.ascii_lowercase
    joined = [a + b for a in " " + lowercase for b in lowercase]
    assert [p for p in joined if p not in bound._SPLIT_PAIRS and p.encode() not in ranks] == []


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_character_the_bound_joins_starts_with_a_two_byte_token(encoding: str) -> None:
    ranks = load_encoding(encoding)._mergeable_ranks
    blocks = [block.split("-") for block in bound._JOINED_BLOCKS.split()]
    starts = [cp for a, b in blocks for cp in range(int(a, 16), int(b, 16) + 1, 64)]
    assert all(cp % 64 == 0 and len(chr(cp).encode()) == 3 for cp in starts)
    assert [hex(cp) for cp in starts if chr(cp).encode()[:2] not in ranks] == []


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_bound_never_undercounts_real_text(encoding: str) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*/article.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "prompts").rglob("*.j2"))]
    for text in texts:
        assert count_tokens(text, encoding) <= upper_bound(text) <= len(text.encode("utf-8"))


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_bound_never_undercounts_odd_text(encoding: str) -> None:
    picks = random.Random(12)
    for _ in range(3000):
        text = "".join(picks.choices(TRICKY, k=picks.randint(0, 40)))
        assert count_tokens(text, encoding) <= upper_bound(text), repr(text)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_python_count_equals_tiktoken(encoding: str) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*/article.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "prompts").rglob("*.j2"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*/article.txt"))]
    picks = random.Random(13)
    texts += ["".join(picks.choices(TRICKY, k=picks.randint(0, 60))) for _ in range(3000)]
    built = load_encoding(encoding)
    wrong = [
        t for t in texts if tokens.vocabulary(encoding).count(t) != len(built.encode_ordinary(t))
    ]
    assert wrong == []


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_python_fit_agrees_with_the_exact_count_at_every_nearby_budget(encoding: str) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*/article.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*/article.txt"))]
    picks = random.Random(14)
    texts += ["".join(picks.choices(TRICKY, k=picks.randint(0, 400))) for _ in range(300)]
    built = load_encoding(encoding)
    wrong = []
    for text in texts:
        exact = len(built.encode_ordinary(text))
        for budget in {0, exact - 50, exact - 1, exact, exact + 1, exact + 50, exact * 2}:
            if tokens.vocabulary(encoding).fits(text, budget) != (exact <= budget):
                wrong.append((text[:40], budget))
    assert wrong == []


def test_short_texts_are_counted_in_python_until_tiktoken_pays(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from summarizer.engines.tokens import count_tokens\n"
        f"text = open({str(LONG)!r}, encoding='utf-8').read()[:40000]\n"
        "first = count_tokens(text), 'tiktoken' in sys.modules\n"
        "later = {count_tokens(text) for _ in range(100)}\n"
        "print(*first, *later, 'tiktoken' in sys.modules)\n"
    )
    env = dict(os.environ) | {"SUMMARIZER_CACHE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env
    )
    exact = str(count_tokens(LONG.read_text(encoding="utf-8")[:40000]))
    assert done.stdout.split() == [exact, "False", exact, "True"], done.stderr


def summarize_in_child(article: Path, tmp_path: Path, fake: FakeOpenAI) -> dict[str, object]:
    """Run `summarize ARTICLE --engine openai` in a fresh process; say whether tiktoken loaded."""
    script = (
        "import json, sys\n"
        "from summarizer.cli import main\n"
        f"code = main([{str(article)!r}, '--lang', 'en', '--engine', 'openai', '--format',"
        f" 'json', '--out-dir', {str(tmp_path / 'out')!r}])\n"
        "print(json.dumps({'code': code, 'tiktoken': 'tiktoken' in sys.modules}))\n"
    )
    env = dict(os.environ) | {"OPENAI_BASE_URL": fake.url, "OPENAI_API_KEY": "sk-test"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def test_seed_article_loads_no_tokenizer(tmp_path: Path, fake_openai: FakeOpenAI) -> None:
    fake_openai.handler = FakeModel()
    assert summarize_in_child(SEED, tmp_path, fake_openai) == {"code": 0, "tiktoken": False}
    assert len(fake_openai.chat_requests()) == 1
    assert not (tmp_path / "cache" / "tokenizers").exists()


def test_long_article_loads_the_tokenizer(tmp_path: Path, fake_openai: FakeOpenAI) -> None:
    fake_openai.handler = FakeModel()
    assert summarize_in_child(LONG, tmp_path, fake_openai) == {"code": 0, "tiktoken": True}
    assert len(fake_openai.chat_requests()) > 2


def forget_loaded() -> None:
    """Drop the vocabularies and encodings this process has loaded."""
    load_encoding.cache_clear()
    tokens.vocabulary.cache_clear()


def test_parsed_vocabulary_is_cached_and_checked(tmp_path: Path) -> None:
    forget_loaded()
    try:
        assert count_tokens("hello world") == 2
        (stored,) = (tmp_path / "cache" / "tokenizers").iterdir()
        good = stored.read_bytes()
        stored.write_bytes(good[:-10] + b"0" * 10)
        forget_loaded()
        assert count_tokens("hello world") == 2
        assert stored.read_bytes() == good
    finally:
        forget_loaded()


def test_counts_stay_exact_when_the_piece_memory_is_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocabulary_module, "PIECES_KEPT", 50)
    counter = tokens.vocabulary("o200k_base")
    text = LONG.read_text(encoding="utf-8")
    assert counter.count(text) == len(load_encoding("o200k_base").encode_ordinary(text))
    assert len(counter._counted) <= 50
