"""German passives of quoting before the quotation: "wird X zitiert:" gives the words to X."""

from __future__ import annotations

import time

import pytest

from tests.quoted import only_quote


def _speaker(text: str) -> tuple[str | None, str]:
    quote = only_quote(text, "de")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        # an adverbial first: the subject right after the auxiliary
        "Zur Lage wird Jan Roth auf der Seite des Vereins wie folgt zitiert: „Es gab Jahre.“",
        "Dazu wird auch Jan Roth zitiert: „Es gab bessere Jahre.“",
        # the subject first, an apposition or the reporting agent after "von" between
        "Jan Roth wird in der Mitteilung mit den Worten zitiert: „Es gab bessere Jahre.“",
        "Jan Roth, Sprecher des Vereins, wurde mit den Worten zitiert, es sei „nicht zu ändern“.",
        "Jan Roth wird von der Zeitung Altdorfer Bote mit den Worten zitiert: „Es gab Jahre.“",
    ],
)
def test_passive_of_quoting_names_the_one_quoted(text: str) -> None:
    assert _speaker(text) == ("Jan Roth", "low")


@pytest.mark.parametrize(
    "text",
    [
        # the paper apposed to a preposition's noun only reports; a role is no name
        "Dazu wird in der Zeitung Altdorfer Bote zitiert: „Es gab bessere Jahre.“",
        "Dazu wird von der Zeitung Altdorfer Bote Jan Roth zitiert: „Es gab bessere Jahre.“",
        "Der Minister wird in der Zeitung zitiert: „Es gab bessere Jahre.“",
        # another clause of saying has its own subject
        "Jan Roth wird zitiert, Eva Ems sagte aber: „Es gab bessere Jahre.“",
        # the active voice: the source quotes someone, who can tell which is meant
        "Die Zeitung zitiert Jan Roth: „Es gab bessere Jahre.“",
    ],
)
def test_no_one_quoted_by_a_passive(text: str) -> None:
    assert _speaker(text)[0] is None


def test_many_passives_stay_linear() -> None:
    text = "Jan Roth wird zitiert, " * 3000 + "es sei „nicht zu ändern“."
    began = time.perf_counter()
    only_quote(text, "de")
    assert time.perf_counter() - began < 5
