"""German roles around a name: role nouns run into it, titles, owners and their genitives."""

from __future__ import annotations

import functools

from summarizer import _data
from summarizer.attribution.german.forenames import FORENAMES, GIVEN
from summarizer.attribution.german.particled import RANK_WORDS, person_title
from summarizer.attribution.lexicon.compounds import body_noun, long_nouns, long_titles
from summarizer.attribution.lexicon.cues import Cues

_ROLE_SURNAME = _data.load_toml("german.toml")["role_surname"]
_HEADS = tuple(
    sorted({*_ROLE_SURNAME["offices"], *_ROLE_SURNAME["epithets"], *_ROLE_SURNAME["kin"]})
)
_HEAD_SET = frozenset(_HEADS)  # looked up by each ending of a word, not scanned per word
_PREFIX = 3  # letters a compound's first part has at least: "Stadtrat", never "Murat"
GENITIVE_ARTICLES = frozenset(_data.load_toml("german.toml")["phrases"]["genitive_articles"])


# "Kapitänin Lea Roth", "Gemeinderat Josef Eder", "die Kölner Lehrerin Anna Roth": a title the
# lexicon knows, a noun in an agent's feminine ending ("Lehrerin"), or an office as a compound's
# head; an unknown capitalised word ("Tamara", "Kjell") may be a first name and is none of these.
# Pure, and asked of the same capitalised words again and again (each name's neighbours, by
# several readers); a look-up is cheaper than the endings and compound heads tested anew.
@functools.lru_cache(maxsize=4096)
def role_word(word: str, cues: Cues) -> bool:
    """Whether `word` is a role noun the lexicon knows, no first name."""
    lower = word.lower().rsplit("-", 1)[-1]
    if word in FORENAMES or not word[:1].isupper():
        return False
    if person_title(word, cues):
        return True
    feminine = tuple(e for e in cues.agent_endings if len(e) > 2 and e.endswith("in"))
    derived = any(lower.endswith(e) and len(lower) - len(e) >= _PREFIX for e in feminine)
    return derived or lower in _HEAD_SET or compound_of(lower, _HEAD_SET)


def role_or_title(word: str, cues: Cues) -> bool:
    """Whether `word` is a role noun or a person's title (a title may also be a first name)."""
    return role_word(word, cues) or person_title(word, cues)


# `lower.endswith(h)` with `_PREFIX` letters or more before `h`, for any `h` of `heads`: each
# ending of the word looked up once, not each head tested (a word has fewer endings than heads).
def compound_of(lower: str, heads: frozenset[str]) -> bool:
    """Whether `lower` ends in one of `heads` (none empty) after at least `_PREFIX` letters."""
    return any(lower[i:] in heads for i in range(_PREFIX, len(lower)))


# "Bayerns Trainer Tom Roe" -> "Tom Roe", but "Bayerns Trainer Roe" -> "Trainer Roe": the role
# stays before a lone surname, as with no owner, so that a namesake with another role ("Stürmer
# Jonas Roe") is never taken for him. After an owner the next word is a noun, so a known first
# name after it opens the name ("Schalkes Sportvorstand Peter Roe"), role word known or not.
def name_start(words: list[str], start: int, end: int, cues: Cues) -> int:
    """Where a name in `words[start:end]` opens: a known first name, or past a role before one."""
    if words[start] in FORENAMES:
        return start
    starts = [i for i in (start - 1, start) if i + 2 < end and owned(words, i, cues)]
    if starts:
        return starts[0] + 2 if end - starts[0] > 3 else starts[0] + 1
    noun = role_word(words[start], cues) or (start > 0 and _genitive(words[start - 1]))
    if end - start > 2 and noun and _first_name(words[start + 1], end - start == 3):
        return start + 1
    return _past_inner_role(words, start, end, cues)


# "Schalke Legende Gerald Asamoah": after a role the two words that close the run are a first
# name and a surname when the first is a given name of any language (`deold26`); a longer rest
# asks for a German one ("Trainer Jan Roth Kern" is read as before).
def _first_name(word: str, last_two: bool) -> bool:
    """Whether `word` after a role opens the name (`last_two`: a surname alone follows it)."""
    return word in FORENAMES or (last_two and word in GIVEN)


# "Real Madrid Trainer Olaf Kern": a role noun inside the run parts a body before it (no name's
# word) from the name after it; before a lone surname the role stays ("Trainer Kern").
def _past_inner_role(words: list[str], start: int, end: int, cues: Cues) -> int:
    """Past the words before a role noun inside `words[start:end]`, else `start`."""
    inner = (i for i in range(start + 1, end - 1) if role_word(words[i], cues))
    return next(inner, start - 1) + 1


