"""What the judged-label readers ask of a whole text, read once per text, not once per word."""
# "Дмитрий Песков … Песков назвал", "Vino Clemente. Clemente calificó", "Их действия": whether a
# word stands in the text as the surname of a full name, capitalised after another word, or in
# lower case. A search of the text per word asked would read it once per quotation.

from __future__ import annotations

import functools
import re

from summarizer.attribution.lexicon.cues import Cues

_WORD = re.compile(r"[\w-]+")  # a word as the readers bound one: no word character or hyphen
_AFTER_WORD = re.compile(r"(?<=[\w,;]) +([\w-]+)")  # after a word or a comma and spaces
_SPACES = re.compile(r" +")
_LETTER = re.compile(r"[^\W\d_]")


def whole_word(word: str) -> bool:
    """Whether `word` is one run of word characters and hyphens, as the indexes hold words."""
    return _WORD.fullmatch(word) is not None


@functools.lru_cache(maxsize=4)
def words_in(text: str) -> frozenset[str]:
    """Every word of `text`, as written (`(?<![\\w-])word(?![\\w-])` finds each)."""
    return frozenset(_WORD.findall(text))


@functools.lru_cache(maxsize=4)
def words_after_a_word(text: str) -> frozenset[str]:
    """The words `text` writes after spaces that follow a word character, "," or ";"."""
    return frozenset(_AFTER_WORD.findall(text))


# As `re.finditer(r"([^\W\d_][\w-]*) +WORD(?![\w-])", text)` finds them for each WORD: the pair
# of a word (from its first letter) and the next after spaces only; a pair whose first word
# closed the pair found before it for the same WORD is passed over, as that search resumes
# after its match.
@functools.lru_cache(maxsize=4)
def surnames_in_full(text: str, cues: Cues) -> frozenset[str]:
    """The words `text` writes after a capitalised word that is no stop word or preposition."""
    barred = cues.stop | cues.governing
    runs = list(_WORD.finditer(text))
    ended: dict[str, int] = {}  # each word's last pair: the index of its second run
    found = set()
    for at in range(len(runs) - 1):
        first, second = runs[at], runs[at + 1]
        if not _SPACES.fullmatch(text, first.end(), second.start()):
            continue
        letter = _LETTER.search(first.group())
        word = second.group()
        if letter is None or ended.get(word) == at:
            continue
        ended[word] = at + 1
        name = first.group()[letter.start() :]
        if name[:1].isupper() and name.lower() not in barred:
            found.add(word)
    return frozenset(found)
