"""Russian: a noun and its lower-case complement open the clause before a man's name and verb."""

# "Водитель маршрутки Артур Гаспарян выжил. «…», — рассказал он": "водитель" is no title of the
# list, so the name was no subject and "он" went back to the speaker before. A first name ending
# in a consonant has no case ending ("Артур", "Андрей", "Игорь"; "Артура" is the genitive), and a
# verb in the masculine past right after the name agrees with it: the name is the subject, the
# words before it the noun it is apposed to. A first name in -а may be a man's genitive ("Жена
# Ивана Петрова рассказала"), so a woman's name is not read so.

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.inverted import ROLE_REACH, ROLE_WORDS
from summarizer.attribution.lexicon.cues import Cues

_VOWELS = frozenset("аеёиоуыэюя")
_MASCULINE_PAST = ("л", "лся")
_NAME_WORDS = 2  # a first name and a surname


def noun_led(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a capitalised noun and lower-case words open the clause before a man's name."""
    words = run.group().split()
    if cues.family != "ru" or len(words) != _NAME_WORDS or words[0][-1:] in _VOWELS:
        return False
    verb = TOKEN.match(text, run.end() + 1) if text[run.end() : run.end() + 1] == " " else None
    if verb is None or not verb.group().islower() or not verb.group().endswith(_MASCULINE_PAST):
        return False
    before = list(TOKEN.finditer(text, max(0, run.start() - ROLE_REACH), run.start()))
    for back in range(1, min(len(before), ROLE_WORDS) + 1):
        word = before[-back]
        opens = text[max(0, word.start() - 3) : word.start()].strip()
        if back > 1 and word.group()[:1].isupper():
            return (not opens or opens[-1] in ".!?\n") and word.group().isalpha()
        if not word.group().islower() or word.group() in cues.stop or not word.group().isalpha():
            return False
        if text[word.end() : before[-back + 1].start() if back > 1 else run.start()].strip():
            return False  # a comma or a mark between: no one phrase
    return False
