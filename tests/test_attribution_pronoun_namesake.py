""" "She" after a bare surname shared by a man and another person: the other one, never the man,
and nobody when his full name is the nearest or two others share it (own sentences)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_COUPLE = "Ann Roe runs the bakery with her husband, Tom Roe, who said: “We bake at dawn.” "


def last_speaker(text: str) -> str | None:
    """The speaker of the text's last quotation."""
    return [q for q in find_quotes(text, "en") if q.kind != "title"][-1].speaker


@pytest.mark.parametrize(
    "text",
    [
        _COUPLE + "Roe opened the shop in 1990. “It was hard at first,” she says.",
        _COUPLE + "Roe had bought the oven in May. “We never looked back,” she said.",
    ],
)
def test_she_after_a_bare_shared_surname_is_the_other_namesake(text: str) -> None:
    assert last_speaker(text) == "Ann Roe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he" fits the man the bare surname stood for
        (_COUPLE + "Roe opened the shop in 1990. “It was hard at first,” he says.", "Tom Roe"),
        # his full name is the nearest: "she" is someone else
        (_COUPLE + "Tom Roe opened the shop in 1990. “It was hard at first,” she says.", None),
        # two women share the surname: either one
        (
            "Ann Roe and Kate Roe run a bakery. Tom Roe, their father, said: “We bake at dawn.” "
            "Roe opened the shop in 1990. “It was hard at first,” she says.",
            None,
        ),
    ],
)
def test_she_never_takes_a_namesake_past_the_man_or_among_two(
    text: str, speaker: str | None
) -> None:
    assert last_speaker(text) == speaker
