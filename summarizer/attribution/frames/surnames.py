"""A Russian surname alone at the head of a sentence, told by its ending and its verb's gender."""

# A Russian sentence opens with a capital, so a lone capitalised word there may be any noun
# ("Врачи объясняли:"); an ending only a surname has ("Зеленский", "Вишневская") that agrees
# with the past tense of its cue ("заявил", "сообщила") is one all the same.

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues, Mention

_TITLED = 2  # a title's words before the surname: the title's own and one complement
_RU = _data.load_toml("particles.toml")["ru"]
_BY_VERB: list[tuple[str, tuple[str, ...]]] = [
    (str(verb), tuple(endings)) for verb, endings in _RU["opening_surnames"]
]
_RELATIONAL = frozenset(_RU["relational_titles"])
_SURNAMES = tuple(end for _, ends in _BY_VERB for end in ends)


# A title before it ("Министр Петров заявил", "Президент Франции Макрон") makes it a name: no
# place is one; not a genitive or an acronym, the title's complement ("Глава Минобороны заявил",
# "Глава МИД"); nor the one word after a title of relation ("Представитель Минэнерго сообщил").
def opening_surname(mention: Mention, cues: Cues) -> bool:
    """Whether a lone word opening a Russian sentence is a surname of its verb's gender."""
    word, verb = mention.words, mention.cue.lower()
    if cues.family != "ru":
        return False
    if " " in word:
        head, *rest = word.split()
        complement = [w.isupper() or w.endswith(cues.complement_endings) for w in rest]
        titled = head.lower() in cues.titles and len(rest) <= _TITLED
        return titled and not related(word.split(), cues) and complement[-1:] == [False]
    # the longest verb ending first: "заявила" is a woman's, never a man's "-л"
    ending = next((ends for end, ends in _BY_VERB if verb.endswith(end)), None)
    return ending is not None and word.lower().endswith(ending) and word[:1].isupper()


# A word in the nominative with a surname's ending is the titled one's own surname, never the
# genitive it governs ("Пресс-секретарь Песков", "Председатель Володин" against "Представитель
# Минэнерго", "Глава Сбербанка", "Председатель Госдумы").
def related(words: list[str], cues: Cues) -> bool:
    """Whether `words` are a Russian title of relation and the one word it governs."""
    titled = cues.family == "ru" and len(words) == 2 and words[0].lower() in _RELATIONAL
    return titled and not words[1].endswith((*cues.surname_endings, *_SURNAMES))
