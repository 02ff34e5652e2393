"""The name without a role, title, rank or origin word written before it (issue 13: the speaker
is the fullest form of the NAME the article uses; the role stays in the mention)."""

# "Klimaforscherin Jana Petersen", "Abg. Schneider", "Canadian Ann Voss", "Mayor Tom Reed": the
# first word says who the person is, it is no word of the name. Only the first word goes, and only
# when what is left reads as a person's name by its shape: capitalised words, no lower-case word
# ("Anwältin des Opfers", "Sportchef von Bayer": a description stays whole), no body's noun
# ("Deutsche Welle", "Canadian Beverage Association"), never a lone first name ("Sohn Paolo",
# "Papst Franziskus") and never a particle first ("Frhr. v. Stumm": the nobility's own). English
# asks for a known first name after the word ("Canadian Ann Voss"); German, whose nouns are all
# capitalised, asks that the word is a role noun of its lexicon, and for a place or party word
# ("Deutsche", "Grüne": also adjectives of a body) a known first name after it too.

from __future__ import annotations

import functools
from collections.abc import Sequence

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.german.forenames import FORENAMES, GIVEN
from summarizer.attribution.german.kin_owner import owned_by_name
from summarizer.attribution.german.particled import RANK_WORDS
from summarizer.attribution.german.roles import compound_of, role_word
from summarizer.attribution.lexicon.compounds import body_noun, long_titles
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.records import recast
from summarizer.attribution.lexicon.word_runs import words_before

_EPITHETS = _data.load_toml("epithets.toml")["de"]
_DE_ORIGINS = frozenset([*_EPITHETS["parties"], *_EPITHETS["countries"]])
_NONSPEAKERS = _data.load_toml("nonspeakers.toml")
_EN_DATA = _data.load_toml("genders.toml")["en"]
_EN_ROLES = frozenset(w.lower() for words in _EN_DATA.get("roles", {}).values() for w in words)
_EN_ORIGINS = frozenset(
    word for key in ("demonyms", "affiliations") for word in _NONSPEAKERS["en"][key]
)  # "Canadian Ann Voss", "Democrat Jane Ross"
_FIRST = FORENAMES | GIVEN
# "Graf Kanitz", "Fürst Bülow", "Frhr. v. Stumm": a rank of the nobility is its bearer's name
_NOBLE = frozenset({"Graf", "Gräfin", "Freiherr", "Freifrau", "Frhr", "Fürst", "Fürstin", "Baron"})
_ROLE_SURNAME = _data.load_toml("german.toml")["role_surname"]
_OFFICES = tuple(_ROLE_SURNAME["offices"])
_KIN = tuple(_ROLE_SURNAME["kin"])


# "Stürmer Jonas Keller … sagte der Bayern-Trainer Keller": a surname left alone that the article
# also writes after a first name keeps its role: the two may be namesakes, and one name each would
# make them one person.
def roles_off(text: str, found: Sequence[Attribution], cues: Cues) -> tuple[Attribution, ...]:
    """Each of `found` with its speaker's name alone (see `role_off`)."""
    # each speaker's last attribution decides, as a comprehension over all of them would: the
    # name is cut once per speaker, not once per quotation
    last = {a.speaker: a.mention for a in found if a.speaker}
    cut = {name: role_off(dotted(name, mention), cues) for name, mention in last.items()}
    kept = {
        name: name if form and " " not in form and _forenamed(text, form) else form
        for name, form in cut.items()
        if form != name
    }
    return tuple(recast(a, speaker=kept[a.speaker]) if a.speaker in kept else a for a in found)


def _forenamed(text: str, surname: str) -> bool:
    """Whether `text` writes `surname` after a known first name ("Jonas Keller")."""
    return any(word in _FIRST for word in words_before(text, surname))  # one scan per text


# "Abg. Schneider", "Heinrich v. Goßler": the mention as written keeps the periods of
# abbreviations that the speaker's words lost; a name's last word is never one.
def dotted(speaker: str, mention: str | None) -> str:
    """`speaker` with the periods its abbreviations have in `mention`, where its words are."""
    if not mention or "." not in mention:
        return speaker
    words, written = speaker.split(), mention.split()
    bare = [w.rstrip(".") for w in written]
    for at in range(len(written) - len(words) + 1):
        if bare[at : at + len(words)] == words:
            run = written[at : at + len(words)]
            return " ".join([*run[:-1], words[-1]]) if run != words else speaker
    return speaker


