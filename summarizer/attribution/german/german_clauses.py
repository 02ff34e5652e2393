"""Where a German clause with its own subject opens inside a cue window."""
# "„…“, sagte Eva Roth, und Paul Ems fügte hinzu: „…“": after a comma and "und" a new main clause
# begins, and the cue there has its own subject (Ems), not the one of the cue before it (Roth).

from __future__ import annotations

import re
from dataclasses import replace

from summarizer import _data
from summarizer.attribution.german.bare_surnames import singular_surname
from summarizer.attribution.german.inserted_clause import inserted_before_and, past_inserted
from summarizer.attribution.german.particled import person_title
from summarizer.attribution.german.phrases import TOKEN, Phrase, read_phrase
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import Cues

_ADDED = _data.load_toml("german.toml")["added"]
_AND = frozenset(_ADDED["conjunctions"])
_OPENERS = frozenset(_ADDED["openers"])
_PLURAL = tuple(_ADDED["plural_endings"])
_FRONTED = frozenset(_ADDED["fronted"])
_CONTRASTIVE = frozenset(_ADDED["contrastive"])
_SUBJECT_ARTICLES = frozenset(_ADDED["subject_articles"])
_BARE_AND = re.compile(r"(?:\b([a-zäöüß]+)\s+)?\bund\s+(\w+)\s")
_SET_OFF = ' \n„“”"»«'
_JOINED = re.compile(r",\s+(\w+)\s+")
_ADVERB_ENDINGS = tuple(_data.load_toml("german.toml")["adverbials"]["endings"])
_WORD = re.compile(r"\w+")
_SUBORDINATORS = frozenset(_data.load_toml("german.toml")["older_print"]["subordinators"])
_POSTPOSITIONS = frozenset(_data.load_toml("german.toml")["postpositions"]["words"])
_OPENING = frozenset(_data.load_toml("german.toml")["partial"]["conjunctions"])
_FIELD = 2  # words an object pronoun or adverb put first may take ("und auch ihm")


def opening_conjunction(word: str) -> bool:
    """A capitalised coordinating conjunction, which opens its sentence before the first place."""
    return word[:1].isupper() and word.lower() in _OPENERS


def leading_word(word: str, cues: Cues) -> bool:
    """Punctuation, an adverb or a conjunction before a subject ("Auch der Minister sagte")."""
    return word in ",()" or word.lower() in cues.skip or opening_conjunction(word)


def clause_start(text: str, start: int, cue: re.Match[str], cues: Cues) -> int:
    """Where the last clause a comma and a conjunction open before `cue` starts, else start."""
    found = opened = start
    end = cue.start()
    for joined in _JOINED.finditer(text, start, end):
        if joined.group(1) in _AND:
            found = joined.end()
        elif joined.group(1) in _SUBORDINATORS:
            opened = joined.end()
    # older print: "Der Minister meinte, daß die Bauern kamen und riefen:": the cue closes the
    # subordinate clause, whose subject is its own
    if opened > found and "," not in text[opened:end] and older_print(text):
        return opened
    # "Jan Roth, der Chef, und Eva Ems sagten:": both, one subject; but "…, und die Soldaten
    # eilten hinaus und riefen:" opens a clause whose verbs "und" joins
    plural = cue.group().split()[0].lower().endswith(_PLURAL)
    words = text[found:end].split()
    if plural and not (len(words) > 2 and words[-1] in _AND):
        return found if _predicated(text, start, found, cues) else start
    if plural:
        return found
    if not text[found:end].strip() and inserted_before_and(text, start, found, cues, _AND):
        return start  # "Der Schulze trat vor, als alle kamen, und rief:": one subject
    return max(found, _bare_and(text, (start, end), cues))


# "Die Menge jubelte und der Redner X rief:", "„…“ und der Redner rief aus:": with a singular cue
# an article after "und" is no joint subject ("A und die B" takes a plural), so after a verb or
# at the window's start "und" opens a main clause with its own subject, comma or not.
def _bare_and(text: str, window: tuple[int, int], cues: Cues) -> int:
    """Where the clause after the last comma-less "und" and an article opens, else the start."""
    found = window[0]
    for joined in _BARE_AND.finditer(text, *window):
        verb, article = joined.group(1), joined.group(2)
        opening = verb is None and not text[window[0] : joined.start()].strip(_SET_OFF)
        if (opening or (verb and _finite(verb, cues))) and article.lower() in _SUBJECT_ARTICLES:
            found = joined.start(2)
    return found


