"""German yes/no questions about words: "Hat X wirklich gesagt: „…“?" names nobody."""
# A sentence that ends in a question mark outside the quotation, its cue before the words ("Hatte
# X gesagt: „…“? Niemand erinnert sich.") or after them ("„…“ – hat X das wirklich gesagt?"),
# asks whether the subject said them: no speaker. A question word before the cue asks about
# words that were said ("Warum sagte X: „…“?"), a negation makes the question rhetorical ("Hat er
# nicht gesagt, …?": he did): both keep the subject; so does a clause after a comma, and an
# unmarked quotation's own "?" ("– Das ist wahr, erwiderte der Knecht, aber was sollen wir
# thun?": his words go on). Read by frames/denied.py for German (the only language with nouns
# capitalised); german.toml [open_question].

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.tokens import TOKEN
from summarizer.attribution.lexicon.cues import Cues

_QUESTION_WORDS = frozenset(_data.load_toml("german.toml")["open_question"]["question_words"])
_STOPS = re.compile(r"[.!?\n]")
_OPENING = "„»"  # German opening marks: "“" and "«" close quotations here
_REACH = 200


def open_question(text: str, at: int, closed: int, cues: Cues) -> bool:
    """Whether the cue at `at`, in a sentence asked past the quotation closing at `closed`, asks
    whether its subject said the words: no question word before it, no negation in its clause."""
    if not cues.nouns_capitalized:
        return False
    start, past = _sentence_start(text, at, closed), max(at, closed)
    stop = _STOPS.search(text, past, past + _REACH)
    if stop is None or stop.group() != "?" or stop.start() <= closed:
        return False  # the sentence ends otherwise, or the words' own "?" ends it (unmarked)
    end = stop.start()
    if len(_unquoted(text, past, end)) < end - past or "," in text[past:end]:
        return False  # it closes another quotation's sentence, or a clause after the cue's
    before = [w.lower() for w in TOKEN.findall(_unquoted(text, start, at))]
    words = before + [w.lower() for w in TOKEN.findall(_unquoted(text, at, end))]
    return _QUESTION_WORDS.isdisjoint(before) and cues.negations.isdisjoint(words)


def _sentence_start(text: str, at: int, closed: int) -> int:
    """Where the cue's sentence starts: after the quotation it follows, or after a stop."""
    if closed <= at:
        return closed
    found = [m.end() for m in _STOPS.finditer(text, max(0, at - _REACH), at)]
    return found[-1] if found else max(0, at - _REACH)


def _unquoted(text: str, start: int, end: int) -> str:
    """The words from `start` to `end` that stand before any opening quotation mark."""
    part = text[start:end]
    cut = min((i for i in (part.find(m) for m in _OPENING) if i >= 0), default=len(part))
    return part[:cut]
