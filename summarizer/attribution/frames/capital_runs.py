"""Runs of capitalised words in running text (names), as regular expressions built once."""

# The rosters (speakers/roster.py, speakers/german_runs.py) and the readers of names in running
# text find every name with these, a name's particles ("de", "von der") inside the run.

from __future__ import annotations

import functools
import re

from summarizer.attribution.lexicon.name_particles import PARTICLES

PARTICLE = f"(?:(?:{'|'.join(sorted(PARTICLES))})[ \\t]+)?"


@functools.cache
def _word() -> str:
    """A capitalised word, from Unicode's upper-case Latin, Greek and Cyrillic letters."""
    upper = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
    # a capital elided onto a lower-case word is an article and its noun ("L'épouse"), no name
    return f"[{re.escape(upper)}](?!['’](?![{re.escape(upper)}])\\w)\\w*(?:[-'’]\\w+)*"


@functools.cache
def capital_run() -> re.Pattern[str]:
    """Two or more capitalised words in a row (names)."""
    return re.compile(f"{_word()}(?:[ \\t]+{PARTICLE}{_word()})+")


@functools.cache
def single_run() -> re.Pattern[str]:
    """One or more capitalised words in a row, or a forename, middle initial and surname."""
    # Without the initial "Brian M" and "Good" were two names, so "he" after them had two
    # antecedents; not "Plan B. Mara Lind": a sentence ends at the capital, two words follow
    word = _word()
    initialled = f"{word}[ \\t]+[A-Z]\\.[ \\t]+{word}(?![\\w'’-]|[ \\t]+{PARTICLE}{word})"
    return re.compile(f"{initialled}|{word}(?:[ \\t]+{PARTICLE}{word})*")


# The roster, its numerals and the German introductions (speakers/taken_up.py, german_intros.py)
# each read every run of the whole article: found once per text, not once per reader (despeed31).
@functools.lru_cache(maxsize=2)
def capital_runs(text: str) -> list[re.Match[str]]:
    """Every `capital_run` of `text`, in text order, found once per text."""
    return list(capital_run().finditer(text))
