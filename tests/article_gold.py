"""Our own development articles graded against gold written by hand before the tool was run on
them (tests/data/*/gold.toml: per article, [start of the quotation, speaker] for each quotation;
"" nobody, "#title" a name or term nobody said, "~X" said in part by X, fine unattributed)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import tomllib

from summarizer.attribution.find import Quote

Gold = dict[str, list[list[str]]]


def load(folder: Path) -> Gold:
    """Each article's gold pairs, by article name."""
    tables = tomllib.loads((folder / "gold.toml").read_text("utf-8"))
    return {name: table["quotes"] for name, table in tables.items()}


def named(gold: str) -> bool:
    """Whether the gold names a speaker for sure."""
    return bool(gold) and gold[0] not in "#~"


def allowed(gold: str) -> set[str | None]:
    """The speakers a quotation of this gold may be given without a wrong name."""
    return {None} if gold in ("", "#title") else {gold.lstrip("~"), None}


# A sentence of an interview answer or of a quotation cut by an incise matches no gold entry of
# its own: it takes the gold of the last entry before it that `carries` ("" entries are inner
# quotations, the turn goes on after them). With `titles_again`, a body's name quoted a second
# time («Зенит», «Роскосмос») is graded as the first time.
def graded(
    quotes: Sequence[Quote],
    gold: list[list[str]],
    carries: Callable[[str], bool] = bool,
    *,
    titles_again: bool = False,
) -> list[tuple[Quote, str]]:
    """Each quotation with its gold speaker."""
    used, last, pairs = [False] * len(gold), "", []
    for quote in quotes:
        text = quote.text.strip()
        index = next(
            (i for i, (start, _) in enumerate(gold) if not used[i] and text.startswith(start)),
            None,
        )
        if index is None and titles_again:
            index = next(
                (i for i, (s, g) in enumerate(gold) if g == "#title" and text.startswith(s)), None
            )
        if index is not None:
            used[index] = True
        speaker = gold[index][1] if index is not None else last
        last = speaker if carries(speaker) else last
        pairs.append((quote, speaker))
    return pairs


def named_in(
    articles: Iterable[tuple[Path, str]],
    folder: Path,
    grade: Callable[[Path, str], list[tuple[Quote, str]]],
) -> list[tuple[Quote, str]]:
    """The quotations of the articles in `folder` whose gold speaker is named, with that speaker."""
    return [
        (quote, gold)
        for where, name in articles
        if where == folder
        for quote, gold in grade(folder, name)
        if named(gold)
    ]
