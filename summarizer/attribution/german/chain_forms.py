"""Konjunktiv forms a German chain of reported speech goes on with, and who its pronouns are."""
# "X legte den Haushalt vor. Die Einnahmen seien gesunken. Die Zahlen beruhten auf „…“": where
# the plural's Konjunktiv I is written like the indicative, reported speech takes the Konjunktiv
# II ("beruhten", "müssten", "sänken"), which mostly looks like a past too; it goes on with a
# chain only where a whole sentence of Konjunktiv I already runs right before it. "Er bereue
# „…“", "Eine Einigung erwarte sie": a pronoun of the naming sentence's subject's gender goes on;
# one of the other gender ("Der Pfarrer besuchte die Witwe. Sie habe „…“") stands for someone
# else, who may be the one reported: nobody.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.adverbials import title_gender
from summarizer.attribution.german.chain_rivals import people
from summarizer.attribution.german.forenames import GENDERS
from summarizer.attribution.german.german import opening_subject
from summarizer.attribution.german.german_carry import reported_sentences
from summarizer.attribution.german.konjunktiv import reported_verb
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import last_stop

_CHAIN = _data.load_toml("german.toml")["chain"]
KONJUNKTIV_TWO = frozenset(_CHAIN["konjunktiv_two"])
_SHOULD = frozenset(_CHAIN["should"])
_WISHES = tuple(_CHAIN["wishes"])
_COMPARING = frozenset(_CHAIN["comparing"])
_ARTICLES = {"der": "masculine", "die": "feminine"}
_REACH = 320  # the sentence before: bounded
_UMLAUT = re.compile(r"[a-zß]*[äöü][a-zäöüß]*en")  # "sänken", "stünden", "böten"
# a singular pronoun subject: opening its sentence ("Sie lese"), or after a verb in -e ("erwarte
# sie"), not after a preposition, an article or "wie" ("Ohne sie sei", "die sie vorlegte")
_PRONOUN = re.compile(r"(?<=[.!?] )(Er|Sie) (?=[a-zäöüß]+[^n\W]\b)|\b([a-zäöüß]+e) (er|sie)\b")
_NOT_VERBS = frozenset(("wie", "ohne", "diese", "jene", "welche"))
_GENDERS = {"Er": "masculine", "Sie": "feminine", "er": "masculine", "sie": "feminine"}


def chained(text: str, window: tuple[int, int], words: list[str], cues: Cues) -> bool:
    """Whether the words before a quotation are in the Konjunktiv of reported speech: a listed
    form, or `chained_verb`; not a wish ("Gott sei Dank"), nor a form after "als" ("als sei")."""
    lower = f" {' '.join(words).lower()} "
    wished = [wish for wish in _WISHES if f" {wish} " in lower]
    for wish in wished:  # "Gott sei Dank habe er „…“": the wish's own form does not count
        lower = lower.replace(f" {wish} ", " ")
    rest = lower.split()
    forms = cues.reported | cues.subjunctive
    listed = [i for i, w in enumerate(rest) if w in forms]
    if any(i == 0 or rest[i - 1] not in _COMPARING for i in listed):
        return True
    return not listed and not wished and chained_verb(text, window, cues)


