"""Which sentences read as reported facts, and which reporting clauses announce a statement."""
# not bylines, not first-person speech; the words are in summarizer/data/sentences.toml

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer import _data, lang
from summarizer.article import Article
from summarizer.source.sentences import Sentence

_CJK = re.compile(f"[{lang.KANA}{lang.HAN}{lang.HAN_COMPATIBILITY}]")
"""Chinese and Japanese letters; not hangul, as Korean spaces its words and is measured in them."""
_CLOSERS = "”’」』»)）\"' "
_CLAUSE_END = re.compile(r"[.!?。！？\n]+\s*")
_CLAUSE_REACH = 160
_QUOTED = re.compile(r"“[^”]*”|«[^»]*»|„[^“”\"]*[“”\"]|「[^」]*」|『[^』]*』|\"[^\"]*\"")


@dataclass(frozen=True)
class _Rules:
    skip: tuple[re.Pattern[str], ...]
    min_words: int
    min_cjk: int
    max_words: int
    max_cjk: int
    planned: dict[str, re.Pattern[str]]
    first_person: dict[str, re.Pattern[str]]


@cache
def _rules() -> _Rules:
    data = _data.load_toml("sentences.toml")
    return _Rules(
        skip=tuple(re.compile(p) for p in data["skip"]),
        min_words=data["min_words"],
        min_cjk=data["min_cjk"],
        max_words=data["max_words"],
        max_cjk=data["max_cjk"],
        planned={
            family: re.compile("|".join(patterns), re.IGNORECASE)
            for family, patterns in data["planned"].items()
        },
        first_person={
            family: re.compile("|".join(patterns), re.IGNORECASE)
            for family, patterns in data["first_person"].items()
        },
    )


def size(text: str) -> tuple[int, int]:
    """(CJK characters, words) of `text`."""
    return len(_CJK.findall(text)), len(lang.WORD.findall(text))


def informative(sentence: Sentence) -> bool:
    """True for a finished statement of reporting length that is no byline or prompt."""
    rules = _rules()
    text = sentence.text
    if not sentence.terminated or text.rstrip(_CLOSERS)[-1:] in "?？؟":
        return False
    if any(p.search(text) for p in rules.skip):
        return False
    cjk, words = size(text)
    if cjk >= rules.min_cjk:
        return cjk <= rules.max_cjk
    return rules.min_words <= words <= rules.max_words


def first_person(text: str, language: str) -> bool:
    """True for a sentence in the first person outside its quotations: unmarked speech."""
    # "Nous réfléchissons à une réforme.", "以前我们一般采的是全血": someone's words, not
    # the reporting
    pattern = _rules().first_person.get(lang.family(language))
    return pattern is not None and pattern.search(_QUOTED.sub(" ", text).strip()) is not None


def planned(article: Article, start: int, end: int) -> bool:
    """True when the clause around the quotation at [start, end) announces or expects it."""
    # "will say", "dürfte", "将表示": the statement is not reported as made
    pattern = _rules().planned.get(lang.family(article.lang))
    if pattern is None:
        return False
    text = article.text
    before = text[max(0, start - _CLAUSE_REACH) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    after = text[end : end + _CLAUSE_REACH]
    cut = _CLAUSE_END.search(after)
    clause = before[ends[-1] if ends else 0 :] + " " + (after[: cut.start()] if cut else after)
    return pattern.search(clause) is not None
