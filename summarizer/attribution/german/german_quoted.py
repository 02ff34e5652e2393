"""The one a German verb of quoting names: the passive's subject, or the active's named object."""
# "Jan Roth wurde mit den Worten zitiert:", "Dazu wird Roth in der Zeitung wie folgt zitiert:",
# "Wie Roth zitiert wird, …": the passive's subject is the one quoted, so the words are theirs.
# "Ein Sender zitierte Anna Lenz mit den Worten:": the accusative object is the one quoted, the
# subject only passes the words on. Only a person counts: "zitiert den Bericht" (a document),
# "zitiert Studien, wonach" and a bare word the article never gives as a full name name nobody.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.adverbials import adverbials
from summarizer.attribution.german.casing import surnames
from summarizer.attribution.german.german_clauses import clause_start, leading_word
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import mention_of, oblique, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.compounds import body_noun
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_REACH = 200
_TAIL = 12  # words between the passive's subject and the participle ("auf der Internetseite …")
_QUOTED = _data.load_toml("german.toml")["quoted"]
_DATIVES = frozenset(_QUOTED["datives"])  # "zitierte der Zeitung": no object
_FOLLOWS = frozenset(_QUOTED["follows"])  # "wie folgt", "so": before the colon
_APOSTROPHES = frozenset("’'")
_TAIL_TEXT = re.compile(r"\s*(?::\s*|,\s*\w[^.:;]*)")  # a colon, or a comma and indirect speech


