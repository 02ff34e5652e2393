"""A quoted title in the aside between a name and its cue ("Ann Roe, author of “Dry Years,”")."""

from __future__ import annotations

import re
from itertools import takewhile

from summarizer.attribution.frames.listeners import object_run, told_pair
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import last_stop
from summarizer.attribution.marks.marks import Span

_TITLE_CHARS = 40  # a quoted name or title, never a sentence of speech
_REACH = 30  # the words after the title before the aside closes ("campaign pins")
_CLOSE = re.compile(r"[^\W\d]+(?:[ -][^\W\d]+){0,3}")
TITLE_MARKS = "\"'“”‘’«»"
_CLOSERS = {"«": "»", "„": "“", '"': '"', "“": "”"}  # a title's marks, opening and closing
_LEAD_WORDS = 3  # the lower-case complement words before the title ("компании")


# "“…,” Ohio delegate Ann Roe, wearing a hat and “Vote Rudd” pins, said" and "As Ann Roe,
# author of “Dry Years,” put it, “…”": the quoted title is part of an aside that a comma opened
# after the speaker's name and that closes with a comma right before the cue, so the cue window
# reads past it; the title is no quotation that ends the clause of the speech next to it.
def inner_title(text: str, lead: int, span: Span, cues: Cues) -> bool:
    """Whether `span` is a short title inside an aside that runs from `lead` to a cue verb."""
    if span.end - span.start > _TITLE_CHARS or not cues.spaced:
        return False  # a long quotation (most), before its text is copied
    if not text[span.start : span.end].rstrip(",")[:1].isupper():
        return False
    # the checks below on the whole window first: most fail there, with no stop to look up
    window = text[lead : span.open_at]
    if "," not in window or not window.rstrip()[-1:].isalpha():
        return False
    before = text[last_stop(text, cues.sentence_end, lead, span.open_at) or lead : span.open_at]
    if "," not in before or "\n" in before or not before.rstrip()[-1:].isalpha():
        return False  # "…, wearing “Vote Rudd” pins": the title goes on a phrase of the aside
    if cues.sentence_end.search(text, span.start, span.end) or cues.verbs.search(before):
        return False
    return _closes_on_cue(text, span, cues)


def _closes_on_cue(text: str, span: Span, cues: Cues) -> bool:
    """Whether a comma right after the title, or after a few words of its phrase, meets a cue."""
    if text[span.end - 1] == ",":  # American style: the aside's comma inside the marks
        at = span.end
    else:
        at = span.end
        while at < len(text) and text[at] in TITLE_MARKS:
            at += 1
        words = _CLOSE.match(text, at + 1) if text[at : at + 1] == " " else None
        at = words.end() if words and words.end() - at <= _REACH else at
        if text[at : at + 1] != ",":
            return False
        at += 1
    while at < len(text) and text[at] in TITLE_MARKS:
        at += 1
    return cues.verbs.match(text, at + 1 if text[at : at + 1] == " " else at) is not None


# A quoted name after a role and its lower-case complement is the body it heads ("— заявил глава
# «Газпрома» Алексей Миллер", "глава компании «Нафтогаз Украины» X"): never the speaker's name,
# which is the one after it.
def past_title(text: str, tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """`tokens` without a short quoted title among their first words, else as they are."""
    for index, token in enumerate(tokens[:_LEAD_WORDS]):
        opener = text[token.start() - 1 : token.start()]
        if opener in _CLOSERS:
            close = text.find(_CLOSERS[opener], token.end())
            if close < 0 or close - token.start() > _TITLE_CHARS:
                return tokens
            return [*tokens[:index], *(t for t in tokens[index:] if t.start() > close)]
        if not token.group().islower():
            return tokens
    return tokens


# After a role its name: past a quoted title ("глава «Газпрома» X"); none where the one told
# opens the words ("— сказал министр Алексею Миллеру"), and they end before the one told ("—
# сказал глава региона Марии Беловой").
def role_tail(text: str, tokens: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """The words after a role, after a cue, in which the role's name may stand."""
    tokens = past_title(text, tokens)
    words = [t.group() for t in takewhile(lambda t: t.group()[:1].isupper(), tokens)]
    if object_run(words, cues):
        return []
    every = [t.group() for t in tokens]
    tokens = _own_part(text, tokens, cues)
    return next(
        (tokens[:i] for i in range(len(every)) if told_pair(every[i : i + 2], cues)), tokens
    )


# "afirmó la alcaldesa, la ciudad de Toledo", "a précisé le porte-parole, la préfecture du Rhône":
# a part set off by a comma after the role is no complement of it; its link word ("de", "of")
# opens the set-off part's own complement, so the name after it is nobody's who speaks.
def _own_part(text: str, tokens: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """`tokens` up to a link word when a comma sets them off from the role before them."""
    if not tokens or not text[: tokens[0].start()].rstrip().endswith(","):
        return tokens
    links = cues.role_links | cues.description_links | cues.complements
    return list(takewhile(lambda t: t.group().lower() not in links, tokens))
