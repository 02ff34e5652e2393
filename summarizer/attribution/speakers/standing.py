"""A definite role opening a sentence ("The CIA director was unmoved."): a pronoun's antecedent."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from summarizer.attribution.lexicon.cues import Cues

# a capital after a sentence's end (and its closing mark) or a line break; the look-ahead first,
# so the look-behinds run only at capitals
_OPENING = re.compile(
    r"(?=[A-Z])(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n))([A-Z][a-z]+)(?=[ \t])"
)
_WORD = re.compile(r"[ \t]+([\w-]+)")
_REACH = 3  # words between the article and its title at most ("The former CIA director")


# The title stands for the one the article gave it ("CIA Director Gina Haspel"), so a later
# "“…,” she rumbled" goes back to her, not to the last name before it; only a role that a verb
# follows is the sentence's subject ("The CIA director of operations" is not the director).
def opening_roles(text: str, context: tuple[int, int], cues: Cues) -> list[tuple[str, int]]:
    """The definite roles that open a sentence in `context` as its subject, and where each is."""
    found: list[tuple[str, int]] = []
    for opening in _OPENING.finditer(text, *context):
        if opening.group(1).lower() not in cues.definite:
            continue
        words: list[str] = []
        end = opening.end()
        while len(words) <= _REACH and (word := _WORD.match(text, end, context[1])):
            words.append(word.group(1))
            end = word.end()
        count = _title_end(words, cues)
        if count:
            role = " ".join([opening.group(1).lower(), *words[:count]])
            found.append((role, opening.start()))
    return found


@functools.cache
def _titles(titles: tuple[str, ...]) -> frozenset[str]:
    """The titles as a set, built once per language."""
    return frozenset(titles)


def _title_end(words: list[str], cues: Cues) -> int:
    """How many words the role takes, up to its title word that a verb follows; 0: no role."""
    titles = _titles(cues.titles)
    for count, word in enumerate(words[:_REACH], 1):
        if word in cues.governing:
            return 0  # "The secretary of state": a phrase of its own, not the title's qualifier
        after = words[count] if count < len(words) else ""
        verb = after.islower() and after not in cues.stop and after not in cues.governing
        verb = verb and after not in titles
        if word.islower() and word in titles and verb:
            return count
    return 0


def held(
    people: list[tuple[str, str | None, int]],
    roles: list[tuple[str, int]],
    by_title: Callable[[str, int], str | None],
) -> list[tuple[str, str | None, int]]:
    """`people` with the name each role stands for, where the role stands, in text order."""
    # a role no name holds surely ("the president" of two) adds nobody: it may still be the
    # last one named, so it bars nothing
    named = [(name, None, at) for role, at in roles if (name := by_title(role, at))]
    return sorted([*people, *named], key=lambda person: person[2]) if named else people
