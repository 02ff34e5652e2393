"""A quotation signed on the next line after a dash or a hyphen ("- Ann Roe.") is that person's;
a list of points after it signs nothing (own sentences, no corpus text)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def quotes(text: str) -> list[Quote]:
    """The English quotations of a text that are not titles."""
    return [q for q in find_quotes(text, "en") if q.kind != "title"]


@pytest.mark.parametrize(
    "signature",
    ["- Ann Roe.", "—Ann Roe.", "- Ann Roe, in a debate.", "-Ann Roe, tweeting after the vote."],
)
def test_signed_quotation_is_the_signer_s(signature: str) -> None:
    text = (
        'Here are some claims we checked.\n\n"Almost all new income goes to the top earners."'
        f"\n\n{signature}\n\nThis is true, broadly."
    )
    assert [q.speaker for q in quotes(text)] == ["Ann Roe"]


@pytest.mark.parametrize("dash", ["-", "—"])
def test_a_list_of_points_after_a_quotation_signs_nothing(dash: str) -> None:
    text = (
        'The plan has three parts.\n\n"We will cut taxes for everyone."\n\n'
        f"{dash} Lower Taxes\n{dash} Fewer Rules\n{dash} More Jobs"
    )
    assert [q.speaker for q in quotes(text)] == [None]


def test_a_sentence_after_a_hyphen_signs_nothing() -> None:
    text = '"We will cut taxes for everyone."\n\n- The campaign promised more.'
    assert [q.speaker for q in quotes(text)] == [None]


def test_one_word_signature_is_a_surname_named_before() -> None:
    text = (
        "Whitby spoke at the hall on Tuesday.\n\n"
        '"The plan is dead."\n\n- Whitby.\n\nThat claim is false.'
    )
    assert [q.speaker for q in quotes(text)] == ["Whitby"]


@pytest.mark.parametrize("word", ["Whitby", "Agreed"])
def test_one_word_the_story_never_named_signs_nothing(word: str) -> None:
    text = f'The council met.\n\n"We will cut taxes."\n\n- {word}.\n\nThe vote is Friday.'
    assert [q.speaker for q in quotes(text)] == [None]
