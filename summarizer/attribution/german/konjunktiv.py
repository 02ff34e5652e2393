"""Whether a German finite verb is a Konjunktiv form of indirect speech ("nutze", "sei")."""
# The third person singular of the Konjunktiv I ends in -e where the indicative ends in -t
# ("sie nutze" / "sie nutzt"); a past "-te" may be either ("sagte", "halte"), so only the forms
# listed in cues.toml (`reported`, `subjunctive`) count there; the passive's "wurde" is a past.
# After "ich" the -e is the indicative; a preposition after the subject ("Die Regierung ohne
# Mehrheit warnte") is no verb at all.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german import finite, opening_subject
from summarizer.attribution.german.noun_runs import OPENERS
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import PARTICLES
from summarizer.attribution.lexicon.stops import opens_sentence

_IRREALIS = frozenset(_data.load_toml("german.toml")["irrealis"]["auxiliaries"])
_WORD = re.compile(r"\w+")
# the rest of a clause from its auxiliary, a quotation inside it included: bounded, linear
_CLAUSE = re.compile(r"(?:[^,;.!?:„“”\n]|„[^“”\n]{0,200}[“”]){0,300}")
_CUE = re.compile(r",\s*(\w+)")  # the word after the comma that closes the clause
_PARTICIPLE = re.compile(r"ge\w+(?:t|en)")
_PERSONS = frozenset(("er", "sie"))  # an inverted subject of the third person singular
_SUBJECTS = _PERSONS | {"es"}  # a pronoun opening the sentence: "Sie lese", "Es lohne sich"
# The letters a verb stem in -t may end in before that -t ("erwar|te", "hal|te", "kos|te",
# "rich|te", "bie|te", "bit|te"): a -te after other letters is a past only ("kann|te", "woll|te",
# "sag|te", "leb|te", "bau|te", "füh|rte", "äußer|te", "spiel|te", "mach|te", "kauf|te"); the
# pasts in "-achte" (machte, dachte, brachte) far outnumber "achte", and "hatte" is a past.
_T_STEM = re.compile(
    r"(?:(?<=[aou])r|(?<=a)l|(?<!s)s|(?<=i)e|[iaoö]|(?<![aeä])u|(?<![aouä])ch|(?<![urfü])f|t)$"
)


def reported_form(verb: str, subject: str, cues: Cues) -> bool:
    """Whether a lower-case finite verb after `subject` (its first word) is a Konjunktiv form."""
    if not verb.islower() or subject.lower() in cues.first_person or verb in OPENERS:
        return False
    if verb in cues.reported or verb in cues.subjunctive:
        return True
    return verb.endswith("e") and not verb.endswith("te") and verb not in cues.passive


# "X kritisierte das Gesetz. Die Regierung nutze die Lage aus, um „…“": the clause is reported.
def reported_verb(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether the finite verb after the noun phrase that opens `window` is a Konjunktiv form."""
    found = opening_subject(text, window, cues)
    if found is None:
        return _impersonal_reported(text, window, cues)
    tokens, phrase, verb = found
    words = [t.group() for t in tokens]
    if _in_name(words, verb, cues) or _verb_after(words, verb, cues):
        return False
    return reported_form(words[verb], words[phrase.start], cues) or _stem_t(words, verb, cues)


# "Eine Einigung erwarte sie „…“": a stem in -t takes -e in the Konjunktiv I ("erwarte") and -ete
# in the past ("erwartete"), so a -te form with "er"/"sie" right after it as its subject is read
# as reported; whoever the pronoun stands for, the object put first is that person's view.
def _stem_t(words: list[str], verb: int, cues: Cues) -> bool:
    """Whether a -te verb (no -ete past) before an inverted "er"/"sie" is a Konjunktiv I."""
    word = words[verb]
    after = words[verb + 1] if verb + 1 < len(words) else ""
    if after not in _PERSONS or not word.endswith("te") or word.endswith("ete"):
        return False
    if _T_STEM.search(word[:-2]) is None or word == "hatte":
        return False  # "Die Gäste kannte er": a past
    return word not in cues.passive and cues.verbs.fullmatch(word) is None


# "Thomas de Maizière", "Juan de la Cruz": a name's particles before its capitalised surname.
def _in_name(words: list[str], verb: int, cues: Cues) -> bool:
    """Whether the word read as the verb is a particle inside a name."""
    index = verb
    while index < len(words) and words[index] in PARTICLES:
        if words[index] in cues.determiners:
            return False  # "der", "das", "den": German articles before a noun
        index += 1
    return index > verb and index < len(words) and words[index][:1].isupper()


# "X wollte nichts sagen. Man äußere sich „nicht zu Spekulationen“": "man" (no noun phrase)
# with a Konjunktiv opening a sentence goes on with the reported speech of the one before.
_IMPERSONAL = re.compile(r"\s*(\w+) (\w+)")


def _impersonal_reported(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether `window` opens a sentence with an impersonal subject and a Konjunktiv form."""
    found = _IMPERSONAL.match(text, window[0], window[1])
    if found is None or not opens_sentence(text, cues.sentence_end, found.start(1)):
        return False
    subject, verb = found.groups()
    pronoun = subject.lower() in cues.impersonal or subject.lower() in _SUBJECTS  # "Er bereue"
    return pronoun and reported_form(verb, subject, cues)


# One finite verb holds the second place: "Die Mannschaft inklusive Trainer zeigte sich",
# "X alleine sagte", "Der Kanzler alleine hält den Plan": the -e word before a verb of saying, a
# past, or a present in -t before its object's article is no verb.
def _verb_after(words: list[str], verb: int, cues: Cues) -> bool:
    """Whether a verb of saying or a -te past follows the word read as the verb (one noun apart)."""
    later = verb + 1 + (verb + 1 < len(words) and words[verb + 1][:1].isupper())
    word = words[later] if later < len(words) else ""
    said = cues.verbs.fullmatch(word) is not None and word.lower() not in cues.reported
    if not finite(word, cues) or word in cues.reported or word in cues.negations:
        return said
    article = later + 1 < len(words) and words[later + 1] in cues.determiners  # "hält den Plan"
    present = word.endswith("t") and not word.endswith("st") and article and word[:2] != "ge"
    return said or word.endswith("te") or present


# "Der Dichter wäre heute 100 Jahre alt geworden, seine Zeile „…“", "Gerne hätte die Regierung
# „mehr Zeit“ gehabt": a wish or a counterfactual past, no one's indirect speech.
def irrealis(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether the window's only Konjunktiv forms are singular past irrealis ("wäre … geworden")."""
    forms = cues.reported | cues.subjunctive
    found = [w for w in _WORD.finditer(text, *window) if w.group().lower() in forms]
    if not found or any(w.group().lower() not in _IRREALIS for w in found):
        return False
    match = _CLAUSE.match(text, found[-1].end())
    clause = _WORD.findall(match.group())  # type: ignore[union-attr]
    if not clause or _PARTICIPLE.fullmatch(clause[-1]) is None:
        return False
    return not _cued(text, match.end(), cues)  # type: ignore[union-attr]


# "Er hätte „mehr Zeit“ gebraucht, sagte er.": a verb of saying right after the clause's comma
# makes it someone's words, whatever the mood.
def _cued(text: str, at: int, cues: Cues) -> bool:
    """Whether a comma and a verb of saying follow the clause that ends at `at`."""
    after = _CUE.match(text, at)
    return after is not None and cues.verbs.fullmatch(after.group(1)) is not None
