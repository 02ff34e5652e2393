"""A German sentence opened by an article and a noun phrase, then a name between commas:
"Der Trainer des FC Neustadt, Uwe Hartmann, war enttäuscht." The name is apposed to the
subject, so the lower-case word after its closing comma is the finite verb (verb second)."""

from __future__ import annotations

import re

from summarizer.attribution.german.phrases import TOKEN

_REACH = 80  # characters back to the sentence's opening
_WORDS = 8  # at most this many words in the opening phrase
_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})  # nominative: the subject's
_OPENING = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))")


def role_opened(text: str, start: int) -> bool:
    """Whether a nominative article and a capitalised noun open the sentence up to the comma
    right before the name at `start`, with no other comma: "Der Sprecher der Stadt, X, …"."""
    head = text[max(0, start - _REACH) : start].rstrip()
    if not head.endswith(","):
        return False
    head = head[:-1]
    opened = max(head.rfind(mark) for mark in (". ", "! ", "? ", "\n"))
    if opened < 0 and start > _REACH:
        return False
    phrase = head[opened + 1 :].strip() if opened >= 0 else head.strip()
    words = TOKEN.findall(phrase)
    if not 2 <= len(words) <= _WORDS or "," in phrase or not phrase.startswith(words[0]):
        return False
    return words[0].lower() in _ARTICLES and words[0][0].isupper() and words[1][0].isupper()
