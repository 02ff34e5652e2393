"""English: a title after a body's "of" complement before a name ("Bank of Canada governor Tiff
Mackay said"): the titled person speaks, never the body's head."""

# The run before the cue is governed by "of", so `member` read the head before it ("Bank") as a
# person belonging to a body ("Mara Holt of the Harbor Police said"). When the word before "of"
# is capitalised (a body's own name: "Bank of Canada", "University of Toronto", "Department of
# Justice") and the run holds a lower-case title ("governor", "professor", "spokesman") followed
# by capitalised words to its end, the run ends in a titled person: the title and the name are
# classified as anywhere else. Data: `titles` in cues.toml.

from __future__ import annotations

import itertools
import re

from summarizer.attribution.frames.runs import adjacent, classify
from summarizer.attribution.lexicon.cues import Cues, Mention


def titled_after_body(
    text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The titled person at the end of a run that follows a body's name and "of", else None."""
    index = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), 0)
    if cues.family != "en" or index < 2 or tokens[index - 1].group() != "of":
        return None
    head = tokens[index - 2].group()
    if not head[:1].isupper() or not adjacent(
        text, tokens[index - 2].end(), tokens[index - 1].start()
    ):
        return None
    words = [t.group() for t in run]
    title = next((i for i, w in enumerate(words) if i and w.islower() and w in cues.titles), 0)
    rest = words[title + 1 :]
    if not title or len(rest) < 2 or not all(w[:1].isupper() for w in rest):
        return None
    found = classify(text, run[title:], cue, cues)
    return found if found is not None and found.kind == "name" else None


def titled_after_body_right(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """After the cue: "said Bank of Canada governor Tiff Mackay": the titled person, else None."""
    words = [t.group() for t in tokens[:12]]
    if cues.family != "en" or not words or not words[0][:1].isupper():
        return None
    joined = next((i for i, w in enumerate(words) if not w[:1].isupper()), 0)
    if not joined or words[joined] != "of":
        return None
    title = next((i for i, w in enumerate(words) if i > joined and not w[:1].isupper()), 0)
    if title <= joined + 1 or words[title] not in cues.titles:
        return None
    end = next((i for i, w in enumerate(words) if i > title and not w[:1].isupper()), len(words))
    if end - title < 3 or not _spaced(text, tokens[:end]):
        return None
    found = classify(text, tokens[title:end], cue, cues)
    return found if found is not None and found.kind == "name" else None


def _spaced(text: str, tokens: list[re.Match[str]]) -> bool:
    """Whether only single spaces stand between the tokens: one phrase, no comma or stop."""
    return all(text[a.end() : b.start()] == " " for a, b in itertools.pairwise(tokens))
