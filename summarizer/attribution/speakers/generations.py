"""Russian: "Галиев-старший", the elder of a family of one surname, is the one not its child."""

# "Тимур Галиев … Помогает ему сын Руслан Галиев … «…», — добавил Галиев-старший" gave the words
# as written, "Галиев-старший", high. A surname joined by a hyphen to "старший" or "младший" names
# one of the people of that surname: the elder is the one the article does not introduce as a
# child ("сын Руслан Галиев"), the younger the one it introduces so. Only where that leaves one
# person, and the article marks a generation at all; else nobody.

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.speakers.roster import Placed
from summarizer.attribution.speakers.verb_bearers import surname_bearers

_RU = _data.load_toml("particles.toml")["ru"]
_SENIORITY: dict[str, str] = dict(_RU["seniority"])
_KIN = {"elder": frozenset(_RU["elder_kin"]), "younger": frozenset(_RU["younger_kin"])}
_OTHER = {"elder": "younger", "younger": "elder"}
_LEAD = 20  # characters before a full name where its kin is read


def generation(token: str) -> tuple[str, str] | None:
    """The surname and "elder" or "younger" of a word like "Галиев-старший", if it is one."""
    surname, hyphen, rank = token.rpartition("-")
    wanted = _SENIORITY.get(rank.lower()) if hyphen and surname else None
    return (surname, wanted) if wanted else None


def of_generation(text: str, token: str, candidates: Placed) -> str | None:
    """The one person of the surname in `token` of its generation, or None."""
    ranked = generation(token)
    if ranked is None:
        return None
    surname, wanted = ranked
    marked: dict[str, str | None] = {}
    for at, name in surname_bearers(candidates, surname):
        lead = TOKEN.findall(text, max(0, at - _LEAD), at)[-1:]
        kin = next((g for g, words in _KIN.items() if lead and lead[0].lower() in words), None)
        marked[name] = marked.get(name) or kin
    own = [name for name, kin in marked.items() if kin == wanted]  # "сын Руслан": the younger
    left = [name for name, kin in marked.items() if kin != _OTHER[wanted]]
    if len(own) == 1:
        return own[0]
    return left[0] if len(left) == 1 and len(marked) > len(left) else None