def quoted_person(text: str, window: Window, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The person a quoting cue names as the one quoted, or None."""
    start = clause_start(text, window[0], cue, cues)
    before = read_tokens(text, max(start, cue.start() - _REACH), cue.start())
    while before and leading_word(before[0].group(), cues):
        before.pop(0)
    after = read_tokens(text, cue.end(), min(window[1], cue.end() + _REACH))
    later = after[0].group().lower() if after else ""
    if any(t.group().lower() in cues.passive for t in before) or later in cues.passive:
        return _passive_subject(text, before, cue, cues)
    commas = [i for i, t in enumerate(before) if t.group() == ","]
    clause = before[commas[-1] + 1 :] if commas else before  # "…, der Sender habe X zitiert:"
    aux = next((i for i, t in enumerate(clause) if t.group().lower() in cues.auxiliaries), -1)
    if aux >= 0:  # "Roth hat Anna Lenz zitiert:": the object stands before the participle
        return _named_object(
            text, (cue.end(), window[1]), clause[:aux], clause[aux + 1 :], cue, cues
        )
    if commas or not (later in cues.impersonal or (before and before[0].group() != "Wie")):
        return None  # an aside or a clause before the verb, or "Wie X zitierte": not read here
    return _named_object(text, (-1, window[1]), before, after, cue, cues)


# "Roth wurde … zitiert", "Zur Lage wird Roth … zitiert", "Wie Roth zitiert wird", "Er wurde …".
def _passive_subject(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The subject of a passive of quoting: before its auxiliary, or after an adverbial."""
    if any(t.group() == "," for t in tokens) or not tokens:
        return None
    verb_last = tokens[0].group() == "Wie"
    auxiliaries = cues.passive | cues.modal_passive  # "X ist … zitiert worden"
    aux = (
        0
        if verb_last
        else next(
            (i for i, t in enumerate(tokens) if t.group().lower() in auxiliaries), len(tokens)
        )
    )
    first = read_phrase(tokens, 0, cues, first=True) if aux else None
    subject = (first is not None and first.end == aux) or tokens[0].group().lower() in cues.pronouns
    index = 0 if subject else aux + 1  # else an adverbial is put first, the subject after "wird"
    if index < len(tokens) and tokens[index].group().lower() in cues.pronouns:
        word = tokens[index]  # "Er wurde mit den Worten zitiert:"
        return Mention(word.group(), "pronoun", cue.group(), word.start(), cue.start())
    index = adverbials(tokens, index, cues) if index else 0
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None or oblique(tokens, phrase) or len(tokens) - phrase.end > _TAIL:
        return None
    if verb_last and adverbials(tokens, phrase.end, cues) < len(tokens):
        return None
    return (
        mention_of(text, tokens, phrase, cue, cues) if person(text, tokens, phrase, cues) else None
    )


# "Ein Sender zitierte Anna Lenz mit den Worten: „…“", "Später zitierte man Roth:", "Roth hat
# Anna Lenz zitiert:": the subject before the verb (or "man" after it), then the object, then at
# most "mit den Worten" and a colon, or a comma before indirect speech ("…, es habe „…“ gegeben").
# `rest`: where the words after the clause start (-1: right after the object) and the quotation.
def _named_object(
    text: str,
    rest: Window,
    before: list[re.Match[str]],
    after: list[re.Match[str]],
    cue: re.Match[str],
    cues: Cues,
) -> Mention | None:
    """The named person an active verb of quoting takes as its object, before a colon."""
    subject = read_phrase(before, 0, cues, first=True) if before else None
    pronoun = len(before) == 1 and before[0].group().lower() in cues.pronouns
    index = 0
    if after and after[0].group().lower() in cues.impersonal:
        index = 1  # "Später zitierte man Roth"
    elif not pronoun and (
        subject is None or subject.end != len(before) or oblique(before, subject)
    ):
        return None  # an adverbial first: the subject follows the verb, the object after it
    index = adverbials(after, index, cues)
    if index >= len(after) or after[index].group().lower() in _DATIVES:
        return None
    phrase = read_phrase(after, index, cues)
    if phrase is None or phrase.name is None or not person(text, after, phrase, cues):
        return None
    if _owner(text, after[phrase.start : phrase.end]) or _body(after, phrase.name, cues):
        return None  # "zitierte Anna Lenz’ Buch", "Roths Ehefrau": what or who is hers, unnamed
    end = _past_adverbials(after, phrase.end, cues)  # "am Montag mit den Worten"
    if rest[0] >= 0 and not all(_manner(t.group(), cues) for t in after[end:]):
        return None  # "hat Anna Lenz gestern im Saal zitiert": more than the object
    tail = text[rest[0] if rest[0] >= 0 else after[end - 1].end() : rest[1]]
    if not _TAIL_TEXT.fullmatch(tail):
        return None  # a title or a clause of its own after the name
    return mention_of(text, after, phrase, cue, cues)


# "Anna Lenz’ Buch", "Roths Ehefrau": an apostrophe or a named surname's genitive -s before
# another noun makes the name an owner, not the one quoted.
def _owner(text: str, words: list[re.Match[str]]) -> bool:
    """Whether a name in the phrase is a possessive before the phrase's next word."""
    named = surnames(text)
    return any(
        text[w.end() : w.end() + 1] in _APOSTROPHES
        or (w.group()[-1] == "s" and w.group()[:-1] in named)
        for w in words[:-1]
    )


# "zitierte Radio Bremen mit den Worten:": a body's name (a word of `orgs`) stays nobody's.
def _body(tokens: list[re.Match[str]], name: tuple[int, int], cues: Cues) -> bool:
    """Whether a word of the name is an organisation's noun."""
    return any(body_noun(t.group(), cues) for t in tokens[name[0] : name[1]])


# "habe Anna Lenz falsch zitiert": an uninflected adverb before the participle still leaves
# Anna Lenz the one quoted; a noun ("im Saal") or a negation ("nicht zitiert") does not.
def _manner(word: str, cues: Cues) -> bool:
    """Whether a word between the object and the participle is a plain adverb of manner."""
    return word.isalpha() and word.islower() and word not in cues.negations


def _past_adverbials(tokens: list[re.Match[str]], index: int, cues: Cues) -> int:
    """Past adverbials ("mit den Worten", "am Montag") and "wie folgt" from `index` on."""
    while index < len(tokens):
        past = adverbials(tokens, index, cues)
        while past < len(tokens) and tokens[past].group().lower() in _FOLLOWS:
            past += 1
        if past == index:
            return index
        index = past
    return index
