"""Indirect speech after a verb of fearing, hoping, demanding or finding fault and its comma."""
# "Die Gewerkschaft befürchtet, die Löhne könnten „ins Bodenlose“ fallen", "Eva Ems warf der
# Stadt vor, sie habe „…“", "Die Zeitung hatte bemängelt, dass der Verein „…“": such verbs are
# no reporting cue, but the Konjunktiv (or "dass") after their comma reports their subject's
# words. Never sure: the quoted words may be the writer's term for what was meant.

from __future__ import annotations

import dataclasses
import itertools
import re

from summarizer import _data
from summarizer.attribution.german.casing import statement_noun
from summarizer.attribution.german.forenames import FORENAMES
from summarizer.attribution.german.german import inverted, opening_subject, subject_after
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import Phrase, mention_of
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.stops import opens_sentence

_DATA = _data.load_toml("german.toml")["stance"]
_VERBS = frozenset(_DATA["verbs"])
_PARTICIPLES = frozenset(_DATA["participles"])
_AUXILIARIES = frozenset(_DATA["auxiliaries"])
_SEPARABLE = {(verb, closer) for verb, closer in _DATA["separable"]}
_SEPARATED = frozenset(verb for verb, _ in _SEPARABLE)
_THAT = frozenset(_data.load_toml("german.toml")["partial"]["that"])
_FORMS = frozenset(_DATA["forms"])
_HOLDING, _VIEWS = frozenset(_DATA["holding"]), frozenset(_DATA["views"])
_DEFINITE = frozenset(_DATA["view_articles"])  # "ist der Meinung", "vertritt die Ansicht"
_BETWEEN = 8  # words between the verb and its comma ("der Stadt nach dem Treffen erneut vor")
_REPORTED = 30  # words of the indirect speech before the quotation: bounded
_QUOTED = 200  # characters of a quotation and the rest of its clause: bounded
_NEGATIONS = frozenset(("nicht", "nichts", "nie", "niemals", "keineswegs"))
_CLOSING = re.compile('[“”"]')
_CLAUSE_END = re.compile(r"[,;:.!?\n„]")


