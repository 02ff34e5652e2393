"""A person a quotation calls by name is not its speaker ("„Laß gut sein, Hinrich,“ sagte er")."""
# A guessed speaker (a pronoun's person, one carried on) whose name the quotation calls out, at
# its start ("Hinrich, komm!") or after a comma and before a comma, a stop or its end ("…, Herr
# Wendt."), is the one spoken to: nobody, rather than the listener. The quotations of the same
# paragraph carried on from that guess go with it. A cue that names its subject is not second-
# guessed.

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.marks.marks import Span

_GUESSED = frozenset({"pronoun", "carried"})
# A name word called out, maybe after one capitalised word (a title, a first name): at the
# quotation's start before a comma or "!", or after a comma before a comma, a stop or the end.
_CALLED = re.compile(
    r"(?:^|(?<=, ))(?:[^\W\d_][\w.'’-]* )?(?P<name>[^\W\d_][\w'’-]*)(?=\s*(?:[,!?.]|$))"
)
_SELF = ("ich", "i", "je", "yo", "я")  # "Ich, Jan Roth, schwöre": the speaker names himself


def unaddressed(
    text: str, spans: Sequence[Span], found: Sequence[Attribution]
) -> tuple[Attribution, ...]:
    """`found`, each guessed speaker the quotation addresses by name taken back (nobody)."""
    result = list(found)
    dropped: tuple[str, int] | None = None  # the speaker taken back, in which paragraph
    for index, (span, said) in enumerate(zip(spans, found, strict=True)):
        if not said.speaker or said.basis not in _GUESSED:
            dropped = None if said.speaker else dropped
            continue
        carried = dropped == (said.speaker, span.para_start) and said.basis == "carried"
        if carried or _addresses(text[span.start : span.end], said.speaker):
            result[index] = replace(said, speaker=None, basis="none")
            dropped = (said.speaker, span.para_start)
    return tuple(result)


def _addresses(words: str, speaker: str) -> bool:
    """Whether the quotation `words` calls out a word of `speaker`'s name."""
    names = {w for w in speaker.split() if w[:1].isupper()}
    for called in _CALLED.finditer(words.strip()):
        if called.group("name") not in names or not called.group()[:1].isupper():
            continue
        before = words[: words.find(called.group())].rstrip(", ").split()[-1:]
        if not (before and before[0].lower() in _SELF):
            return True
    return False
