"""Who the words right after a German quotation name: an inverted cue, any verb, a closing cue."""
# "„…“, sagte X", "„…“, hat X gesagt", "„…“, zeigte sich X zufrieden", "„…“, so die Behörde."

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german import finite, subject_after
from summarizer.attribution.german.german_bracket import adverbials, bracket_after
from summarizer.attribution.german.german_documents import document_of
from summarizer.attribution.german.german_entitled import entitled
from summarizer.attribution.german.german_person import person, person_then_adverbials
from summarizer.attribution.german.incise_tail import adverbial_tail, quoting_object
from summarizer.attribution.german.perceived import perceiving
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.german.pointed_subject import Reading, read_subject
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_CLOSING = _data.load_toml("german.toml")["closing"]["formulas"]
_FORMULA = re.compile(rf"(?:{'|'.join(sorted(_CLOSING, key=len, reverse=True))})\s+", re.IGNORECASE)
_FORMULA_REACH = 60
_ASIDE = "wie "  # ", wie X sagte" (german.toml `asides`)
POINTERS = frozenset(_data.load_toml("german.toml")["closing"]["pointers"])
WORDED = frozenset(_data.load_toml("german.toml")["closing"]["worded"])
POINTED_VERBS = frozenset(_data.load_toml("german.toml")["closing"]["saying"])
POINTED_AUXILIARIES = frozenset(_data.load_toml("german.toml")["closing"]["auxiliaries"])
_POINTED_CLOSERS = frozenset(_data.load_toml("german.toml")["closing"]["closers"])
_NEGATIONS = frozenset(_data.load_toml("german.toml")["closing"]["negations"])
_UNREAL = frozenset(_data.load_toml("german.toml")["closing"]["unreal"])
_REACH = 300
_DASHES = ("–", "—", " - ")  # a dash after the quotation sets off its cue as a comma does
_TAIL = 2
_FRAME_TAIL = 5
_SO_TAIL = 3
_BRACKET_TAIL = 12


def german_after(
    text: str, window: Window, start: int, cue: re.Match[str] | None, cues: Cues
) -> Mention | None:
    """The speaker named after a quotation, unless it is a title that "lauten" reads out."""
    found = _named_after(text, window, start, cue, cues)
    if found is None or "laut" not in text[start : found.at]:
        return found  # the substring test keeps the word check off nearly every quotation
    return None if entitled(text[start : found.at], found) else found


def _named_after(
    text: str, window: Window, start: int, cue: re.Match[str] | None, cues: Cues
) -> Mention | None:
    """The speaker named after a quotation: by an inverted cue, any verb, or a closing cue."""
    # "„…“, sagte X", "„…," sagt X", "„…?“ fragte X", "„…“ – so X" - not "„…“ so viel Zeit"
    gap = text[max(0, window[0] - 2) : start]
    comma = (
        "," in gap or any(d in gap for d in _DASHES) or text[window[0] - 2 : window[0] - 1] in ".?!"
    )
    # older print leaves the comma out: "„…" sagte damals X"
    comma = comma or (cue is not None and cue.start() == start and _plain_verb(cue.group(), cues))
    document = document_of(text, window, cue, cues) if cue and cue.start() == start else None
    if document:  # "„…“, heißt es in dem Schreiben"
        return document
    if cue is not None and cue.start() == start and comma:
        return subject_after(text, window[1], cue, cues) or _after_verb(text, window, cue, cues)
    if not comma:
        return trailing_subject(text, (start, window[1]), cues) if cue else None
    if cue is not None and text[start : start + 4].lower() == _ASIDE:
        return _aside_after(text, start, cue, cues)
    found = bracket_after(text, window, start, cues)  # "„…“, hat X gesagt."
    # "Weil X sagte, er sei „müde“, ging Y.": the cue before the words has them; any verb after
    # them opens the main clause, whose subject says nothing (read only when a subject is found:
    # the scan for a cue before is dearer than the one after)
    if not found and (found := _inverted_any(text, (start, window[1]), cues)):
        found = None if _reported_before(text, start, cues) else found
    return found or (trailing_subject(text, (start, window[1]), cues) if cue else None)


