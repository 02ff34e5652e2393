"""English: a name after a cue verb that has its own subject before it is that verb's object
("Tom Hale's mother called Ann Roe."), never the subject a later pronoun stands for."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str) -> str | None:
    """The speaker of the last quotation in `text`."""
    return find_quotes(text, "en", "")[-1].speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ben Lund's sister called Ada Moss. “We will manage,” she said.",
        "The judge called Ada Moss on Friday night. “We will manage,” she said.",
        "The nurse told Ada Moss. “We will manage,” she said.",
        "Later she asked Ada Moss. “We will manage,” she said.",
    ],
)
def test_the_object_of_a_cue_verb_is_no_subject(text: str) -> None:
    """The one called or told is no subject: the pronoun names nobody, not the object."""
    assert _last(text) != "Ada Moss"


@pytest.mark.parametrize(
    "text",
    [
        "The plan is bold, said Ada Moss. “We will manage,” she said.",
        "“It is late,” said Ada Moss. “We will manage,” she said.",
        "Ada Moss called Ben Lund. “We will manage,” she said.",
    ],
)
def test_a_subject_after_its_cue_or_before_it_still_speaks(text: str) -> None:
    """After a clause it reports or a quotation, the name after the verb is its subject."""
    assert _last(text) == "Ada Moss"


# The reviewer's sentence (review20/E): the one asked answers next, so a pronoun after the
# question stands for the one asked when the asker is no pronoun of its own (a guess: low).
def test_the_one_asked_is_who_answers_next() -> None:
    quote = find_quotes("Everyone asked Ann Roe. “No,” she said.", "en", "")[-1]
    assert (quote.speaker, quote.confidence) == ("Ann Roe", "low")


def test_the_one_told_or_asked_by_a_pronoun_still_names_nobody() -> None:
    assert _last("The nurse told Ann Roe. “No,” she said.") != "Ann Roe"
    assert _last("Later she asked Ann Roe. “No,” she said.") != "Ann Roe"
