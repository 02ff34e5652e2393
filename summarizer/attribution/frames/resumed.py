"""A speech resumed after the house's reaction in older German print: a parliamentary report sets
its note into the speech and the speaker goes on ("Abg. X erklärte: Die Vorlage muß fallen. (Sehr
richtig! links.) Sie belastet den kleinen Mann. (Beifall.)"). The sentence right after a note of
`[turns] reactions` is the speaker's unless it is the reporter's: a verb of saying, a colon, a
mark, a bracket or a digit in it, or a rank, a side of a hearing, the sitting or a word of the
reporter's narration (german.toml `[turns] sitting`: "Der Präsident ruft den Redner zur Ordnung.",
"Die Versammlung vertagte sich.", "Darauf wurde die Sitzung um 4 Uhr geschlossen.")."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import Cues

_TURNS = _data.load_toml("german.toml")["turns"]
_REACTIONS = "|".join(re.escape(w) for w in _TURNS["reactions"])
# the note itself, as frames/noted_speech reads one: a short bracket naming the house's reaction
_NOTE = re.compile(rf"[ \t]*\((?=[^()\n]{{0,40}}\b(?:{_REACTIONS})\b)[A-ZÄÖÜ][^()\n\d]{{0,79}}\)")
_REPORTER = frozenset(
    w.rstrip(".") for w in [*_TURNS["ranks"], *_TURNS["hearing"], *_TURNS["sitting"]]
)
_NARRATED = re.compile(r"[:„“”\"»«›‹()\[\]\d]")
_WORD = re.compile(r"[^\W\d_]+")
_NEXT_NOTE = re.compile(r"(?<=[.!?])[ \t]*\(")  # "… müßte. (Bravo! rechts.)": the next note


def resumed(text: str, note: int, bounds: tuple[int, int], cues: Cues) -> int | None:
    """Where the sentence from `bounds[0]`, right after a bracket at `note`, ends when it goes on
    with the speech before it (at `bounds[1]`, or at the stop before a next note there), else
    None (older German print; the sentence is scanned once)."""
    start, end = bounds
    if not (cues.nouns_capitalized and _NOTE.match(text, note, start) and older_print(text)):
        return None
    bracket = _NEXT_NOTE.search(text, start, end)
    end = bracket.start() if bracket else end
    said = (m.group().lower() != "so" for m in cues.verbs.finditer(text, start, end))
    if _NARRATED.search(text, start, end) or any(said):  # "so groß, daß …" is no "so der X"
        return None
    return end if _REPORTER.isdisjoint(_WORD.findall(text, start, end)) else None
