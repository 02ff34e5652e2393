"""German word order: verb-second after a preposed adverbial, and indirect speech that goes on."""
# "In seiner Rede nannte der Minister den Plan „…“": the subject is right after the finite verb,
# also in a colon frame ("Hier sparte der Präsident nicht mit Kritik: „…“"). Konjunktiv goes on
# with the previous speaker's words ("„…“. Es drohe „…“") or the previous sentence's subject.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.casing import surnames, written_lower
from summarizer.attribution.german.chain_forms import chained, kept
from summarizer.attribution.german.chain_rivals import opener
from summarizer.attribution.german.german import elsewhere, finite
from summarizer.attribution.german.german_carry import reported_sentences
from summarizer.attribution.german.german_person import person, person_noun
from summarizer.attribution.german.konjunktiv import irrealis
from summarizer.attribution.german.phrases import (
    TOKEN,
    mention_of,
    oblique,
    read_phrase,
)
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.german.verb_number import disagrees
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.stops import last_stop

_REACH = 160
# words of a first place: "Am Rande einer Sitzung des bayerischen Landtages in München nahm"
_ADVERBIAL = 12
_OBJECTS = frozenset(_data.load_toml("german.toml")["partial"]["objects"])
_STATIVE_DATA = _data.load_toml("german.toml")["stative"]
_STATIVE = re.compile(rf"(?:{'|'.join(_STATIVE_DATA['particles'])})?ge[a-zäöüß]{{3,}}(?:t|en)")
_AUX = frozenset(_STATIVE_DATA["auxiliaries"])
_RELATIVE = 15  # words of a relative clause inside a first place: bounded
_CARRIED = 3  # whole sentences of indirect speech read back past: bounded
_QUOTES = re.compile('[„“”»«"]')


