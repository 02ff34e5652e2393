"""German passive quoting: "X wird auf der Website wie folgt zitiert: „…“" names X, the one quoted,
low; an active "Die Zeitung zitierte X mit den Worten:" stays open (articles credit either)."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "Eva Lindner wird auf der Website des Vereins wie folgt zitiert: „Wir bleiben hier.“",
        "Eva Lindner wurde mit den Worten zitiert: „Wir bleiben hier.“",
        "Eva Lindner wird von Jan Roth mit den Worten zitiert: „Wir bleiben hier.“",
        "Am Montag wurde Eva Lindner in der Zeitung zitiert: „Wir bleiben hier.“",
    ],
)
def test_passive_subject_is_the_one_quoted(text: str) -> None:
    quote = only_quote(text, "de")
    assert (quote.speaker, quote.confidence) == ("Eva Lindner", "low")


@pytest.mark.parametrize(
    "text",
    [
        # a document is quoted, no person
        "Der Brief wird in der Zeitung zitiert: „Wir bleiben hier.“",
        # active: the source or the one quoted, who can tell
        "Die Zeitung zitierte Eva Lindner: „Wir bleiben hier.“",
        "Ein Sender zitierte Eva Lindner mit den Worten: „Wir bleiben hier.“",
        # she quotes someone else
        "Eva Lindner zitierte aus dem Brief: „Wir bleiben hier.“",
    ],
)
def test_other_quoting_frames_name_nobody(text: str) -> None:
    assert only_quote(text, "de").speaker is None


def test_quoted_in_a_relative_clause_is_not_the_frame() -> None:
    text = "Eva Lindner, die von der Zeitung zitiert wurde, sagte: „Wir bleiben hier.“"
    assert only_quote(text, "de").speaker == "Eva Lindner"
