"""German plural nouns for a group of people, which a capital alone would take for a name."""

# "Experten warnen: „…“", "„…“, sagten Anwohner": a bare plural group noun is the subject as
# written, like "die Experten", though it is capitalised and has no article, as a surname is;
# only a closed list (german.toml `[groups]`) tells it from one ("Roth", "Fischer").

from __future__ import annotations

import functools

from summarizer import _data


@functools.cache
def _group_nouns() -> frozenset[str]:
    """The nouns of german.toml `[groups]`, lower-cased."""
    return frozenset(_data.load_toml("german.toml")["groups"]["nouns"])


def group_noun(word: str) -> bool:
    """Whether one capitalised word is a plural noun for a group of people ("Experten")."""
    return word[:1].isupper() and word.lower() in _group_nouns()
