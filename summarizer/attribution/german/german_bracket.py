"""German reporting verbs in two parts (the verb bracket) and a dative listener before a subject."""
# "„…“, hat X gesagt", "„…“, hatte X in einem Interview erklärt", "„…“, stellte X klar",
# "„…“, wird X zitiert": the finite verb comes first, the participle or particle closes the clause.

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass

from summarizer import _data
from summarizer.attribution.german.adverbials import adverbials, dative, title_gender
from summarizer.attribution.german.casing import surnames, written_lower
from summarizer.attribution.german.modal_bracket import modal_closers, modal_denied
from summarizer.attribution.german.modal_perfect import modal_perfect
from summarizer.attribution.german.particled import person_title
from summarizer.attribution.german.phrases import TOKEN, Phrase, mention_of, oblique, read_phrase
from summarizer.attribution.german.reflexive_after import reflexive_after
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_REACH = 200
_TAIL = 6  # adverbials between the subject and the participle: "in einem Interview"
_OLDER_TAIL = 9
# after a quotation the bracket's closing verb of saying ends the sentence, which bounds the middle
# field: "„…?“, wollten die Demonstranten in der Hauptstadt seit der Wahl wissen." (deverb32)
_AFTER_TAIL = 10
_ADVERBIALS = _data.load_toml("german.toml")["adverbials"]
_FEMININE = tuple(_ADVERBIALS["feminine_endings"])
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ]{2,}")
_LEAD = 60
_NAMES = 4  # capitalised words of two names: "Jan Roth Eva Ems"
_COMMA_LEAD = re.compile(r"[,\s]*")  # a comma and spaces after a quotation
_OBJECT_PARTICIPLES = frozenset(_data.load_toml("german.toml")["object_verbs"]["participles"])
_DATIVE_LEAD = re.compile(r"(?<!\w)([Dd]e[rm])\s+(„[^“”]*[“”]-?|„)?(?:([A-ZÄÖÜ][\w-]*)\s+)?$")


# "Scholz sagte der ARD:", "Der Minister sagte der Zeitung:": after "der" a feminine noun, or a
# broadcaster or agency written in capitals, is the listener in the dative, not the subject; so is
# a name apposed to a dative noun ("dem Sender RTL", "der Nachrichtenagentur Reuters"), and a
# paper's title in quotation marks ("der „Zeit“", "der „Bild“-Zeitung").
def listener(text: str, mention: Mention) -> bool:
    """Whether a mention is a dative object: "der" and a feminine noun or an abbreviation."""
    found = _DATIVE_LEAD.search(text, max(0, mention.at - _LEAD), mention.at)
    if found is None:
        return False
    if found.group(2):  # a paper's title in quotation marks: "sagte der „Zeit“:"
        return True
    if found.group(1).lower() == "dem":
        return found.group(3) is not None
    first = found.group(3) or mention.words.split()[0]
    return first.lower().endswith(_FEMININE) or bool(_ABBREVIATION.fullmatch(first))


@dataclass(frozen=True)
class _Bracket:
    """Perfect auxiliaries, future infinitives, the particles that close each separable verb."""

    auxiliaries: frozenset[str]
    infinitives: frozenset[str]
    particles: dict[str, frozenset[str]]


@functools.cache
def _bracket(cues: Cues) -> _Bracket:
    """The verb-bracket words of a language family, its separable verbs split at the particle."""
    pairs = [verb.lower().split() for verb in cues.separable]
    stems = {stem for stem, _ in pairs}
    particles = {stem: frozenset(p for s, p in pairs if s == stem) for stem in stems}
    return _Bracket(cues.auxiliaries, cues.infinitives, particles)


