"""Russian first names and surname endings from particles.toml, read once for every pass."""

# The frames that tell a Russian name's case (frames/three_words.py, frames/told_cases.py), its
# gender (fullnames/told_runs.py, speakers/verb_bearers.py, frames/lone_opener.py), a pair's
# reading (fullnames/told_pairs.py) or a judged person's (kinds/judged.py) read the [ru] table and
# its sets from here, not each its own copy of the same list.

from __future__ import annotations

from summarizer import _data

RU = _data.load_toml("particles.toml")["ru"]
"""The [ru] table of particles.toml."""
MENS = frozenset(RU["mens_first_names"])
"""Men's first names as written ("Сергей", "Игорь", "Олег")."""
HER_NAMES = frozenset(RU["feminine_forenames_in_a"])
"""Women's first names in -а, -я, lower case ("анна", "ксения")."""
HIS_IN_A = frozenset(RU["masculine_forenames_in_a"])
"""Men's first names in -а, -я, lower case ("илья", "никита")."""
EITHER = frozenset(RU["either_forenames"])
"""First names in -а, -я either a man or a woman bears ("саша", "женя")."""
GENDERED_SURNAMES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (str(gender), tuple(ends), tuple(verbs)) for gender, ends, verbs in RU["gendered_surnames"]
)
"""Each gender with its surnames' nominative endings and its past verbs' endings."""
SURNAME_ENDS = {gender: ends for gender, ends, _ in GENDERED_SURNAMES}
"""A surname's nominative endings by the gender they mark ("-ова" feminine, "-ов" masculine)."""
