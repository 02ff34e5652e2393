"""The one name that gave out a document before its words are quoted ("Acme Corp. issued a
statement. “…,” the statement said": Acme Corp.)."""

# A document's words are writing; whose they are, the text says where a name opens the sentence
# whose verb of issuing (`issuing`) takes that document's noun as its object. Two such names, or
# a sentence whose subject is no capitalised name ("The board issued a statement"), leave it
# nobody's.

from __future__ import annotations

import functools
import re

from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import last_stop

_REACH = 300
_ARTICLES = "(?:a|an|the)"


@functools.lru_cache(maxsize=32)
def _issued(verbs: frozenset[str], noun: str) -> re.Pattern[str]:
    """ "issued a statement", "released a brief statement": a verb, an article, the noun."""
    joined = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    return re.compile(rf"\b(?:{joined})[ \t]+{_ARTICLES}[ \t]+(?:[a-z]+[ \t]+)?{noun}s?\b")


def _subject(text: str, verb: int, cues: Cues) -> str | None:
    """The capitalised name that opens the sentence and stands right before the verb at `verb`."""
    reach = max(0, verb - _REACH)
    stop = last_stop(text, cues.sentence_end, reach, verb) or reach
    begin = max(reach, text.rfind("\n", reach, verb) + 1, stop)
    run = single_run().search(text, begin, verb)
    if run is None or text[begin : run.start()].strip(" \t“\"'"):
        return None  # "In a statement, Acme …": something comes before the name
    between = TOKEN.findall(text, run.end(), verb)
    if any(word.lower() not in cues.skip for word in between):
        return None  # "Acme's lawyer issued": not the name's own
    words = TOKEN.findall(run.group())
    while words and words[0].lower() in cues.stop:
        words.pop(0)
    return run.group()[run.group().index(words[0]) :] if words else None


def issuer(text: str, noun: str, window: tuple[int, int], cues: Cues) -> str | None:
    """The one name in `window` that issued a document of `noun`, else None."""
    if not cues.issuing or not noun.isalpha():
        return None
    names = {
        _subject(text, m.start(), cues) for m in _issued(cues.issuing, noun).finditer(text, *window)
    }
    return names.pop() if len(names) == 1 else None