# "In einem Gespräch mit X wies der Leiter alle Vorwürfe als „…“ zurück", whatever the verb; not
# across a passive or a relative clause.
def preposed_subject(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The person or body right after the verb of a sentence that opens with a preposition."""
    first = TOKEN.search(text, window[0], window[1])
    if first is None or first.group().lower() not in cues.governing:
        return None  # only a sentence that opens with a preposition: read no further
    if cues.verbs.match(text, first.start()):
        return None  # "Nach Angaben der Polizei war der Täter „…“": the cue's own source speaks
    if any(said in text[window[0] : window[1]] for said in cues.documents):
        return None  # "In Kreisen um X hieß es": "es" is the subject; the circle, not X, speaks
    tokens = read_tokens(text, first.start(), min(window[1], window[0] + _REACH))
    verb = _verb_after_adverbial([t.group() for t in tokens], cues)
    if verb is None or not finite(tokens[verb].group(), cues):
        return None
    if cues.verbs.fullmatch(tokens[verb].group()):
        return None  # a reporting verb's own frame has been read ("Dazu sagte X")
    return _subject_after(text, tokens, verb, cues)


# "Hier sparte der Präsident nicht mit Kritik: „…“", "Warum …, erklärte die Universität so: „…“".
def framed_subject(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The person or body after the verb of a colon frame that opens with an adverb or clause."""
    if not text[window[0] : window[1]].rstrip().endswith(":"):
        return None
    tokens = read_tokens(text, window[0], min(window[1], window[0] + _REACH))
    verb = _second_place([t.group() for t in tokens], text, cues) or _object_first(
        text, tokens, cues
    )
    if verb is None or cues.verbs.fullmatch(tokens[verb].group()):
        return None  # a reporting verb's own frame has been read ("Dazu sagte X")
    return _subject_after(text, tokens, verb, cues)


def _subject_after(text: str, tokens: list[re.Match[str]], verb: int, cues: Cues) -> Mention | None:
    """The person or body standing right after the finite verb at `verb`, past skipped words."""
    index = verb + 1
    while index < len(tokens) and tokens[index].group().lower() in cues.skip:
        index += 1
    if index < len(tokens) and tokens[index].group().lower() in cues.pronouns - {"sie"}:
        return _pronoun_after(tokens, index, verb, cues)
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None or oblique(tokens, phrase) or elsewhere(tokens, verb, cues):
        return None
    if not person(text, tokens, phrase, cues) or disagrees(tokens, verb, phrase.head):
        return None  # "Zwei Briefe erreichten die Redaktion:": no subject after the verb
    return mention_of(text, tokens, phrase, tokens[verb], cues)


# "In einer Nachricht würdigte er den Toten:", "Das Angebot lehnt er ab:": right after the verb a
# pronoun is the subject, whom it stands for speaks; not "sie", also "they" and an accusative.
def _pronoun_after(
    tokens: list[re.Match[str]], index: int, verb: int, cues: Cues
) -> Mention | None:
    """The pronoun subject right after the finite verb at `verb`, or None in another clause."""
    if elsewhere(tokens, verb, cues):
        return None
    word, cue = tokens[index], tokens[verb]
    return Mention(word.group(), "pronoun", cue.group(), word.start(), cue.start())


# The first place: one adverb the article also writes in lower case ("Hier sparte"), or a clause
# that a conjunction opens and a comma closes ("Warum …, erklärte").
def _second_place(words: list[str], text: str, cues: Cues) -> int | None:
    """The index of the finite verb after a first place that is no subject, or None."""
    if len(words) < 2 or not words[0][0].isupper():
        return None
    lower = words[0].lower()
    if lower in cues.determiners or lower in cues.pronouns or lower in cues.governing:
        return None  # a subject or a prepositional phrase: read elsewhere
    adverb = written_lower(lower, text) or lower in cues.skip or lower in cues.stop
    if adverb and finite(words[1], cues):
        return 1
    if lower not in cues.stop:
        return None
    verb = next((i for i, w in enumerate(words) if w == ","), len(words)) + 1
    return verb if verb < len(words) and finite(words[verb], cues) else None


# "Die Planung stellte der Vorsitzende in Frage:", "Unmut brachte die Sprecherin zum Ausdruck:": a
# first place that names no person or body is the verb's object; its subject follows the verb.
# An accusative or dative article ("Den Ärger brachte", "Dem Minister widersprach") marks the
# object whatever its noun, so a noun that merely looks like a role ("Ärger") does not block it.
def _object_first(text: str, tokens: list[re.Match[str]], cues: Cues) -> int | None:
    """The index of the finite verb after a noun phrase put first that is no subject, or None."""
    phrase = read_phrase(tokens, 0, cues) if tokens else None
    if phrase is None or phrase.end >= len(tokens):
        return None
    if tokens[0].group().lower() not in _OBJECTS and person(text, tokens, phrase, cues):
        return None
    end = phrase.end
    if tokens[0].group().lower() in _OBJECTS and tokens[end].group() in cues.governing:
        end = _past_attribute(tokens, end, cues)  # "Den Unmut über die Pläne brachte X"
    verb = tokens[end].group() if end < len(tokens) else ""  # "Seine Meinung zu Roth:"
    return end if finite(verb, cues) and verb not in cues.governing else None


# An object its case marks may take one prepositional attribute before the verb ("Den Unmut der
# Partei über die Pläne brachte X zum Ausdruck:"); a phrase its case leaves open may not, as
# "Seine Meinung zu Roth:" has no verb at all.
def _past_attribute(tokens: list[re.Match[str]], at: int, cues: Cues) -> int:
    """The index after a preposition and its noun phrase at `at`, else `at`."""
    phrase = read_phrase(tokens, at + 1, cues) if at + 1 < len(tokens) else None
    return phrase.end if phrase is not None and phrase.end < len(tokens) else at


# The phrase ends at its noun: "In seiner Stellungnahme befand".
def _verb_after_adverbial(words: list[str], cues: Cues) -> int | None:
    """The index of the first lower-case word after a prepositional phrase put first, or None."""
    if not words or not words[0][0].isupper() or words[0].lower() not in cues.governing:
        return None
    if words[0].lower() in cues.determiners:
        return None  # "Der Minister …": a subject, read elsewhere
    noun = False
    for index, word in enumerate(words[1 : _ADVERBIAL + 1], start=1):
        lower = word.lower()
        if not word[0].isalpha():  # a number, or a comma not closing a relative clause
            return _past_relative(words, index, cues) if noun and word == "," else None
        if lower in cues.governing or lower in cues.determiners:
            noun = False
        elif word[0].isupper():
            noun = True
        elif noun:
            return index
    return None


# "In einem Bericht, der am Montag erschien, rügte X …": a relative clause on the adverbial's noun
# ends at the next comma, a verb last; the finite verb of the sentence comes right after it.
def _past_relative(words: list[str], comma: int, cues: Cues) -> int | None:
    """The index of the verb after a relative clause that opens at `comma`, or None."""
    if comma + 1 >= len(words) or words[comma + 1] not in cues.relatives:
        return None
    limit = min(len(words) - 1, comma + 2 + _RELATIVE)
    end = next((i for i in range(comma + 2, limit) if words[i] == ","), None)
    if end is None or not words[end - 1].islower() or not words[end + 1].islower():
        return None
    return end + 1


# They do with a Konjunktiv form ("Es drohe „…“"), no reporting verb of their own and no other
# person or body named.
# A colon frame of its own names its speaker, except when it is the sentence that carries on
# (`framed`): "X bekräftigte das. Die Pflichten seien klar festgelegt: „…“". With `known` None,
# only whether the words may go on, before the names of the sentence before are read.
def goes_on_reported(
    text: str,
    window: tuple[int, int],
    cues: Cues,
    *,
    framed: bool = False,
    known: frozenset[str] | None = frozenset(),
) -> bool:
    """Whether the words before a quotation go on with the previous speaker's indirect speech."""
    words = TOKEN.findall(text, *window)
    colon = text[window[0] : window[1]].rstrip()[-1:] == ":"
    if cues.sentence_end.search(text, *window) or (colon and not framed):
        return False
    said = [w for w in words if cues.verbs.fullmatch(w) and w.lower() not in cues.reported]
    reported = chained(text, window, words, cues)  # german/chain_forms.py
    reported = reported and not irrealis(text, window, cues)
    if said or not reported or _impersonal(text, window, cues):
        return False
    if known is None:
        return True
    # "Erstmals sei die Regierung „…“": a body spoken of; not after "Jan Roth traf Eva Ems.",
    # nor before a colon, where it is the frame's subject
    if framed and not colon and len(known) < 2:
        named = (i for i, w in enumerate(words) if w not in known)  # "Obwohl Roth …": the same
        return not any(_name(text, words, i, cues) for i in named)
    if colon and _stative(words):  # "Die Pflichten seien klar festgelegt:": acted on
        agents = (w for w in words if w[0].isupper() and w.lower().endswith(cues.agent_endings))
        return not _named(text, words, cues) and next(agents, None) is None
    if colon:  # "Die Opposition sei anderer Meinung:": any run of capitals may be the frame's
        return not any(w in surnames(text) for w in words) and not _named(text, words, cues)
    return not _named(text, words, cues)


def _stative(words: list[str]) -> bool:
    """Whether a clause is a stative passive: a Konjunktiv auxiliary and a "ge" participle last."""
    if not words or _STATIVE.fullmatch(words[-1]) is None:
        return False
    return any(w in _AUX for w in words)


# "Aus Paris hieß es, das Vorgehen sei „…“": a source of its own, even where none is read.
def _impersonal(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether the words hold an impersonal frame of saying ("hieß es", "heißt es")."""
    words = text[window[0] : window[1]]
    return "ie" in words and any(said in words for said in cues.documents)


# A reporting verb and another person or body ("„…“ zubilligen, zumal der Verteidiger Jan Roth
# betont hatte, er sei „…“"), even where that subject is not read.
def speaks_anew(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether the words between two quotations in one sentence give the second its own speaker."""
    words = TOKEN.findall(text, *window)
    said = any(cues.verbs.fullmatch(w) and w.lower() not in cues.reported for w in words)
    return said and _named(text, words, cues)


def _named(text: str, words: list[str], cues: Cues) -> bool:
    """Whether the words name a person or a body: a full name, or a role or organisation noun."""
    return any(
        _name(text, words, i, cues) or (w[0].isupper() and person_noun(w.lower(), cues))
        for i, w in enumerate(words)
    )


# "Die Lage", "In Berlin" at a sentence start are runs of capitals too, but their first word is
# one the article also writes in lower case; "der Deutschen Bahn" follows an article: no name.
def _name(text: str, words: list[str], at: int, cues: Cues) -> bool:
    """Whether the word at `at` ends a full name of the article, not an article's noun."""
    if words[at] not in surnames(text):
        return False
    before = [w.lower() for w in words[max(0, at - 2) : at]]
    lower = bool(before) and (written_lower(before[-1], text) or opener(before[-1], cues))
    return not lower and not any(w in cues.determiners for w in before)


# "Jan Roth sprach sich dagegen aus. Zwar sei Druck nötig, das habe aber nichts mit „…“ zu tun":
# the indirect speech goes on from the subject of the sentence before it in its paragraph.
def reported_from(text: str, window: tuple[int, int], cues: Cues) -> tuple[int, int] | None:
    """The sentence a quotation's Konjunktiv with no speaker of its own goes on from, or None."""
    start = window[0]
    head = text[max(0, start - _REACH) : start].rstrip()
    if not head or head[-1] not in ".!?":
        return None  # not a new sentence in mid-paragraph
    begin = _sentence_start(text, start, cues)
    if begin >= start or not goes_on_reported(text, window, cues, framed=True, known=None):
        return None  # most quotations: no Konjunktiv before them, no sentence to read back
    begin, end = _past_reported(text, (begin, start), cues)
    words = TOKEN.findall(text, begin, end)
    known = frozenset(w for i, w in enumerate(words) if _name(text, words, i, cues))
    if goes_on_reported(text, window, cues, framed=True, known=known):
        return (begin, end) if kept(text, (begin, end), window[1], cues) else None
    return None


def _sentence_start(text: str, end: int, cues: Cues) -> int:
    """Where the sentence that ends right before `end` starts, never before its paragraph."""
    reach = max(0, end - _REACH * 2)
    begin = max(reach, text.rfind("\n", reach, end) + 1)  # a line break before `reach` is passed
    return last_stop(text, cues.sentence_end, begin, end - 1) or begin


# "X nahm dazu Stellung. Die Stadt habe kein Geld. Man müsse „…“": up to three whole sentences of
# Konjunktiv that name nobody, have no reporting verb and quote nothing go on from the sentence
# before them, in the same paragraph (round de27).
def _past_reported(text: str, sentence: tuple[int, int], cues: Cues) -> tuple[int, int]:
    """The sentence before the whole sentences of indirect speech that end at `sentence`."""
    for _ in range(_CARRIED):
        if _QUOTES.search(text, *sentence) or not reported_sentences(text, sentence, cues):
            return sentence
        begin = _sentence_start(text, sentence[0], cues)
        if begin >= sentence[0] or not text[begin : sentence[0]].strip():
            return sentence  # the paragraph's first sentence: nothing before it
        sentence = (begin, sentence[0])
    return sentence
