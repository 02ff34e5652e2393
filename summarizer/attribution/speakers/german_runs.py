"""A German name run cut where a lone article opens the object after it ("Olaf Kern den Plan")."""
# "Gestern lobte Olaf Kern den Plan.": after the finite verb the subject and the object stand
# side by side, and the run of capitalised words reads "den" as a name's particle ("van den
# Berg"), so the run named "Plan". An article that no other particle ("van", "von") leads opens
# a noun phrase of its own: the name ends before it, and the object is a run of its own. An
# object that holds a first name ("den Kollegen Timo Brandt") is a second man: the run stays
# whole, and "er" after it stands for nobody, as before.

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from summarizer import _data
from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.german.forenames import FORENAMES
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import PARTICLES

_OBJECT_RUNS = _data.load_toml("german.toml")["object_runs"]
# the object's articles among the particles a run holds ("den", "das")
_ARTICLES = frozenset(_OBJECT_RUNS["articles"]) & PARTICLES
_LEADS = frozenset(_OBJECT_RUNS["leads"])  # "van den", "von der"
_WORD = re.compile(r"\S+")


def people_runs(text: str, span: tuple[int, int], cues: Cues) -> Iterator[re.Match[str]]:
    """The capitalised runs in `span`; in German, cut before an article no particle leads."""
    runs = single_run().finditer(text, *span)
    return _german_runs(text, runs) if cues.nouns_capitalized else runs  # others: no cut


def _german_runs(text: str, runs: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """Each run, or its two parts where a lone article cuts it."""
    pattern = single_run()
    for run in runs:
        spaced = " " in run.group() or "\t" in run.group()  # one word: nothing to cut
        cut = _cut(run) if spaced else None
        if cut is None:
            yield run
            continue
        head = pattern.match(text, run.start(), cut)
        tail = pattern.search(text, cut, run.end())
        yield from (part for part in (head, tail) if part is not None)


def _cut(run: re.Match[str]) -> int | None:
    """Where the space before a lone article inside `run` stands, else None."""
    words = list(_WORD.finditer(run.group()))
    for first, before, word in zip(words, words[1:], words[2:], strict=False):
        named = word.group() in FORENAMES and first.group() in FORENAMES
        if named and before.group() not in FORENAMES:  # "Eva Ems Olaf Kern": two, two runs
            return run.start() + before.end()
    for before, word in itertools.pairwise(words):
        if word.group() in _ARTICLES and before.group().lower() not in _LEADS:
            named = any(w.group() in FORENAMES for w in words if w.start() > word.start())
            return None if named else run.start() + before.end()
    return None
