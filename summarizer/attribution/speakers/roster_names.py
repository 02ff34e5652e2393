"""Each name the roster placed, once: its index lists a name under every word of it."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.attribution.speakers.roster import Placed, Roster


# "Eva Ems" stands in the lists of "Eva" and of "Ems": the passes that weigh every placed name
# (`taken_up.introduced`, `german_intros`) read it once, not once per word (despeed31).
@functools.lru_cache(maxsize=4)
def placed_once(roster: Roster) -> Placed:
    """Every (where, name) of `roster.by_word()`, once each, in the order the index gives them."""
    return list(dict.fromkeys(p for placed in roster.by_word().values() for p in placed))
