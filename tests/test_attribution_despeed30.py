"""despeed30: whole-text look-ups from a word index answer as the patterns they replace."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from summarizer.attribution.lexicon.overlap import Overlap
from summarizer.attribution.lexicon.word_runs import (
    in_runs,
    matches_from,
    occurrences,
    run_ends,
    run_start,
    run_starts,
    words_before,
)
from summarizer.attribution.speakers import german_bodies, role_doubts, taken_up
from tests.work_counts import assert_linear

_SHARED_DE = Path(__file__).resolve().parents[2] / "shared" / "attribution" / "de"

# invented: repeats, hyphens, compounds, digits, underscores, a name twice in a row, edges of text
_TEXT = (
    "Keller sagte: Jonas Keller Keller und Keller. Die Bundestrainerin Ute Keller-Ost, "
    "Trainer-Ausbilderin und Trainerin; 2Trainer, _trainer, Co-Trainer, Trainerinnen. "
    "Jonas  Keller, Jonas\tKeller, Anna Kellers, Anna Keller_, Bürgermeister Ämil Öz sagte. "
    "Der Sprecher der Polizei, Polizeisprecher Max Ohm, Pressesprecherin Eva Ohm. trainer "
    "Die Firma Acme AG, Firma Firma Beta, AT&T Firma Gamma, die Freie Universität, Neue  "
    "Universität\tzu Lenz, Universitätsklinik Ulm, Innenminister, Dr. Ada Roe, Minister Prof. "
    "Kai Lo; der innenministerin Lea Ott, Ministers Jo Day, Ministerin: Ida Oz."
)
_PHRASES = ["Keller", "Keller Keller", "Ohm", "Öz", "Ost", "Ämil Öz", "Keller-Ost", "x", "Kell"]
_HEADS = ["Trainer", "Trainerin", "Sprecher", "Sprecherin", "Keller", "Ost", "Öz", "Co-Trainer"]


def _before_scanned(text: str, phrase: str) -> list[str]:
    return [m[1] for m in re.finditer(rf"(\w+) {re.escape(phrase)}(?!\w)", text)]


def _ends_scanned(text: str, head: str) -> tuple[int, ...]:
    low, word = re.escape(head.lower()), re.escape(head)
    pattern = rf"(?<![\w-])(?:[\w-]*{low}|{word})(?![\w-])"
    return tuple(m.end() for m in re.finditer(pattern, text))


@pytest.mark.parametrize("phrase", _PHRASES)
def test_words_before_answers_as_the_pattern(phrase: str) -> None:
    for text in (_TEXT, _TEXT[6:], "Jonas Keller", " Keller", "Keller Keller Keller Keller"):
        assert words_before(text, phrase) == _before_scanned(text, phrase)


@pytest.mark.parametrize("head", [*_HEADS, "Dr.", "a b", "İnan", "N", "r", ""])
def test_run_ends_answers_as_the_pattern(head: str) -> None:
    for text in (_TEXT, _TEXT[3:], "Trainer", "xTrainer-", "trainer trainer"):
        assert run_ends(text, head.lower(), head) == _ends_scanned(text, head)


@pytest.mark.skipif(not _SHARED_DE.is_dir(), reason="the shared de corpus is not here")
def test_on_the_shared_german_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every capitalised word of 40 shared documents, as a phrase and as a head."""
    docs = sorted(_SHARED_DE.glob("*.txt"))[:40]
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in docs)
    words = sorted(set(re.findall(r"\b[A-ZÄÖÜ][\w-]+", text)))[::7]
    assert len(words) > 100
    for word in words:
        assert words_before(text, word) == _before_scanned(text, word), word
        assert run_ends(text, word.lower(), word) == _ends_scanned(text, word), word
    for word in words[::5]:
        assert _as_scanned(monkeypatch, taken_up, "in_runs", _holders, text, word.lower())
        assert _as_scanned(monkeypatch, german_bodies, "matches_from", _bodies, text, word, _STOP)
        bare = role_doubts._bare.__wrapped__
        assert _as_scanned(monkeypatch, role_doubts, "matches_from", bare, text, word, ("der",))


def _scanned(text: str, pattern: re.Pattern[str], *_: object) -> list[re.Match[str]]:
    return list(pattern.finditer(text))


_holders = taken_up._holders.__wrapped__
_bodies = german_bodies._named.__wrapped__
_STOP = frozenset({"der", "die", "das", "zu"})


