"""A sentence after a quotation that points back at it: «…». Об этом заявил X."""

# Russian news often opens with the words alone and names their speaker in the next sentence:
# "«Россия не будет участвовать». Об этом заявил глава МИД Сергей Лавров." The pointer ("об
# этом") stands for the quotation only where the quotation is a sentence of its own, so a
# quotation inside someone's sentence ("Он сказал, что «…». Об этом заявил X") points nowhere.

from __future__ import annotations

import dataclasses
import re

from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_SPACES = re.compile(r"[ \t]*")
_SENTENCE_OPENED = (".", "!", "?", "…", "\n")
_REACH = 200  # the rest of the pointing sentence: a cue and its subject


def pointed_window(text: str, before: Window, after: Window, cues: Cues) -> Window | None:
    """The cue and the rest of the sentence after a pointer that follows a quotation's stop."""
    if not cues.pointers or text[after[0] : after[1]].strip(" \t") not in (".", "!", "?"):
        return None
    head = text[before[0] : before[1]].rstrip(" \t")
    if head and not head.endswith(_SENTENCE_OPENED):
        return None  # "Он сказал, что «…»." : the quotation is part of a sentence
    start = _SPACES.match(text, after[1]).end()  # type: ignore[union-attr]
    lead = text[start : start + 40].lower()
    pointer = next((p for p in cues.pointers if lead.startswith(p + " ")), None)
    if pointer is None:
        return None
    verb = _SPACES.match(text, start + len(pointer) + 1).end()  # type: ignore[union-attr]
    cue = cues.verbs.match(text, verb)
    if cue is None:
        return None
    reach = min(len(text), cue.end() + _REACH)  # bounded: each quotation reads a sentence
    stop = cues.sentence_end.search(text, cue.end(), reach)
    line = text.find("\n", cue.end(), reach)
    ends = [e for e in (stop.start() if stop else -1, line) if e >= 0]
    return verb, min(ends) if ends else reach


# The speaker stands a sentence away from the words: named, never sure (low).
def pointed_back(found: Mention | None) -> Mention | None:
    """The subject a pointing-back sentence names, as an unsure mention."""
    return dataclasses.replace(found, sure=False) if found else None