def bracket_after(text: str, window: Window, start: int, cues: Cues) -> Mention | None:
    """The subject inside a verb bracket that opens right after a quotation and its comma."""
    end = min(window[1], start + _REACH)
    first = TOKEN.search(text, start, end)  # the first word: most open no bracket, none read on
    finite = first.group().lower() if first else ""
    closers = _closers(finite, cues) if first else frozenset()
    if not closers:
        return None
    tokens = read_tokens(text, start, end)
    index = _subject_start(tokens, cues)
    phrase: Phrase | None = None
    if index < len(tokens) and tokens[index].group().lower() in cues.pronouns:
        phrase = Phrase(index, index + 1, None, False, index)  # "„…“, hat sie gesagt."
    elif index < len(tokens):
        phrase = read_phrase(tokens, index, cues)
    if phrase is None or oblique(tokens, phrase) or _two_named(tokens, phrase, cues):
        return None
    closer = _closer(text, tokens, phrase, window, cues)
    if closer is None or closer.group().lower() not in closers:
        return None
    if modal_denied(finite, [t for t in tokens if t.end() <= closer.start()], closer.group()):
        return Mention(closer.group(), "anonymous", closer.group(), -1, closer.start())
    if tokens[index].group().lower() in cues.pronouns:
        word = tokens[index]
        return Mention(word.group(), "pronoun", closer.group(), word.start(), closer.start())
    if finite in cues.passive:  # "wird X zitiert" (X is quoted), "wird X sagen" (planned)
        # the cue stands where "wird" right before it marks the plan, not past the quotation
        at = tokens[0] if closer.group().lower() in cues.quoting else tokens[1]
        found = mention_of(text, tokens, phrase, at, cues)
        return dataclasses.replace(found, cue=closer.group()) if found else None
    found = mention_of(text, tokens, phrase, closer, cues)
    if found is None or finite in _bracket(cues).auxiliaries:
        return found
    return dataclasses.replace(found, cue=_split_cue(tokens, closer, cues))


# "gab X zu bedenken": a fixed phrase's cue is its stem and all its words after the subject.
def _split_cue(tokens: list[re.Match[str]], closer: re.Match[str], cues: Cues) -> str:
    """The cue a split verb makes: its stem and particle, or the phrase's words before those."""
    pair = f"{tokens[0].group()} {closer.group()}"
    before = next((t for t, n in itertools.pairwise(tokens) if n is closer), None)
    phrase = f"{tokens[0].group()} {before.group()} {closer.group()}" if before else ""
    return phrase if phrase and cues.verbs.fullmatch(phrase) else pair


# "hatte dem Senator Jan Roth die Ministerin erklärt": the dative's name, then the subject.
def _subject_start(tokens: list[re.Match[str]], cues: Cues) -> int:
    """Where the subject starts after the finite verb: past adverbials and a named dative."""
    first = read_phrase(tokens, 1, cues) if len(tokens) > 1 else None
    named = first is not None and first.name and oblique(tokens, first) and first.end < len(tokens)
    later = read_phrase(tokens, first.end, cues) if first and named else None
    return (
        first.end if first and later and not oblique(tokens, later) else adverbials(tokens, 1, cues)
    )


# "hat Jan Roth Eva Ems erzählt": four capitals with no article nor title are two people.
def _two_named(tokens: list[re.Match[str]], phrase: Phrase, cues: Cues) -> bool:
    """Whether a bare run of capitals took its first word for a role that is no title."""
    words = [t.group() for t in tokens[phrase.start : phrase.end]]
    bare = len(words) >= _NAMES and all(w[0].isupper() for w in words)
    return bare and not any(person_title(w, cues) for w in words)


def _closers(finite: str, cues: Cues) -> frozenset[str]:
    """The words that may close a bracket opened by `finite`: participles or particles."""
    bracket = _bracket(cues)
    if finite in bracket.auxiliaries:
        return cues.participles
    if finite in cues.passive:  # "wird X zitiert", and the future "wird X sagen"
        return cues.quoting | bracket.infinitives
    return bracket.particles.get(finite, frozenset()) or modal_closers(finite)


# The sentence must end right after its closing word: "…, hat X gesagt." - not "…, hat X
# gesagt, dass …", whose own words follow.
def _closer(
    text: str, tokens: list[re.Match[str]], phrase: Phrase, window: Window, cues: Cues
) -> re.Match[str] | None:
    """The last word of the clause after the subject, when few adverbials come between."""
    after = tokens[phrase.end - 1].end()
    stop = cues.sentence_end.search(text, after, window[1])
    end = stop.start() if stop else window[1]
    if stop is None and end - after > _REACH // 2:
        return None
    tail = [t for t in tokens[phrase.end :] if t.end() <= end]
    comma = next((i for i, t in enumerate(tail) if t.group() == ","), len(tail))
    tail = tail[:comma]  # "…, hat X gesagt, „…“", "…, hat X gesagt, als sie ging."
    return tail[-1] if tail and len(tail) <= _AFTER_TAIL else None


