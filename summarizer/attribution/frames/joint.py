"""Two names joined as a cue's subject: a joint subject, no one speaker."""

# "Петров и Сидоров заявили: «…»": both said it, so neither is named; the verb's plural ending
# (cues.plural_endings) tells, where only the last name would otherwise stand before the cue. A
# comma before the name after another capitalised word ("Новиков, Петров, Сидоров заявили") lists
# names the same way.

from __future__ import annotations

import functools
import re
from itertools import takewhile

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues, Mention

_JOINT_REACH = 80
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_PLAN_REACH = 24  # "tienen previsto ", "s'apprêtent à "
_PARTNER_WORDS = 4  # a conjunction and a partner of up to three words ("the deputy mayor")


def joint_subject(
    tokens: list[re.Match[str]], run: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """An anonymous mention when `run` is the second of two names joined before a plural cue."""
    group = plural_after(run, cue, cues)  # "68 % des Français estiment que « … »": a group
    if group or not run or not (_plural(cue.group().lower(), cues) or _planned_plural(cue, cues)):
        return group
    index = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), 0)
    if index >= 1 and _listed(tokens[index - 1], run[0]):  # "Новиков, Петров, Сидоров заявили"
        return Mention(cue.group(), "anonymous", cue.group(), cue.start(), cue.start())
    if index < 2 or tokens[index - 1].group().lower() not in cues.coordinating:
        return None
    if not tokens[index - 2].group()[:1].isupper():
        return None
    return Mention(cue.group(), "anonymous", cue.group(), cue.start(), cue.start())


# "« … », ont expliqué Paul Marin et Lise Caron", "les Français estiment": a French plural
# cue's subject is a group, before or after it, never one person; so is a Spanish plural verb's
# ("«…», dijeron Ana Ruiz e Inés Vega"), which no lone name after it agrees with.
def plural_after(run: list[re.Match[str]], cue: re.Match[str], cues: Cues) -> Mention | None:
    """An anonymous mention for a run next to a cue that opens with a plural verb."""
    if not run or not _plural_verb(cue.group().lower(), cues):
        return None
    return Mention(cue.group(), "anonymous", cue.group(), cue.start(), cue.start())


def _plural_verb(cue: str, cues: Cues) -> bool:
    """Whether the cue opens with a French plural verb, or is a Spanish plural verb ("dijeron",
    "han dicho"; not "según", whose ending is no plural's)."""
    head = cue.split(" ", 1)[0]
    if head in cues.plural_cues:
        return True
    spanish = cues.null_subject and head.endswith(cues.plural_endings)
    return spanish and cue not in cues.hearsay and head not in cues.hearsay


# A plural ending (заявили, dijeron) or, in French, a plural verb or auxiliary ("ont déclaré").
def _plural(cue: str, cues: Cues) -> bool:
    """Whether the cue is a plural verb."""
    ending = bool(cues.plural_endings) and cue.endswith(cues.plural_endings)
    return ending or cue.split(" ", 1)[0] in cues.plural_cues


# "Ana Ruiz y Pedro Gil van a decir:", "Paul Morel et Claire Dubois vont déclarer :": the cue is
# the infinitive, the plural is the plan word right before it.
def _planned_plural(cue: re.Match[str], cues: Cues) -> bool:
    """Whether a plural plan word stands right before the cue (an infinitive of saying)."""
    if cues.planned is None:
        return False
    plan = cues.planned.search(cue.string, max(0, cue.start() - _PLAN_REACH), cue.start())
    if plan is None or plan.group("tail").strip():
        return False
    word = plan.group().split()[0].lower()
    return _plural(word, cues) or word in _plural_plans(cues.family)


@functools.cache
def _plural_plans(family: str) -> frozenset[str]:
    return frozenset(_data.load_toml("cues.toml").get(family, {}).get("plural_plans", []))


def _listed(before: re.Match[str], name: re.Match[str]) -> bool:
    """Whether a capitalised word and a comma stand right before the name: a list of names."""
    return before.group()[:1].isupper() and before.string[before.end() : name.start()] == ", "