# A quotation a colon frame introduces has its speaker: "Weiter sagte X: „…“ Dies sagte der
# Präsident" says who X is, and only a closing formula still names the speaker.
def sentence_after(
    text: str, before: Window, start: int, cues: Cues, *, strict: bool = True
) -> Mention | None:
    """The speaker the sentence right after a quotation names: "Soweit X.", "Das sagte X."
    (not `strict`: a subject that may be an object or an owner's too, for whether it points)."""
    if not text[start : start + 1].isupper():
        return None
    framed = text[before[0] : before[1]].rstrip().endswith(":")
    return _closing_formula(text, start, cues) or (
        None if framed else _pointing_back(text, start, cues, strict)
    )


# "„…“ Das sagte X.", "„…“ Mit diesen Worten warnte X vor …" (any verb): a demonstrative first
# stands for the quotation, a verb of saying follows it and its subject the verb; not
# "Das bestätigte X" (X agrees with words someone else said) nor "Das erklärte Ziel der Partei".
def _pointing_back(text: str, start: int, cues: Cues, strict: bool) -> Mention | None:
    """The subject after "Das/Dies/So" and a reporting verb opening the sentence at `start`."""
    tokens = read_tokens(text, start, start + _FORMULA_REACH)
    worded = " ".join(t.group().lower() for t in tokens[:3]) in WORDED  # "Mit diesen Worten"
    verb = 3 if worded else 1
    if len(tokens) < verb + 2 or not (worded or tokens[0].group().lower() in POINTERS):
        return None
    bracketed = _bracketed(text, start, tokens[verb], cues)
    if not (worded or tokens[verb].group() in POINTED_VERBS or bracketed):
        return None
    if tokens[verb].group() in cues.passive or tokens[verb].group().lower() in cues.quoting:
        return None  # "Mit diesen Worten wurde X zitiert": read by the cue's own frame
    if not bracketed and _negated(text, tokens[verb].end(), start, cues):
        return None  # "Das sagte X nie.", "So sprach X nie.": the words are denied him
    # the middle field before the closing participle may be long ("Das musste X zu Beginn der …");
    # "So" is a manner too ("So teilte X die Meinung"): only the subject and an adverbial may end it
    manner = not worded and tokens[0].group().lower() == "so" and not bracketed
    tail = _BRACKET_TAIL if bracketed else _SO_TAIL if manner else _FRAME_TAIL
    window = (tokens[verb].start(), _first_sentence_end(text, start, cues))
    # "Das sagte X": only adverbials after X; not `strict`: any person, for whether it points
    strictly = Reading.POINTED if worded or bracketed else Reading.CLOSED
    read = strictly if strict else Reading.ANY
    return _inverted_any(text, window, cues, adverbial=True, tail=tail, bare=manner, read=read)


# "„…“\n\nDas sagte Lechner. Landrat Jan Roth nickte.": the words drop the stop, so the subject
# is read in the first sentence only, never on into the next one or the next paragraph.
def _first_sentence_end(text: str, start: int, cues: Cues) -> int:
    """The end of the sentence (and line) opening at `start`, within reach."""
    line = text.find("\n", start, start + _REACH)
    stop = cues.sentence_end.search(text, start, start + _REACH if line < 0 else line)
    return stop.end() if stop else start


def _negated(text: str, after: int, start: int, cues: Cues) -> bool:
    """Whether the sentence from `after` holds a negation."""
    stop = cues.sentence_end.search(text, after, start + _REACH)
    words = TOKEN.findall(text, after, stop.start() if stop else start + _REACH)
    return not _NEGATIONS.isdisjoint(w.lower() for w in words)


# "„…“ Das hat X am Montag angekündigt.", "Das musste X einräumen.": the verb of saying closes the
# bracket the auxiliary or modal opens; a negation ("Das wollte X nicht sagen") denies the words.
def _bracketed(text: str, start: int, auxiliary: re.Match[str], cues: Cues) -> bool:
    """Whether an auxiliary after the pointer opens a clause a participle of saying closes."""
    if auxiliary.group() not in POINTED_AUXILIARIES:
        return False
    stop = cues.sentence_end.search(text, auxiliary.end(), start + _REACH)
    words = TOKEN.findall(text, auxiliary.end(), stop.start()) if stop else []
    return bool(words) and words[-1] in _POINTED_CLOSERS and not _NEGATIONS & set(words)


