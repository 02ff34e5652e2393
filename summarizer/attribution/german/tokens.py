"""The words of a German window, read once: several readers parse the same clause around a cue."""

from __future__ import annotations

import functools
import re

from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import first_stop

# TOKEN too, for the readers that also cut words
__all__ = ["TOKEN", "clause_after", "cue_in_place", "read_tokens", "sentence_tokens"]
_CLAUSE_END = re.compile(r"[,;:.!?\n]")


# The German readers of one quotation tokenize the same windows again and again (the words
# before a quotation by five readers, those after it by three): the matches are kept for the
# windows of the last few quotations.
def read_tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    """`list(TOKEN.finditer(text, start, end))`: a new list, the matches shared."""
    return list(_tokens(text, start, end))


# A name after its verb stays in that verb's sentence: "Dann sprach Anna Lenz. Er kam" names
# "Anna Lenz", never "Anna Lenz Er" (the German words carry no stops to end a phrase at).
def sentence_tokens(text: str, start: int, end: int, stop: re.Pattern[str]) -> list[re.Match[str]]:
    """`read_tokens(text, start, end)` up to the first sentence end (`stop`) in the window."""
    return read_tokens(text, start, first_stop(text, stop, start, end) or end)


def clause_after(text: str, after: tuple[int, int]) -> list[re.Match[str]]:
    """The tokens of the window `after` a quotation up to its clause's first comma or stop."""
    end = _CLAUSE_END.search(text, after[0], after[1])
    return read_tokens(text, after[0], end.start() if end else after[1])


@functools.lru_cache(maxsize=128)
def _tokens(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The tokens of `text` between `start` and `end` (as `TOKEN.finditer` cuts them there)."""
    return tuple(TOKEN.finditer(text, start, end))


# A form of cues.toml `unless_after` is a cue only where no word that unmakes it follows: the
# word alone ("erinnerte") is one, in place ("erinnerte sich") it may not be.
def cue_in_place(text: str, word: re.Match[str], cues: Cues) -> bool:
    """Whether a token is a cue word alone and where it stands in `text`."""
    return cues.verbs.fullmatch(word.group()) is not None and bool(
        cues.verbs.match(text, word.start())
    )