# "Die Fischer zogen an den Strand, und die Frauen riefen:": a subject and its verb before the
# comma make a clause, so what follows "und" is a subject of its own; older print only.
def _predicated(text: str, start: int, joint: int, cues: Cues) -> bool:
    """Whether the words before a ", und" open with a noun phrase and a finite verb."""
    if joint == start or not older_print(text):
        return False
    tokens = list(TOKEN.finditer(text, start, joint))
    phrase = read_phrase(tokens, 0, cues) if tokens else None
    if phrase is None or phrase.end >= len(tokens):
        return False
    verb = tokens[phrase.end].group()
    return verb.islower() and verb not in cues.stop and verb not in cues.skip


def adverb_opens(tokens: list[str]) -> bool:
    """Whether the words before a cue end in a comma and an adverb, which open a clause."""
    # "…, ausdrücklich erklärte Graf X:": the subject follows the verb
    return tokens[-2:-1] == [","] and tokens[-1].islower() and tokens[-1].endswith(_ADVERB_ENDINGS)


# "„…“, sagte Jan Roth, und ihm antwortete Eva Ems: „…“": the clause that "und" opens puts an
# object pronoun or an adverb first, so its subject follows the cue and is not Roth.
def fronted(text: str, clause: int, cue: re.Match[str]) -> bool:
    """Whether the words between a clause that "und" opens and its cue are a fronted object."""
    words = [w.lower() for w in _WORD.findall(text, clause, cue.start())]
    return 0 < len(words) <= _FIELD and all(w in _FRONTED for w in words)


_VERB_CLAUSE = 12  # words a first verb's clause may take before "und" and the cue: bounded


# "Die Bauern liefen auf den Markt und riefen: …": the cue joined by "und" to the verb right after
# the subject shares its subject; not "Die Bauern liefen und die Frauen riefen:" (its own subject)
# nor past a comma, where another clause may open ("…, daß die Frauen kamen und riefen").
def linked(rest: list[str], cues: Cues) -> bool:
    """Whether the words between a subject and its cue are a finite verb's clause and "und"."""
    if rest[:1] and rest[0] in _CONTRASTIVE:  # "Der Müller aber trat vor die Thür und schrie:"
        rest = rest[1:]
    rest = past_inserted(rest, cues, _AND)  # "…trat vor, als alle kamen, und rief:"
    if len(rest) < 2 or len(rest) > _VERB_CLAUSE or rest[-1] not in _AND:
        return False
    if any(w in _AND or not w.isalnum() for w in rest[1:-1]):
        return False
    # the verb second, or last, as a clause after "daß" puts it ("…, daß die Weber vor das
    # Rathaus zogen und schrieen:")
    return _finite(rest[0], cues) or _finite(rest[-2], cues)


def _finite(word: str, cues: Cues) -> bool:
    """Whether a word may be a finite verb: lower case, no function word, relative or "und"."""
    if not word.islower() or word in cues.stop or word in cues.skip:
        return False
    return word not in cues.relatives and word not in _AND


# "Der Zeitung gegenüber sagte X", "Dem Bericht zufolge erklärte X": the phrase put first is the
# postposition's object, so the subject follows the verb.
def postposition(word: str, cues: Cues) -> bool:
    """Whether a word closes a phrase as its postposition ("zufolge", "gegenüber")."""
    lower = word.lower()
    return lower in _POSTPOSITIONS or bool(cues.postfix and cues.postfix.fullmatch(lower))


_LISTENER = 2  # words of the name a postposition closes: "Eva Ems gegenüber"
_OBJECT_VERBS = frozenset(_data.load_toml("german.toml")["object_verbs"]["words"])
_ATTRIBUTES = 3  # adjectives before the noun of a reported clause ("die gentechnisch veränderte")


