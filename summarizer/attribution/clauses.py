"""The shape of the clause around a cue: a new sentence, an apposition, an anonymous source."""

from __future__ import annotations

import re

from summarizer.attribution.cues import Cues, Mention
from summarizer.attribution.forenames import name_marks
from summarizer.attribution.marks import OPENERS
from summarizer.attribution.runs import PARTICLES

TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*")
"""A word, with its inner hyphens, apostrophes and periods ("O'Brien", "U.S.")."""
_CLOSING = "\"'”’»«“ \t"
_MAX_NAME = 4


# It closed before `after` with a full stop (“We will win.” He also said …): no cue of that
# quotation.
def new_sentence(text: str, after: int, start: int) -> bool:
    """Whether the words at `start` open a new sentence after the quotation before them."""
    inside = text[max(0, after - 4) : after].rstrip(_CLOSING)
    between = text[after:start]
    return inside.endswith(".") and not between.strip() and text[start : start + 1].isupper()


# "…," the head of the group, Marianne Holt, said; "…," Peter Lund, chief strategist at a bank,
# said.
def apposed(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The name among comma-separated parts before a cue after a quotation."""
    clause = text[start : cue.start()]
    if cues.sentence_end.search(clause) or clause.count(",") > 3:
        return None
    offset = start
    for part in clause.split(","):
        name = _name(part, cues)
        if name:
            at = offset + part.index(name)
            return Mention(name, "name", cue.group(), at, cue.start())
        offset += len(part) + 1
    return None


# Titles come before a name, so one after a given name or an initial is no title, also past a
# particle ("Bruno Le Maire"); after an acronym or a body it is the body's role ("CIA Director").
def surname(tokens: list[str], index: int, cues: Cues) -> bool:
    """Whether a title word ends a name as its surname ("Charlie King", "Peter T. King")."""
    if cues.nouns_capitalized or index == 0 or index < len(tokens) - 1:
        return False
    back = index - 1
    while back > 0 and particle(tokens, back, cues):
        back -= 1
    before = tokens[back]
    lower = before.lower().rstrip(".")
    plain = lower not in cues.titles and lower not in cues.stop and lower not in cues.orgs
    acronym = len(before) > 1 and before.isupper()
    return tokens[index][0].isupper() and before[0].isupper() and plain and not acronym


# After a given name that is no title and before a capitalised word, it is no article.
def particle(tokens: list[str], index: int, cues: Cues) -> bool:
    """A capitalised particle inside a name ("Anne Le Goff", "Charles De Vries")."""
    word = tokens[index]
    if not 0 < index < len(tokens) - 1 or not word[0].isupper() or word.lower() not in PARTICLES:
        return False
    before = tokens[index - 1]
    plain = before.lower() not in cues.titles and before.lower() not in cues.stop
    return before[0].isupper() and plain and tokens[index + 1][0].isupper()


# A name: capitalised, up to four words, no title among them.
def _name(part: str, cues: Cues) -> str | None:
    """The words of `part` if they are a name, past a leading title ("Sen. Ruth Okafor")."""
    tokens = TOKEN.findall(part)
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in cues.titles:
        part = part[part.index(tokens[0]) + len(tokens.pop(0)) :].lstrip(". ")
    lowers = [t.lower().rstrip(".") for t in tokens]
    inner = [particle(tokens, i, cues) for i in range(len(tokens))]  # "Anne Le Goff"
    titled = any(
        w in cues.titles and not surname(tokens, i, cues) and not inner[i]
        for i, w in enumerate(lowers)
    )
    if not tokens or len(tokens) > _MAX_NAME or titled:
        return None
    if any((w in cues.stop and not inner[i]) or w in cues.orgs for i, w in enumerate(lowers)):
        return None
    if not all(t[0].isupper() for t in tokens):
        return None
    return part.strip()


# "un proche de Pierre Morel", "a source close to the minister" speak for nobody named.
def anonymous(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether the subject phrase in [start, end) opens with an indefinite article."""
    tokens = TOKEN.findall(text, start, end)
    return bool(tokens) and tokens[0].lower() in cues.indefinite


_APPOSITION = re.compile(r"[ \t]*(,|—|–|--| - )[ \t]*")
_APPOSITION_REACH = 160
_GENDER_REACH = 250


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
    described = _described(first, cues) and not cues.nouns_capitalized
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


# "Ann Roe, the mayor, spoke", "Ann Roe, 54, spoke": an article or an age opens a description.
def _described(first: re.Match[str] | None, cues: Cues) -> bool:
    """Whether the apposition opening with `first` describes the name before it."""
    return first is not None and (
        first.group().lower() in cues.term_articles or first.group().isdigit()
    )


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
    found = word.group()
    if cues.verbs.fullmatch(found) or (loose and found.islower() and found not in cues.stop):
        return word.start()
    following = TOKEN.match(text, word.end() + 1)
    participle = following.group() if following else ""
    auxiliary = found in cues.skip and participle.islower() and participle not in cues.stop
    return word.start() if auxiliary else -1


# Its surname's ending where that tells ("Белова"), its title ("Ms. Holt"), with `names` its first
# name or role (forenames.py), else the first gendered pronoun after it, before `limit`.
def gender(
    text: str, name: tuple[int, int], cues: Cues, limit: int, names: bool = True
) -> str | None:
    """The gender the article marks for the name at `name` (start, end), or None."""
    if not cues.genders:
        return None
    start, end = name
    surname_of = text[start:end].split()[-1]  # Russian: "Белова" is a woman, "Белов" a man
    marked = next((g for g, ends in cues.gender_endings if surname_of.endswith(ends)), None)
    if marked:
        return marked
    lead = TOKEN.findall(text, max(0, start - 6), start)[-1:]
    own = TOKEN.findall(text, start, end)[:1]  # a run that opens with its title: "Mme Roy"
    titled = [w for w in lead if w.lower() in cues.titles]
    titled = titled or [w for w in own if w.lower() in cues.titles and gender_of(w, cues)]
    reach = min(end + _GENDER_REACH, limit)
    if titled:
        return gender_of(titled[0], cues)
    marks = name_marks(text, name, cues.family) if names else set()  # "Ida Moss", "Dame Ida Moss"
    if marks:  # surer than a pronoun after it ("Ida Moss spoke after him"); two: neither
        return marks.pop() if len(marks) == 1 else None
    for word in TOKEN.findall(text, end, max(end, reach)):
        found = None if word.lower() in cues.titles else gender_of(word, cues)
        if found or word[0].isupper():  # past another name, a pronoun may be that one's
            return found
    return None


def says(text: str, pronoun: str, window: tuple[int, int]) -> bool:
    """Whether `pronoun` stands in the text of `window`."""
    return pronoun.lower() in (w.lower() for w in TOKEN.findall(text, *window))


def gender_of(word: str, cues: Cues) -> str | None:
    """The gender a pronoun or a title marks ("she": feminine), if any."""
    lower = word.lower()
    return next((name for name, marks in cues.genders if lower in marks), None)


# "said Rockets general manager Bruce Holt": the first run of two or more capitalised words after
# a lower-case one, with only words of a description before it (no preposition, no article).
def described(text: str, tokens: list[re.Match[str]], cues: Cues) -> tuple[int, int] | None:
    """Where the name stands in a descriptive subject after a verb-first cue."""
    run: list[re.Match[str]] = []
    seen_lower = False
    for index, token in enumerate(tokens[: _MAX_NAME * 2]):
        gap = text[tokens[index - 1].end() : token.start()] if index else " "
        if gap != " " and not (gap == ". " and _initial(tokens[index - 1].group())):
            break  # "said President Joseph R. Biden": an initial's period goes on with the name
        word = token.group()
        capital = word[0].isupper() and word.lower() not in cues.titles
        if capital and seen_lower:
            run.append(token)
            continue
        if run or word.lower() in cues.stop:
            break
        seen_lower = seen_lower or not capital
    return (run[0].start(), run[-1].end()) if len(run) > 1 else None


def _initial(word: str) -> bool:
    """One capital letter: a middle initial ("R" of "Joseph R. Biden")."""
    return len(word) == 1 and word.isupper()


# `tokens` run away from the cue. "the New York businessman said", "said the moderator": a
# definite word ("the", "her") and up to four words that are no function words, with only spaces
# between.
def description(
    text: str, tokens: list[re.Match[str]], cues: Cues, *, forward: bool
) -> tuple[int, int] | None:
    """Where a definite description stands as a cue's subject."""
    kept: list[re.Match[str]] = []
    for token in tokens[: _MAX_NAME + 1]:
        if kept and not _spaced(text, kept[-1], token):
            break
        lower = token.group().lower()
        if lower in cues.definite and not forward:
            return (token.start(), kept[0].end()) if kept and _opens(text, token.start()) else None
        if lower in cues.definite and forward and not kept:
            kept.append(token)
            continue
        if lower in cues.stop or lower in cues.pronouns or cues.verbs.fullmatch(lower):
            break
        kept.append(token)
    if forward and len(kept) > 1 and kept[0].group().lower() in cues.definite:
        return kept[0].start(), kept[-1].end()
    return None


def description_mention(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues, *, forward: bool
) -> Mention | None:
    """A definite description as the subject ("the moderator said"): the speaker as written."""
    found = description(text, tokens, cues, forward=forward)
    if found is None:
        return None
    return Mention(text[found[0] : found[1]], "description", cue.group(), found[0], cue.start())


def _spaced(text: str, one: re.Match[str], two: re.Match[str]) -> bool:
    first, second = (one, two) if one.start() < two.start() else (two, one)
    return text[first.end() : second.start()] == " "


def _opens(text: str, at: int) -> bool:
    """Whether a clause starts at `at`: after a sentence, a comma, a quotation mark."""
    before = text[max(0, at - 3) : at].strip()
    return not before or before[-1] in '.!?:;,\n"“”‘’«»—–-('


# “Why now?” Mills then writes back, “…”: its clause ends in a comma or a colon where the next
# quotation opens, and this quotation is a sentence of its own or has its own introduction.
def leads_on(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether the cue after a quotation introduces the next one instead."""
    clause = text[after[0] : after[1]].rstrip()
    if not clause.endswith((",", ":")) or text[after[1] : after[1] + 1] not in OPENERS:
        return False
    ending = text[max(0, after[0] - 4) : after[0]].rstrip("\"“”'’ ")
    introduced = text[before[0] : before[1]].rstrip().endswith((",", ":"))
    return ending.endswith((".", "?", "!")) or introduced
