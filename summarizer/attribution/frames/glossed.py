"""A party or a place in parentheses right after a name: an aside in the name's clause."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN, past_apposition
from summarizer.attribution.frames.genders import marks_past, verb_gender
from summarizer.attribution.german.attributed_name import past_attribute
from summarizer.attribution.lexicon.cues import Cues

_GLOSS = re.compile(r" \([^()\s]{1,20}\) ")
_ASIDE_CHARS = 120  # the longest aside read between a name and its verb
_ADVERBIAL_WORDS = 4  # "на этой неделе": a preposition and up to three words, then the verb


# "Paul Ems (SPD) verteidigte den Entwurf": the verb after the party is the name's.
def past_gloss(text: str, end: int, cues: Cues) -> int:
    """Where the clause of the name ending at `end` goes on past a gloss or an apposition."""
    gloss = _GLOSS.match(text, end)
    if gloss:
        return gloss.end()
    after = past_apposition(text, end, cues)
    after = past_attribute(text, end) if after == end and cues.nouns_capitalized else after
    after = after if after != end else past_aside(text, end, cues)
    return after if after != end else past_adverbial(text, end, cues)


# "Новиков, отвечая на вопрос о чемпионстве, был осторожен": a clause set off by two commas
# (a gerund's, an adverbial's) between a name and a verb in the past leaves the name its
# subject, where the verb's ending tells the past ([ru.gender] verb_endings). Read within one
# sentence, up to `_ASIDE_CHARS`; a capitalised word after the second comma is no verb.
def past_aside(text: str, end: int, cues: Cues) -> int:
    """Where a past-tense verb right after a comma-set aside after `end` starts, else `end`."""
    if not marks_past(cues.family) or text[end : end + 2] != ", ":
        return end
    stop = cues.sentence_end.search(text, end + 2, end + _ASIDE_CHARS)
    close = text.find(", ", end + 2, stop.start() if stop else end + _ASIDE_CHARS)
    word = TOKEN.match(text, close + 2) if close >= 0 else None
    verb = word is not None and word.group().islower() and _past(word.group(), cues)
    return word.start() if word is not None and verb else end


# "Иван Петров во вторник защитил бюджет", "Иван Петров вчера заявил": an adverbial between a
# subject and its verb in the past (words allowed there, `skip`, or a preposition and a few
# lower-case words) leaves the name the verb's subject; a verb's ending tells it, where endings do
# ([ru.gender] verb_endings). A conjunction ("Иван Петров и его жена") ends the search.
def past_adverbial(text: str, end: int, cues: Cues) -> int:
    """Where a past-tense verb after an adverbial right after `end` starts, else `end`."""
    if not marks_past(cues.family):
        return end  # no endings to tell a past verb by ("Ann Roe this week said")
    words: list[re.Match[str]] = []
    at = end
    while len(words) <= _ADVERBIAL_WORDS and text[at : at + 1] == " ":
        word = TOKEN.match(text, at + 1)
        if word is None or not word.group().islower() or word.group() in cues.coordinating:
            break
        words.append(word)
        at = word.end()
    lowers = [w.group() for w in words]
    index = 0
    while index < len(lowers) and lowers[index] in cues.skip:
        index += 1
    if index < len(lowers) and lowers[index] in cues.governing:
        # past the preposition and at least one word of its object, the first verb
        index = next((i for i in range(index + 2, len(lowers)) if _past(lowers[i], cues)), 0)
    verb = 0 < index < len(lowers) and _past(lowers[index], cues)
    return words[index].start() if verb else end


def _past(word: str, cues: Cues) -> bool:
    """Whether `word` ends as a past-tense verb does, where the language's endings tell."""
    return verb_gender(word, cues.family) is not None
