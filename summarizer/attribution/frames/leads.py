"""The words that lead a name in an aside before a cue: its titles, or "the" and a description."""
# "“…,” Sen. Ruth Okafor, …, said"; "“…,” the economist Jane Roe, a former adviser, wrote".

from __future__ import annotations

from summarizer.attribution.frames.surnames import related
from summarizer.attribution.lexicon.cues import Cues

_DESCRIBING = 2  # lower-case words of a description between "the" and the name


def past_lead(tokens: list[str], part: str, cues: Cues) -> tuple[list[str], str]:
    """`tokens` and `part` past leading titles, or past "the" and a description before a name."""
    dropped = 0
    if related(tokens, cues):  # "Председатель Госдумы": the body headed, no name to lead
        return tokens, part
    while len(tokens) - dropped > 1 and tokens[dropped].lower().rstrip(".") in cues.titles:
        dropped += 1
    if not dropped and tokens[:1] and tokens[0].lower() in cues.definite:
        described = 1
        while (
            described <= _DESCRIBING and tokens[described:] and _describing(tokens[described], cues)
        ):
            described += 1
        capitals = [t for t in tokens[described:] if t[0].isupper()]
        full = described > 1 and len(capitals) >= 2 and len(capitals) == len(tokens) - described
        dropped = described if full else 0
    for word in tokens[:dropped]:
        part = part[part.index(word) + len(word) :].lstrip(". ")
    return tokens[dropped:], part


def _describing(word: str, cues: Cues) -> bool:
    """Whether `word` may describe a person before a name: lower-case, no function word."""
    lower = word not in cues.stop and word not in cues.governing and word not in cues.orgs
    return word.islower() and lower  # "the company Acme Corp": a body, not read here
