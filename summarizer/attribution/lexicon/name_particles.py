"""The particles inside personal names from names.toml, read once for every pass."""

# The run readers (frames/runs.py, frames/name_parts.py, frames/canonical.py), the German name
# readers (german/particled.py, german/konjunktiv.py) and the rosters read these sets from here,
# not each its own copy of the same list; a list that one module alone reads stays there.

from __future__ import annotations

from summarizer import _data

_NAMES = _data.load_toml("names.toml")
PARTICLES = frozenset(_NAMES["particles"])
"""Lower-case words that join a name's parts ("von der Leyen", "bin Laden", "da Silva")."""
ABBREVIATED_PARTICLES = frozenset(_NAMES["abbreviated_particles"])
"""Particles written with a joining full stop ("Graf v. Bülow", "Tom St. Pierre")."""
HYPHEN_PARTICLES = frozenset(_NAMES["hyphen_particles"])
"""Lower-case particles glued to a capitalised word by a hyphen ("al-Hakim", "el-Sayed")."""


def glued(word: str) -> bool:
    """Whether a word is a lower-case particle hyphened to a capitalised word ("al-Hakim")."""
    prefix, hyphen, rest = word.partition("-")
    return bool(hyphen) and prefix in HYPHEN_PARTICLES and rest[:1].isupper()