def role_off(speaker: str | None, cues: Cues) -> str | None:
    """`speaker` without a role, title, rank or origin word before the name, else as it is."""
    if not speaker or " " not in speaker:
        return speaker
    words = speaker.split()
    if not all(w[:1].isupper() for w in words[1:]):
        return speaker  # "Anwältin des Opfers", "Sportchef von Bayer", "Frhr. v. Stumm"
    rest = words[1:]
    if cues.nouns_capitalized:  # "Tochter Peter Manns": his daughter, who keeps her noun
        own = _german_role(words[0], rest, cues) and not owned_by_name(words)
        return " ".join(rest) if own else speaker
    if cues.family != "en":
        return speaker  # the English and German tables only
    return " ".join(rest) if _english_role(words[0], rest, cues) else speaker


def _german_role(first: str, rest: list[str], cues: Cues) -> bool:
    """Whether a German first word is a role, title, rank or origin before a name in `rest`."""
    if any(body_noun(w, cues) or role_word(w, cues) for w in rest) or body_noun(first, cues):
        return False
    if len(rest) == 1 and not _surname_after(first, rest[0], cues):
        return False  # "Sohn Paolo", "Papst Franziskus", "Trainer Roe": the role stays
    if first.lower() in _DE_ORIGINS or first.lower().rstrip("n") in _DE_ORIGINS:
        return len(rest) > 1 and rest[0] in _FIRST  # "Deutsche Welle", "Grüne Jugend"
    if first.rstrip(".") in _NOBLE:
        return False  # "Graf Otto Kanitz", "Fürst Bülow": the nobility's rank is the name's
    return first.rstrip(".") in RANK_WORDS or role_word(first, cues)


# Before one word only a rank ("Abg.", "Dr") or an office's compound ("Polizeisprecher",
# "UN-Generalsekretär") is sure to stand before a surname: a plain noun ("Trainer", "Papst") or a
# kin noun ("Sohn") may stand before a first name, or before a namesake's surname.
def _surname_after(first: str, word: str, cues: Cues) -> bool:
    """Whether `first` before a lone `word` is a rank or an office's compound, `word` a surname."""
    if word in _FIRST or word.isupper() or len(word) < 3:
        return False  # "Chef BPI", "Dr Jan": no surname after it
    if first.rstrip(".") in RANK_WORDS:
        return first.rstrip(".") not in _NOBLE
    lower = first.lower()
    if lower.endswith(_KIN) or not role_word(first, cues):
        return False
    head = lower.rsplit("-", 1)[-1]
    return "-" in lower or _office_compound(head, cues)


# A compound ending in an office ("Polizeisprecher"), a feminine "-in" after a masculine office
# allowed ("Polizeisprecherin"): each ending of the word looked up in the offices, one set for
# those that end in "-in" themselves and one for the others.
def _office_compound(word: str, cues: Cues) -> bool:
    """Whether `word` ends in an office of more than three letters after three letters or more."""
    feminine, other = _offices(cues)
    stem = word[:-2] if word.endswith("in") else word
    return compound_of(word, feminine) or compound_of(stem, other)


@functools.cache
def _offices(cues: Cues) -> tuple[frozenset[str], frozenset[str]]:
    """The offices and long titles of more than three letters: those ending in "in", the rest."""
    heads = {h for h in (*_OFFICES, *long_titles(cues)) if len(h) > 3}  # "Montserrat" no "Rat"
    feminine = frozenset(h for h in heads if h.endswith("in"))
    return feminine, frozenset(heads - feminine)


def _english_role(first: str, rest: list[str], cues: Cues) -> bool:
    """Whether an English first word is a title, role or origin before a full name."""
    lower = first.lower().rstrip(".")
    if len(rest) < 2 or rest[0] not in _FIRST or any(_en_role(w, cues) for w in rest):
        return False
    return lower in _EN_ORIGINS or _en_role(first, cues)


@functools.cache
def _en_role(word: str, cues: Cues) -> bool:
    """Whether an English word is a title or a role noun ("Mayor", "Senator", "spokeswoman")."""
    lower = word.lower().rstrip(".")
    titles = frozenset(t.lower().rstrip(".") for t in cues.titles)
    return lower in titles or lower in cues.name_titles or lower in _EN_ROLES
