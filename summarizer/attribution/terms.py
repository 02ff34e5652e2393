"""Quoted terms that a naming phrase or an article introduces: "billed as “…”", "the “risk of
arbitrary arrest”", "называют новую систему «…»" - a noun phrase's words, not speech."""

from __future__ import annotations

import re

from summarizer.attribution.cues import Cues
from summarizer.attribution.german_titles import WORD
from summarizer.attribution.marks import Span

_GAP = 10
_STOP = re.compile(r"[.!?…:;,]")
_NAMING_REACH = 60
_NAMING_WORDS = 5
_OBJECT_WORDS = 3
_NAME_WORDS = 4
_THEN_QUOTED = re.compile(r"\s*,\s*[«\"“]")
_QUOTED_BEFORE = re.compile(r"[»\"”]\s*,?\s*[—–]\s*$")
_CLAUSE_STOP = re.compile(r"[.!?…:;,—–«»\"“”]")


def named_as(text: str, span: Span, cues: Cues) -> bool:
    """Whether a naming phrase ends right before the quotation ("billed as “…”", "referred
    to condescendingly as “…”": an adverb in -ly may stand inside it): a name, not speech."""
    lead = text[max(0, span.open_at - _NAMING_REACH) : span.open_at]
    if cues.naming is None or lead[-1:] not in (" ", ""):
        return False
    words = [w for w in WORD.findall(lead) if not (w.islower() and w.endswith(cues.adverb_endings))]
    joined = " ".join(words[-_NAMING_WORDS:])
    found = [m.end() for m in cues.naming.finditer(joined)]
    if found and found[-1] == len(joined):
        return True
    return bool(found) and _named_object(lead, text[span.start : span.end], cues)


def _named_object(lead: str, inner: str, cues: Cues) -> bool:
    """A short quotation that names the object of a naming verb, with at most three words
    between them in one clause ("называют новую систему «цифровым концлагерем»", "ha
    calificado la medida de "histórica"", "surnommé « le Taureau »"): what it is called,
    not what anyone says."""
    if _STOP.search(inner) or len(WORD.findall(inner)) > _NAMING_WORDS - 1:
        return False
    verbs = list(cues.naming.finditer(lead))  # type: ignore[union-attr]
    if not verbs:
        return False
    between = lead[verbs[-1].end() :]
    return not _CLAUSE_STOP.search(between) and len(WORD.findall(between)) <= _OBJECT_WORDS


def article_term(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """A lower-case quotation with no stop inside right after an article, at any length
    (warned of the “risk of arbitrary arrest” in): a noun phrase's words, not speech."""
    spaced = text[span.open_at - 1 : span.open_at] == " "
    if not cues.term_articles or not spaced or not inner[:1].islower() or _STOP.search(inner):
        return False
    lead = WORD.findall(text, max(0, span.open_at - _GAP), span.open_at)
    return bool(lead) and lead[-1].lower() in cues.term_articles


def cue_subject(text: str, span: Span, cues: Cues) -> bool:
    """Russian: a short capitalised quotation right after a cue that is the cue's subject,
    an outlet: a comma and the quotation it reports follow ("Как сообщает «Северный
    телеграф», «…»"), or the cue itself follows a quotation ("«…», — сообщает «Вестник».")."""
    inner = text[span.start : span.end]
    if not cues.patronymics or not inner[:1].isupper() or _STOP.search(inner):
        return False
    lead = list(WORD.finditer(text, max(0, span.open_at - 30), span.open_at))
    if (
        not lead
        or len(WORD.findall(inner)) > _NAME_WORDS
        or not cues.verbs.fullmatch(lead[-1].group())
    ):
        return False
    after_quotation = _QUOTED_BEFORE.search(text, max(0, lead[-1].start() - 6), lead[-1].start())
    return after_quotation is not None or _THEN_QUOTED.match(text, span.close_at + 1) is not None
