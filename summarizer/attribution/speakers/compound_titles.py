"""A bare German role standing for the one name a compound title ending in it gave."""
# "Bauministerin Katrin Vollmer … „…“, betonte die Ministerin": a compound ("Bauministerin")
# holds the title it ends in (`title_tail`), so the bare role stands for her while one person
# holds either. A role with a complement of its own ("der Sprecher des Innenministeriums") never
# stands for another's compound ("Regierungssprecher Jan Roth"), and past a second person so
# titled the role reads as before, by the plain titles alone.

from __future__ import annotations

from summarizer.attribution.frames.clauses import TOKEN

Placed = list[tuple[int, str]]  # names with where each stands, in text order
_END = (1 << 62, "")  # where no second person stands


def compound_titled(
    title: str,
    at: int,
    role: str,
    placed: Placed,
    tails: tuple[dict[str, Placed], dict[str, Placed]],
) -> Placed:
    """`placed`, or with the names of its compounds while one person holds the title."""
    tailed, merged = tails
    if not role or len(TOKEN.findall(role)) != 1 or not tailed.get(title):
        return placed
    if title not in merged:  # once per title: an article of many quotations stays linear
        both = sorted([*placed, *tailed[title]])
        other = next(((p, "") for p, n in both if n != both[0][1]), _END)
        merged[title] = [*(m for m in both if m[0] < other[0]), other]
    bare = merged[title]
    return bare[:-1] if at <= bare[-1][0] else placed