# In a run after an article: a known first name opens the name, unless an owner stands after it
# ("Hans Kellers Trainer Tom Roe"); a role before a lone surname stays ("der Vater Keller"), so
# a namesake with another role ("Stürmer Jonas Keller") is never merged into him.
def run_name_start(words: list[str], run: tuple[int, int], proper: bool, cues: Cues) -> int:
    """Where the name in a run of capitals opens (`proper`: its first word is the name's)."""
    index, caps = run
    proper = proper or _whole(words, run, cues)
    opens = name_start(words, index + (not proper), caps, cues)
    opens = index if words[index] in FORENAMES and opens == index + 1 else opens
    lone = caps - opens == 1 and words[opens] not in FORENAMES  # "dein Bruder Jan": his name
    return opens - (lone and opens > index and role_word(words[opens - 1], cues))


# "sagte Gabriel García Márquez", "sagte Carl Philipp Emanuel Bach": a run of three capitals or
# more with no article or adjective before it, opened by a given name of any language the lexicon
# knows, and with no role noun before its last word, is one name from that first word.
def _whole(words: list[str], run: tuple[int, int], cues: Cues) -> bool:
    """Whether the first word of a run of three or more capitals opens the name."""
    index, caps = run
    first, named = words[index], words[index:caps]
    if len(named) < 3 or (index > 0 and words[index - 1][:1].islower()) or first not in GIVEN:
        return False
    return not any(role_word(w, cues) or w.lower().endswith(long_nouns(cues)) for w in named[1:-1])


# "Bayerns Trainer Tom Roe", "St. Paulis Trainerin Eva Roth": a capitalised word in the
# genitive -s before a role noun is the role's owner (a club, a town, a country) and the role a
# title, so the name is what follows it, first name known or not ("Trainer" is also a surname:
# only before a further capitalised word, which `end` ensures).
def owned(words: list[str], index: int, cues: Cues) -> bool:
    """Whether `words[index]` is an owner in the genitive -s and a role noun follows it."""
    owner = words[index] if 0 <= index < len(words) - 1 else ""
    if not _genitive(owner) or words[index + 1] in FORENAMES:
        return False
    # an agent noun is owned as a role is: "Vinns Vorgänger Tom Roe", "sagte Vinns Vorgänger."
    return role_word(words[index + 1], cues) or words[index + 1].endswith(cues.agent_endings)


def _genitive(word: str) -> bool:
    """Whether `word` may be a name or place in the genitive -s ("Bayerns"), no first name."""
    return word[:1].isupper() and word.endswith("s") and word not in FORENAMES


_STRONG = ("er", "e", "es")  # an adjective after an owner takes the article's endings


# "Bayerns neuer Trainer Tom Roe", "Deutschlands oberster Richter": an owner in the genitive -s
# stands where the article would, so the adjective after it takes the strong endings (-er, -e,
# -es) an article's would carry; the phrase is the noun's, the owner no name of its own.
def owner_article(words: list[str], index: int, cues: Cues) -> int:
    """Past an owner in the genitive -s before inflected adjectives and a role, else `index`."""
    if index + 2 >= len(words) or not _genitive(words[index]) or len(words[index]) < 3:
        return index
    at = index + 1
    while at < len(words) and words[at].isalpha() and words[at].islower():
        word = words[at]
        if not word.endswith(_STRONG) or word in cues.stop or cues.verbs.fullmatch(word):
            return index
        at += 1
    # a role's noun, or any noun a known first name follows ("neuer Sportvorstand Peter Roe");
    # not "sagte Maas später Reportern": an adverb in -er and a dative after a surname in -s
    if at == index + 1 or at >= len(words) or not words[at][:1].isupper():
        return index
    named = at + 1 < len(words) and words[at + 1] in FORENAMES
    return index + 1 if role_word(words[at], cues) or named else index


# "Gestern teilte die Polizei Olaf Kern mit": a body's noun takes a name with no first name as
# its own ("die Firma Siemens"); a known first name after it opens the one it tells, a dative.
def told_body(words: list[str], run: tuple[int, int], cues: Cues) -> bool:
    """Whether a run opens with a body's noun and a known first name right after it."""
    start, end = run
    if end - start < 3 or words[start + 1] not in FORENAMES:
        return False  # most runs: no first name second, so no body's noun to look for
    return body_noun(words[start], cues)