# "“…,” Tom Hale and Ida Moss said": each said it, so naming one is no sure credit against the
# other, and a later "he" may be either.
def joint_mention(text: str, mention: str, cue_at: int, cues: Cues) -> bool:
    """Whether the mention at the cue at `cue_at` is one of two names a conjunction joins."""
    return joint_partner(text, mention, cue_at, cues) is not None


def joint_partner(text: str, mention: str, cue_at: int, cues: Cues) -> str | None:
    """The other of two names joined at the cue ("" for a description: "the mayor"), else None."""
    if not cues.spaced or not mention or cue_at < 0:
        return None
    before = _unapposed(text[max(0, cue_at - _JOINT_REACH) : cue_at].rstrip(), mention)
    after = text[cue_at : cue_at + _JOINT_REACH]
    at = after.find(mention)
    listed = _listed_after(before, after, mention, cues)
    if listed:  # "Tom Hale, Ann Roe and Bo Lee wrote": the first of a list of names
        return listed
    if before.endswith(mention):
        words = _past_kin(before[: -len(mention)].split()[::-1], cues)[:_PARTNER_WORDS]
    elif 0 <= at <= _JOINT_REACH // 4:
        words = after[at + len(mention) :].split()[:_PARTNER_WORDS]
    else:
        return None
    if len(words) < 2 or words[0] not in cues.coordinating:
        return None
    if not words[1][:1].isupper():
        return "" if _described(words[1:], cues) else None
    named = list(takewhile(lambda word: word[:1].isupper(), words[1:]))
    named = named[::-1] if before.endswith(mention) else named
    return " ".join(named).strip(".,;:")


# "Tom Hale and Ann Roe, his deputy, said": the apposition set off by commas names no one else.
def _unapposed(before: str, mention: str) -> str:
    """`before` cut back to end at `mention` past a comma-bounded apposition after it."""
    inner = before.removesuffix(",")
    if inner.endswith(mention) or inner == before:
        return inner
    at = inner.rfind(mention + ", ")
    rest = inner[at + len(mention) + 2 :] if at >= 0 else ""
    return inner[: at + len(mention)] if rest[:1].islower() and "," not in rest else before


# "Tom Hale, Ann Roe and Bo Lee wrote", "said Tom Hale, Ann Roe and Bo Lee.": after the name and
# a comma, names only, joined by commas and a conjunction, run to the cue or the sentence's end; a
# post ("Tom Hale, President and CEO,") lists no one.
def _listed_after(before: str, after: str, mention: str, cues: Cues) -> str:
    """The names listed after `mention` and its comma up to the cue or the sentence's end."""
    at, later = before.rfind(mention + ", "), after.find(mention + ", ")
    tail = before[at + len(mention) + 2 :] if at >= 0 else ""
    if not tail and 0 <= later <= _JOINT_REACH // 4:
        tail = _CLAUSE_END.split(after[later + len(mention) + 2 :], maxsplit=1)[0]
    words = tail.split()
    if not words or not words[-1][:1].isupper():
        return ""
    for word in words:
        bare = word.rstrip(",")
        titled = not bare[:1].isupper() or bare.lower() in cues.titles
        if bare not in cues.coordinating and titled:
            return ""
    joined = [i for i, word in enumerate(words) if word in cues.coordinating]
    return " ".join(words) if joined and joined[-1] > 0 else ""


# "Tom Hale and his wife Ann said", "… and his wife, Ann Roe, said": the kin is the one named.
def _past_kin(words: list[str], cues: Cues) -> list[str]:
    """Reversed `words` before a name, past a kinship noun and its possessive right before it."""
    if len(words) > 1 and words[0].rstrip(",") in cues.kinship and words[1].islower():
        return words[2:]
    return words


# "the mayor and Ann Kerr", "Ann Kerr and her deputy": a noun phrase a determiner opens, with no
# punctuation in it, is a person too ("said, and Ann Kerr wrote" joins two clauses instead).
def _described(words: list[str], cues: Cues) -> bool:
    """Whether the words next to a conjunction hold a determiner and lower-case nouns only."""
    determiners = cues.definite | cues.indefinite
    for word in words:
        if not word.isalpha() or not word.islower() or cues.verbs.fullmatch(word):
            return False
        if word in determiners:
            return True
    return False
