"""English verbs of saying by lexeme (data/english_verbs.toml), every form a cue needs."""
# From the plain form: the past ("conceded", "pointed out"), the present's third person
# ("concedes", "points out") and the progressive ("was conceding"). Perfect tenses need no form of
# their own: "has", "had" and "have" stand between a subject and its cue (cues.toml [en] skip),
# and the inverted order ("conceded Ann Roe") reads every past form.

from __future__ import annotations

from typing import Any

from summarizer import _data
from summarizer.attribution.lexicon.merged import after_own

_GROUPS = (
    "telling", "continuing", "explaining", "admitting", "arguing", "asking", "announcing",
    "demanding", "judging", "complaining", "joking", "manner", "writing",
)  # fmt: skip
_SIBILANTS = ("s", "sh", "ch", "x", "z", "o")
_VOWELS = "aeiou"


def lexemes(data: dict[str, Any]) -> list[str]:
    """Every lexeme of the data's groups, in their order, each once."""
    return list(dict.fromkeys(word for group in _GROUPS for word in data.get(group, [])))


def _split(lexeme: str) -> tuple[str, str]:
    """The verb and its particle, if any ("point out" -> "point", " out")."""
    verb, _, particle = lexeme.partition(" ")
    return verb, f" {particle}" if particle else ""


def _past(verb: str, doubled: bool) -> str:
    """The regular past of a one-word verb ("conceded", "replied", "quipped")."""
    if doubled:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return verb[:-1] + "ied"
    return verb + "ed"


def _third(verb: str) -> str:
    """The present's third person singular ("concedes", "replies", "stresses")."""
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(_SIBILANTS) else "s")


def _gerund(verb: str, doubled: bool) -> str:
    """The -ing form ("conceding", "quipping", "fleeing")."""
    if doubled:
        return verb + verb[-1] + "ing"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


def forms(lexeme: str, data: dict[str, Any]) -> dict[str, str]:
    """The lexeme's past, third person and -ing form, a phrasal verb's with its particle."""
    verb, particle = _split(lexeme)
    doubled = lexeme in data.get("doubled", [])
    irregular = dict((plain, past) for plain, past in data.get("irregular", []))
    past = irregular.get(lexeme) or _past(verb, doubled) + particle
    return {
        "past": past,
        "third": _third(verb) + particle,
        "gerund": _gerund(verb, doubled) + particle,
    }


def cue_forms(data: dict[str, Any], words: list[str], kinds: tuple[str, ...]) -> list[str]:
    """The forms of `words` of `kinds` ("past", "third", "progressive"), each once; no homograph."""
    homographs = set(data.get("homographs", []))
    found: list[str] = []
    for lexeme in words:
        inflected = forms(lexeme, data)
        found += [inflected[kind] for kind in kinds if kind != "progressive"]
        if "progressive" in kinds:
            found += [f"{aux} {inflected['gerund']}" for aux in data.get("progressive", [])]
    return [form for form in dict.fromkeys(found) if form not in homographs]


# The fields of cues.toml [en] that take the forms of a group, and which forms: the verbs' regex
# reads the progressive by one pattern (`gerunds`), the others test the whole cue it matched.
_FIELDS = (
    ("verbs", "", ("past", "third")),
    ("writing", "writing", ("past", "third", "progressive")),
    ("transitive", "transitive", ("past", "third", "progressive")),
    ("addressed", "addressed", ("past",)),  # the passive's participle: "was scolded:"
)


# The progressive is no list of words but one pattern (inflect.py `_progressive`): seven hundred
# "was …ing" words in the verbs' "w", "i", "a" and "b" branches made the regex twice as slow.
def with_lexemes(table: dict[str, Any]) -> dict[str, Any]:
    """cues.toml's table with the English lexemes' forms added to [en] fields (`_FIELDS`), and
    `gerunds`: the -ing forms read after one of `progressive` ("was conceding")."""
    data = _data.load_toml("english_verbs.toml")
    english = dict(table["en"])
    for field, group, kinds in _FIELDS:
        listed = english.get(field, [])
        words = data.get(group, []) if group else lexemes(data)
        english[field] = after_own(listed, cue_forms(data, words, kinds))
    # "was saying" too, though "saying" is a cue already: one cue, so a role may be its subject
    # ("The senator was saying:"), as it may of "was conceding"
    gerunds = (forms(lexeme, data)["gerund"] for lexeme in lexemes(data))
    english["gerunds"] = list(dict.fromkeys(gerunds))
    english["progressive"] = data.get("progressive", [])
    english["planned_infinitives"] = data.get("planned", [])  # "is expected to announce"
    unless = english.get("unless_after", {})  # "pleaded not guilty to": read by its own pattern
    english["verbs"] = [verb for verb in english["verbs"] if verb not in unless]
    return {**table, "en": english}
