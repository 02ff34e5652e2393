"""A role's capitalised complement next to a cue: the body or place it names is no subject."""
# English: "Anthony Anton, president of the Restaurant Association said", "The chairman at the
# Fed said", "said this week the mayor of Lyon, Tom Hale". A capitalised run after a link word
# (`role_links`: of, for, at) that follows a lower-case noun is that noun's complement: the noun
# heads the subject, and a name apposed to it speaks, else nobody named.

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.groups import group_nouns
from summarizer.attribution.frames.runs import adjacent, classify, governed, run_of
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.name_particles import PARTICLES

_APPOSED = re.compile(r"\s*,\s*((?:[^\W\d_][\w'’-]*\s+){1,4}[^\W\d_][\w'’-]*)\s*(?=[,.;—–]|$)")
_MAX_APPOSED = 4
_HEAD_WORDS = 3
_CHAIN = 2  # complements of complements read past
# what may stand right before a name that opens its clause
_CLAUSE_OPENERS = '.!?:;,\n"“”‘’—–('


def apposed_name(text: str, end: int, cue: re.Match[str]) -> Mention | None:
    """The capitalised name apposed after a comma at `end` (", Carlos Cuerpo,")."""
    apposed = _APPOSED.match(text, end)
    words = apposed.group(1).split() if apposed else []
    inner = [
        w[0].isupper() or (0 < i < len(words) - 1 and w in PARTICLES) for i, w in enumerate(words)
    ]
    if apposed is None or not all(inner) or sum(w[0].isupper() for w in words) > _MAX_APPOSED:
        return None  # "Luis de Guindos", "Ursula von der Leyen": particles inside only
    return Mention(apposed.group(1), "name", cue.group(), apposed.start(1), cue.start())


def linked_subject(
    text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """Who speaks when `run`, right before `cue`, is a lower-case noun's linked complement."""
    index = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), -1)
    link = index - 1
    if link > 0 and _determiner(tokens[link].group(), cues):
        link -= 1
    if link < 1 or tokens[link].group().lower() not in cues.role_links:
        return None
    if not run[-1].group()[0].isupper():  # "a lecture from the Mexican president, who said"
        return None
    if not all(adjacent(text, a.end(), b.start()) for a, b in pairwise(tokens[link : index + 1])):
        return None
    begin = _head(text, tokens, link, cues)
    if begin is None:
        return None
    at = tokens[begin].start()
    named = _apposed_before(text, tokens[:begin], at, cue, cues)
    if named:  # "Anthony Anton, president of the Restaurant Association said"
        return named
    return Mention(text[at : run[-1].end()], "anonymous", cue.group(), at, cue.start())


def linked_name(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """After a role and a link word ("the mayor of Lyon, Tom Hale"), the name apposed to it."""
    rest = tokens[1:] if tokens and _determiner(tokens[0].group(), cues) else tokens
    complement = run_of(text, rest, cues, forward=True)
    return apposed_name(text, complement[-1].end(), cue) if complement else None


def _determiner(word: str, cues: Cues) -> bool:
    lower = word.lower()
    return lower in cues.definite or lower in cues.indefinite


# "the executive director of": up to three lower-case words that are no function word and no
# verb of saying, each right after the one before, and the determiner before them; a phrase
# that is itself a complement goes on to its own head ("chairman of the board of X").
def _head(
    text: str, tokens: list[re.Match[str]], link: int, cues: Cues, depth: int = 0
) -> int | None:
    """Where the noun phrase that `tokens[link]` joins to its complement begins."""
    begin = link
    while begin > max(0, link - _HEAD_WORDS) and adjacent(
        text, tokens[begin - 1].end(), tokens[begin].start()
    ):
        word = tokens[begin - 1].group()
        if _joined_title(word, tokens[begin].group(), cues):
            begin -= 1  # "president and CEO of": two titles joined share the complement
            continue
        plain = word.islower() or word.lower() in group_nouns(cues.family)  # "Officials at"
        if not plain or word in cues.stop or cues.verbs.fullmatch(word):
            break
        begin -= 1
    if begin < link and tokens[begin].group().lower() in cues.coordinating:
        begin += 1  # "Hale and members of": the conjunction joins the name, not a title
    if begin == link:
        return None
    determined = begin > 0 and _determiner(tokens[begin - 1].group(), cues)
    if determined and adjacent(text, tokens[begin - 1].end(), tokens[begin].start()):
        begin -= 1
    linked = begin > 1 and tokens[begin - 1].group().lower() in cues.role_links
    if linked and depth < _CHAIN and adjacent(text, tokens[begin - 1].end(), tokens[begin].start()):
        return _head(text, tokens, begin - 1, cues, depth + 1) or begin
    return begin


def _joined_title(word: str, after: str, cues: Cues) -> bool:
    """Whether `word` is a conjunction before a role word, or a title (any case) in that phrase."""
    if word.lower() in cues.coordinating:
        return after.islower() or after.lower() in cues.titles
    return not word.islower() and word.lower() in cues.titles and word not in cues.stop


# The name must open its clause, so that a place set off by a comma is none ("In Boston, the
# head of … said"); after a determiner the phrase may open the clause itself ("Yesterday, the
# head of … said"), so only a name of two words or more is apposed to it.
def _apposed_before(
    text: str, tokens: list[re.Match[str]], at: int, cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The name that a comma sets off right before the noun phrase at `at`."""
    if not tokens or text[tokens[-1].end() : at].strip() not in (",", ".,"):
        return None
    owner = run_of(text, tokens[::-1], cues, forward=False)[::-1]
    if not owner or governed(text, tokens, owner, cues):
        return None
    opener = text[max(0, owner[0].start() - 3) : owner[0].start()].strip()
    previous = tokens[-len(owner) - 1].group().lower() if len(tokens) > len(owner) else ""
    joined = previous in cues.stop and previous not in cues.governing  # "But Tom Fitton, …"
    if opener and opener[-1] not in _CLAUSE_OPENERS and not joined:
        return None
    found = classify(text, owner, cue, cues)
    if found is None or found.kind != "name":
        return None
    determined = _determiner(TOKEN.match(text, at).group(), cues)  # type: ignore[union-attr]
    return found if len(owner) > 1 or not determined else None
