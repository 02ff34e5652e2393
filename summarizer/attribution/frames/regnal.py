"""A numeral after a monarch's or pope's given names is regnal ("Pope John Paul II")."""

from __future__ import annotations

import re

from summarizer import _data

_TITLES = frozenset(_data.load_toml("names.toml")["regnal_titles"])
NUMERAL = re.compile(r"[IVX]{2,}")  # "II", "III", "IV" (one letter may be an initial)


# "Pope John Paul II": after a regnal title's given names; "Henry Ford II", "Martin Luther King
# III": a generation's, after a full name, which names another person than "Henry Ford" does.
# "Vatican II", "Section IV": one word, no person's name.
def regnal(tokens: list[str]) -> str:
    """The numeral ending `tokens` after a regnal title's given names or a full name."""
    if len(tokens) < 3 or not NUMERAL.fullmatch(tokens[-1]):
        return ""
    for index in range(len(tokens) - 2, -1, -1):
        if tokens[index].lower() in _TITLES and index < len(tokens) - 2:
            return tokens[-1]
        if not tokens[index][:1].isupper():
            return tokens[-1] if index < len(tokens) - 3 else ""
    return tokens[-1]


# "el papa Juan Pablo II", "le pape Jean-Paul II": a lower-case title stands before the run.
def after_title(lead: list[str], name: str, run: str) -> str:
    """`name` with the numeral ending `run` when a regnal title is the last word of `lead`."""
    last = run.rsplit(" ", 1)[-1]
    titled = bool(lead) and lead[-1].lower() in _TITLES and bool(name)
    return (
        f"{name} {last}" if titled and NUMERAL.fullmatch(last) and not name.endswith(last) else name
    )