def _as_scanned(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str, read: Any, *args: object
) -> bool:
    """Whether `read(*args)` answers the same with the module's look-up replaced by a scan."""
    now = read(*args)
    with monkeypatch.context() as patched:
        patched.setattr(module, name, _scanned)
        return bool(now == read(*args))


@pytest.mark.parametrize("role", ["minister", "innenminister", "sprecher", "firma", "trainer"])
def test_role_holders_as_scanned(monkeypatch: pytest.MonkeyPatch, role: str) -> None:
    for text in (_TEXT, _TEXT.lower(), _TEXT[40:]):
        assert _as_scanned(monkeypatch, taken_up, "in_runs", _holders, text, role)


@pytest.mark.parametrize("noun", ["Firma", "Universität", "Polizei", "Minister"])
def test_named_bodies_as_scanned(monkeypatch: pytest.MonkeyPatch, noun: str) -> None:
    for text in (_TEXT, _TEXT[90:], "Firma Acme", "X Firma Acme"):
        assert _as_scanned(monkeypatch, german_bodies, "matches_from", _bodies, text, noun, _STOP)


def test_occurrences_overlap() -> None:
    assert list(occurrences("aaaa", "aa")) == [0, 1, 2]
    assert list(occurrences("Aa aA", "aa", re.IGNORECASE)) == [0, 3]


def test_overlap_answers_as_any() -> None:
    """`Overlap` against the comprehension it replaced, on names, pieces and odd strings."""
    names = ["Jan Ost", "Ute Lenz", "Ost", "Ada Roe-Ost", "Lenz\x00X", "Karl"]
    tried = [*names, "", "Jan", "Jan Ost-Weber", "Dr. Ute Lenz", "Lenz", "Ida Roe", "\x00", "X"]
    tried += ["Karla Moos", "karl", "Ost\x00", "a", "Ute Lenz\x00X Y", "Roe-Ost Jan"]
    for pool in (names, names[:2], [], [""], ["\x00"]):
        overlap = Overlap(pool)
        for string in tried:
            assert overlap(string) == any(n in string or string in n for n in pool), (pool, string)
            assert overlap(string) == any(n in string or string in n for n in pool)  # kept


@pytest.mark.parametrize("role", ["minister", "Sprecher", "firma", "trainerin", "universität", ""])
def test_bare_roles_as_scanned(monkeypatch: pytest.MonkeyPatch, role: str) -> None:
    bare = role_doubts._bare.__wrapped__
    for links in ((), ("der", "von")):
        for text in (_TEXT, _TEXT.upper(), "Minister, minister Kai Lo"):
            assert _as_scanned(monkeypatch, role_doubts, "matches_from", bare, text, role, links)


def test_empty_literal_and_match() -> None:
    assert list(occurrences("ab", "")) == [0, 1, 2]
    empty = re.compile(r"(?<![\w-])(?![\w-])|b")
    spans = [m.span() for m in matches_from("a  b", empty, range(5))]
    assert spans == [m.span() for m in empty.finditer("a  b")] == [(2, 2), (3, 4)]


def test_run_starts_as_run_start() -> None:
    for text in (_TEXT, "a-b c--d  e_f", "Firma&Co Firma"):
        ats = sorted({*range(0, len(text), 3), *range(1, len(text), 7)})
        assert list(run_starts(text, ats)) == [run_start(text, at) for at in ats]
        assert list(run_starts(text, ats, "&-")) == [run_start(text, at, "&-") for at in ats]


def test_one_long_run_stays_linear() -> None:
    """A word of 400,000 characters holding its noun 50,000 times: read once, not from each."""
    text = "Trainer" * 50_000 + "-trainer x " + "trainer" * 10
    assert run_ends(text, "trainer", "Trainer") == _ends_scanned(text, "Trainer")
    pattern = re.compile(r"(?<![\w-])[\w-]*trainer(?:s|n|en)?,?\s+([A-ZÄÖÜ][\w-]+)", re.I)
    found = [m.span() for m in in_runs(text, pattern, "trainer")]
    assert found == [m.span() for m in pattern.finditer(text)]

    def run(n: int) -> None:
        long = "Trainer" * n + "-trainer x " + "trainer" * 10
        run_ends(long, "trainer", "Trainer")
        list(in_runs(long, pattern, "trainer"))

    assert_linear(run, 2_000)
