"""A German name opening a clause whose finite verb stands last: that clause's subject."""
# "Nachdem Olaf Kern den Brief gelesen hatte, sagte er: „…“": a conjunction of time or cause
# opens the clause, its subject comes first and its finite verb closes it before the comma, so the
# name right after the conjunction is a subject the "er" of the main clause may stand for. "dass"
# and "wenn" open what is said or supposed ("sagte, dass Olaf Kern gelogen habe"): no subject.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.words import TOKEN, mark_before

_CONJUNCTIONS = frozenset(_data.load_toml("german.toml")["partial"]["conjunctions"]) - {
    "dass",
    "daß",
    "wenn",
}
_OPENS = ",;:–—(\n"  # what stands before a conjunction that opens a clause inside a sentence
_WORDS = 12  # words of the clause after the name: bounded, linear
_CLOSE = re.compile(r"[,.;:!?„“”\"»«()]")


def verb_last_subject(text: str, run: re.Match[str]) -> bool:
    """Whether a conjunction opens the name's clause and a lower-case verb closes it at a comma."""
    opener = TOKEN.match(text, run.start())  # "Weil Olaf Kern": a capital opens the run
    first = opener.group() if opener else ""
    inside = first.lower() in _CONJUNCTIONS
    before = [first] if inside else TOKEN.findall(text, max(0, run.start() - 12), run.start())
    if not before or before[-1].lower() not in _CONJUNCTIONS:
        return False
    lead = mark_before(text, run.start() - (0 if inside else len(before[-1]) + 1))
    if lead and lead not in _OPENS and lead not in ".!?":
        return False  # "mehr als Olaf Kern", "so lange wie": the conjunction opens no clause
    close = _CLOSE.search(text, run.end(), run.end() + 200)
    if close is None or close.group() != ",":
        return False  # the clause must end at its comma, where the main clause takes over
    words = TOKEN.findall(text, run.end(), close.start())
    return 0 < len(words) <= _WORDS and words[-1].islower() and words[-1].isalpha()
