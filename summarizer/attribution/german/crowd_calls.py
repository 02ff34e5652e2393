"""German: the words before a quotation give it to a crowd, not to the one who spoke before."""
# "Die Ministerin verteidigte die Pläne: „…“ Aus der Opposition kamen Zwischenrufe wie „…“": the
# second quotation is the hecklers' ("Zwischenrufe", "Sprechchöre", "Parolen"), as it is after
# "einige riefen", "riefen manche" (an indefinite plural subject of a verb of saying). Neither
# names anyone: the quotation goes on from nobody.

from __future__ import annotations

from itertools import pairwise

from summarizer import _data
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.lexicon.cues import Cues

_DATA = _data.load_toml("german.toml")["crowd_calls"]
_CALLS = tuple(_DATA["calls"])
_SOME = frozenset(_DATA["some"])


def crowd_calls(text: str, gap: tuple[int, int], cues: Cues) -> bool:
    """Whether the words of `gap` before a quotation hold a plural noun of calls, or an
    indefinite plural subject next to a verb of saying ("einige riefen", "riefen einige")."""
    words = TOKEN.findall(text, *gap)
    if any(w[:1].isupper() and w.lower().endswith(_CALLS) for w in words):
        return True
    return any(_some_said(a, b, cues) or _some_said(b, a, cues) for a, b in pairwise(words))


def _some_said(some: str, verb: str, cues: Cues) -> bool:
    """Whether `some` is an indefinite plural and `verb` a verb of saying ("riefen einige")."""
    return some.lower() in _SOME and cues.verbs.fullmatch(verb) is not None
