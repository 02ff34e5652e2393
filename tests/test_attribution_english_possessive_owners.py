"""English: a full name that owns the rest of a capitalised run ("Ada Moss’s This Shape") is a
name of the article, so a later lone "Moss" stands for it, not for a namesake named further on."""

from __future__ import annotations

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
