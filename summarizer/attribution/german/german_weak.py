"""Weak subjects before a German cue: adverbs, papers, datives, and a lone pronoun."""
# "Ähnlich sagte Eva Roth", "Der „Zeit“ sagte Eva Roth", "Der Ministerin Anna Roth sagte ihr
# Sprecher": the word before the verb is not who speaks, so the subject after the verb is.

from __future__ import annotations

import itertools
import re

from summarizer import _data
from summarizer.attribution.german.casing import surnames
from summarizer.attribution.german.german_bracket import title_gender
from summarizer.attribution.german.groups import group_noun
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention

_TITLED = 40
_MASCULINE = tuple(_data.load_toml("german.toml")["nested"]["masculine"])
_NOT_MASCULINE = tuple(_data.load_toml("german.toml")["nested"]["not_masculine"])
_OPENERS = '„“"»«'
_BETWEEN = re.compile(r"[\w\s]*")  # words only (skipped adverbs) between a verb and its pronoun
_GERMAN = _data.load_toml("german.toml")
# verbs whose object may be a person: "sie" after them may be the one asked or called
_OBJECT_VERBS = frozenset(_GERMAN["object_verbs"]["words"]) | frozenset(
    _GERMAN["partial"]["calling"]
)


# Such a word may be an adverb that opens the sentence ("Ähnlich äußerte sich X").
def lone(text: str, mention: Mention) -> bool:
    """Whether a subject is one capitalised word the article never gives as part of a full name."""
    one_word = mention.kind == "name" and " " not in mention.words
    known = mention.words in surnames(text) or group_noun(mention.words)  # "Experten": a group
    return one_word and not known


# "Der „Zeit“ sagte Eva Roth:": a paper in quotation marks, the verb's dative object. The text's
# start is a sentence start like any other: "Eva Ems forderte die Partei auf, „…“" is Eva Ems's.
def quoted(text: str, mention: Mention) -> bool:
    """Whether a subject is a term in quotation marks ("der „Zeit“")."""
    return mention.at > 0 and text[mention.at - 1] in _OPENERS


# "Der Zeitung sagte Eva Roth:": a feminine noun after "der" is a dative (or genitive) object.
# "Der Zeitung sagte X:" is a dative, "Der Verband kritisierte X:" a nominative: after "der" only
# a role or body noun with a masculine ending is surely masculine, so the phrase is the subject.
def dative_before(text: str, mention: Mention | None, cues: Cues) -> bool:
    """Whether a subject before an inverted cue follows the article "der" and may be feminine."""
    if mention is None or text[max(0, mention.at - 4) : mention.at].lower() != "der ":
        return False
    word = mention.words.split()[0].lower() if mention.words else ""
    # a common noun, not an acronym ("Der ARD sagte X:": the broadcaster, feminine)
    masculine = mention.kind == "role" and mention.words[1:].islower()
    return not (masculine and title_gender(word, cues) != "feminine" and _masculine(word))


# Only a masculine ending tells: "Zeit", "Welt", "Mutter" have no feminine ending yet are datives.
def _masculine(noun: str) -> bool:
    """Whether a noun has an ending of masculine role nouns ("-er", "-ist", "Experte")."""
    return noun.endswith(_MASCULINE) and not noun.endswith(_NOT_MASCULINE)


# "Der Ministerin Anna Roth sagte ihr Sprecher:": after "der" a woman's title is a dative, and
# her name with it.
def titled_dative(text: str, mention: Mention | None, cues: Cues) -> bool:
    """Whether a name before an inverted cue follows "der" and a woman's title."""
    words = TOKEN.findall(text, max(0, mention.at - _TITLED), mention.at) if mention else []
    titled = len(words) > 1 and title_gender(words[-1], cues) == "feminine"
    return titled and words[-2].lower() == "der" and words[-1][0].isupper()


# "Er sagte: „…“", "Sie hat betont": the pronoun stands for the person named before, as it does
# after the verb ("sagte er"); only as the whole subject right before the verb (adverbs apart),
# and "sie" only before a singular verb, never the plural "they".
def pronoun_subject(tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues) -> Mention | None:
    """A pronoun that alone is the subject of the cue, else None."""
    word = tokens[0]
    rest = [t.group().lower() for t in tokens[1:]]
    if any(w not in cues.skip for w in rest):
        return None
    if word.group().lower() == "sie" and cue.group().split()[0].endswith("en"):
        return None
    return Mention(word.group(), "pronoun", cue.group(), word.start(), cue.start())


# "Da rief er:", "Deren Haltung nannte er „…“": in a verb-second clause a pronoun right after the
# finite verb is its subject, so what opens the clause is an adverb or the object, never who
# speaks. "sie" is also an accusative: after a verb that takes a person as its object ("Die
# Ministerin fragte sie:", "bezeichnete sie als") it may be the one asked or called.
def pronoun_after(
    text: str, cue: re.Match[str], cues: Cues, before: Mention | None
) -> Mention | None:
    """The pronoun right after an inverted cue that must be the verb's subject, or None."""
    if named(before):
        return None
    words = list(TOKEN.finditer(text, cue.end(), cue.end() + _TITLED))
    words = list(itertools.dropwhile(lambda w: w.group().lower() in cues.skip, words))
    word = words[0] if words else None
    if word is None or word.group().lower() not in cues.pronouns:
        return None
    if _BETWEEN.fullmatch(text, cue.end(), word.start()) is None:
        return None  # "sagte: „Sie …": a colon or a quotation mark ends the clause first
    if word.group().lower() == "sie" and cue.group().lower() in _OBJECT_VERBS:
        return None
    return Mention(word.group(), "pronoun", cue.group(), word.start(), cue.start())


# "Harte Kritik übte sie:": a run of capitals before the verb may be read as a name that the
# pronoun would then stand for; such a subject keeps its reading (`pronoun_after`).
def named(mention: Mention | None) -> bool:
    """Whether a subject before the cue is a name of more than one word."""
    return mention is not None and mention.kind == "name" and " " in mention.words