# "„…“, sagte Jan Roth Eva Ems gegenüber": after the verb the subject comes first, and the name
# right before "gegenüber" is its object, the listener, which the run of capitals took in too; so
# is the second of two full names after a verb that takes a person as its object ("„…“, lobte die
# Ministerin Eva Ems Jan Roth": four capitalised words after a role are two people).
def before_listener(
    tokens: list[re.Match[str]], phrase: Phrase, cue: re.Match[str], cues: Cues
) -> Phrase | None:
    """The phrase short of a listener's or an object's name after the subject's, else as it was."""
    name = phrase.name
    if name is None:
        return _bare_surname(tokens, phrase, cue, cues)
    first = name[0]
    if first - 1 == phrase.start and not person_title(tokens[phrase.start].group(), cues):
        first = phrase.start  # "Jan Roth Eva Ems": a run with no article took "Jan" for a role
    if not _closing(tokens, name[1], cues):
        objected = cue.group().lower() in _OBJECT_VERBS and _ends(tokens, name[1])
        two = objected and name[1] - first == 2 * _LISTENER
        return replace(phrase, name=(first, first + _LISTENER)) if two else phrase
    listener = name[1] - _LISTENER
    return replace(phrase, name=(first, listener)) if listener > first else None


# "Eva Lechner … sagte Lechner der Zeitung": a surname alone after a singular verb, then "der" or
# "dem": the one told, no genitive of a role (`bare_surnames.singular_surname`).
def _bare_surname(
    tokens: list[re.Match[str]], phrase: Phrase, cue: re.Match[str], cues: Cues
) -> Phrase:
    """The phrase as the bare surname at its start where a dative follows it, else as it was."""
    start = phrase.start
    if phrase.head != start or start + 1 >= len(tokens) or not tokens[start].group()[0].isupper():
        return phrase
    if tokens[start + 1].group() not in ("der", "dem"):
        return phrase
    if not singular_surname(cue.group(), tokens[start].group(), cues, cue.string):
        return phrase
    return replace(phrase, end=start + 1, name=(start, start + 1))


# "gegenüber" is also a preposition: "sagte Jan Roth gegenüber der Zeitung" puts its object after.
def _closing(tokens: list[re.Match[str]], at: int, cues: Cues) -> bool:
    """Whether the token at `at` is a postposition that ends its clause (a stop or a comma next)."""
    if at >= len(tokens) or not postposition(tokens[at].group(), cues):
        return False
    return _ends(tokens, at + 1)


def _ends(tokens: list[re.Match[str]], at: int) -> bool:
    """Whether the clause ends before the token at `at`: no token, a comma, or a stop before it."""
    if at >= len(tokens):
        return True
    gap = tokens[at].string[tokens[at - 1].end() : tokens[at].start()]
    return tokens[at].group() == "," or any(stop in gap for stop in ".;:!?")


# "X wies die Behauptung, der Bahnhof sei marode, zurück: „…“": an article, a noun and a Konjunktiv
# I verb in second place open reported speech, a main clause; a relative clause ends in its verb.
# Only before a colon: a quotation inside the reported clause is read by the reported-speech rules.
def relative_after(tokens: list[re.Match[str]], comma: int, cues: Cues) -> bool:
    """Whether the comma at `comma` opens a relative clause, not reported speech (verb second)."""
    words = [t.group() for t in tokens[comma : comma + 5 + _ATTRIBUTES]]
    if len(words) < 2 or words[1].lower() not in cues.relatives:
        return False
    last = tokens[-1]
    colon = last.string[last.end() : last.end() + 3].lstrip()[:1] == ":"  # closes the clause read
    return not (colon and _verb_second(words, cues))


# "…, die neue Sorte werde nicht verkauft:": adjectives may stand before the noun; then words must
# follow the verb, as a relative clause ends in it ("…, die früher Lehrerin sei,").
def _verb_second(words: list[str], cues: Cues) -> bool:
    """Whether an article, maybe adjectives, a noun and a Konjunktiv I form follow the comma."""
    noun = next((i for i, w in enumerate(words[2:], start=2) if not w.islower()), len(words))
    if noun + 1 >= len(words) or not words[noun][:1].isupper():
        return False
    if words[noun + 1] not in cues.reported:
        return False
    return noun == 2 or (noun + 2 < len(words) and words[noun + 2].isalpha())


# "Jan Roth, ein Sprecher, sagte": an aside between the subject and its cue. Not "Die Pläne, oder
# wie X sagte", nor "Trotz der Kritik, dass Jan Roth sagte, …": a conjunction after the comma opens
# a clause the cue closes, whose subject is its own, never the phrase before the comma.
def aside_follows(rest: list[str]) -> bool:
    """Whether the words between a subject and its cue open with an aside set off by a comma."""
    return rest[:1] == [","] and not (rest[1:2] and (rest[1] == "oder" or rest[1] in _OPENING))
