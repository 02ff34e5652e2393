"""Capitalised runs that are nobody: a plural noun's modifier, a title, a place after "across"."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.lexicon.cues import Cues

_TWO_WORDS = re.compile(r" ([^\W\d_]+) (\w+)\b")  # the verb and its object's first word
_NOT_PLURAL = ("ss", "us", "is")  # "press", "status", "analysis"


# A person's present verb ends in -s too ("Ann Cole examples …" never), but it is never followed
# by a second verb: in "examples include the", "include" takes the determiner as its object, so
# "examples" is the plural subject the run modifies ("examples include Ottawa's" too). English
# only, where determiners are listed.
def modifies_plural(text: str, after: re.Match[str], cues: Cues, name: str = "") -> bool:
    """Whether the plural word after a name is a noun whose own verb comes next."""
    noun = after.group()
    if not cues.definite or not noun.endswith("s") or noun.endswith(_NOT_PLURAL):
        return False
    if noun in cues.clause_auxiliaries:  # "Rukhsana Chaudhry has worked double shifts": a verb
        return False
    pair = _TWO_WORDS.match(text, after.end())
    if pair is None:
        return False
    verb, next_word = pair.group(1), pair.group(2)
    if not verb.islower() or verb in cues.stop or verb in cues.governing:
        return False
    if verb in cues.plural_auxiliaries:
        return True  # "Canadian examples are the", "Quebec firms have"
    # a count opens an object too: "Canadian examples include three firms", "… include 12 mines"
    counted = next_word in cues.term_articles or next_word.isdigit()
    opens_object = next_word in cues.definite or next_word in cues.indefinite or counted
    opens_object = opens_object or next_word.istitle() or _described(text, pair, name, cues)
    return opens_object and not verb.endswith(("s", "ly"))


# "Prominent Canadian examples include mining firms": an object of lower-case words ending in a
# plural noun; a run with a first name is a person whose verb may take one ("Tom Hale wants
# local voters": no modifier), so only a run no first name opens.
def _described(text: str, pair: re.Match[str], name: str, cues: Cues) -> bool:
    """Whether the object is a lower-case word and a plural noun, after a run of no person's."""
    head = TOKEN.match(text, pair.end() + 1) if text[pair.end() : pair.end() + 1] == " " else None
    if not name or first_name(name, "en") or head is None or not pair.group(2).islower():
        return False
    noun = head.group()
    return noun.islower() and noun.endswith("s") and not noun.endswith(_NOT_PLURAL)


# "after The Daily Star reported", "in a column for The Hill": mid-sentence a capitalised article
# belongs to a title or a body's name; a sentence may open with one ("The Daily Star said").
def titled_work(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether the run opens with a capitalised article in the middle of a sentence."""
    first = TOKEN.match(text, run.start())
    if not cues.definite or first is None or not first.group().istitle():
        return False
    if first.group().lower() not in cues.definite and first.group().lower() not in cues.indefinite:
        return False
    before = text[max(0, run.start() - 3) : run.start()].rstrip(" \t")
    return bool(before) and before[-1].isalnum()


# "misinformation across Canada": a lone word there is a place, never a person nor the surname
# of a longer name elsewhere ("Atlantic Canada"); "in Lund's view" still names Lund.
def placed_word(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a lone capitalised word stands right after a preposition of place, or a German
    run with no first name right after a number ("4,5 Millionen Euro": a quantity; not "seit
    2019 Bürgermeisterin Eva Roth")."""
    counted = text[max(0, run.start() - 2) : run.start()]
    if cues.nouns_capitalized and counted[:1].isdigit() and counted[1:] == " ":
        return not any(first_name(word, "de") for word in run.group().split())
    if " " in run.group() or text[run.end() : run.end() + 1] in ("'", "’"):
        return False
    before = text[max(0, run.start() - 12) : run.start()]
    words = before.split()
    return before.endswith(" ") and bool(words) and words[-1] in cues.place_prepositions


# "Prominent Canadian examples include three firms": no one else named between a speaker and a
# pronoun after him.
def modifies_noun(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether the run modifies the plural noun after it, whose own verb comes next."""
    if not cues.definite or text[run.end() : run.end() + 1] != " ":  # as in modifies_plural
        return False
    after = TOKEN.match(text, run.end() + 1)
    return (
        after is not None
        and after.group().islower()
        and modifies_plural(text, after, cues, run.group())
    )


# "Prominent Canadian examples include three firms": no one a lone "Canadian" may stand for (the
# roster's names); not "Hillary Clinton was declared the", "Ann Roe laments hosting the".
def modifier_run(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a run of two words or more modifies the plural noun after it, no verb after it."""
    if not cues.definite or " " not in run.group() or text[run.end() : run.end() + 1] != " ":
        return False  # as in modifies_noun and modifies_plural: a listed determiner, a space
    after = TOKEN.match(text, run.end() + 1)
    if after is None or not after.group().endswith("s"):
        return False  # no plural noun next, as modifies_plural asks (most runs: "Ann Roe said")
    words = text[run.end() : run.end() + 40].split()[:2]
    if len(words) < 2 or words[1].endswith("ing"):
        return False
    if words[0] in cues.clause_auxiliaries or words[0] in cues.passive:
        return False
    return modifies_noun(text, run, cues)
