"""A noun that owns a title speaks, not the titled name after it ("жена министра Ивана X")."""

# "— сказал пресс-секретарь министра Ивана Петрова": the spokesman speaks, and "Ивана Петрова" is
# the minister in the genitive. "пресс-секретарь министра Иван Петров" is the spokesman himself,
# but only a name no word of which could be a genitive says so ("Анна Петрова" could be either).

from __future__ import annotations

import re
from itertools import pairwise

from summarizer import _data
from summarizer.attribution.frames.elision import elided
from summarizer.attribution.frames.genders import masculine_clash
from summarizer.attribution.frames.roles import possessor
from summarizer.attribution.frames.runs import adjacent
from summarizer.attribution.lexicon.cues import Cues, Mention

_OWNER_WORDS = 3
_PRONOUN_LETTERS = 3  # "их", "чей": no noun
_RU = _data.load_toml("particles.toml")["ru"]
_GENITIVE_ONLY = tuple(_RU["genitive_only"])
_UNMASCULINE = tuple(_RU["unmasculine"])
_KIN = frozenset(_RU["kin"])
_SURNAMES = tuple(_RU["pair_surnames"])
_KIN_GENITIVE = frozenset(_RU["kin_genitive"])
_PLURAL_ENDINGS = tuple(_RU["plural_genitive_endings"])
_BARE_PLURALS = frozenset(_RU["bare_plural_genitives"])
_OBLIQUE = (tuple(_RU["oblique_forenames"]), tuple(_RU["oblique_surnames"]))


