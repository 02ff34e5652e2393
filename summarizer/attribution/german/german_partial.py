"""Who calls something „…“: the speaker of a short quotation inside a clause."""
# "Er bezeichnete den Plan als „…“", "Die Werke werden von Kennern als „…“ bezeichnet", "der
# Verband, der die Maßnahme als „…“ sieht": the subject (or a passive's agent) of a verb of
# calling or judging whose clause holds the quotation. Found only where no cue names anyone.

from __future__ import annotations

import dataclasses
import itertools
import re

from summarizer import _data
from summarizer.attribution.german.casing import surnames
from summarizer.attribution.german.german import subject_after
from summarizer.attribution.german.german_because import because_said
from summarizer.attribution.german.german_documents import as_written
from summarizer.attribution.german.german_labelling import CALLING as _CALLING
from summarizer.attribution.german.german_labelling import NAMING, labelled, own_saying
from summarizer.attribution.german.german_labelling import PARTICIPLES as _PARTICIPLES
from summarizer.attribution.german.german_labelling import SPOKEN_OF as _SPOKEN_OF
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.partial_pronoun import subject_pronoun
from summarizer.attribution.german.phrases import (
    TOKEN,
    Phrase,
    mention_of,
    oblique,
    read_phrase,
)
from summarizer.attribution.german.placed import placed_thing
from summarizer.attribution.german.role_holder import head_only, speaks, word_cut
from summarizer.attribution.german.split_round import calls
from summarizer.attribution.german.tokens import clause_after, read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_DATA = _data.load_toml("german.toml")["partial"]
_FINAL = frozenset(_DATA["final"]) | _CALLING
_MORE = re.compile(r"\s*(?:oder|und)\s*„[^“”\n]{1,80}[“”]")  # "„…“ oder „…“ sprechen X"
_CLOSING = frozenset(_DATA["closing"])
_AGENTS = frozenset(_DATA["agents"])
_SUBJECT_RELATIVES = frozenset(_DATA["subject_relatives"])
_RELATIVES = frozenset(_DATA["relatives"])
_OBJECTS = frozenset(_DATA["objects"])
_CONJUNCTIONS = frozenset(_DATA["conjunctions"])
_OWNERS = frozenset(_DATA["owners"])
_WORDS = 6  # a partial quotation: one to six words
_TAIL = 4  # words between the quotation and the verb that closes its clause ("vor X bezeichnet")
_ANTECEDENT = 10  # words a relative clause's antecedent may take before its comma
_VERB = re.compile(r"\s*(\w+)")
_REACH = 300  # the rest of the sentence after the verb, where its subject stands
_LISTED = 3  # quotations listed with "oder"/"und" before the verb: bounded, so it stays linear
_PLURAL = ("en", "ten")
_Tokens = list[re.Match[str]]  # "Sie nannten": they, no one person


def partial_speaker(text: str, before: Window, after: Window, cues: Cues) -> Mention | None:
    """The speaker that the grammar of a short quotation's own clause names, or None."""
    tokens = read_tokens(text, *before)
    if not tokens or text[before[0] : before[1]].rstrip().endswith(":"):
        return None  # a colon introduces it: no clause of its own holds it
    tail = clause_after(text, after)
    found = _as_said(text, tokens, tail, cues) or _as_written(text, tokens, tail, cues)
    found = found or because_said(text, tokens, cues)
    quoted = text[before[1] + 1 : max(before[1] + 1, after[0] - 1)]
    if found or len(quoted.split()) > _WORDS or cues.sentence_end.search(quoted):
        return found  # a full sentence: its cue is read elsewhere
    found = _agent(text, tokens, tail, cues) or _antecedent(text, tokens, tail, cues)
    found = found or _subordinate(text, tokens, tail, cues)
    found = found or _pronoun(text, tokens, tail, cues)
    return found or _spoken_of(text, tokens, after, cues)


def _closing_verb(tail: list[re.Match[str]], verbs: frozenset[str]) -> re.Match[str] | None:
    """The verb in `verbs` that closes the clause after the quotation, an auxiliary apart."""
    words = [t.group().lower() for t in tail]
    if words and words[-1] in _CLOSING:
        words, tail = words[:-1], tail[:-1]  # "als „…“ bezeichnet hat", "… eingestuft worden"
    if not words or len(words) > _TAIL or words[-1] not in verbs:
        return None
    return tail[-1]


