"""Which words an article writes right before each word and each pair of words: read once per
article, held by its Roster and handed to the frames pass (`english_opening` asks it whether
the article writes a surname alone, or a full name after a word not the place's)."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


class WrittenWords:
    """The words seen right before each word and pair of words of one article, indexed when
    first asked (most articles never open a sentence with a place before a name)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._before: dict[str, set[str]] | None = None

    def before(self, words: str) -> set[str]:
        """The words `text` writes right before `words` (one word or two); "" at its start."""
        if self._before is None:
            self._before = _before_words(self.text)
        return self._before.get(words, set())

    def apart(self, place: str, given: str, surname: str) -> bool:
        """Whether the text writes the surname alone (not after `given`), or the full name after
        a word that is not `place`: the name is the last two words, not the place's."""
        return bool(self.before(surname) - {given}) or bool(
            self.before(f"{given} {surname}") - {place}
        )


def _before_words(text: str) -> dict[str, set[str]]:
    """Each word and each pair of words in `text`, with the words seen right before them."""
    found: dict[str, set[str]] = {}
    words = [m.group() for m in _WORD.finditer(text)]
    for at, word in enumerate(words):
        prior = words[at - 1] if at else ""
        found.setdefault(word, set()).add(prior)
        if at + 1 < len(words):
            found.setdefault(f"{word} {words[at + 1]}", set()).add(prior)
    return found
