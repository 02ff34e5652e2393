"""Grammatical gender that ties a role to a name: a role never stands for a name of the other."""

# A role's own words may mark its gender (Russian "— ответила министр", Spanish "la ministra",
# French "le ministre"), and so may the name's title, surname or verb ("Министр Мария Лопес
# приехала"). Two marked genders that differ are two people.

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.genders import article_gender, gender, verb_gender
from summarizer.attribution.lexicon.cues import Cues, Mention

if TYPE_CHECKING:
    from summarizer.attribution.speakers.roster import Placed, Roster

_PARTICLES = _data.load_toml("particles.toml")
_GRAMMAR = {f: grammar["gender"] for f, grammar in _PARTICLES.items() if "gender" in grammar}
_ADVERBS = frozenset(_PARTICLES["ru"]["adverbs"])
LISTENER_ENDINGS = tuple(_PARTICLES["ru"]["listener_endings"])
_LEAD = 60  # how far before a name its title and the title's article may stand
_TITLE_WORDS = 5
_RECENT = 12  # how many names given a title before a role are weighed
_COMPLEMENT = re.compile(r"(?:[ \t]+[^\W\d_A-ZА-ЯЁ]+){1,2}")  # "министр финансов"


def past_tense(word: str, cues: Cues) -> bool:
    """Whether `word` ends as a past-tense verb does ("приехал"), where endings tell."""
    return verb_gender(word.lower(), cues.family) is not None


def role_gender(text: str, mention: Mention, cues: Cues) -> str | None:
    """The gender a role's cue verb or article marks, or None."""
    if cues.family not in _GRAMMAR:
        return None
    verb = TOKEN.findall(mention.cue)
    marked = verb_gender(verb[-1].lower(), cues.family) if verb else None
    own = TOKEN.findall(mention.words)
    lead = own[:1] if len(own) > 1 else TOKEN.findall(text, max(0, mention.at - 8), mention.at)
    return marked or (article_gender(lead[-1], cues.family) if lead else None)


def name_gender(text: str, pos: int, name: str, cues: Cues) -> str | None:
    """The gender the article marks for `name` standing at `pos`: surname, title or verb."""
    end = text.find(name, pos)
    end = end + len(name) if end >= 0 else pos + len(name)
    marked = gender(text, (pos, end), cues, end + 30)
    if marked or cues.family not in _GRAMMAR:
        return marked
    after = re.match(r"\s+(\w+)", text[end : end + 30])
    if after and after.group(1).islower():  # "Мария Лопес приехала"
        marked = verb_gender(after.group(1), cues.family)
    lead = TOKEN.findall(text, max(0, pos - _LEAD), pos)[-_TITLE_WORDS:]
    for index in range(len(lead) - 1, 0, -1):  # the article of its title: "la ministra X"
        if lead[index].lower() in cues.titles and article_gender(lead[index - 1], cues.family):
            return marked or article_gender(lead[index - 1], cues.family)
    return marked


# "« … », a déclaré le chef de l'opposition, Paul Durand.\n\n« … », a-t-il ajouté": he.
def marked_as(
    text: str, window: tuple[int, int], name: str | None, wanted: str | None, cues: Cues
) -> bool:
    """Whether `name`, written in `window`, is of the gender `wanted` by the article's marks."""
    pos = text.find(name, *window) if name and wanted else -1
    return pos >= 0 and name is not None and name_gender(text, pos, name, cues) == wanted


def agrees(text: str, mention: Mention, pos: int, name: str, cues: Cues) -> bool:
    """Whether the role `mention` may stand for `name` (at `pos`): no gender contradicts."""
    wanted = role_gender(text, mention, cues)
    return wanted is None or name_gender(text, pos, name, cues) in (None, wanted)


# Russian leaves the complement out of the role's words ("— заявил министр финансов"): it must
# stand in the title too, so "министр финансов" is not the "министр транспорта" named before.
def tied(roster: Roster, words: str, earlier: Placed, role: Mention | None) -> str | None:
    """The one titled name with every word of the role, of no gender the role's words exclude."""
    if role is not None and roster.cues.patronymics:
        after = _COMPLEMENT.match(roster.text, role.at + len(role.words))
        lower = TOKEN.findall(after.group()) if after else []
        lower = lower[: next((i for i, w in enumerate(lower) if _going_on(w, roster.cues)), 2)]
        words = " ".join([words, *lower])
    recent = earlier[-_RECENT:]  # bounded, so that an article of many titled names stays linear
    found = [(p, n) for p, n in recent if roster.qualified(words, p, n, every=True)]
    sure = [n for p, n in found if not role or agrees(roster.text, role, p, n, roster.cues)]
    return sure[-1] if len(set(sure)) == 1 else None  # two ministers: either one


def _going_on(word: str, cues: Cues) -> bool:
    """Whether a word after a role goes on with the clause, no complement ("вчера", "в")."""
    going = word in _ADVERBS or word in cues.governing or word.endswith(LISTENER_ENDINGS)
    return going or past_tense(word, cues)


# An earlier pronoun marks an unmarked name: "“…,” she said" makes Ana Ruiz no "he".
def pronoun_agrees(
    person: tuple[str, str | None, int], wanted: str | None, told: dict[str, str]
) -> bool:
    """Whether `person` (name, marked gender, place) may be a pronoun of gender `wanted`."""
    marked = person[1] or told.get(person[0])
    return not wanted or marked in (None, wanted)


def says(text: str, pronoun: str, window: tuple[int, int]) -> bool:
    """Whether `pronoun` stands in `text` within `window`."""
    return pronoun.lower() in (w.lower() for w in TOKEN.findall(text, *window))