# "Seine Werke werden von Musikkennern als „…“ bezeichnet", "wird vom Wetterdienst als „…“
# eingestuft": a passive's agent, right before "als" (the cue is its preposition: never sure).
def _agent(
    text: str, tokens: list[re.Match[str]], tail: list[re.Match[str]], cues: Cues
) -> Mention | None:
    """The agent of a passive of calling whose clause holds the quotation."""
    words, start = _last_clause(tokens)
    end = len(words) - (words[-1] == "als")
    agent = max((i for i in range(start, end) if words[i] in _AGENTS), default=None)
    last = tail[-1].group().lower() if tail else ""  # "…, weil er von X als „…“ bezeichnet wurde"
    if agent is None or not any(w in cues.passive for w in (*words[start:agent], last)):
        return None
    cased = [t.group() for t in tokens]
    if any(_governed_agent(cased, at) for at in range(max(start, agent - 3), agent - 1)):
        return None  # "vom Anwalt von Tom Weber": the lawyer is the agent, not Weber
    if _closing_verb(tail, _PARTICIPLES) is None:
        return None
    phrase = read_phrase(tokens, agent + 1, cues)
    if phrase is None or phrase.end != end or others_name(tokens, phrase):
        return None
    return _noun_as_role(text, mention_of(text, tokens, phrase, tokens[agent], cues))


def _last_clause(tokens: list[re.Match[str]]) -> tuple[list[str], int]:
    """The lower-cased words of `tokens`, and where the clause after their last comma opens."""
    words = [t.group().lower() for t in tokens]
    return words, max((i + 1 for i, w in enumerate(words) if w == ","), default=0)


# "wurden vom Anwalt von X": after a verb; "die Gefahr von Waldbränden vom X": after a noun.
def _governed_agent(words: list[str], at: int) -> bool:
    """Whether the word at `at` is "von" right after a verb, not a noun's genitive."""
    return words[at].lower() in _AGENTS and (at == 0 or not words[at - 1][:1].isupper())


# "…, weil die Ministerin Eva Roth den Plan als „…“ bezeichnet hat": the subject right after
# the conjunction, never sure (the main clause may report someone else's words).
def _subordinate(
    text: str, tokens: list[re.Match[str]], tail: list[re.Match[str]], cues: Cues
) -> Mention | None:
    """The subject of a clause a conjunction opens, whose verb of calling closes it."""
    words, start = _last_clause(tokens)
    if start >= len(words) or words[start] not in _CONJUNCTIONS:
        return None
    phrase = head_only(tokens, read_phrase(tokens, start + 1, cues), cues)  # "die Regierung X"
    verb = _closing_verb(tail, _CALLING | _PARTICIPLES)  # "… genannt hatte": the perfect too
    if verb is None or not labelled(words, verb.group().lower()):
        return None
    if phrase is None or oblique(tokens, phrase) or others_name(tokens, phrase):
        return None
    passive = _passive(tail, cues) or any(w in cues.passive for w in words[phrase.end :])
    if passive or not speaks(text, tokens, phrase, cues):
        return None  # "weil X als „…“ bezeichnet wurde": others call X so
    other = None if word_cut(tokens, phrase) else read_phrase(tokens, phrase.end, cues)
    if other is not None and not oblique(tokens, other) and person(text, tokens, other, cues):
        return None  # "weil die Partei die Regierung …": either may be the subject
    found = mention_of(text, tokens, phrase, verb, cues)
    return dataclasses.replace(found, sure=False) if found else None


