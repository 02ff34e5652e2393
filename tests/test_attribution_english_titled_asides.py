"""English named subjects parted from their cue by an aside that holds a quoted title, by a
participle aside after a role and a name, or by a slashed modifier ("9/11 widow") (own
sentences, modelled on shapes of the development sets; no corpus text)."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes
from tests.quoted import english_quotes as quotes
from tests.quoted import english_speakers as speakers
from tests.work_counts import assert_linear


def _speech(text: str) -> tuple[str | None, str, str]:
    """The speaker, confidence and basis of the last quotation of `text` (the speech)."""
    found = quotes(text)[-1]
    return found.speaker, found.confidence, found.basis


def test_a_quoted_book_title_in_the_aside_before_the_cue() -> None:
    text = (
        "Senators argued for weeks over the bill. As Mara Quill, a law professor at Dunmore and "
        'author of "The Quiet Court," put it, "Nobody wins a war of attrition over a seat."'
    )
    assert _speech(text) == ("Mara Quill", "high", "cue")


def test_a_quoted_title_before_a_comma_outside_the_marks() -> None:
    text = (
        'Senators argued for weeks. Mara Quill, the author of "The Quiet Court", said: '
        '"Nobody wins a war of attrition over a seat."'
    )
    assert _speech(text) == ("Mara Quill", "high", "cue")


def test_a_quoted_slogan_in_a_participle_aside_after_the_quotation() -> None:
    text = (
        'Not everyone was pleased. "We have had better meetings than this one," Ohio delegate '
        'Carl Brand, wearing a wide hat and "Vote Rudd" pins, said quietly as the lights dimmed.'
    )
    assert quotes(text)[0].speaker == "Carl Brand"
    assert quotes(text)[0].basis == "cue_after"


def test_a_participle_aside_after_a_role_and_a_name() -> None:
    text = (
        'Not everyone was pleased. "We have had better meetings than this one," Ohio delegate '
        "Carl Brand, wearing a wide hat, said as the lights dimmed."
    )
    assert _speech(text) == ("Carl Brand", "high", "cue_after")


def test_an_aside_after_a_place_phrase_names_no_one() -> None:
    text = (
        'Not everyone was pleased. "We have had better meetings than this one," the crowd at '
        "the hall in Ohio, wearing wide hats, said."
    )
    assert speakers(text) == [None]


def test_a_cue_before_the_title_keeps_the_title_as_its_boundary() -> None:
    text = 'The choir sang "Old Hundred," said Ann Lee, "and then everyone went home."'
    assert speakers(text)[-1] == "Ann Lee"


def test_a_title_quoted_as_the_object_of_a_sentence_lends_no_subject() -> None:
    text = (
        'The hall was full. The band played "Long Road," the crowd sang along, and the lights '
        'went out. "It was the best night of the year."'
    )
    assert speakers(text)[-1] is None


def test_many_titled_asides_in_one_paragraph_stay_linear() -> None:
    one = '"We had better meetings," Ohio delegate Carl Brand, wearing "Vote Rudd" pins, said. '

    assert_linear(lambda n: find_quotes(one * n, "en"), 50)


def test_a_modifier_with_a_slash_before_the_name_after_the_cue() -> None:
    text = 'Families were upset. "It is simply wrong," said 9/11 widow Dana Frost.'
    assert _speech(text) == ("Dana Frost", "high", "cue_after")


def test_a_slashed_phrase_after_the_cue_is_no_name() -> None:
    text = 'Families were upset. "It is simply wrong," said 24/7 coverage of the trial.'
    assert speakers(text) == [None]
