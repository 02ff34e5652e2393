"""The shape of the clause around a cue: a new sentence, an apposition, an anonymous source."""

from __future__ import annotations

import re

from summarizer.attribution.frames.abbreviations import particle_joins
from summarizer.attribution.frames.asides import described_parts, describes
from summarizer.attribution.frames.elision import elided
from summarizer.attribution.frames.groups import group_before
from summarizer.attribution.frames.holders import holds
from summarizer.attribution.frames.leads import described_name
from summarizer.attribution.frames.name_parts import MAX_NAME, name_in
from summarizer.attribution.frames.runs import preposition
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.words import TOKEN as TOKEN  # the passes read words as here

_CLOSING = "\"'”’»«“ \t"


# It closed before `after` with a full stop (“We will win.” He also said …): no cue of it.
def new_sentence(text: str, after: int, start: int, *, outside: bool = False) -> bool:
    """Whether the words at `start` open a new sentence after the quotation (`outside`: „…“.)."""
    if not text[start : start + 1].isupper():
        return False  # most cues after a quotation go on in lower case: no slicing back
    inside = text[max(0, after - 4) : after].rstrip(_CLOSING)
    between = text[after:start].strip()
    return (inside.endswith(".") and not between) or (outside and between == ".")


# "…," the head of the group, Marianne Holt, said; "…," Peter Lund, chief strategist, said.
def apposed(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The name among comma-separated parts before a cue after a quotation."""
    clause = text[start : cue.start()]
    if cues.sentence_end.search(clause):
        return None
    if clause.count(",") > 3:  # only the name right after the quotation, then its asides
        parts = clause.split(",")
        described = described_parts([TOKEN.findall(p) for p in parts[1:-1]], cues)
        name = name_in(parts[0], cues) if described and not parts[-1].strip() else None
        if not name:
            return None
        return Mention(name, "name", cue.group(), start + parts[0].index(name), cue.start())
    offset = start
    for part in clause.split(","):
        name = name_in(part, cues) or (described_name(part, cues) if offset != start else None)
        at = offset + part.index(name) if name else -1  # set off after a role: frames/holders.py
        if name and (offset == start or holds(text, name, at, cues)):
            return Mention(name, "name", cue.group(), at, cue.start())
        offset += len(part) + 1
    return None


# "un proche de Pierre Morel", "a source close to the minister" speak for nobody named.
def anonymous(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether the subject phrase in [start, end) opens with an indefinite article."""
    first = TOKEN.search(text, start, end)  # only the first word counts: no list of them all
    return first is not None and first.group().lower() in cues.indefinite


# "As one veteran of the trade commented:", "But a source said": the opener is no part of it.
def past_opener(text: str, start: int, end: int, cues: Cues) -> int:
    """Where the subject phrase in [start, end) starts, past a word that opens its clause."""
    words = TOKEN.finditer(text, start, end)
    first, second = next(words, None), next(words, None)
    if first is None or second is None or first.group().lower() not in cues.clause_openers:
        return start
    return second.start() if second.group().lower() in cues.indefinite else start


_PHRASE_WORDS = 8


# "a glissé un proche du président à l'AFP": the phrase runs through its complements ("de", "du",
# "del"), to a preposition of its own, a verb, a conjunction or punctuation.
def anonymous_after(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention:
    """The whole anonymous phrase that `tokens` open after a cue ("un proche du président")."""
    first = tokens[0]
    end = first.end()
    for token in tokens[1:_PHRASE_WORDS]:
        lower = token.group().lower()
        joined = lower in cues.complements or lower in cues.articles or lower in cues.titles
        other = lower in cues.governing and not joined
        ends = other or lower in cues.coordinating or lower in cues.relatives
        if text[end : token.start()] != " " or ends or cues.verbs.fullmatch(token.group()):
            break
        end = token.end()
    words = text[first.start() : end] if cues.complements else first.group()
    return Mention(words, "anonymous", cue.group(), first.start(), cue.start())


_APPOSITION = re.compile(r"[ \t]*(,|—|–|--| - )[ \t]*")
_APPOSITION_REACH = 160


# "Lee Holt, a nurse at X, said"; "Ann Roe — a former judge — told": after its closing mark, when
# a reporting verb (or, after a dash or a relative clause, any verb-like word) follows.
def past_apposition(text: str, end: int, cues: Cues) -> int:
    """Where the clause of the name ending at `end` goes on after an apposition, else `end`."""
    opening = _APPOSITION.match(text, end)
    if opening is None:
        return end
    mark = opening.group(1)
    # After a relative clause ("Levine, who won the final, was") any verb-like word goes on.
    first = TOKEN.match(text, opening.end())
    relative = first is not None and first.group().lower() in cues.relatives
    loose = mark != "," or (relative and not cues.nouns_capitalized)
    described = describes(text, first, cues) and not cues.nouns_capitalized
    reach = opening.end() + _APPOSITION_REACH
    stop = cues.sentence_end.search(text, opening.end(), reach)
    limit = stop.start() if stop else reach
    close = text.find(mark, opening.end(), limit)
    while close >= 0:
        after = close + len(mark)
        word = verb_at(text, after, loose, cues)
        word = _narrated(text, after, cues) if word < 0 and described else word
        if word >= 0:
            return word
        close = text.find(mark, after, limit)
    return end


# The narrative's past tense, not a caption's present ("Ann Roe, a porter, looks at photos").
def _narrated(text: str, at: int, cues: Cues) -> int:
    """Where a lower-case word, no stop word and not in the present, follows at `at`, or -1."""
    word = TOKEN.match(text, at + 1) if text[at : at + 1] == " " else None
    found = word.group() if word else ""
    narrated = found.islower() and found not in cues.stop and not found.endswith("s")
    return word.start() if word and narrated else -1


# A reporting verb, an auxiliary with its participle ("…, a défendu", "…, has led"), or with
# `loose` any lower-case word that is no stop word.
def verb_at(text: str, at: int, loose: bool, cues: Cues) -> int:
    """Where the verb that goes on after an apposition's closing mark at `at` starts, or -1."""
    word = TOKEN.search(text, at, at + 40)
    if word is None or text[at : word.start()].strip():
        return -1
    found = elided(word.group()) if word.group()[:1].islower() else word.group()  # "n'a"
    if cues.verbs.fullmatch(found) or (loose and found.islower() and found not in cues.stop):
        return word.start()
    following = TOKEN.match(text, word.end() + 1)
    participle = following.group() if following else ""
    skipped = found in cues.skip or word.group() in cues.skip  # "s'est exprimée": the clitic's
    skipped = skipped or found in cues.clause_auxiliaries  # "Nnamdi Okafor, 41, was laid off"
    auxiliary = skipped and participle.islower() and participle not in cues.stop
    return word.start() if auxiliary else -1


# "said Rockets general manager Bruce Holt": the first run of two or more capitalised words after
# a lower-case one, with only words of a description before it (no preposition nor article).
def described(text: str, tokens: list[re.Match[str]], cues: Cues) -> tuple[int, int] | None:
    """Where the name stands in a descriptive subject after a verb-first cue."""
    run: list[re.Match[str]] = []
    seen_lower = seen_capital = False
    for index, token in enumerate(tokens[: MAX_NAME * 2]):
        gap = text[tokens[index - 1].end() : token.start()] if index else " "
        if gap != " " and not (gap == ". " and _joins(tokens[index - 1].group(), token.group())):
            break  # "said President Joseph R. Biden", "said Ft. Worth resident Ann Roe"
        word, lower = token.group(), token.group().lower()
        capital = word[0].isupper() and lower not in cues.titles
        if capital and seen_lower and not word.endswith(("'s", "’s")):  # "King Charles III’s aide"
            run.append(token)
            continue
        told = seen_capital or (seen_lower and cues.complements and lower not in cues.complements)
        stop = lower in cues.stop or lower in cues.told
        stop = stop or (seen_capital and lower in cues.coordinating)  # "dijo Ana Ruiz e Inés Vega"
        if run or stop or (told and preposition(lower, cues)):
            break  # "a lancé Jean Roux à Paul Gay", "le ministre à Paul Gay": the one told
        seen_lower = seen_lower or not capital
        seen_capital = seen_capital or capital
    return (run[0].start(), run[-1].end()) if len(run) > 1 else None


def _joins(word: str, after: str) -> bool:
    """A middle initial ("R" of "Joseph R. Biden") or a place's particle ("Ft" of "Ft. Worth")."""
    return (len(word) == 1 and word.isupper()) or particle_joins(word, after)


# `tokens` run away from the cue. "the New York businessman said", "said the moderator": a
# definite word ("the", "her") and up to four words that are no function words, with only spaces
# between.
def description(
    text: str, tokens: list[re.Match[str]], cues: Cues, *, forward: bool
) -> tuple[int, int] | None:
    """Where a definite description stands as a cue's subject."""
    kept: list[re.Match[str]] = []
    for token in tokens[: MAX_NAME + 1]:
        if kept and not _spaced(text, kept[-1], token):
            break
        lower = token.group().lower()
        if not forward and (lower in cues.definite or lower in cues.demonstratives):
            return (token.start(), kept[0].end()) if kept and _opens(text, token.start()) else None
        if not forward and kept and _owner(token.group()):  # "Obama's former strategist said"
            return (token.start(), kept[0].end()) if _opens(text, token.start()) else None
        if lower in cues.definite and forward and not kept:
            kept.append(token)
            continue
        ends = lower in cues.stop or lower in cues.pronouns or cues.verbs.fullmatch(lower)
        if ends or (not forward and lower in cues.passive | cues.clause_auxiliaries):  # "is bold"
            break
        kept.append(token)
    if forward and len(kept) > 1 and kept[0].group().lower() in cues.definite:
        return kept[0].start(), kept[-1].end()
    return None


def _owner(word: str) -> bool:
    """Whether `word` is a name in the possessive, a description's determiner ("Obama's")."""
    return word[:1].isupper() and word.endswith(("'s", "’s"))


def description_mention(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues, *, forward: bool
) -> Mention | None:
    """A definite description as the subject ("the moderator said"): the speaker as written."""
    found = description(text, tokens, cues, forward=forward) or group_before(text, tokens, cues)
    if found is None:
        return None
    return Mention(text[found[0] : found[1]], "description", cue.group(), found[0], cue.start())


def _spaced(text: str, one: re.Match[str], two: re.Match[str]) -> bool:
    first, second = (one, two) if one.start() < two.start() else (two, one)
    gap = text[first.end() : second.start()]  # "the St. Louis mayor"
    return gap == " " or (gap == ". " and particle_joins(first.group(), second.group()))


def _opens(text: str, at: int) -> bool:
    """Whether a clause starts at `at`: after a sentence, a comma, a quotation mark."""
    before = text[max(0, at - 3) : at].strip()
    return not before or before[-1] in '.!?:;,\n"“”‘’«»—–-('
