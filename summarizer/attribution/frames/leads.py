"""The words that lead a name in an aside before a cue: its titles, or "the" and a description."""
# "“…,” Sen. Ruth Okafor, …, said"; "“…,” the economist Jane Roe, a former adviser, wrote".

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.elision import elision
from summarizer.attribution.frames.surnames import related
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.words import TOKEN

_DESCRIBING = 2  # lower-case words of a description between "the" and the name
_DESCRIPTION = 4  # words of a description with no article: "veteran Green Party lawmaker"
_NAME_WORDS = 2
_APPOSITIONS = _data.load_toml("appositions.toml")
# a part set off by a comma after a head, up to the next comma or the sentence's end
_SET_OFF = re.compile(r"\s*,\s*([^\W\d_][^,.;:!?()\"“”«»]{0,80}?)\s*(?=[,.;]|$)")


def past_lead(tokens: list[str], part: str, cues: Cues) -> tuple[list[str], str]:
    """`tokens` and `part` past leading titles, or past "the" and a description before a name."""
    dropped = 0
    if related(tokens, cues):  # "Председатель Госдумы": the body headed, no name to lead
        return tokens, part
    while len(tokens) - dropped > 1 and tokens[dropped].lower().rstrip(".") in cues.titles:
        dropped += 1
    if not dropped and tokens[:1] and tokens[0].lower() in cues.definite:
        described = 1
        while (
            described <= _DESCRIBING and tokens[described:] and _describing(tokens[described], cues)
        ):
            described += 1
        capitals = [t for t in tokens[described:] if t[0].isupper()]
        full = described > 1 and len(capitals) >= 2 and len(capitals) == len(tokens) - described
        dropped = described if full else 0
    for word in tokens[:dropped]:
        part = part[part.index(word) + len(word) :].lstrip(". ")
    return tokens[dropped:], part


def _describing(word: str, cues: Cues) -> bool:
    """Whether `word` may describe a person before a name: lower-case, no function word."""
    lower = word not in cues.stop and word not in cues.governing and word not in cues.orgs
    return word.islower() and lower  # "the company Acme Corp": a body, not read here


# "Her opponent, Green lawmaker Claire Fontaine, said": set off after its head, a name may be led
# by a description with no article of its own, capitalised words (a party) among lower-case
# ones; the name is the capitalised run after the description's last lower-case word. A word of
# a clause ("who", "with", a verb) leaves it unread.
def described_name(part: str, cues: Cues) -> str | None:
    """The name ending `part` after a short description ("veteran lawmaker Jo Roe"), else None."""
    if cues.family not in _APPOSITIONS:
        return None
    tokens = TOKEN.findall(part)
    lower = [i for i, token in enumerate(tokens) if not token[0].isupper()]
    if not lower or len(tokens) - lower[-1] - 1 < _NAME_WORDS:
        return None
    lead = tokens[: lower[-1] + 1]
    data = _APPOSITIONS[cues.family]
    dropped, noun = elision(lead[0])
    if dropped in cues.articles and noun.islower():  # "l'ancien instituteur Paul Mercier"
        lead = [noun, *lead[1:]]
    elif lead[0].lower() in cues.definite or (len(lead) > 1 and lead[0] in data["articles"]):
        lead = lead[1:]  # an article: "the", "la"
    last = len(lead) - 1  # "retired banker": a past form before the head noun is an adjective
    if not lead or len(lead) > _DESCRIPTION:
        return None
    if not all(_describes(word, cues, i < last) for i, word in enumerate(lead)):
        return None
    if not _noun_head(lead[-1].lower(), data) or lead[-1].lower() in cues.orgs:
        return None  # "formerly Aston Villa", "le cabinet Martin": no person described
    name = part[part.index(tokens[lower[-1] + 1]) :].strip()
    return None if "&" in name else name  # "law firm Roe & Hale": a firm's name by its form


def _noun_head(word: str, data: dict[str, list[str]]) -> bool:
    """Whether a description's last word may be its head noun: no adverb, no mere modifier."""
    return word not in data["modifiers"] and not word.endswith(tuple(data["adverb_endings"]))


def _describes(word: str, cues: Cues, modifying: bool = False) -> bool:
    """Whether `word` may describe a person in apposition: no function word and no verb; a
    past form `modifying` a noun after it ("retired banker", "self-taught baker") is no verb."""
    folded = word.lower()
    if not word.replace("-", "").isalpha() or folded in cues.stop or folded in cues.governing:
        return False
    if folded in cues.relatives or cues.verbs.fullmatch(word):
        return False
    family = _APPOSITIONS[cues.family]
    if folded in family["prepositions"] or folded.endswith(tuple(family["verb_endings"])):
        return False  # "unlike teammate Ann Roe": the name is the preposition's object
    return modifying or not (cues.past_verb and cues.past_verb.fullmatch(folded))


# "said her opponent, Green lawmaker Claire Fontaine"; "a indiqué son avocat, le pénaliste Marc
# Dunand": after a head that a cue's subject opens, the set-off part may be a described name.
def apposed_described(text: str, end: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The described name of the part set off by a comma at `end`, up to its end; else None."""
    part = _SET_OFF.match(text, end)
    name = described_name(part.group(1), cues) if part else None
    if part is None or name is None:
        return None
    return Mention(name, "name", cue.group(), part.end(1) - len(name), cue.start())
