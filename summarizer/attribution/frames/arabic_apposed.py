"""An Arabic name set off by commas after a role: "وقال الناطق باسم الخارجية، فادي حمود، إن"."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_WORDS = 6  # words of a title and a name between the two commas
_COMMAS = ("،", ",")
_ARTICLE = "ال"
_PARTICIPLE = 5  # letters of the shortest participle ("مضيفا"); "مها" is a name


# Only after a bare role (titles and their definite complements, no name of its own), and only a
# run closed by a second comma with no function word, time word or verb in it ("، في بيان،",
# "، مساء أمس،", "، اليوم الاثنين،" are no names).
def apposed(
    text: str, kept: list[re.Match[str]], rest: list[re.Match[str]], cues: Cues
) -> list[re.Match[str]]:
    """The words of the name between two commas right after the role `kept`, else none."""
    if not rest or text[kept[-1].end() : rest[0].start()].strip() not in _COMMAS:
        return []
    if not _role(kept, cues) or not _opens_name(rest[0].group(), cues):
        return []
    run: list[re.Match[str]] = []
    for token in rest[:_WORDS]:
        word = token.group()
        if run and text[run[-1].end() : token.start()].strip():
            break
        if word in cues.stop or cues.verbs.fullmatch(word) or _aside(word, cues):
            return []
        run.append(token)
    closing = text[run[-1].end() : run[-1].end() + 3].strip()[:1]
    return run if closing in _COMMAS else []


def _role(kept: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the words are a title and its definite complements only ("وزير المالية")."""
    head, *more = (token.group() for token in kept)
    return head in cues.titles and all(
        w in cues.titles or w.startswith(_ARTICLE) or _ARTICLE + w in cues.orgs for w in more
    )


# "متحدثا للصحفيين", "مضيفاً": an adverbial participle (مـ…ا), or "to" someone, is no name.
def _aside(word: str, cues: Cues) -> bool:
    """Whether a word tells how or to whom the role spoke, or is someone unnamed."""
    participle = word.startswith("م") and word.endswith(("ا", "اً")) and len(word) >= _PARTICIPLE
    return participle or word.startswith("لل") or word in cues.indefinite


def _opens_name(word: str, cues: Cues) -> bool:
    """Whether a word may open a name or its title: a title, or a word without the article."""
    return word in cues.titles or not word.startswith(_ARTICLE)
