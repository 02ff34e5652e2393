"""German noun-phrase words: adjectives, capitalised nouns and a party in parentheses."""

from __future__ import annotations

from summarizer.attribution.german.casing import light_noun
from summarizer.attribution.german.particled import past_particles
from summarizer.attribution.lexicon.cues import Cues


def past_party(words: list[str], index: int) -> int:
    """Past a party or an office in parentheses ("Renate Schmidt (SPD)")."""
    if index + 2 < len(words) and words[index] == "(" and words[index + 2] == ")":
        return index + 3
    return index


def past_adjectives(words: list[str], index: int, cues: Cues) -> int:
    """Past the adjectives and numbers before a noun."""
    while index < len(words) and modifier(words[index]) and words[index] not in cues.stop:
        if words[index] in (",", "(", ")") or cues.verbs.fullmatch(words[index]):
            break
        index += 1
    return index


def modifier(word: str) -> bool:
    """An adjective or a number before a noun ("der 13 beteiligten Helfer")."""
    return word.islower() or word.isdigit()


# "der 58-Jährige": a number joined to a capitalised noun is a noun ("58-jährige" an adjective);
# so is one a slash joins to the next name of a party ("Bündnis 90/Die Grünen")
def _capitalised(word: str) -> bool:
    """Whether a word is written as a noun: a capital, or a number and a hyphen before one."""
    if word[0].isdigit():
        head = word.replace("/", "-").partition("-")[2]
        return head[:1].isupper()
    return word[0].isupper()


def past_capitals(words: list[str], index: int, cues: Cues) -> int:
    """Past a run of capitalised nouns and name particles, short of a bare object."""
    start = index
    while index < len(words) and _capitalised(words[index]):
        if words[index].lower() in cues.stop or cues.verbs.fullmatch(words[index]):
            break
        index += 1
    end = past_particles(words, start, index)
    # "nahm die Ministerin Eva Ems Stellung:": the verb's bare object closes its clause after the
    # subject, no name; one a verb follows opens the clause ("Harte Kritik übte X")
    light = end - start >= 2 and light_noun(words[end - 1])
    return end - 1 if light and end == len(words) else end
