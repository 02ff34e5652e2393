"""The particles inside personal names from names.toml, read once for every pass."""

# The run readers (frames/runs.py, frames/clauses.py, frames/canonical.py), the German name
# readers (german/particled.py, german/konjunktiv.py) and the rosters read these sets from here,
# not each its own copy of the same list.

from __future__ import annotations

from summarizer import _data

_NAMES = _data.load_toml("names.toml")
PARTICLES = frozenset(_NAMES["particles"])
"""Lower-case words that join a name's parts ("von der Leyen", "bin Laden", "da Silva")."""
PREPOSITIONAL_PARTICLES = frozenset(_NAMES["prepositional_particles"])
"""Particles that are prepositions too ("zu"): a run of capitals stops before them."""
ARTICLE_PARTICLES = frozenset(_NAMES["article_particles"])
"""Particles that are also articles ("der", "la"): capitalised after a name, no surname."""
ABBREVIATED_PARTICLES = frozenset(_NAMES["abbreviated_particles"])
"""Particles written with a joining full stop ("Graf v. Bülow", "Tom St. Pierre")."""
PLACE_PARTICLES = frozenset(_NAMES["place_particles"])
"""Of those, the ones that open only a place's name ("Mt. Vernon", "Ft. Worth")."""
