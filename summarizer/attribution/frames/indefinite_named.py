"""A name set off after an indefinite head speaks: "said a spokeswoman, Jane Ortiz"."""
# "“…,” said a spokesman, press officer Dan Hollis"; "a indiqué une porte-parole, Sophie
# Marchal"; "contó una vecina, Carmen Vidal, que vive enfrente": the indefinite noun was read as
# an anonymous source, its apposed name left unread. Only a head with no complement of its own
# is read ("a spokesman for the mayor, Tom Hale" may name the mayor); the part set off by the
# comma must be a person's name of two words or more, bare, after titles or after a short
# description (`leads.described_name`), and no club's, place's or firm's (`set_off_body`).

from __future__ import annotations

import re

from summarizer.attribution.frames.forenames import address_word
from summarizer.attribution.frames.leads import described_name
from summarizer.attribution.frames.set_off_body import no_person
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.name_particles import PARTICLES

_HEAD_WORDS = 4  # "a company spokesman", "un responsable municipal"
_NAME_WORDS = (2, 4)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_HEAD = re.compile(r"[^\W\d_][^,.;:!?()\"“”«»\n]{0,50}?(?=[ \t]*,)")
_SET_OFF = re.compile(r"[ \t]*,[ \t]*([^\W\d_][^,.;:!?()\"“”«»\n]{0,60}?)[ \t]*(?=[,.;]|$)")


def indefinite_named(text: str, mention: Mention, cues: Cues) -> Mention:
    """The name set off after `mention`'s indefinite head, else `mention`."""
    if mention.kind == "name" or mention.at < 0:
        return mention
    head = _HEAD.match(text, mention.at)  # English reads "a" alone as the anonymous source
    if head is None or not _bare_head(_WORD.findall(head.group()), cues):
        return mention
    part = _SET_OFF.match(text, head.end())
    name = _person(part.group(1), cues) if part else None
    if part is None or name is None:
        return mention
    at = part.start(1) + part.group(1).rindex(name)
    return Mention(name, "name", mention.cue, at, mention.cue_at)


def _bare_head(words: list[str], cues: Cues) -> bool:
    """Whether `words` open with an indefinite article and hold no complement nor name."""
    if not words or words[0].lower() not in cues.indefinite or len(words) > _HEAD_WORDS:
        return False
    links = set(cues.description_links) | set(cues.complements) | set(cues.contractions)
    return all(w.islower() and w not in links and w not in cues.stop for w in words[1:])


def _person(part: str, cues: Cues) -> str | None:
    """The person's name the set-off `part` is, past its titles or description, else None."""
    tokens = part.split()
    if all(
        t[0].isupper() or (0 < i < len(tokens) - 1 and t in PARTICLES) for i, t in enumerate(tokens)
    ):
        while tokens and (
            tokens[0].lower().rstrip(".") in cues.titles or address_word(tokens[0], cues.family)
        ):
            tokens.pop(0)
        name = " ".join(tokens)
    else:
        name = described_name(part, cues) or ""
    capitals = [w for w in name.split() if w[0].isupper()]
    if not _NAME_WORDS[0] <= len(capitals) <= _NAME_WORDS[1]:
        return None
    if no_person("", name, cues, strict=True):  # no role takes it back: "Central Park West"
        return None
    return name