# "teilte Bayern München Olaf Kern mit": a given name (any language's) and one surname that close
# a run after two capitalised words or more, none a first name or a role, are a second noun phrase,
# the one told; the words before them name the subject (a club, a town, a body), never the
# pair. A role right before the first name is the pair's ("Real Madrid Trainer Olaf Kern"), and
# so are ranks and degrees ("Prof. Dr. Anna Lenz").
def told_pair(words: list[str], run: tuple[int, int], cues: Cues) -> bool:
    """Whether a run ends in a first name and a surname that follow a subject of no person."""
    start, end = run
    if end - start < 4 or words[end - 2] not in GIVEN or words[end - 1] in FORENAMES:
        return False
    head = words[start : end - 2]
    return not any(
        w in GIVEN or w in RANK_WORDS or role_word(w, cues) or _genitive(w) for w in head
    )


# "sagte Kapitän der Mannschaft Eva Roth": a role before a genitive is a title, as after an
# article, no name (a surname takes none: "sagte Roth der Zeitung" tells her). An owner in the
# genitive -s stands where the article would (`past_owner`).
def titled(words: list[str], span: tuple[int, int, int], cues: Cues) -> bool:
    """Whether a role word and a genitive after it open a phrase (start, capitals' end, end)."""
    index, caps, end = span
    genitive = end > caps and words[caps] in GENITIVE_ARTICLES
    return caps - index == 1 and genitive and role_word(words[index], cues)


# "Europas Fußballerin des Jahres Eva Roth" is read as "die Fußballerin des Jahres Eva Roth": the
# owner stands where the article would, so the genitive's name is the role's holder.
def past_owner(words: list[str], span: tuple[int, int, int], cues: Cues) -> bool:
    """Whether an owner in the genitive -s opens a role titled by a genitive after it."""
    index, caps, end = span
    return (
        caps - index == 2
        and owned(words, index, cues)
        and titled(words, (index + 1, caps, end), cues)
    )


# "sagte Rekers Sprecherin", "sagte Trainer Rekers Tochter", "sagte Roe, Bayerns Trainer": an
# owner in the genitive -s and the noun it owns, nothing after, describe someone, no name.
def owner_only(words: list[str], start: int, end: int, cues: Cues) -> bool:
    """Whether `words[start:end]` is an owner and the role noun it owns, no name."""
    return end - start == 2 and owned(words, start, cues)


# German joins a title to what it heads ("Verteidigungsminister", "US-Außenminister"): before a
# full name it is the name's title, no forename.
def compound_title(tokens: list[str], index: int, cues: Cues) -> bool:
    """Whether a German word ending in a title opens a name of two more words."""
    if not cues.nouns_capitalized or index >= len(tokens) - 2:
        return False
    return tokens[index].lower().endswith(long_titles(cues))


# "Bayerns Trainer Roe", "Deutschlands Außenministerin Roe": an owner in the genitive -s before a
# role noun is the role's (`owned`), never the name's first word; the role and a lone surname stay
# as they do with no owner ("Trainer Keller" may be a striker Jonas Keller's father).
def name_title(tokens: list[str], index: int, cues: Cues) -> bool:
    """Whether the German word at `index` opens a title before the name words after it."""
    if not cues.nouns_capitalized or index >= len(tokens) - 2:
        return False  # both an owner and a compound title need two name words after them
    return owned(tokens, index, cues) or tokens[index].lower().endswith(long_titles(cues))


# A determiner inside a run opens a noun, a body's ("der Bank Julius Bär"); in German an adjective
# in -en before that noun belongs to it ("der Russischen Föderation Sergei Lawrow", "der
# Deutschen Bank Eva Roth"), and a known first name after it opens the name of the one who holds
# the role before ("der Stadt Köln Olaf Kern"): the genitive is the role's complement.
def past_body(tokens: list[str], at: int, capitalised: bool) -> int:
    """Where a name opens past the body's noun that the determiner at `at` opens in `tokens`."""
    index = at + 1
    if capitalised and _adjective_first(tokens, index):
        index += 1
    index += len(tokens) - index > 2  # a noun, then at least two words of the name
    if not capitalised or index >= len(tokens) or tokens[index] in FORENAMES:
        return index
    known = [i for i in range(index + 1, len(tokens) - 1) if tokens[i] in FORENAMES]
    return known[0] if known else index


def _adjective_first(tokens: list[str], index: int) -> bool:
    """Whether `tokens[index]` is an adjective in -en before a noun and two words of a name."""
    fits = len(tokens) - index > 3 and tokens[index].endswith("en")
    return fits and tokens[index] not in FORENAMES and tokens[index + 1] not in FORENAMES


# "der Russischen Föderation Sergei Lawrow", "der Europäischen Kommission Eva Roth": a capitalised
# adjective in -en between a genitive's article and its noun is the body's, no name's.
def adjectival(words: list[str], at: int) -> bool:
    """Whether `words[at]` is a capitalised adjective in -en (no first name) after an article."""
    word = words[at] if 1 <= at < len(words) else ""
    return word[:1].isupper() and word.endswith("en") and word not in FORENAMES
