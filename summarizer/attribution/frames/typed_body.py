"""A name right after a body's type noun names that body ("le groupe Bolloré", "la empresa
Ibarra"), never the person who shares the name."""
# "Vincent Bolloré a racheté le titre. « … », a indiqué le groupe Bolloré": the group speaks; read
# as a person, "Bolloré" was resolved to Vincent Bolloré. Where a body's type noun opens its name
# (`bodies` in cues.toml: "groupe", "société", "grupo", "empresa"; `body_before_name` in
# appositions.toml), the noun and the name are one body's mention, of kind "org".

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from summarizer import _data
from summarizer.attribution.frames.indefinite_named import indefinite_named
from summarizer.attribution.frames.set_off_body import set_off_body
from summarizer.attribution.lexicon.cues import Cues, Mention

_APPOSITIONS = _data.load_toml("appositions.toml")
_LEADS = frozenset(
    family for family, table in _APPOSITIONS.items() if table.get("body_before_name")
)
_NOUN_BEFORE = re.compile(r"(?:^|(?<=[\s'’]))([^\W\d_]+)[ \t]+$")
_REACH = 30


def typed_body(text: str, mention: Mention, cues: Cues) -> Mention:
    """`mention` as the body its type noun names, when a name follows that lower-case noun."""
    if mention.kind != "name" or cues.family not in _LEADS or mention.at <= 0:
        return mention
    if text[mention.at - 1] not in " \t":
        return mention  # the noun and its spaces must stand right before the name
    noun = _NOUN_BEFORE.search(text, max(0, mention.at - _REACH), mention.at)
    if noun is None or noun.group(1) not in cues.bodies:
        return mention
    words = text[noun.start(1) : mention.at + len(mention.words)]
    return Mention(words, "org", mention.cue, noun.start(1), mention.cue_at)


def typed_bodies(text: str, mentions: Iterable[Mention], cues: Cues) -> Iterator[Mention]:
    """Each mention `checked`."""
    if cues.family not in _APPOSITIONS:
        return iter(mentions)  # nothing to check (decost32b)
    return (checked(text, mention, cues) for mention in mentions)


def checked(text: str, mention: Mention, cues: Cues) -> Mention:
    """`mention` with the name set off after an indefinite head, a club or a place set off
    after a role given back to the role, and a name after a body's noun made that body."""
    if cues.family not in _APPOSITIONS:
        return mention  # all three read the language's table in appositions.toml (decost32b)
    named = indefinite_named(text, mention, cues)  # "a indiqué une porte-parole, Sophie Marchal"
    return typed_body(text, set_off_body(text, named, cues), cues)
