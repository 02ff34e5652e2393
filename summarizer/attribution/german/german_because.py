"""A German clause of saying that a conjunction opens and the indirect speech after its comma."""
# "…, zumal Verteidiger Tom Weber betont hatte, der Angeklagte sei „…“", "Nachdem X erklärt
# hatte, die Reform sei „…“, …": the subject after the conjunction said the words the Konjunktiv
# (or "dass") after the clause's comma reports. Never sure: the main clause may say otherwise.

from __future__ import annotations

import dataclasses
import re

from summarizer import _data
from summarizer.attribution.german.chain_forms import reported_subject
from summarizer.attribution.german.german import sentence_subject
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.german_stance import stance_subject
from summarizer.attribution.german.konjunktiv import reported_form
from summarizer.attribution.german.label_topics import paired
from summarizer.attribution.german.not_subjects import plural_onlookers
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention

_DATA = _data.load_toml("german.toml")["partial"]
_CONJUNCTIONS = frozenset(_DATA["conjunctions"]) - {"dass", "daß", "wenn"}
_VERBS = frozenset(_DATA["content_verbs"])
_CLOSING = frozenset(_DATA["closing"])
_THAT = frozenset(_DATA["that"])
_BETWEEN = 6  # words between the subject and its verb ("dem Gericht immer wieder")
_REPORTED = 30  # words of the indirect speech before the quotation: bounded
_AFTER = re.compile(r"\s+(\w+)")  # the word after the verb
_OPENER = re.compile(rf",\s+(?:{'|'.join(sorted(_CONJUNCTIONS))})\s")


def because_said(text: str, tokens: list[re.Match[str]], cues: Cues) -> Mention | None:
    """The subject of a conjunction's clause of saying whose indirect speech holds the quotation."""
    words = [t.group() for t in tokens]
    opens = [i for i, w in enumerate(words) if w.lower() in _CONJUNCTIONS and _opens(words, i)]
    if not opens:
        return None
    start = opens[-1]
    phrase = read_phrase(tokens, start + 1, cues)
    if phrase is None or oblique(tokens, phrase) or not person(text, tokens, phrase, cues):
        return None
    comma = next((i for i in range(phrase.end, len(words)) if words[i] == ","), None)
    if comma is None or comma - phrase.end > _BETWEEN + 2:
        return None
    verb = comma - 1 - (words[comma - 1] in _CLOSING)
    if verb < phrase.end or words[verb] not in _VERBS or "," in words[phrase.end : verb]:
        return None
    rest = words[comma + 1 :]
    if not _reports(rest, cues) or any(_says(w, cues) for w in (*words[:start], *rest)):
        return None  # "Sie sagte, weil X …": the main clause has a speaker of its own
    found = mention_of(text, tokens, phrase, tokens[verb], cues)
    return dataclasses.replace(found, sure=False) if found else None


def _opens(words: list[str], at: int) -> bool:
    """Whether the conjunction at `at` opens a clause: first in the sentence or after a comma."""
    return at == 0 or words[at - 1] == ","


def _reports(rest: list[str], cues: Cues) -> bool:
    """Whether the words after the comma are indirect speech: "dass" or a Konjunktiv I form."""
    if not rest or len(rest) > _REPORTED:
        return False
    return rest[0].lower() in _THAT or any(w in cues.reported for w in rest)


def _says(word: str, cues: Cues) -> bool:
    """Whether a word is a verb of saying of a clause of its own, not the reported Konjunktiv."""
    if word in cues.reported:
        return False  # "sei", "habe": the indirect speech itself
    return word in _VERBS or cues.verbs.fullmatch(word) is not None


# "Die Richterin blieb hart, obwohl Tom Weber versichert hatte, sein Mandant sei „…“": the words
# are Weber's, reported in the clause "obwohl" opens, not those of the main clause's subject.
def main_subject(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The sentence's subject, unless the quotation stands in a conjunction's clause of saying."""
    # the regex gate keeps the tokenizing off nearly every quotation
    opened = _OPENER.search(text, *window) is not None
    if opened and because_said(text, list(TOKEN.finditer(text, *window)), cues):
        return None
    found = sentence_subject(text, window, cues)
    if found is not None and reported_form(found.cue or "", found.words.split()[0], cues):
        return None  # "Die Regierung nutze …, um „…“": the subject is what is reported
    if found is not None and reported_subject(text, (found.cue or " ").split()[0], found.at, cues):
        return None  # "Viele Mieter müssten „…“" (german/chain_forms.py)
    if found is not None and _object_first(text, found):
        return None  # "Mehr Polizei erwarte er „…“": "er" after the verb is the subject
    if found is not None and paired(text, window, found):
        return None  # "Jan Roth gegen Eva Klar:": no verb, two people (german/label_topics.py)
    if found is not None and plural_onlookers(text, found, window, cues):
        return None  # "Die Zuschauer feierten „…“" (german/not_subjects.py)
    if found is not None and _plural_run(found, cues):
        return dataclasses.replace(found, kind="description")
    return found or stance_subject(text, window, cues)


# "Große Städte hätten sie „nie interessiert“", "Chinesische Politiker sagten": capitalised words
# that open the sentence before a plural verb are a plural noun and its adjective, no person's
# name (one takes a singular verb): kept as written, never the person a later "sie" stands for.
def _plural_run(mention: Mention, cues: Cues) -> bool:
    """Whether a name-shaped subject of two or more bare capitalised words takes a plural verb."""
    words = mention.words.split()
    verb = mention.cue.split()[0] if mention.cue else ""
    bare = len(words) > 1 and words[0].lower() not in cues.determiners
    return mention.kind == "name" and bare and verb.islower() and verb.endswith("en")


# German puts one phrase before the finite verb; "er" right after it is always a nominative, so
# the phrase before is the object or an adverbial ("Mehr Polizei erwarte er", "Das Team führte er").
def _object_first(text: str, mention: Mention) -> bool:
    """Whether the verb of a subject read before it has "er" right after it: that is the subject."""
    verb = mention.cue.split()[0] if mention.cue else ""
    if mention.cue_at < 0 or not verb or not text.startswith(verb, mention.cue_at):
        return False
    after = _AFTER.match(text, mention.cue_at + len(verb))
    return after is not None and after.group(1) == "er"
