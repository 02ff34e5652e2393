"""English reporting verbs of manner: "demanded", "answers", "chanted" (own sentences, no corpus
text)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def quotes(text: str) -> list[Quote]:
    """The English quotations of a text that are not titles."""
    return [q for q in find_quotes(text, "en") if q.kind != "title"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Budget talks stalled again.\n\n“Not yet,” Tom Berg answers.", "Tom Berg"),
        ("Budget talks stalled again.\n\n“Where is the money?” demanded Ann Roe.", "Ann Roe"),
        ("Budget talks stalled again. The protesters chanted, “Shame on you!”", "the protesters"),
        ("Budget talks stalled again. Outside, the crowd chants: “No more cuts!”", "the crowd"),
    ],
)
def test_manner_verb_names_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_demanded_with_an_object_before_the_quotation_is_not_its_cue() -> None:
    text = "Tom Berg demanded an apology from the mayor. “Where is the money?” Ann Roe asked."
    assert [q.speaker for q in quotes(text)] == ["Ann Roe"]


def test_a_chanted_slogan_inside_a_sentence_is_nobody_s() -> None:
    text = "The march ended near the river, where a banner read “No more cuts” in red letters."
    assert all(q.speaker is None for q in quotes(text))


def test_any_past_verb_right_after_the_quotation_before_a_full_name() -> None:
    found = quotes('The hall was loud. "This is fantastic!" beamed Joe Bell of Madison.')[0]
    assert (found.speaker, found.confidence, found.basis) == ("Joe Bell", "low", "cue_after")


def test_any_past_verb_right_after_the_quotation_before_a_description_names_nobody() -> None:
    assert [q.speaker for q in quotes('The hall was loud. "Great!" beamed the man in red.')] == [
        None
    ]


def test_any_past_verb_right_after_the_quotation_before_a_lone_surname_names_nobody() -> None:
    assert [q.speaker for q in quotes('The hall was loud. "Great!" beamed Bell.')] == [None]
