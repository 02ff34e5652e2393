"""A German sentence opened by an article and a noun phrase, then a name between commas:
"Der Trainer des FC Neustadt, Uwe Hartmann, war enttäuscht." The name is apposed to the
subject, so the lower-case word after its closing comma is the finite verb (verb second).
The name belongs to the nearest noun phrase: a person in the genitive ("Die Tochter des
Vorsitzenden, X,": X is the chairman) or a coordinated subject ("Die Chefin und ihr Vize, X,")
leaves the name no subject."""

from __future__ import annotations

import itertools

from summarizer import _data
from summarizer.attribution.german.adverbials import title_gender
from summarizer.attribution.german.forenames import GENDERS
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.german.roles import role_or_title
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import sentence_start

_REACH = 80  # characters back to the sentence's opening
_WORDS = 8  # at most this many words in the opening phrase
_TABLE = _data.load_toml("german.toml")["role_opened"]
_ARTICLES = frozenset(_TABLE["articles"])  # nominative: the subject's
_GENITIVES = frozenset(_TABLE["genitives"])
_COORDINATING = frozenset(_TABLE["coordinating"])
# A noun for a person named in the nominative: its article tells its gender ("der Graf", "die
# Räthin"); a head's article may be an accusative too ("den Vorsitzenden")
ARTICLE_GENDERS: dict[str, str] = dict(_TABLE["article_genders"])
_HEAD_GENDERS = {**ARTICLE_GENDERS, **_TABLE["head_genders"]}
# "der Vorsitzende", "die Angestellte": an adjective made a person's noun, its article its gender
NOMINALISED_PERSON = ("nde", "te")
_NOMINALISED_OBLIQUE = tuple(end + "n" for end in NOMINALISED_PERSON)  # "des Vorsitzenden"


def role_opened(text: str, start: int, cues: Cues) -> bool:
    """Whether a nominative article and a capitalised noun open the sentence up to the comma
    right before the name at `start`, with no other comma: "Der Sprecher der Stadt, X, …"."""
    back = max(0, start - _REACH)
    head = text[back:start].rstrip()
    if not head.endswith(","):
        return False
    comma = back + len(head) - 1
    opened = sentence_start(text, cues.sentence_end, back, comma)
    paragraph = text.rfind("\n", back, comma)
    if opened is None and paragraph < 0:
        return False  # no sentence start in reach
    phrase = text[max(opened or back, paragraph + 1) : comma].strip()
    words = TOKEN.findall(phrase)
    if not 2 <= len(words) <= _WORDS or "," in phrase or not phrase.startswith(words[0]):
        return False
    first = TOKEN.match(text, start)
    if _COORDINATING.intersection(words) or person_genitive(words, cues, first and first.group()):
        return False  # "Die Tochter des Vorsitzenden, X": his name, no subject's
    return words[0].lower() in _ARTICLES and words[0][0].isupper() and words[1][0].isupper()


def person_genitive(words: list[str], cues: Cues, first: str | None = None) -> bool:
    """Whether a genitive after the phrase's head names a person, the nearer noun phrase, unless
    the apposed name's known first name (`first`) has the head's gender."""
    after = words[2:]
    genitive = [w for b, w in itertools.pairwise(after) if b in _GENITIVES]
    nouns = [w for w in genitive if w[:1].isupper()]
    named = any(role_or_title(w, cues) or w.endswith(_NOMINALISED_OBLIQUE) for w in nouns)
    return named and not _head_named(words, first, cues)


# "Der Anwalt des Angeklagten, Peter Krause,", "die Sprecherin des Vorsitzenden, Greta Sommer,":
# a first name of the head's gender names the head; an unknown one ("Die Tochter des Vorsitzenden,
# Talvo Merunek,") or one that clashes ("…, Peter Krause," after "die Tochter") names the genitive.
def _head_named(words: list[str], first: str | None, cues: Cues) -> bool:
    """Whether the known gender of `first` is that of the phrase's head noun."""
    head = next((w for w in words[1:] if w[:1].isupper()), None)
    if first not in GENDERS or head is None:
        return False
    marked: str | None = title_gender(head, cues) or _HEAD_GENDERS.get(words[0].lower())
    return bool(marked == GENDERS[first])
