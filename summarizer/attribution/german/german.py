"""Who a German reporting cue points to: its subject, the object of "laut", or the sentence's."""
# Verb-second puts the subject before the cue, an inverted frame after it ("Dazu erklärte X").

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from summarizer.attribution.german.asides import past_aside_opener, unbracketed, verb_last_subject
from summarizer.attribution.german.german_bracket import (
    adverbials,
    bracket_before,
    bracketed,
    listener,
)
from summarizer.attribution.german.german_clauses import (
    adverb_opens,
    aside_follows,
    before_listener,
    clause_start,
    fronted,
    leading_word,
    linked,
    opening_conjunction,
    postposition,
    relative_after,
)
from summarizer.attribution.german.german_documents import document_of
from summarizer.attribution.german.german_entitled import entitled
from summarizer.attribution.german.german_hearsay import hearsay_after_verb
from summarizer.attribution.german.german_inverted import opening_adverb
from summarizer.attribution.german.german_objects import past_object
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.german_quoted import quoted_person
from summarizer.attribution.german.german_weak import (
    dative_before,
    lone,
    pronoun_after,
    pronoun_subject,
    quoted,
)
from summarizer.attribution.german.german_wording import utterance_subject
from summarizer.attribution.german.joined import shared
from summarizer.attribution.german.not_subjects import not_subject
from summarizer.attribution.german.perceived import perceiving
from summarizer.attribution.german.phrases import Phrase, mention_of, oblique, plural, read_phrase
from summarizer.attribution.german.quoted_title import quoted_title
from summarizer.attribution.german.tokens import TOKEN, cue_in_place, read_tokens, sentence_tokens
from summarizer.attribution.german.verb_number import object_after
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_REACH = 300  # a German clause: a long subordinate clause may come before its cue
_OPENING = re.compile(r"[.!?:\n]")
_CLOSING = '“”"«»'


# A Konjunktiv I with a pronoun subject comes last: the subject of a reporting cue before it is
# whom the pronoun stands for ("X bezweifelte das: Er habe „…“").
def cue_subjects(
    text: str, window: Window, found: Sequence[re.Match[str]], cues: Cues
) -> Iterator[Mention]:
    """The subjects of the cues in the window before a quotation, the nearest cue first."""
    reported = []
    for index, cue in reversed(list(enumerate(found))):
        if hearsay_after_verb(text, cue, found[:index], cues):
            continue  # "Roth sagte laut „Spiegel“:": Roth spoke, the paper only reports it
        if cue.group().lower() in cues.reported:
            # Konjunktiv I marks indirect speech: with a pronoun subject ("Er habe") it speaks for
            # the paragraph's person; with a noun subject ("Jeder Lehrer könne") its topic, no one.
            if _reported_pronoun(text, cue, cues):
                reported.append(Mention("", "pronoun", cue.group(), cue.start(), cue.start()))
            continue
        yield from (m for m in _of_cue(text, window, cue, cues) if not entitled(cue.group(), m))
    yield from reported