def chained_verb(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether the clause opening `window` is in the Konjunktiv, a II only in a running chain."""
    if reported_verb(text, window, cues):
        return True
    found = opening_subject(text, window, cues)
    if found is None:
        return False
    verb = found[0][found[2]].group()
    return second_form(verb, cues) and (distinct(verb, cues) or _running(text, window[0], cues))


# "Die Gerichte bräuchten „…“", "Die Betriebe bekämen „…“" right after the naming sentence: a
# listed Konjunktiv II no past shares (a modal's umlaut, a strong verb's "kämen") is reported
# speech without a chain running before it; "beruhten", "sänken" still need one.
def distinct(verb: str, cues: Cues) -> bool:
    """Whether a finite verb is a Konjunktiv II no indicative shares: listed, or ending in a
    listed strong form with an umlaut ("bekämen", "entstünden")."""
    return verb in KONJUNKTIV_TWO or any(
        verb.endswith(form) and _UMLAUT.fullmatch(form) is not None for form in cues.subjunctive
    )


def second_form(verb: str, cues: Cues) -> bool:
    """Whether a finite verb may be a Konjunktiv II of reported speech: a listed form, a plural
    in -ten ("beruhten", not "hatten") or a plural with an umlaut ("sänken")."""
    if verb in KONJUNKTIV_TWO:
        return True
    if verb in cues.passive or verb == "hatten" or not verb.islower():
        return False
    return verb.endswith("ten") or _UMLAUT.fullmatch(verb) is not None


def _running(text: str, at: int, cues: Cues) -> bool:
    """Whether the sentence before `at`, in its paragraph, is a whole sentence of Konjunktiv I."""
    reach = max(0, at - _REACH, text.rfind("\n", max(0, at - _REACH), at) + 1)
    begin = last_stop(text, cues.sentence_end, reach, at - 1)
    return begin is not None and reported_sentences(text, (begin, at), cues)


def kept(text: str, head: tuple[int, int], end: int, cues: Cues) -> bool:
    """Whether the chain from the naming sentence `head` to `end` keeps its speaker: the naming
    sentence names no two people, and no "er"/"sie" subject after it is of the other gender
    than its subject's (a gender not known keeps it)."""
    words = TOKEN.findall(text, *head)
    if len(people(text, words, cues)) > 1:
        return False  # "Ole Brandt traf Ina Seiler."
    wanted = {_GENDERS[m.group(1) or m.group(3)] for m in _subjects(text, (head[1], end), cues)}
    gender = _subject_gender(text, words, cues)
    return not wanted or gender is None or wanted == {gender}  # unknown: as before


def _subjects(text: str, window: tuple[int, int], cues: Cues) -> list[re.Match[str]]:
    """The singular "er"/"sie" subjects in `window`."""
    found = _PRONOUN.finditer(text, *window)
    lower = _NOT_VERBS | cues.governing | cues.determiners | cues.relatives
    return [m for m in found if m.group(2) is None or m.group(2) not in lower]


def _subject_gender(text: str, words: list[str], cues: Cues) -> str | None:
    """The gender of the one person the naming sentence names (her forename or title), or of the
    body its article opens ("Die Reederei"), or None."""
    found = people(text, words, cues)
    if not found:
        return _ARTICLES.get(words[0].lower()) if words else None
    start = found[0] - 1  # the forename; titles before it
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    marks = {title_gender(w, cues) for w in words[start : found[0] - 1]}
    marks |= {GENDERS.get(w) for w in words[start : found[0]]}
    marks.add(_ARTICLES.get(words[start].lower()))  # "Der Trainer Tom Roe"
    marks.discard(None)
    return marks.pop() if len(marks) == 1 else None


# "Die Geräte seien laut. Die Kinder sollten sich „…“ konzentrieren", "Viele Mieter müssten
# „…“": the subject of a Konjunktiv II is the one reported on, as a Konjunktiv I's is.
def reported_subject(text: str, verb: str, at: int, cues: Cues) -> bool:
    """Whether the subject at `at` of the finite `verb` is reported on: a listed Konjunktiv II,
    or one that looks like a past where a chain runs."""
    if verb in KONJUNKTIV_TWO:
        return True
    if not second_form(verb, cues) and verb not in _SHOULD:
        return False
    begin = last_stop(text, cues.sentence_end, max(0, at - _REACH), at)
    if begin is not None and verb in _SHOULD:
        return _reports(text, begin, cues) or _cued_after(text, at, cues)
    return begin is not None and _running(text, begin, cues)


def _reports(text: str, at: int, cues: Cues) -> bool:
    """Whether the sentence before `at`, in its paragraph, holds a Konjunktiv I of reported
    speech after a comma ("Sie erklärte, die Lage sei „…“")."""
    reach = max(0, at - _REACH, text.rfind("\n", max(0, at - _REACH), at) + 1)
    begin = last_stop(text, cues.sentence_end, reach, at - 1)
    clause = text[reach if begin is None else begin : at].partition(",")[2]
    return any(word in cues.reported for word in TOKEN.findall(clause))


# "Die Lokführer sollten „endlich an die Kunden denken“, sagte er.": a cue after the quotation in
# the subject's own sentence names who said it; the subject of "sollte(n)" is the one it is said
# of (review32), as after a sentence of reported speech.
_AFTER_MARK = re.compile(r"[“”\"»«],?[ \t]+(?P<verb>[a-zäöüß]+)[ \t]")


def _cued_after(text: str, at: int, cues: Cues) -> bool:
    """Whether a closing mark, a comma and a verb of saying follow `at` in its sentence."""
    stop = cues.sentence_end.search(text, at, at + _REACH)
    after = _AFTER_MARK.search(text, at, stop.start() if stop else at + _REACH)
    return after is not None and cues.verbs.fullmatch(after.group("verb")) is not None
