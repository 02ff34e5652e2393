"""The words around a name in apposition: a description before it, hearsay after its commas."""

# "Пассажирка автобуса, пенсионерка Галина Орлова, по словам врачей, отделалась ушибами": one
# lower-case word that is no function word may describe the name inside the apposition's commas,
# and an aside of hearsay in commas of its own may stand between them and the verb; the name is
# still the clause's subject.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_REACH = 40  # characters an aside of hearsay may take up to its closing comma


def described_from(text: str, at: int, cues: Cues) -> int:
    """Where a lower-case word describing the name at `at` starts, else `at`."""
    word = re.search(r"(\w+) $", text[max(0, at - 30) : at])
    if word is None or not word.group(1).islower() or word.group(1) in cues.stop:
        return at
    return at - len(word.group())


def past_hearsay(text: str, at: int, cues: Cues) -> int:
    """Past the comma that closes an aside of hearsay ("по словам врачей,") at `at`, else `at`."""
    aside = re.match(r"\s*([^,]*),", text[at : at + _REACH])
    heard = aside is not None and any(
        aside.group(1).lower().startswith(f"{h} ") for h in cues.hearsay if " " in h
    )
    return at + aside.end() if aside is not None and heard else at
