"""An indefinite subject that is the speaker as written ("a justice official said")."""
# Where `cues.indefinite_speaker` is on, a plain noun phrase names whom the article means, also
# with a lower-case complement ("a spokesman for the board"), while one whose complement names
# someone ("a source close to X") stays unnamed.

from __future__ import annotations

import re

from summarizer.attribution.attributed import Attribution, basis_of
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.german.phrases import plain_indefinite
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.speakers.names import Resolver

_MAX_WORDS = 5
_CLAUSE = re.compile(r"[^,;:.!?\n“”\"]{1,80}")  # up to its comma or stop, bounded


# Ending at its cue ("a justice official said") or at punctuation ("said a senior campaign
# adviser."); not when its head (the last word before a preposition) is no common noun ("a
# document titled White Paper") or a body or a document ("a report"), nor when it ends in a
# preposition ("a voice at the end of “…”").
def as_written(text: str, mention: Mention, cues: Cues) -> str | None:
    """The anonymous `mention`'s whole phrase: an article, plain words, a lower-case complement."""
    if not cues.indefinite_speaker or mention.at < 0:
        return None
    if cues.nouns_capitalized:  # German: the noun phrase that phrases.py read, if plain
        return mention.words if plain_indefinite(mention.words, cues) else None
    tokens = TOKEN.finditer(text, mention.at, len(text))
    article = next(tokens, None)
    if article is None or article.group().lower() not in cues.indefinite:
        return None
    words: list[re.Match[str]] = []
    head: re.Match[str] | None = None
    for token in tokens:
        closed = text[(words or [article])[-1].end() : token.start()] != " "
        if token.start() == mention.cue_at or closed:
            break
        lower = token.group().lower()
        if lower in cues.relatives and words:
            # "said one source who saw the files": the relative clause describes the source;
            # "a native who writes fiction": a cue inside it reports nothing quoted here
            return (
                None
                if _opens_with_cue(text, token.end(), mention.cue_at)
                else _phrase(text, article, words, cues, head)
            )
        if lower in cues.governing and words and lower not in cues.term_articles and not head:
            head = words[-1]  # "a spokesman for the board": the noun before its complement
        elif head and not token.group().islower() and not _body(text, head, token, cues):
            return None  # "a source close to Paul Verne" is nobody, never Paul Verne
        elif not head and (lower in cues.stop or lower in cues.pronouns):
            return None
        if cues.verbs.fullmatch(lower):
            return None
        words.append(token)
        if len(words) > _MAX_WORDS * 2 or (not head and len(words) > _MAX_WORDS):
            return None
    return _phrase(text, article, words, cues, head)


# "a spokesperson for the RCMP", "a lawyer for the Department of Justice": "for the" and
# capitalised words name a body, never a person (no article before a person's name); not "a
# person close to the Clintons" nor "a columnist for the tech site Pando".
def _body(text: str, head: re.Match[str], token: re.Match[str], cues: Cues) -> bool:
    """Whether the complement after `head` is "for the" and capitalised words up to `token`."""
    between = TOKEN.findall(text, head.end(), token.start())
    if len(between) < 2 or between[0].lower() not in cues.representing:
        return False
    named = all(w[0].isupper() or w in cues.governing for w in between[2:])
    return named and between[1].lower() in cues.definite


def _phrase(
    text: str,
    article: re.Match[str],
    words: list[re.Match[str]],
    cues: Cues,
    noun: re.Match[str] | None = None,
) -> str | None:
    """The phrase from `article` to its last word, when its head is a common noun and no body."""
    head = (noun or words[-1]).group() if words else ""
    if words and words[-1].group().lower() in cues.governing:  # "a voice at the end of “…”"
        return None
    if not head.islower() or head.rstrip("s") in cues.orgs:
        return None
    return text[article.start() : words[-1].end()]


def _opens_with_cue(text: str, at: int, cue_at: int) -> bool:
    """Whether the cue is the first word after `at`."""
    first = TOKEN.search(text, at)
    return first is not None and first.start() == cue_at


# "The ex-staffer" -> "the ex-staffer": when its first word is a determiner. German keeps the
# speaker as written ("Ein Sprecher der Bahn").
def running(words: str, cues: Cues) -> str:
    """A description as running text writes it, past the capital of the sentence it opens."""
    first = None if cues.nouns_capitalized else TOKEN.match(words)
    lower = first is not None and first.group().lower()
    plain = lower and (lower in cues.definite or lower in cues.indefinite)
    return words[:1].lower() + words[1:] if plain else words


# When it is nobody, the mention still keeps the words.
def anonymous_source(mention: Mention, resolver: Resolver, closed: int) -> Attribution:
    """An anonymous source: the speaker as written where its phrase is a plain one, else nobody."""
    words = as_written(resolver.text, mention, resolver.cues)
    if words is None:
        return Attribution(
            None, mention.cue, _whole(resolver.text, mention), "none", mention.cue_at
        )
    speaker, basis = running(words, resolver.cues), basis_of(mention, closed)
    return Attribution(speaker, mention.cue, words, basis, mention.cue_at, named=False)


# After a verb-first cue the mention is only its article ("said a spokesperson for X, …").
def _whole(text: str, mention: Mention) -> str:
    """The anonymous mention's words, read on to the end of its clause where only the article."""
    if mention.at < 0 or " " in mention.words or mention.at < mention.cue_at:
        return mention.words
    clause = _CLAUSE.match(text, mention.at)
    return clause.group().rstrip() if clause else mention.words