# "Kritik kommt vom Verband Pro Bahn, der die Maßnahme als „…“ sieht": the relative pronoun is
# the verb's subject where its case is sure; the antecedent speaks, never surely.
def _antecedent(
    text: str, tokens: list[re.Match[str]], tail: list[re.Match[str]], cues: Cues
) -> Mention | None:
    """The noun phrase a relative clause of calling refers to, when its pronoun is the subject."""
    words = [t.group() for t in tokens]
    comma = max((i for i, w in enumerate(words) if w == ","), default=-1)
    if comma < 1 or comma + 2 >= len(words) or not words[comma + 2].islower():
        return None  # "…, der Minister nannte": an article, no relative pronoun
    relative, next_word = words[comma + 1], words[comma + 2]
    subject = relative in _SUBJECT_RELATIVES or (relative in _RELATIVES and next_word in _OBJECTS)
    lead = [w.lower() for w in words[-2:]]
    framed = lead[-1] in ("als", *_AGENTS) or (lead[0] in _AGENTS and lead[-1] in cues.determiners)
    verb = _closing_verb(tail, _CALLING)
    framed = framed or (verb is not None and verb.group().lower() in NAMING)  # "der X „…“ nannte"
    if not subject or not framed or verb is None or _passive(tail, cues):
        return None  # "Tom Weber, der als „…“ bezeichnet wird": others call him so
    phrase = ending_at(tokens, comma, cues)
    if phrase is None or not person(text, tokens, phrase, cues) or others_name(tokens, phrase):
        return None
    found = mention_of(text, tokens, phrase, verb, cues)
    return dataclasses.replace(found, sure=False) if found else None


