"""Whether a German name is apposed to the subject right after the verb of an inverted clause."""
# "Unterdessen verteidigte der Vorsitzende der Partei, Jan Roth (SPD), den Plan.": an adverb first
# puts the finite verb second and the subject right after it, so "Er sagte: „…“" in the next
# sentence may stand for that person. A bare name there ("Dann schickt Gezer …") is left alone:
# it is too common in narration to let a later pronoun reach it.

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import after_marks

_OPENERS = frozenset(_data.load_toml("german.toml")["inverted"]["openers"])
_TIMES = frozenset({"am", "im"})  # "Am Montag lobte X"
_GENITIVES = frozenset({"der", "des"})
_REACH = 120  # the sentence's start before the name: bounded
_STOPS = ".!?:\n"
_FIRST = _OPENERS | _TIMES


def inverted_subject(text: str, at: int, cues: Cues) -> bool:
    """Whether the name at `at` is apposed to a role after an opening adverb and a finite verb."""
    reach = max(0, at - _REACH)
    start = after_marks(text, _STOPS, reach, at)
    head = text[start:at].split(None, 1)
    if not head or head[0].lower() not in _FIRST:
        return False  # the plain string test keeps the tokenizing off nearly every name
    words = TOKEN.findall(text, start, at)
    if not words or (words[0].lower() not in _OPENERS and words[0].lower() not in _TIMES):
        return False
    verb = 1 if words[0].lower() in _OPENERS else 2
    if verb >= len(words) or (verb == 2 and not words[1][0].isupper()):
        return False
    word = words[verb]
    if not word.islower() or word in cues.stop or word in cues.pronouns or word in cues.skip:
        return False
    return _role_apposed(words[verb + 1 :], cues)


# "der Vorsitzende der Partei," before the name: an article, nouns and genitives, then a comma.
def _role_apposed(rest: list[str], cues: Cues) -> bool:
    """Whether the words between the verb and the name are a role set off by a comma."""
    if not rest:
        return False  # "Dann schickt Gezer eine Nachricht": too common to carry a pronoun far
    if rest[-1] != "," or rest[0].lower() not in cues.determiners or "," in rest[:-1]:
        return False
    return all(w[0].isupper() or w in _GENITIVES for w in rest[1:-1])
