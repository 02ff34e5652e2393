"""German: a quotation a relative clause says, by a verb of saying or calling of its own."""
# "Jan Roth kritisierte Eva Ems, die den Plan „absurd“ nannte", "Jan Roth widersprach Eva Ems, die
# gesagt hatte, der Plan sei „absurd“": the words are the relative clause's, so its antecedent's
# (Ems) where the pronoun is surely its subject; never the main clause's subject (Roth), whose
# cue only tells what he did to her. Any other relative clause of saying ("den Ems „…“ nannte",
# "der Bericht, der die Lage als „…“ beschreibt") names no one the main cue could credit.

from __future__ import annotations

import dataclasses
import re

from summarizer import _data
from summarizer.attribution.german.german_labelling import SPOKEN_OF
from summarizer.attribution.german.german_partial import ending_at, others_name
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.german.relative_colon import colon_relative, saying_verb
from summarizer.attribution.german.role_holder import role_or_body
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_GERMAN = _data.load_toml("german.toml")
_DATA = _GERMAN["partial"]
_SUBJECTS = frozenset(_DATA["subject_relatives"])  # "der", "welcher": the subject, whatever follows
_EITHER = frozenset(_DATA["relatives"])  # "die", "das": the subject only before a sure object
_OBJECTS = frozenset(_DATA["objects"])
_SAYING = frozenset([*_DATA["content_verbs"], *_DATA["calling"], *_DATA["final"]])
_CLOSING = frozenset(_DATA["closing"])
# a finite verb before the quotation: the clause is verb-second, reported ("die Regierung habe …")
_FINITE = _CLOSING | frozenset([*_GERMAN["nested"]["finite"], *_GERMAN["stative"]["auxiliaries"]])
_NOMINATIVE = frozenset(_DATA["nominative_pronouns"])  # another subject
_PERFECT = frozenset({"hat", "hatte", "haben", "hatten", "habe"})  # a perfect's auxiliary
_PASSIVE = frozenset({"wird", "wurde", "werden", "wurden", "worden"})
_REACH = 300  # the sentence before the quotation: bounded, linear


def relative_speaker(
    text: str, before: Window, closing: re.Match[str] | None, cues: Cues
) -> Mention | None:
    """The antecedent of the relative clause that says the quotation (anonymous where unsure),
    or None where the quotation stands in no relative clause of saying."""
    begin = max(before[0], before[1] - _REACH)
    last = text.rfind(",", begin, before[1])
    if last < 0 or text.find("\n", last, before[1]) >= 0:
        return None
    if closing is not None:  # "…, die den Plan „…“ nannte"
        return _antecedent(text, (begin, last, before[1]), closing, cues)
    if text[last : before[1]].rstrip().endswith(":"):  # "…, die einst sagte: „…“"
        said = list(TOKEN.finditer(text, last + 1, before[1]))
        if len(said) > 1 and said[-1].group() in _PERFECT:
            said.pop()  # "…, der ihr geantwortet hatte:"
        if not said or not (said[-1].group() in _SAYING or saying_verb(said[-1].group(), cues)):
            return _passive(said, cues)
        return colon_relative(text, (begin, last, said[-1].start()), said[-1], cues)
    first = text.rfind(",", begin, last)
    said = list(TOKEN.finditer(text, first + 1, last)) if first >= 0 else []
    if said and said[-1].group().lower() in _CLOSING:
        said.pop()  # "die gesagt hatte"
    content = TOKEN.findall(text, last + 1, before[1])
    cued = any(w not in cues.reported and cues.verbs.fullmatch(w) for w in content)
    if not said or said[-1].group() not in _SAYING or cued:
        return None  # "…, die gesagt hatte, der Plan sei „…“": the content of her saying
    return _antecedent(text, (begin, first, said[-1].start()), said[-1], cues)


def _passive(said: list[re.Match[str]], cues: Cues) -> Mention | None:
    """No one where a passive relative clause of saying closes before the colon ("die Schüler,
    die gefragt wurden:"): the words are put to the antecedent by someone unnamed; else None."""
    if len(said) < 2 or said[-1].group() not in _PASSIVE or not saying_verb(said[-2].group(), cues):
        return None
    return Mention(said[-2].group(), "anonymous", said[-2].group(), -1, said[-2].start())