# Elsewhere ("…, sagte sie, sei") the pronoun's subject is not the speaker.
def _reported_pronoun(text: str, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a pronoun opening the sentence is the subject of a Konjunktiv ("Er habe")."""
    start = max(0, cue.start() - _REACH)
    for stop in _OPENING.finditer(text, start, cue.start()):
        start = stop.end()
    words = [w.lower() for w in TOKEN.findall(text, start, cue.start())]
    opens = all(w in cues.stop for w in words[:-1])  # "Aber das heiße"
    return bool(words) and words[-1] in cues.reported_subjects and opens


def _of_cue(text: str, window: Window, cue: re.Match[str], cues: Cues) -> Iterator[Mention]:
    """The noun phrase that opens the clause and ends at the cue, else the one after it."""
    word = cue.group().lower()
    if word in cues.quoting:  # "X wurde zitiert:", "die Zeitung zitiert X:": X, who is quoted
        yield from filter(None, [quoted_person(text, window, cue, cues)])
        return
    if cues.postfix and cues.postfix.fullmatch(word):  # "dem Sprecher zufolge"
        found = subject_before(text, window[0], cue, cues, governed=True)
        yield from (found,) if found else ()
        return
    document = document_of(text, window, cue, cues)
    if document:  # "heißt es in dem Schreiben der Stadt"
        yield document
        return
    if word in cues.hearsay:  # "laut X": X is the preposition's object
        found = subject_after(text, window[1], cue, cues, governed=True)
        yield from (found,) if found else ()
        return
    bracket = bracket_before(text, window[0], cue, cues)  # "Zuvor hatte X erklärt:"
    clause = clause_start(text, window[0], cue, cues)  # "…, und Paul Ems fügte hinzu:"
    before = bracket or subject_before(text, clause, cue, cues)
    before = None if not_subject(text, before, cue, cues) else before  # german/not_subjects.py
    before = utterance_subject(before, cues) if before else None  # "Die Antwort des X lautete:"
    after = None
    weak = before is None or lone(text, before) or quoted(text, before)
    turned = inverted(text, window[0], cue, cues) or (
        clause > window[0] and fronted(text, clause, cue)
    )
    if (weak or dative_before(text, before, cues)) and turned:
        after = subject_after(text, window[1], cue, cues)
        full = after is not None and after.kind == "name" and " " in after.words
        if after and before and not weak and not full and not listener(text, before):
            after = None  # only a full name outranks "der Zeitung", any name "der ARD"
        if after and before and listener(text, after):
            after = None  # "Scholz sagte der ARD:": the subject before, the listener after
    pronoun = pronoun_after(text, cue, cues, before) if turned else None  # "Da rief er:"
    yield from (m for m in ((pronoun,) if pronoun else (after, before)) if m)


# With `governed`: the object of a preposition cue ("laut dem Sprecher"), in any case.
def subject_after(
    text: str, end: int, cue: re.Match[str], cues: Cues, *, governed: bool = False
) -> Mention | None:
    """The subject right after an inverted cue ("…“, sagte der Sprecher der Polizei.")."""
    tokens = sentence_tokens(text, cue.end(), min(end, cue.end() + _REACH), cues.sentence_end)
    index = 0
    while index < len(tokens) and tokens[index].group().lower() in cues.skip:
        index += 1
    if cue.group().lower() in cues.quoting:  # "zitierte man X": X, the only person named
        if index >= len(tokens) or tokens[index].group().lower() not in cues.impersonal:
            return None
        index, governed = index + 1, True
    # "nach Angaben von X": a noun cue takes its person with "von"
    if governed and " " in cue.group() and index < len(tokens):
        index += tokens[index].group().lower() in ("von", "vom")
    if not governed and index < len(tokens) and tokens[index].group().lower() in cues.pronouns:
        word = tokens[index]  # "schickt sie dem Verlag eine Nachricht:"
        return Mention(word.group(), "pronoun", cue.group(), word.start(), cue.start())
    phrase = read_phrase(tokens, index, cues)
    phrase = phrase and before_listener(tokens, phrase, cue, cues)  # "sagte X Y gegenüber"
    if phrase and phrase.name and shared(tokens, phrase.name[1], cue):
        phrase = replace(phrase, name=None)  # "sagten die Minister X und Y": both, as written
    if governed:
        return None if phrase is None else mention_of(text, tokens, phrase, cue, cues)
    if phrase is None or oblique(tokens, phrase) or object_after(tokens, index, cue.group(), cues):
        later = past_object(text, tokens, phrase, cue, cues)  # "widersprach dem Minister X die Y"
        return later or _past_adverbials(text, tokens, index, cue, cues)
    return mention_of(text, tokens, phrase, cue, cues)


# Only a person or a body: "sagte am Rande der Konferenz der Minister" names nobody surely.
def _past_adverbials(
    text: str, tokens: list[re.Match[str]], index: int, cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The subject after adverbials that follow the cue ("sagte am Montag Anna Schmidt")."""
    past = adverbials(tokens, index, cues)
    phrase = read_phrase(tokens, past, cues) if index < past < len(tokens) else None
    if phrase is None or oblique(tokens, phrase) or not person(text, tokens, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, cue, cues)


def finite(word: str, cues: Cues) -> bool:
    """A lower-case word that may be a finite verb: no function word, pronoun or adverb."""
    lower = word.lower()
    if not word.islower() or lower in cues.stop or lower in cues.skip:
        return False
    return lower not in cues.relatives and lower not in cues.passive and lower not in cues.pronouns


# "Der Leiter der Behörde, Jan Roth, sagte", "Roth hat auch betont". With `governed`: the object
# of a postposition ("dem Sprecher zufolge"), in any case.
def subject_before(
    text: str, start: int, cue: re.Match[str], cues: Cues, *, governed: bool = False
) -> Mention | None:
    """The subject from the clause's start up to the cue, auxiliary, adverbs or aside apart."""
    found = read_tokens(text, max(start, cue.start() - _REACH), cue.start())
    if not governed and (wie := verb_last_subject(text, found, cue, cues)):
        return wie  # "Wie X am Montag sagte, …"
    tokens = past_aside_opener(found)
    aside = len(tokens) < len(found)  # "Die Pläne, wie sie meinte,": "sie" may be anyone
    while tokens and leading_word(tokens[0].group(), cues):
        tokens.pop(0)
    if not governed and tokens and tokens[0].group().lower() in cues.pronouns:
        return None if aside else pronoun_subject(tokens, cue, cues)
    phrase = read_phrase(tokens, 0, cues, first=True) if tokens else None
    if phrase is None or (not governed and oblique(tokens, phrase)) or opening_adverb(tokens):
        return None  # "Da kam die Gräfin herein und sprach:": an adverb opens the clause
    if not governed and plural(tokens, phrase) and not cue.group().split()[0].endswith("en"):
        return None  # a plural before a singular verb is its object
    passive = [t.group().lower() in cues.passive for t in tokens[phrase.end : phrase.end + 1]]
    if not governed and passive == [True] and cue.group().lower() in cues.participles:
        return None  # "Jan Roth wurde gefragt:": the one asked or told, never the speaker
    if bracketed(tokens[phrase.end :], cue, cues):  # "X hatte zuvor erklärt:"
        return mention_of(text, tokens, phrase, cue, cues)
    rest = unbracketed(tokens[phrase.end :])  # "Abg. Ems (Centr.) sagte": no party
    rest = [w for w in rest if w.lower() not in cues.skip]
    if not governed and rest and postposition(rest[0], cues):
        return None  # "Der Polizei zufolge rief X", "Eva Ems gegenüber sagte X": no subject
    aside = aside_follows(rest)  # "Jan Roth, ein Sprecher der Stadt, sagte"
    if aside and (",", "und") in itertools.pairwise(rest) and cue.group().split()[0].endswith("en"):
        return None  # "Jan Roth, der Chef, und seine Frau erklärten": a joint subject
    shut = len(rest) > 1 or (rest and not rest[0].islower())
    if not aside and shut and not linked(rest, cues):
        return None
    return quoted_title(text, mention_of(text, tokens, phrase, cue, cues))


# "Der Minister, Jan Roth, nannte den Plan „unsinnig“", also before a colon ("Sie sieht es so:").
def sentence_subject(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The person or body that opens a quotation's sentence, followed by any verb."""
    found = opening_subject(text, window, cues)
    if found is None:
        return None
    tokens, phrase, index = found
    verb = tokens[index]
    if cue_in_place(text, verb, cues) or elsewhere(tokens, index, cues):
        return None  # a reporting verb's own frame has been read (in place: "erinnerte sich" no)
    if index + 1 < len(tokens) and tokens[index + 1].group() in cues.impersonal:
        return None  # "Diesen Ton kennt man …": the phrase before the verb is its object
    known = person(text, tokens, phrase, cues)
    return mention_of(text, tokens, phrase, verb, cues) if known else None


# Read twice for most quotations (subject, then stance): cached; callers never change the tokens.
@functools.lru_cache(maxsize=16)
def opening_subject(
    text: str, window: tuple[int, int], cues: Cues
) -> tuple[list[re.Match[str]], Phrase, int] | None:
    """The tokens, the noun phrase that opens the sentence and the index of its verb, or None."""
    if not _opens_sentence(text, window[0]):
        return None  # the window starts after a quotation inside its sentence
    tokens = read_tokens(text, window[0], min(window[1], window[0] + _REACH))
    while tokens and leading_word(tokens[0].group(), cues):
        tokens.pop(0)  # "Auch der Sprecher will „…“": an adverb before the subject
    phrase = read_phrase(tokens, 0, cues) if tokens else None
    if phrase is None or oblique(tokens, phrase):
        return None
    index = phrase.end
    if index < len(tokens) and tokens[index].group() == ",":  # past the apposition to the verb
        index = next(
            (i + 1 for i in range(index + 1, len(tokens) - 1) if _verb_next(tokens, i, cues)), 0
        )
    verb = tokens[index] if 0 < index < len(tokens) else None
    if verb is None or not verb.group().islower() or verb.group() in cues.stop:
        return None
    return tokens, phrase, index


# "Jan Roth, einer der Abgeordneten, die den Aufruf unterzeichneten, verurteilte …": the comma
# after a relative clause in the apposition, where the finite verb follows.
def _verb_next(tokens: list[re.Match[str]], index: int, cues: Cues) -> bool:
    """Whether a comma at `index` is followed by a word that may be a finite verb."""
    return tokens[index].group() == "," and finite(tokens[index + 1].group(), cues)


# Only a quotation that ends in a stop: "„…“ Der Minister …", not "„…“ werden …".
def _opens_sentence(text: str, at: int) -> bool:
    """Whether `at` starts a sentence: after a stop, colon, line break, the start or a quotation."""
    before = text[max(0, at - 4) : at].rstrip(" ")
    if before[-1:] in _CLOSING:
        before = before[:-1]
    return not before or before[-1] in ".!?:;\n"


# "wurde … als „…“ bezeichnet", ", die „…“ fordern".
def elsewhere(tokens: list[re.Match[str]], verb: int, cues: Cues) -> bool:
    """Whether a passive or relative clause puts the quotation in a clause not the subject's."""
    clause = tokens[verb:]
    commas = (i for i, t in enumerate(clause) if t.group() == ",")
    relative = any(relative_after(clause, i, cues) for i in commas) or perceiving(clause)
    return relative or any(t.group().lower() in cues.passive for t in clause)


# A capitalised opener is an adverbial put first ("Dazu sagte", "In Berlin erklärte"); after a
# lower-case opener, or right before the cue ("… und nannte den Plan"), the words after the cue
# are its object.
def inverted(text: str, start: int, cue: re.Match[str], cues: Cues) -> bool:
    """Whether the clause before a cue opens with a capital, so the subject follows the verb."""
    found = TOKEN.findall(text, max(start, cue.start() - _REACH), cue.start())
    opened = bool(found) and opening_conjunction(found[0])  # "Und am Montag sagte X"
    tokens = [t for t in found if t.lower() not in cues.skip and not opening_conjunction(t)]
    if adverb_opens(tokens):
        return True
    # "… und nannte den Plan", not "…, sagte"; "Dem Bericht zufolge erklärte X" ends the first place
    joined = bool(tokens) and tokens[-1].islower() and not postposition(tokens[-1], cues)
    words = [t for t in tokens if t not in ",()"]
    if words and words[0].lower() in cues.pronouns and len(words) == 1:
        return False  # "Er nannte den Plan": the pronoun is the subject, the words after the object
    return not words or ((opened or words[0][0].isupper()) and not joined)
