"""The role heads and the age written right around a name, for speakers/taken_up.py's index of the
people an article introduces (read at every roster name: its patterns are compiled once per
language, and the word right before the name is sought near the end of the lead only)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from summarizer.attribution.speakers.role_doubts import denied

_WORD = re.compile(r"[^\W\d_][\w-]*")  # a word, hyphenated compounds whole ("SPD-Chef")
DEGREE = r"(?:(?:Dr|Prof)\.\s+)?"  # "The coroner, Dr. Helen Wong": the role is hers
_LAST = re.compile(rf"([^\W\d_][\w-]*),?\s+{DEGREE}$")  # the word right before a name
LEAD, _TAIL = 40, 80  # how far before and after a name its title, age or apposition stand
_PHRASE = 4  # words of an apposed role phrase, at most
_OWNED = re.compile(r"[A-ZÄÖÜ][\w-]* (?:der|des) [\w-]+, $")  # a genitive after a noun (review29)


@dataclass(frozen=True, slots=True)
class _Patterns:
    """One language's patterns of `around` (roles_again.toml), compiled."""

    age_before: re.Pattern[str]
    age_after: tuple[re.Pattern[str], ...]
    phrase: re.Pattern[str]  # ", der Innenminister von Bayern,"
    said: re.Pattern[str]  # " ist Innenminister."


_COMPILED: dict[int, tuple[dict[str, Any], _Patterns]] = {}  # by the data's id, the data kept


def _patterns(data: dict[str, Any]) -> _Patterns:
    """`data`'s patterns, compiled the first time they are asked for."""
    kept = _COMPILED.get(id(data))
    if kept is None or kept[0] is not data:
        apposed, verbs = "|".join(data["apposed"]), "|".join(data["predicate"])
        phrase = rf"((?:[\w'’-]+ ){{0,{_PHRASE - 1}}}?[\w-]+)[,.;]"  # "the Mayor's aide"
        said = rf"((?:[\w-]+ ){{0,{_PHRASE - 1}}}?[\w-]+)[,.;]"
        kept = _COMPILED[id(data)] = (
            data,
            _Patterns(
                re.compile(data["age_before"]),
                tuple(re.compile(pattern) for pattern in data["age_after"]),
                re.compile(rf", (?:{apposed}) {phrase}"),
                re.compile(rf" (?:{verbs}) (?:(?:{apposed}) )?{said}"),
            ),
        )
    return kept[1]


def around(text: str, span: tuple[int, int], data: dict[str, Any]) -> tuple[frozenset[str], str]:
    """The heads of the roles and the age written right before or after the name at `span`."""
    found = _patterns(data)
    lead, tail = text[max(0, span[0] - LEAD) : span[0]], text[span[1] : span[1] + _TAIL]
    last = last_word(lead)
    # "die frühere Bauministerin"; "Die Vorstandschefin der Sparkasse, X": a noun's complement
    if last and not former(_WORD.findall(lead)[-3:], data) and not _OWNED.search(lead):
        roles = {last.lower()}
    else:
        roles = set()
    age = found.age_before.search(lead)
    for pattern in found.age_after:
        age = age or pattern.match(tail)
    phrase, said = found.phrase.match(tail), found.said.match(tail)
    roles.update(
        _phrase_head(m[1], data)
        for m in (phrase, said)
        if m and not former(_WORD.findall(m[1]), data) and not denied(m[1], data)
    )
    return frozenset(roles - {""}), age.group(1) if age else ""


# `_LAST` ends at the lead's end, so it starts in the lead's last two words at the earliest (the
# word, then "Dr." or "Prof."): searched from there, not from every letter of the lead.
def last_word(lead: str) -> str | None:
    """The word right before a name (past a comma and a degree) that `lead` ends in, else None."""
    parts = lead.rsplit(None, 2)
    found = _LAST.search(lead, len(parts[0]) if len(parts) == 3 else 0)
    return found.group(1) if found else None


# "die frühere Bauministerin Klara Vollmer", "the former finance minister": not the one now.
def former(words: list[str], data: dict[str, Any]) -> bool:
    """Whether `words` hold a word that makes a title a former or another rank's."""
    return any(w.lower() in data["former"] for w in words)


def _phrase_head(phrase: str, data: dict[str, Any]) -> str:
    """An apposed role phrase's head: German its first noun, English its last word before "of"."""
    words = phrase.split()
    if data["head_first"]:
        capital = words[0][:1].isupper() or not data["capital_heads"]
        return words[0].lower() if capital else ""
    ends = [i for i, w in enumerate(words) if w in data["phrase_ends"]]
    kept = words[: ends[0]] if ends else words
    return kept[-1].lower() if kept else ""