# `clause`: the sentence's start, the relative clause's comma, and where its subject must stand.
def _antecedent(
    text: str, clause: tuple[int, int, int], verb: re.Match[str], cues: Cues
) -> Mention | None:
    """The relative clause's antecedent before its comma, if the quotation is that clause's."""
    tokens = list(TOKEN.finditer(text, clause[1] + 1, clause[2]))
    words = [t.group() for t in tokens]
    blocked = Mention(verb.group(), "anonymous", verb.group(), -1, verb.start())
    last = verb.start() > clause[2] and _FINITE.isdisjoint(words)  # "…, die X „…“ nannte"
    if words and words[0] in cues.relatives and words[0] not in (_SUBJECTS | _EITHER):
        inner = _inner(text, tokens, verb, cues)  # "den Ems „…“ nannte": the subject inside
        return inner or (blocked if last else None)
    if not words or words[0] not in (_SUBJECTS | _EITHER):
        return None  # no relative pronoun
    if len(words) > 1 and not words[1].islower():
        # "…, die Regierung habe …": an article, reported speech; but a verb at the clause's
        # end makes it relative ("…, die Karl Weber „…“ nannte"), whose subject is unsure
        return blocked if last else None
    if words[0] in _EITHER and not _subject(words[1:], cues):
        return blocked  # "die die Regierung …", "die er sagte": either may be the subject
    tokens = list(TOKEN.finditer(text, clause[0], clause[1] + 1))
    phrase = ending_at(tokens, len(tokens) - 1, cues) if tokens else None
    named = phrase is not None and (phrase.name is not None or role_or_body(tokens, phrase, cues))
    if phrase is None or not named or others_name(tokens, phrase):
        return blocked  # "der Bericht, der …", "Demonstranten, die …", "Der Führer Irans, der …"
    if _group(tokens[phrase.end - 1].group(), cues):
        return blocked  # "Tausende Demonstranten, die …": a group, no name
    if not (person(text, tokens, phrase, cues) or role_or_body(tokens, phrase, cues)):
        return None  # a lone word the article gives no more of: read as before
    found = mention_of(text, tokens, phrase, verb, cues)
    return dataclasses.replace(found, sure=False) if found else blocked


# "die" or "das" is the subject before an object's article ("die den Plan …") or before only
# adverbs and object pronouns ("die ihm einst sagte"); another noun, article or "er" may be it.
# The article of the quotation's own frame is no subject ("die vor einer „…“ warnte").
def _subject(rest: list[str], cues: Cues) -> bool:
    """Whether a relative "die"/"das" followed by `rest` is surely its clause's subject."""
    if rest and rest[0] in _OBJECTS:
        return True
    if len(rest) > 1 and rest[-2] in SPOKEN_OF and rest[-1] in cues.determiners:
        rest = rest[:-2]
    return all(w.islower() and w not in cues.determiners and w not in _NOMINATIVE for w in rest)


# The plural endings of nouns for people who act ("Demonstranten", "Analysten", "Helferinnen").
def _group(word: str, cues: Cues) -> bool:
    """Whether a word is a plural noun for people, no name."""
    plural = (e for e in cues.agent_endings if len(e) > 2 and e.endswith(("en", "e")))
    return word.lower().endswith(tuple(plural))


# "Roth kritisierte den Plan, den Eva Ems „…“ nannte": after a pronoun in another case the relative
# clause's own subject follows it.
def _inner(
    text: str, tokens: list[re.Match[str]], verb: re.Match[str], cues: Cues
) -> Mention | None:
    """The person subject right after a relative pronoun that is an object, else None."""
    phrase = read_phrase(tokens, 1, cues) if len(tokens) > 1 else None
    if phrase is None or phrase.name is None or oblique(tokens, phrase):
        return None
    if not person(text, tokens, phrase, cues) or others_name(tokens, phrase):
        return None
    found = mention_of(text, tokens, phrase, verb, cues)
    return dataclasses.replace(found, sure=False) if found else None