def _passive(tail: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the clause after the quotation closes with a passive auxiliary."""
    return any(t.group().lower() in cues.passive for t in tail)


# "Der oberste Führer Irans, der …": one capitalised word after a role may be its genitive;
# "Der Anwalt von Tom Weber", "Die Frau des Ministers Jan Roth": the name is someone else's.
def others_name(tokens: list[re.Match[str]], phrase: Phrase) -> bool:
    """Whether a phrase's name may belong to another person than the one the phrase means."""
    name = phrase.name
    inside = name is not None and name[0] > phrase.start
    if inside and name and tokens[name[0] - 1].group() != "," and name[1] - name[0] == 1:
        return True
    words = [t.group() for t in tokens[phrase.start + 1 : phrase.end]]
    owned = any(
        w in _OWNERS and all(n[:1].isupper() for n in words[i + 1 : i + 3])
        for i, w in enumerate(words[:-2])
    )
    return owned or any(w in _AGENTS and n[:1].isupper() for w, n in itertools.pairwise(words))


def ending_at(tokens: list[re.Match[str]], comma: int, cues: Cues) -> Phrase | None:
    """The longest noun phrase that ends right before the comma at `comma`."""
    best = None
    for start in range(comma - 1, max(-1, comma - _ANTECEDENT), -1):
        word = tokens[start].group()
        if not word[0].isupper() and word.lower() not in cues.determiners:
            continue  # an adjective or a verb: a phrase opens with its article or a capital
        phrase = read_phrase(tokens, start, cues)
        if phrase is not None and phrase.end == comma:
            best = phrase
    if best is not None and best.start > 1 and tokens[best.start - 1].group() in _OWNERS:
        owner = tokens[best.start - 2].group()
        return None if owner[0].isupper() else best  # "Der Anwalt von Tom Weber, der …"
    return best


# "Er nannte den Plan „…“", "Er halte das für vertretbar und bezeichnete es als „…“": the
# pronoun that opens the sentence is the subject of the verb of calling in its one clause.
def _pronoun(text: str, tokens: _Tokens, tail: _Tokens, cues: Cues) -> Mention | None:
    """The pronoun that opens the quotation's clause and governs its verb of calling."""
    words = [t.group() for t in tokens]
    if (found := subject_pronoun(words, cues)) is None:
        return None  # "Er wies … als „…“ zurück", "Kritik wies er als „…“ zurück"
    at, verb = found
    first = words[at]
    said = calls(words, verb, tail[-1].group() if tail else "") or cues.verbs.fullmatch(words[verb])
    placed = placed_thing(text, tokens[verb], tokens[-1].end(), cues)  # "räumte die „…“ ins Regal"
    cue = tokens[verb] if said and not placed else None
    if words[verb] in _CLOSING:  # "Er hat den Plan als „…“ bezeichnet"
        cue = _closing_verb(tail, _PARTICIPLES)
    plural = first.lower() == "sie" and words[verb].endswith(_PLURAL)
    if cue is None or plural or not words[verb].islower():
        return None
    return Mention(first, "pronoun", cue.group(), tokens[at].start(), cue.start())


# "Wie der Richter, Otto Brand, ausführte, hätte es „…“ gegeben", "Wie X, der dabei war, dazu
# feststellt, verlangt „…“": the subject of a clause of saying that opens with "Wie".
def _as_said(
    text: str, tokens: list[re.Match[str]], tail: list[re.Match[str]], cues: Cues
) -> Mention | None:
    """The subject of a "Wie X sagte," clause that opens the quotation's sentence."""
    words = [t.group() for t in tokens]
    if words[0] != "Wie" or len(words) < 4:
        return None
    phrase = read_phrase(tokens, 1, cues)
    if phrase is None:
        return None
    index = phrase.end
    if words[index - 1 : index + 1] == [",", ","] or words[index : index + 1] == [","]:
        index = _past_relative(words, index if words[index] == "," else index - 1, cues)
    while index < len(words) and words[index].lower() in cues.skip:
        index += 1  # "dazu"
    verb = index + (index + 2 < len(words) and words[index + 1].lower() in _CLOSING)
    if verb + 1 >= len(words) or words[verb + 1] != "," or words[verb] in cues.passive:
        return None  # the clause of saying must end at its verb; "Wie X berichtet wurde": told
    said = cues.verbs.fullmatch(words[index]) or words[index] in (*cues.participles, *_FINAL)
    rest = [*words[verb + 2 :], *(t.group() for t in tail)]
    if not said or any(own_saying(w, cues) for w in rest):
        return None  # "Wie die Polizei mitteilte, nannte der Täter die Tat „…“": his words
    return mention_of(text, tokens, phrase, tokens[index], cues)


def _as_written(
    text: str, tokens: list[re.Match[str]], tail: list[re.Match[str]], cues: Cues
) -> Mention | None:
    """The document of a "Wie es in X heißt," clause, unless a later cue has its own."""
    found = as_written(text, tokens, cues)
    if found is None:
        return None
    rest = [*(t.group() for t in tokens[found[1] :]), *(t.group() for t in tail)]
    return None if any(own_saying(w, cues) for w in rest) else found[0]


def _past_relative(words: list[str], comma: int, cues: Cues) -> int:
    """Past an aside that a relative pronoun opens after the subject, to the word after it."""
    if comma + 1 >= len(words) or words[comma + 1].lower() not in cues.relatives:
        return comma  # no relative clause: the comma ends the subject's clause
    close = next((i for i in range(comma + 2, len(words)) if words[i] == ","), None)
    return comma if close is None else close + 1


# "Von „absichtlicher Täuschung“ sprechen Medienberichte", "Vor einem „…“ warnte X": the
# prepositional object put first, the verb right after the quotation, then its subject.
def _spoken_of(text: str, tokens: list[re.Match[str]], after: Window, cues: Cues) -> Mention | None:
    """The subject after the verb of a sentence that opens with "Von" and the quotation."""
    words = [t.group() for t in tokens]
    verbs = _SPOKEN_OF.get(words[0].lower()) if words[0][0].isupper() else None
    if verbs is None or len(words) > 2 or not all(w.lower() in cues.determiners for w in words[1:]):
        return None
    start = after[0]
    for _ in range(_LISTED):  # "„absichtlicher“ oder „mutwilliger Täuschung“"
        more = _MORE.match(text, start)
        start = more.end() if more else start
    verb = _VERB.match(text, start)
    if verb is None or verb.group(1) not in verbs:
        return None
    cue = TOKEN.match(text, verb.start(1))
    if cue is None:
        return None
    reach = min(len(text), verb.end() + _REACH)
    end = cues.sentence_end.search(text, verb.end(), reach)
    return _noun_as_role(text, subject_after(text, end.start() if end else reach, cue, cues))


# "von Musikkennern", "sprechen Medienberichte": a plural noun, as written, never sure.
def _noun_as_role(text: str, found: Mention | None) -> Mention | None:
    """A lone capitalised word the article never writes in a full name, as a role."""
    if found is None or found.kind != "name" or " " in found.words:
        return found
    return found if found.words in surnames(text) else dataclasses.replace(found, kind="role")
