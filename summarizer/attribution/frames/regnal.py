"""A numeral after a monarch's or pope's given names is regnal ("Pope John Paul II")."""

from __future__ import annotations

import re

from summarizer import _data

_TITLES = frozenset(_data.load_toml("names.toml")["regnal_titles"])
NUMERAL = re.compile(r"[IVX]{2,}")  # "II", "III", "IV" (one letter may be an initial)


# "Ford II", "Vatican II", "Section IV": no title, no regnal name; "Martin Luther King III": the
# title word is the surname, with no given name between it and the numeral.
def regnal(tokens: list[str]) -> str:
    """The numeral ending `tokens` when a regnal title stands right before their given names."""
    if len(tokens) < 3 or not NUMERAL.fullmatch(tokens[-1]):
        return ""
    for index in range(len(tokens) - 3, -1, -1):
        if tokens[index].lower() in _TITLES:
            return tokens[-1]
        if not tokens[index][:1].isupper():
            break
    return ""


# "el papa Juan Pablo II", "le pape Jean-Paul II": a lower-case title stands before the run.
def after_title(lead: list[str], name: str, run: str) -> str:
    """`name` with the numeral ending `run` when a regnal title is the last word of `lead`."""
    last = run.rsplit(" ", 1)[-1]
    titled = bool(lead) and lead[-1].lower() in _TITLES and bool(name)
    return (
        f"{name} {last}" if titled and NUMERAL.fullmatch(last) and not name.endswith(last) else name
    )
