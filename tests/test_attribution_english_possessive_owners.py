"""English: a full name that owns the rest of a capitalised run ("Ada Moss’s This Shape") is a
name of the article, so a later lone "Moss" stands for it, not for a namesake named further on."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_STORY = (
    "The theatre is showing choreographer Ada Moss’s Open Field, a bold work.\n\n"
    "Moss is no stranger here. “It was long,” says Ben Hale. Moss did not need much coaxing. "
    "“I am thankful for the chance.” She also liked the dancers.\n\n"
    "“They are truly remarkable. They work hard.” Moss says so.\n\n"
    "Born to the late actor Tom Moss, her childhood was spent backstage."
)


def test_the_owner_named_before_is_the_one_a_surname_stands_for() -> None:
    """Both quotations after "Moss did not need much coaxing" are Ada Moss's, never Tom Moss's."""
    speakers = [q.speaker for q in find_quotes(_STORY, "en", "")]
    assert speakers == ["Ben Hale", "Ada Moss", "Ada Moss"]


def test_a_one_word_owner_is_no_name() -> None:
    """A one-word owner ("Ohio’s") is no full name: the titled name after it speaks."""
    text = "Ohio’s Ann Kerr spoke first. “We will win,” Kerr said."
    assert find_quotes(text, "en", "")[-1].speaker == "Ann Kerr"


def test_many_possessive_runs_stay_linear() -> None:
    """A text of many owned runs is read in one pass (bad input)."""
    text = "We saw Ada Moss’s Open Field, and then the cast of a Red Door show. " * 2000
    text += "“Fine,” Moss said."
    assert find_quotes(text, "en", "")[-1].speaker == "Ada Moss"


# The reviewer's sentences (review20/E): a name written only as an owner may be a firm ("Goldman
# Sachs’s"), a place ("New York’s") or a work's maker, never surely the one a bare surname means.
@pytest.mark.parametrize(
    "text",
    [
        "Goldman Sachs’s Chief Economist Jan Hatzius spoke. “Rates will fall,” Sachs said.",
        "Goldman Sachs’s Chief Economist Jan Hatzius spoke. “Rates will fall,” Mr. Sachs said.",
        "Morgan Stanley’s Wealth Unit grew. “It was fun,” Stanley said.",
        "New York’s Governor Kathy Hochul spoke. “We are ready,” York said.",
        "The theatre is showing choreographer Ada Moss’s Open Field. “It was long,” Moss said.",
    ],
)
def test_an_owner_is_never_a_sure_speaker(text: str) -> None:
    assert find_quotes(text, "en", "")[-1].confidence == "low"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Estée Lauder’s Chief Executive Fabrizio Freda stepped down. William Lauder, the "
            "chairman, spoke. “We are fine,” Lauder said.",
            "Estée Lauder",
        ),
        (
            "Estée Lauder’s Chief Executive Fabrizio Freda stepped down. William Lauder, the "
            "chairman, spoke. “We are fine,” Mr. Lauder said.",
            "Estée Lauder",
        ),
        (
            "President Joe Biden’s White House responded. Hunter Biden was quiet. “We won,” "
            "Biden said.",
            "Joe Biden",
        ),
        ("Tom Hale’s Big Band played. Ann Hale sang. “It was fun,” Hale said.", "Tom Hale"),
        (
            "Walt Disney’s Magic Kingdom reopened. Roy Disney was there. “We are back,” Disney "
            "said.",
            "Walt Disney",
        ),
        (
            "Ben Lund’s Mother Ann Lund spoke. Tom Lund was there. “We are here,” Lund said.",
            "Ben Lund",
        ),
    ],
)
def test_an_owner_never_beats_a_person_named_in_full(text: str, owner: str) -> None:
    quote = find_quotes(text, "en", "")[-1]
    assert quote.speaker != owner
    assert quote.speaker is None or quote.confidence == "low"


def test_a_person_named_in_full_after_being_an_owner_still_speaks_surely() -> None:
    text = "We saw Ada Moss’s Open Field. “It was long,” said Ada Moss."
    quote = find_quotes(text, "en", "")[-1]
    assert (quote.speaker, quote.confidence) == ("Ada Moss", "high")