def genitive_owner(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """After a cue: the owner of a title in the genitive before a name, an unnamed speaker."""
    if not cues.patronymics:
        return None
    first = next((i for i, t in enumerate(tokens) if not t.group().islower()), len(tokens))
    if not 1 <= first <= min(_OWNER_WORDS, len(tokens) - 1):
        return None
    if not tokens[first].group()[0].isupper():
        return None
    name = [tokens[first]]
    for token in tokens[first + 1 :]:
        if not token.group()[0].isupper() or not adjacent(text, name[-1].end(), token.start()):
            break
        name.append(token)
    if first == 1:
        return _titled_owner(text, tokens[0], name, cue, cues)
    if cue.group().lower() in cues.genitive_cues and _plural(tokens[0].group()):
        # "по словам друзей погибшего Олега X": the friends, past the words that say whose
        return Mention(text[tokens[0].start() : name[-1].end()], "anonymous", cue.group(), -1)
    return _owned(text, tokens[: first + 1], name, cue, cues)


# "— сказал адвокат Алексея Навального": a name right after a noun, in a form only the genitive
# has, is whose the noun is; the lawyer speaks, nobody named.
def _titled_owner(
    text: str, title: re.Match[str], name: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """A noun and the genitive name that owns it, right after a cue: an unnamed speaker."""
    governed = cue.group().lower() in cues.genitive_cues  # "по словам" + the genitive
    # there only kin tells an owner ("по словам дочери Ольги Козловой": the daughter's words),
    # or a plural ("по словам знакомых Марины X": many people, never the one named)
    owning = _owning(title.group().lower())
    if title.group() in cues.stop or (governed and not owning):
        return None
    if not adjacent(text, title.end(), name[0].start()):
        return None
    kin = _kin_owner(title.group(), [t.group() for t in name], cues) or governed
    genitive = kin or any(token.group().endswith(_GENITIVE_ONLY) for token in name)
    genitive = genitive or _oblique_woman([token.group() for token in name])
    if not genitive and not _disagrees(name, cue, cues):
        return None
    return Mention(text[title.start() : name[-1].end()], "anonymous", cue.group(), -1, cue.start())


def _owning(noun: str) -> bool:
    """Whether a lower-case noun before a genitive name is kin or a plural: whose, not who."""
    return noun in _KIN_GENITIVE or _plural(noun)


def _plural(noun: str) -> bool:
    """Whether a lower-case word is a plural in the genitive by its ending or as listed."""
    # a pronoun so ending is no noun: "по словам их адвоката Ивана X" is their lawyer, Ivan X
    ended = len(noun) > _PRONOUN_LETTERS and noun.endswith(_PLURAL_ENDINGS)
    return noun.isalpha() and (ended or noun in _BARE_PLURALS)


# Every word may be genitive ("Мать Ивана Петрова"; not a woman's patronymic: "Мать Мария
# Ивановна Петрова"), and no full name in the nominative follows: a genitive name is three words
# at most, so four ending in a surname hold the speaker's own ("Мать Ивана Орлова Мария Орлова").
def _kin_owner(noun: str, words: list[str], cues: Cues) -> bool:
    """Whether `words` after the kin noun `noun` are all the name of whose kin it is."""
    if noun.lower() not in _KIN or any(w.endswith(cues.patronymics) for w in words):
        return False
    named = len(words) > 3 and words[-1].endswith(_SURNAMES)  # a name of its own after the owner
    return not named and all(word.endswith(_UNMASCULINE) for word in words)


# "— заявил адвокат Ивана Петрова": a man's name so ending is in the genitive, the lawyer's owner.
def _disagrees(name: list[re.Match[str]], cue: re.Match[str], cues: Cues) -> bool:
    """Whether a masculine past cue cannot agree with a name every word of which ends so."""
    return masculine_clash(cue.group(), [t.group() for t in name], _UNMASCULINE, cues.family)


def owner_before(
    text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """Before a cue: "Пресс-секретарь министра Ивана Петрова заявил", an unnamed speaker."""
    at = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), -1)
    # "Адвокат Ивана Петрова заявил": a noun that may be the masculine subject, then a name
    # that may not, opening the sentence: the lawyer speaks, its owner named after it; kin before
    # a name that may be genitive, whatever the verb ("Мать Ивана Петрова сказала"): the kin
    opening = cues.patronymics and len(run) > 2 and not _disagrees(run[:1], cue, cues)
    kin = _kin_owner(run[0].group(), [t.group() for t in run[1:]], cues)
    if opening and (kin or _disagrees(run[1:], cue, cues)):
        return Mention(text[run[0].start() : run[-1].end()], "anonymous", cue.group(), -1, -1)
    if not cues.patronymics or at < 2:
        return None
    return _owned(text, tokens[at - 2 : at + 1], run, cue, cues)


def _owned(
    text: str, near: list[re.Match[str]], name: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The words up to the genitive title, when `near` ends in noun, title and the name's start."""
    if cue.group().lower() in cues.genitive_cues:  # "по словам представителя МЧС Дениса X"
        return None
    if not all(adjacent(text, one.end(), two.start()) for one, two in pairwise(near)):
        return None
    title = near[-2].group()
    forms = [*cues.nominatives(title)[1:], cues.nominative(title)]
    if not title.islower() or title in cues.titles or not any(f in cues.titles for f in forms):
        return None
    genitives = tuple(genitive for genitive, _ in cues.genitive_endings)
    if not any(token.group().endswith(genitives) for token in name) and not _disagrees(
        name, cue, cues
    ):
        return None  # "пресс-секретарь министра Иван Петров": surely nominative, he speaks
    words = text[near[0].start() : near[-2].end()]
    return Mention(words, "anonymous", cue.group(), -1, cue.start())


def owner(text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues) -> Mention | None:
    """Right after a cue, maybe past a listener: a noun that owns the titled name after it."""
    found = possessor(text, tokens, cue, cues) or genitive_owner(text, tokens, cue, cues)
    if found or not tokens or tokens[0].group().lower() not in cues.governing:
        return found
    index = 1  # "dijo a Efe la esposa del ministro X"
    while index < len(tokens) and elided(tokens[index].group())[:1].isupper():
        index += 1
    return possessor(text, tokens[index:], cue, cues) if index > 1 else None


def _oblique_woman(words: list[str]) -> bool:
    """Whether a forename and a surname end as only a woman's oblique name does."""
    forenames, surnames = _OBLIQUE
    return len(words) == 2 and words[0].endswith(forenames) and words[1].endswith(surnames)
