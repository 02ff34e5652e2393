"""Capitalised words of a point that read as names, and the reader's label words that never do."""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache

from summarizer import lang
from summarizer.labels import labels
from summarizer.verification.match import fold
from summarizer.verification.names import plain

CASED = frozenset({"en", "es", "fr", "de", "ru"})
"""Language families whose capitals mark names, so a capitalised word can be checked as one."""
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”«»]\s*|\n)$")
_SLOT = re.compile(r"\{\w+\}")
_ENDINGS = 2
"""Letters an inflected name may change at its end ("Песков", "Пескова"; "Augsteins")."""
_STEM = 4
"""The fewest letters a stem or a German compound part is matched by."""


def runs(text: str) -> Iterator[list[str]]:
    """Runs of capitalised words inside a sentence of `text`, one run per name."""
    # a sentence's first word may be any word: "Solicitor General Elizabeth Prelogar"
    folded = fold(text)
    run: list[str] = []
    end = -1
    for m in lang.LETTERS.finditer(folded):
        word = m.group()
        named = len(word) >= 2 and word[0].isupper()
        if run and (not named or folded[end : m.start()] != " "):
            yield run
            run = []
        if named and not _SENTENCE_START.search(folded[: m.start()]):
            run.append(word)
            end = m.end()
    if run:
        yield run


@lru_cache(maxsize=16)
def wording(reader: str) -> frozenset[str]:
    """The casefolded words of the reader's attribution labels ("Laut dem Artikel: …")."""
    # the renderer's wording, never a name, though German capitalises its nouns
    said = labels(reader)
    templates = " ".join((said.lead, said.said, said.planned))
    return frozenset(w.casefold() for w in lang.LETTERS.findall(_SLOT.sub(" ", templates)))


def outside(text: str, known: AbstractSet[str], casefolded: str, family: str) -> Iterator[str]:
    """Capitalised words inside a sentence of `text` that are not among the article's words."""
    # `known`: the article's casefolded words (with and without accents); `casefolded`: its text
    for word in (word for run in runs(text) for word in run):
        folded = word.casefold()
        if not {folded, plain(folded)} & known and not _inflected(folded, casefolded, family):
            yield word


def _inflected(word: str, casefolded: str, family: str) -> bool:
    """Whether the article has `word` in another case (ru, de) or inside a German compound."""
    # "Песков" where the article writes "Пескова"; "Kanzler" in "Bundeskanzler", "Haushalt" in
    # "Haushaltspläne"
    if family == "de" and len(word) >= _STEM and word in casefolded:
        return True
    if family not in ("ru", "de"):
        return False
    stem = word[:-_ENDINGS] if len(word) - _ENDINGS >= _STEM else word
    return re.search(rf"(?<!\w){re.escape(stem)}", casefolded) is not None