def bracket_before(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject between an auxiliary and the participle cue that closes its bracket."""
    # "Zuvor hatte Peter Müller in einem Interview erklärt: „…“"
    if cue.group().lower() not in cues.participles:
        return None
    tokens = list(TOKEN.finditer(text, max(start, cue.start() - _REACH), cue.start()))
    auxiliaries = _bracket(cues).auxiliaries
    aux = next((i for i, t in enumerate(tokens) if t.group().lower() in auxiliaries), 0)
    first = aux > 0 and _subject_first(tokens, aux, cues)
    after = _pronoun_next(tokens, aux, cue, cues) if first else "pronoun"
    if aux == 0 or not after:
        return None  # none, or a subject before it ("X hat der Zeitung gesagt"): read elsewhere
    if after == "unsure":  # "Dabei hat sie gefragt:" or "Seehofer hat sie gefragt:"
        return Mention(cue.group(), "anonymous", cue.group(), -1, cue.start())
    index = adverbials(tokens, aux + 1, cues)
    found: Mention | None
    if index < len(tokens) and tokens[index].group().lower() in cues.pronouns:
        word = tokens[index]  # "Zuvor hatte er erklärt:"
        phrase_end = index + 1
        found = Mention(word.group(), "pronoun", cue.group(), word.start(), cue.start())
    else:
        phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
        if phrase is None or oblique(tokens, phrase):
            return None
        phrase_end, found = phrase.end, mention_of(text, tokens, phrase, cue, cues)
    return found if adverbials(tokens, phrase_end, cues) == len(tokens) else None


# "Zuvor hatte X", "Am 5. Mai hatte X": adverbials first, the subject after the auxiliary.
def _subject_first(tokens: list[re.Match[str]], aux: int, cues: Cues) -> bool:
    """Whether a noun phrase, not adverbials, fills the clause before its auxiliary."""
    if adverbials(tokens, 0, cues) == aux:
        return False
    phrase = read_phrase(tokens, 0, cues)
    return tokens[0].group().lower() in cues.pronouns or (phrase is not None and phrase.end == aux)


# "Dabei hat er gesagt:", "Danach habe sie erklärt:": a pronoun right after the finite auxiliary
# is the subject of a verb-second clause, so the word before the auxiliary, capitalised as it
# opens the sentence, is an adverb or an object, never the speaker. "sie" is also an accusative:
# after a participle that takes a person ("Die Ministerin hat sie gefragt:") it may be the one
# asked; then one word before the auxiliary is a person where a full name of the article ends
# in it, an adverb where the article writes it in lower case, and else either: nobody is sure.
def _pronoun_next(tokens: list[re.Match[str]], aux: int, cue: re.Match[str], cues: Cues) -> str:
    """ "pronoun" (the subject), "unsure", or "" (the phrase before the auxiliary speaks)."""
    word = tokens[aux + 1].group().lower() if aux + 1 < len(tokens) else ""
    if word not in cues.pronouns:
        return ""
    if word != "sie" or cue.group().lower() not in _OBJECT_PARTICIPLES:
        return "pronoun"
    lead, text = tokens[0].group(), tokens[0].string
    if aux != 1 or lead in surnames(text):
        return ""
    return "pronoun" if written_lower(lead.lower(), text) else "unsure"


# The subject is read: what comes between is adverbials and objects ("X hat der Zeitung gesagt").
def bracketed(tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues) -> bool:
    """Whether `tokens` (after a subject, before a participle cue) open with an auxiliary."""
    # "Peter Müller hatte zuvor in einem Interview erklärt:"
    if not tokens or cue.group().lower() not in cues.participles or len(tokens) > _tail(tokens):
        return False
    finite = tokens[0].group().lower()
    if finite not in _bracket(cues).auxiliaries and not modal_perfect(tokens[0], cue):
        return False  # "hat", or a modal of report: "Napoleon soll dort gesagt haben:"
    return all(t.group() not in ",()" for t in tokens)


# Older print piles adverbials into the bracket: "Roth habe dabei damals in seiner Art gesagt:".
def _tail(tokens: list[re.Match[str]]) -> int:
    """How many words may stand between a subject and its participle cue."""
    return _OLDER_TAIL if older_print(tokens[0].string) else _TAIL


# "„Das war ein Fehler“, stellte Eva Roth klar.": said, whatever the quotation's capitals.
def bracket_follows(text: str, at: int, cues: Cues) -> bool:
    """Whether a verb bracket with a reporting verb follows a quotation closed at `at`."""
    lead = _COMMA_LEAD.match(text, at)
    start = lead.end() if lead else at
    if start == at or "," not in text[at:start]:
        return False
    if reflexive_after(text, start):  # "„…“, empörte sich X": speech, however capitalised
        return True
    return bracket_after(text, (at, min(len(text), start + _REACH)), start, cues) is not None


__all__ = ["adverbials", "bracket_after", "bracket_before", "bracketed", "dative", "title_gender"]