def stance_subject(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The subject of a verb of stance whose indirect speech after the comma holds the quotation."""
    if "," not in text[window[0] : window[1]]:
        return None  # the cheap gate: no comma, no clause after the verb
    found = opening_subject(text, window, cues) or _pronoun_first(text, window, cues)
    if found is None:
        return _inverted(text, window, cues)
    tokens, phrase, index = found
    words = [t.group() for t in tokens]
    comma = next((i for i in range(index + 1, len(words)) if words[i] == ","), None)
    if comma is None or comma - index > _BETWEEN + 1 or not _opens(words, index, comma):
        return None
    if not _reports(words[comma + 1 :], cues) and not _infinitive(text, window[1], cues):
        return None
    if words[phrase.start].lower() in cues.pronouns and phrase.end == phrase.start + 1:
        return _pronoun(tokens, phrase.start, index)
    # "Die Gewerkschaft befürchtet, …": a body ([de] bodies) holds a view as a person does
    body = phrase.name is None and words[phrase.head].lower().endswith(cues.bodies)
    if not person(text, tokens, phrase, cues) and not _group(words, phrase, index, cues):
        agent = body or _accuses(words, phrase, index, comma)
        return _unsure(text, tokens, phrase, index, cues) if agent else None
    return _unsure(text, tokens, phrase, index, cues)


# "Kühn warf der Regierung vor, „…“ zu haben", "Die Opposition wirft X vor, …": only an agent
# accuses, so the subject opening the clause before "warf … vor" is the speaker (turnfix26), a
# lone surname the article never gives in full too; never a statement noun ("Kritik warf …").
def _accuses(words: list[str], phrase: Phrase, verb: int, comma: int) -> bool:
    """Whether the clause is "SUBJECT warf/wirft … vor," with a subject that is no statement."""
    if words[comma - 1] != "vor" or (words[verb], "vor") not in _SEPARABLE:
        return False
    if any(w in _NEGATIONS for w in words[verb + 1 : comma]):
        return False  # "Kühn wirft ihr nichts vor": no accusation
    return not statement_noun(words[phrase.head])


def _unsure(
    text: str, tokens: list[re.Match[str]], phrase: Phrase, index: int, cues: Cues
) -> Mention | None:
    """The subject's mention at the verb, never sure."""
    mention = mention_of(text, tokens, phrase, tokens[index], cues)
    return dataclasses.replace(mention, sure=False) if mention else None


# "befürchtete, …", "hatte der Stadt bemängelt, …", "warf der Stadt vor, …"
def _opens(words: list[str], verb: int, comma: int) -> bool:
    """Whether the verb at `verb` and the words up to the comma open a clause of stance."""
    finite, last = words[verb], words[comma - 1]
    if any(not re.fullmatch(r"[\w-]+", w) for w in words[verb + 1 : comma]):
        return False  # a bracket or a quotation before the comma: no plain object
    if finite in _VERBS:
        return True
    if finite in _AUXILIARIES:
        return comma - 1 > verb and last in _PARTICIPLES
    return (finite in _SEPARATED and (finite, last) in _SEPARABLE) or _held(words, verb, comma)


# "Eva Ems ist der Meinung, …", "Jan Roth vertritt die Ansicht, …": a verb of holding a view and
# the view's noun with its article close the clause before the comma; the indirect speech after
# it is that view, the subject's.
def _held(words: list[str], verb: int, comma: int) -> bool:
    """Whether a verb of holding and an article and a noun of a view close the clause."""
    noun, holds = words[comma - 1], words[verb] in _HOLDING
    article = comma - 2 > verb and words[comma - 2] in _DEFINITE
    return holds and article and noun[:1].isupper() and noun.lower() in _VIEWS


# "Seit Jahren vertritt er die These, dass …", "Am Montag äußerte Eva Ems die Sorge, …": an
# adverbial first, the verb second, its subject right after it and the view before the comma.
def _inverted(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The subject after the verb of stance of an inverted clause, never sure."""
    opening = text[max(0, window[0] - 3) : window[0]].strip()[-1:] in ("", ":")
    if not opening and not opens_sentence(text, cues.sentence_end, window[0]):
        return None  # mid-sentence: the window starts after a quotation
    tokens = read_tokens(text, window[0], window[1])
    words = [t.group() for t in tokens]
    comma = next((i for i, w in enumerate(words) if w == ","), None)
    stance = _HOLDING | _VERBS | _SEPARATED
    verb = next((i for i in range(1, comma or 0) if words[i] in stance), None)
    if verb is None or comma is None or comma - verb > _BETWEEN + 2:
        return None
    if not _opens(words, verb, comma) or not inverted(text, window[0], tokens[verb], cues):
        return None
    if not _reports(words[comma + 1 :], cues) and not _infinitive(text, window[1], cues):
        return None
    found = subject_after(text, tokens[comma].start(), tokens[verb], cues)
    if found is None or found.at >= tokens[comma - 2].start():
        return None  # "Am Montag war die Ansicht, …": the view itself, no subject
    if _names_another(found.words):
        return None  # "vertritt der Anwalt von Greta Hollweg die Ansicht": nobody we can name
    return dataclasses.replace(found, sure=False)


# "der Anwalt von Greta Hollweg", "die Tochter des Ministers Jan Roth": a description that holds
# another person's full name (a first name and a capital after it, past its head) names nobody
# to give: not the person it names, and not a speaker that carries someone else's name.
def _names_another(words: str) -> bool:
    """Whether a description's words, past its first, hold a first name and a capital after it."""
    split = words.split()
    return any(a in FORENAMES and b[:1].isupper() for a, b in itertools.pairwise(split[1:]))


# No other verb of saying: "Roth glaubt, Ems habe gesagt, …" reports Ems's words.
def _reports(rest: list[str], cues: Cues) -> bool:
    """Whether the words after the comma are indirect speech: "dass" or a Konjunktiv form."""
    if not rest or len(rest) > _REPORTED:
        return False
    if any(cues.verbs.fullmatch(w) and w not in cues.reported for w in rest):
        return False
    forms = cues.reported | cues.subjunctive | _FORMS
    return rest[0].lower() in _THAT or any(w in forms for w in rest)


# "Kritiker befürchten, …", "Experten fordern, …": one bare noun of people who act before a verb
# in the plural is a group, where a lone capitalised word before a singular verb may be a name.
def _group(words: list[str], phrase: Phrase, verb: int, cues: Cues) -> bool:
    """Whether the subject is one bare agent noun and its verb is plural."""
    if phrase.end - phrase.start != 1 or not words[verb].endswith("en"):
        return False
    return words[phrase.start].lower().endswith(cues.agent_endings)


# "Sie warf der Regierung vor, die „…“ ohne Debatte zu beschließen": an infinitive with "zu"
# closes the clause after the quotation, the verb's content as a Konjunktiv would be.
def _infinitive(text: str, opening: int, cues: Cues) -> bool:
    """Whether the clause after the quotation that opens at `opening` ends in "zu" and a verb."""
    close = _CLOSING.search(text, opening + 1, opening + _QUOTED)
    end = _CLAUSE_END.search(text, close.end(), close.end() + _QUOTED) if close else None
    words = text[close.end() : end.start()].split() if close and end else []
    return len(words) >= 2 and words[-2] == "zu" and words[-1].islower()


# "Sie warf der Stadt vor, …": the pronoun opens the sentence, the finite verb right after it.
def _pronoun_first(
    text: str, window: tuple[int, int], cues: Cues
) -> tuple[list[re.Match[str]], Phrase, int] | None:
    """The tokens, the pronoun as a one-word phrase and the verb's index, or None."""
    if text[max(0, window[0] - 3) : window[0]].strip()[-1:] not in ("", ".", "!", "?", ":"):
        return None  # mid-sentence: the pronoun may be an object
    tokens = read_tokens(text, window[0], window[1])
    if len(tokens) < 2 or tokens[0].group() not in ("Er", "Sie"):
        return None
    return tokens, Phrase(0, 1, None, False, 0), 1


# "Sie warf der Stadt vor, …": the pronoun stands for the person the paragraph is about; "Sie
# warfen" is plural, no one person.
def _pronoun(tokens: list[re.Match[str]], subject: int, verb: int) -> Mention | None:
    """The pronoun subject of the verb of stance, never sure; None before a plural verb."""
    word, cue = tokens[subject].group(), tokens[verb].group()
    if word.lower() == "sie" and cue.endswith("en"):
        return None
    return Mention(word, "pronoun", cue, tokens[subject].start(), tokens[verb].start(), sure=False)
