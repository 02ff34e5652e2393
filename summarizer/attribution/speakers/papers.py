"""A document as the subject of a cue, past what describes it, and its named writer."""
# "The memo for members of the council, drawn up by the Audit Office, states that …"; the writer:
# "prepared by the Audit Office". The words it quotes are writing.

from __future__ import annotations

import itertools
import re

from summarizer import _data
from summarizer.attribution.attributed import Attribution, basis_of
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of
from summarizer.attribution.lexicon.records import recast
from summarizer.attribution.speakers.issuer import issuer
from summarizer.attribution.speakers.names import Resolver

_ASIDE = re.compile(r"\s*(?:[,–—-]\s*)?")
_JOINERS = frozenset(_data.load_toml("names.toml")["body_joiners"])  # "Office of Budget"
_NAME_WORDS = 8
_OWNED = re.compile(r"((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w-]*)['’]s?\s\w+")
_BREAK = re.compile(r"[,;:!?()–—\"“”‘’\n]|\.(?:\s|$)")


def paper(mention: Mention, cues: Cues) -> bool:
    """Whether a mention is a document ("the memo", "the report"), not a person."""
    words = TOKEN.findall(mention.words)
    return mention.kind == "org" and bool(words) and words[-1].lower() in cues.papers


# Named right after it, as in ", drawn up by the Audit Office,"; never a sure one.
def written(
    mention: Mention, resolver: Resolver, closed: int, context: tuple[int, int]
) -> Attribution:
    """A document's words ("the memo states that …"): its writer if named, else nobody."""
    found = writer(resolver.text, mention, resolver.cues)
    noun = TOKEN.findall(mention.words)[-1].lower() if mention.words else ""
    window = (context[0], min(context[1], mention.at))  # "Acme Corp. issued a statement."
    found = found or issuer(resolver.text, noun, window, resolver.cues)
    name = resolver.resolve(recast(mention, words=found, kind="org"), (0, 0)) if found else None
    owned = None if found else _owner_pronoun(resolver.text, mention, resolver.cues)
    name = name or (resolver.resolve(owned, context) if owned else None)
    basis = basis_of(mention, closed) if name else "none"
    return Attribution(name, mention.cue, mention.words, basis, mention.cue_at, named=False)


# A capitalised name after an authoring word and its agent:
# ", prepared by the Audit Office,", "– written by Lena Marsh –".
def writer(text: str, paper: Mention, cues: Cues) -> str | None:
    """The writer set off right after a document's noun, or named as its owner."""
    owned = owner(paper)
    if owned:
        return owned
    aside = _ASIDE.match(text, paper.at + len(paper.words))
    if aside is None:
        return None
    words = TOKEN.findall(text, aside.end(), aside.end() + 40)
    at = 0
    while at < min(len(words), 3) and words[at].lower() in cues.authoring:
        at += 1
    if aside.group().isspace() == bool(at):  # ", prepared by X" or "the report by X"
        return None
    if at == len(words) or words[at].lower() not in cues.agents:
        return None
    begin = text.find(words[at], aside.end()) + len(words[at])
    stop = _BREAK.search(text, begin)
    after = TOKEN.finditer(text, begin, stop.start() if stop else len(text))
    return _name(list(itertools.islice(after, _NAME_WORDS)))


# "Tom Hale's statement said": the statement is his; "her statement" names nobody here.
def owner(paper: Mention) -> str | None:
    """The capitalised name that owns a document ("Tom Hale's statement"), else None."""
    owned = _OWNED.fullmatch(paper.words)
    return owned.group(1) if owned else None


# "her statement read": "her" stands for whom "she" would, the sure-pronoun rules.
def _owner_pronoun(text: str, paper: Mention, cues: Cues) -> Mention | None:
    """The possessive pronoun of a person right before a document's noun, as a pronoun mention."""
    word = possessive_before(text, paper.at, cues)
    if not word:
        return None
    return Mention(word, "pronoun", paper.cue, paper.at - len(word) - 1, paper.cue_at)


# As in "Office of Budget and Policy".
def _name(tokens: list[re.Match[str]]) -> str | None:
    """The capitalised name that opens `tokens` (past "the"), perhaps with "of", "for", "and"."""
    words = [t.group() for t in tokens]
    if words[:1] == ["the"]:
        words = words[1:]
    end = 0
    while end < len(words) and words[end][0].isupper():
        end += 1
        joined = end + 1 < len(words) and words[end] in _JOINERS and words[end + 1][0].isupper()
        end += joined
    return " ".join(words[:end]) or None


def possessive_before(text: str, at: int, cues: Cues) -> str:
    """The possessive pronoun of a person ("her", "his") right before offset `at`, else ""."""
    before = TOKEN.findall(text, max(0, at - 5), at)
    word = before[-1] if before else ""
    return word if gender_of(word, cues) and word.lower() not in cues.pronouns else ""