# "„…“ Soweit Struve." ends a long quotation with a sentence of its own: nothing but the formula
# and the speaker (a person may take adverbials: "So Roth am Montag."), so "„…“ Soweit die Lage
# im Norden bekannt ist, …" names no one.
def _closing_formula(text: str, start: int, cues: Cues) -> Mention | None:
    """The speaker a verbless "Soweit X." names right after a quotation."""
    formula = _FORMULA.match(text, start)
    if formula is None:
        return None
    stop = cues.sentence_end.search(text, formula.end(), formula.end() + _FORMULA_REACH)
    tokens = list(TOKEN.finditer(text, formula.end(), stop.start())) if stop else []
    phrase = read_phrase(tokens, 0, cues) if tokens else None
    if phrase is None or oblique(tokens, phrase):
        return None
    end = phrase.end
    if end < len(tokens) and not person_then_adverbials(text, tokens, phrase, end, cues):
        return None  # "„…“ So Roth am Montag im Rathaus.": a person, then adverbials
    return mention_of(text, tokens, phrase, formula, cues)


# "„…“, wie Jan Roth sagte.", "Die Lage sei „…“, wie X sagte.": an aside after the quotation whose
# subject is the speaker (the phrase right after "wie", then the cue), unless the sentence has a
# cue of its own before the quotation, whose subject the aside only reports.
def _aside_after(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject of a ", wie X sagte" aside right after a quotation, else None."""
    if _reported_before(text, start, cues):
        return None  # "Er nannte es „…“, wie X sagte": X may report his words, not speak them
    tokens = list(TOKEN.finditer(text, start, cue.start()))
    phrase = read_phrase(tokens, 1, cues) if len(tokens) > 1 else None
    if phrase is None or phrase.end != len(tokens) or oblique(tokens, phrase):
        return None
    if not _plain_verb(cue.group(), cues) or not person(text, tokens, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, cue, cues)


def _reported_before(text: str, start: int, cues: Cues) -> bool:
    """Whether the sentence of the „…“ quotation ending before `start` has a cue before it."""
    opening = text.rfind("„", max(0, start - _REACH), start)
    if opening < 0:
        return True  # no opening mark to read back from: read nothing
    begun = max(text.rfind(stop, max(0, opening - _REACH), opening) for stop in ".!?:\n") + 1
    found = cues.verbs.finditer(text, begun, opening)
    return any(c.group().lower() not in cues.reported for c in found)  # "sei" reports nobody


def _plain_verb(word: str, cues: Cues) -> bool:
    """A lower-case reporting verb in the indicative: no "so", no Konjunktiv ("habe")."""
    lower = word.lower()
    return word.islower() and lower not in cues.particles and lower not in cues.reported


# "„…“, zeigte sich der Trainer zufrieden.": the quotation is that verb's object, whatever the
# verb; the sentence must end soon after, as such a frame does.
# With `adverbial`, "Das betonte am Montag der Bürgermeister": after "Das" and a verb of saying
# the subject may follow a time or place adverbial.
def _inverted_any(
    text: str,
    window: Window,
    cues: Cues,
    *,
    adverbial: bool = False,
    tail: int = _FRAME_TAIL,
    bare: bool = False,
    read: Reading = Reading.ANY,
) -> Mention | None:
    """The person right after any verb that follows a quotation in first place (`bare`: with no
    object after the person, only adverbials; `read`: how strictly)."""
    tokens = read_tokens(text, window[0], min(window[1], window[0] + _REACH))
    if not tokens or not finite(tokens[0].group(), cues) or perceiving(tokens[:1]):
        return None
    index = 1
    while index < len(tokens) and tokens[index].group().lower() in cues.skip:
        index += 1
    if adverbial:
        index = adverbials(tokens, index, cues)
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None or oblique(tokens, phrase) or not person(text, tokens, phrase, cues):
        return None
    stop = cues.sentence_end.search(text, tokens[phrase.end - 1].end(), window[1])
    rest = TOKEN.findall(text, tokens[phrase.end - 1].end(), stop.start() if stop else window[1])
    if stop is None or len(adverbial_tail(_past_apposition(rest, cues), cues)) > tail:
        return None
    if bare and not cues.determiners.isdisjoint(w.lower() for w in rest):
        return None  # "So teilte X die Meinung.": an object, the verb no saying
    if (phrase := read_subject(tokens, phrase, cues, read)) is None:
        return None  # a sentence pointing back: its subject read strictly (pointed_subject.py)
    return mention_of(text, tokens, phrase, tokens[0], cues)


# "zeigte sich Jan Roth, der Trainer des Vereins, nach dem Spiel zufrieden": the role set off
# after the name is no part of the frame's tail.
def _past_apposition(tail: list[str], cues: Cues) -> list[str]:
    """The words after a name, past a role apposed with a comma and an article."""
    if tail[:1] != [","] or len(tail) < 3 or tail[1].lower() not in ("der", "die"):
        return tail
    index = 2
    while index < len(tail) and tail[index].islower() and tail[index] not in cues.stop:
        index += 1  # adjectives: "der neue Trainer"
    while index < len(tail) and tail[index][0].isupper():
        index += 1  # the role and a genitive name: "Trainer Ghanas"
    return tail[index + (tail[index : index + 1] == [","]) :]


def _after_verb(text: str, window: Window, cue: re.Match[str], cues: Cues) -> Mention | None:
    """ "„…“, so charakterisierte ihn der Sprecher": after "so", a verb and its pronoun."""
    tokens = list(TOKEN.finditer(text, cue.end(), min(window[1], cue.end() + _REACH)))
    if cue.group().lower() in cues.quoting:  # "„…“, zitiert die Zeitung den Minister"
        return quoting_object(text, window[1], cue, cues)
    lower = [t.group() for t in tokens[:_TAIL] if t.group().islower()]
    if cue.group().lower() not in cues.particles or len(lower) < len(tokens[:_TAIL]):
        return None
    phrase = read_phrase(tokens, _TAIL, cues)
    if phrase is None or oblique(tokens, phrase):
        return None
    return mention_of(text, tokens, phrase, cue, cues)


# "…“, da es teurer wurde, so die Behörde.": only adverbials and a word or two follow the subject.
def trailing_subject(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The subject of a cue that closes the quotation's sentence after a comma."""
    last = None
    for cue in cues.verbs.finditer(text, *window):
        if text[max(0, cue.start() - 2) : cue.start()].strip() == ",":
            last = cue
    if last is None:
        return _trailing_bracket(text, window, cues)
    if last.group().lower() in cues.reported:
        return None
    tokens = list(TOKEN.finditer(text, last.end(), window[1]))
    index = 0
    while index < len(tokens) and tokens[index].group().lower() in cues.skip:
        index += 1
    phrase = read_phrase(tokens, index, cues)
    if phrase is None or oblique(tokens, phrase):
        return None
    if len(tokens) - adverbials(tokens, phrase.end, cues) > _TAIL:
        return None
    return mention_of(text, tokens, phrase, last, cues)


# "Die Brücke werde „…“ gebaut, hatte Jan Roth zuvor erklärt.": after the clause's last comma an
# auxiliary in the indicative opens a bracket its participle of saying closes.
def _trailing_bracket(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The subject of a verb bracket that follows the last comma of the quotation's sentence."""
    stop = cues.sentence_end.search(text, *window)
    comma = text.rfind(",", window[0], stop.start() if stop else window[1])
    auxiliary = TOKEN.search(text, comma + 1, window[1]) if comma >= 0 else None
    if auxiliary is None or auxiliary.group() in cues.reported or auxiliary.group() in _UNREAL:
        return None  # "…, habe X gesagt" reports someone else; "…, hätte X gesagt" is unreal
    if _negated(text, auxiliary.end(), auxiliary.start(), cues):
        return None  # "…, hatte X nie gesagt": the words are denied him
    return bracket_after(text, window, auxiliary.start(), cues)
