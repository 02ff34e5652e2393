"""A finite verb that opens a sentence before a name is no word of that name ("Llegó Rajoy.")."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.lexicon.cues import Cues

# Per family (data/particles.toml `finite_endings`): endings only a finite verb has, never a given
# name ("-ó": llegó, habló, salió). A family with the key also reads the article's own lower case.
_ENDINGS: dict[str, tuple[str, ...]] = {
    family: tuple(grammar["finite_endings"])
    for family, grammar in _data.load_toml("particles.toml").items()
    if isinstance(grammar, dict) and "finite_endings" in grammar
}
_OPENED = re.compile(r"(?:^|[.!?…]|\n)[\s\"“”»«„]*$")  # nothing, or a sentence's end, before
_BACK = 6  # characters before a run read for the sentence end


# "Llegó Rajoy. «…», dijo Rajoy." The verb-first sentence is Spanish and French word order; a
# word is the verb when it ends as only a finite verb does, is a cue verb, or is written lower
# case elsewhere in the article ("… cuando llegó") and is no known given name. The article's
# lower-case words (`lowered`) are read only when a run opens a sentence: most never do.
def verb_opened(
    text: str, pos: int, run: str, cues: Cues, lowered: Callable[[str], frozenset[str]]
) -> str:
    """`run` without a finite verb that opens its sentence before the name's words."""
    endings = _ENDINGS.get(cues.family)
    first = TOKEN.match(run) if endings is not None and " " in run.strip() else None
    if first is None or not _OPENED.search(text, max(0, pos - _BACK), pos):
        return run
    word = first.group()
    lower = word.lower()
    known = first_name(word, cues.family) is not None
    verb = len(lower) > 2 and lower.endswith(endings or ("\0",))
    verb = verb or (not known and (lower in lowered(text) or bool(cues.verbs.fullmatch(word))))
    return run[first.end() :].lstrip() if verb and not _named_inside(text, word) else run


# "Paz" and "paz": a word the article also writes capitalised inside a sentence is a name's.
# Once per word and article: a sentence-first verb repeated stays one scan of the text.
@functools.lru_cache(maxsize=1024)
def _named_inside(text: str, word: str) -> bool:
    """Whether `word` stands capitalised after a lower-case word or a comma somewhere."""
    return re.search(rf"[^\W\d_A-ZÀ-Þ,],? {re.escape(word)}(?!\w)", text) is not None
