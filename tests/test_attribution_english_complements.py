"""English roles and their complements: the body or place after "of", "for", "at" is never the
speaker, a negated cue names nobody, a lone group noun is no name (own sentences, no corpus
text)."""

from __future__ import annotations

from tests.quoted import english_quotes as quotes

QUOTE = '"We will fight this rule,"'


def speaker(text: str) -> str | None:
    """The one quotation's speaker."""
    (quote,) = quotes(text)
    return quote.speaker


def test_the_name_before_a_role_and_its_body_speaks_without_the_closing_comma() -> None:
    text = 'Ada Lorne, president of the Bakers Guild said, "We will fight this rule."'
    assert speaker(text) == "Ada Lorne"
    text = f"{QUOTE} Ada Lorne, treasurer for the Bakers Guild told reporters."
    assert speaker(text) == "Ada Lorne"


def test_the_body_after_a_role_before_its_cue_is_never_the_speaker() -> None:
    for text in (
        'The head of the Bakers Guild said, "We will fight this rule."',
        f"{QUOTE} the chairman at the Federal Board told reporters.",
        'An analyst with Dunmore Capital said: "We will fight this rule."',
        f"{QUOTE} the executive director of the Bakers Guild said.",
    ):
        (quote,) = quotes(text)
        assert quote.speaker is None, text
        assert quote.mention is not None, text  # the role as written


def test_a_complement_of_a_complement_leads_to_the_name() -> None:
    text = (
        "Rob Kell, chairman of the board of Harbor Partners, the group's funding arm, said, "
        '"We will fight this rule."'
    )
    assert speaker(text) == "Rob Kell"


def test_a_name_after_a_preposition_or_a_lone_word_is_not_apposed() -> None:
    text = 'In Dunmore, the head of the Bakers Guild said: "We will fight this rule."'
    assert speaker(text) is None
    text = 'Yesterday, the head of the Bakers Guild said: "We will fight this rule."'
    assert speaker(text) is None


def test_a_member_of_a_body_and_the_body_alone_still_speak() -> None:
    assert speaker('Ada Lorne of the Bakers Guild said, "We will fight this rule."') == "Ada Lorne"
    assert speaker('The Bakers Guild said, "We will fight this rule."') == "Bakers Guild"


def test_the_place_after_a_role_leads_to_the_apposed_name_past_a_time() -> None:
    assert speaker(f"{QUOTE} said this week the mayor of Dunmore, Ada Lorne.") == "Ada Lorne"
    assert speaker(f"{QUOTE} said the governor of Wessex, Rob Kell.") == "Rob Kell"


def test_the_place_after_a_role_is_never_the_speaker() -> None:
    text = f"{QUOTE} said last week the mayor of Dunmore."
    assert speaker(text) in (None, "mayor", "the mayor")
    text = f"{QUOTE} said the mayor of Dunmore, Wessex."
    assert speaker(text) in (None, "the mayor")


def test_a_negated_cue_names_nobody() -> None:
    for text in (
        f"{QUOTE} the coach never said.",
        f"{QUOTE} the coach did not say.",
        f"{QUOTE} the coach didn’t immediately say.",
        'Ada Lorne never said, "We will fight this rule."',
    ):
        (quote,) = quotes(text)
        assert quote.speaker is None, text
        assert quote.confidence == "low"


def test_a_negation_elsewhere_leaves_the_cue_alone() -> None:
    assert speaker('"I never said that," Ada Lorne said.') == "Ada Lorne"
    assert speaker(f"{QUOTE} Ada Lorne said, not for the first time.") == "Ada Lorne"


def test_a_group_noun_opening_the_sentence_is_no_name() -> None:
    assert speaker('Officials said, "We will fight this rule."') is None
    assert speaker('Analysts at Dunmore Capital said, "We will fight this rule."') is None
    assert speaker('Officer Ada Lorne said, "We will fight this rule."') == "Ada Lorne"


def test_a_capitalised_body_after_the_keeps_its_complement() -> None:
    assert speaker(f"{QUOTE} the Bank of Wessex said.") == "Bank of Wessex"
    assert (
        speaker('The College of Dunmore said: "We will fight this rule."') == "College of Dunmore"
    )


def test_a_capitalised_title_after_the_is_no_body() -> None:
    assert speaker('The Mayor of Dunmore said, "We will fight this rule."') is None


def test_the_name_apposed_to_a_possessed_noun_speaks_past_its_title() -> None:
    text = f"{QUOTE} exhorted Rob Kell's introducer, actress Ada Lorne."
    assert speaker(text) == "Ada Lorne"
    assert speaker(f"{QUOTE} said Rob Kell's introducer.") is None


def test_a_place_after_a_role_and_in_is_never_the_speaker() -> None:
    assert speaker(f"{QUOTE} said Rob Kell's lawyer in Dunmore, Ada Lorne.") == "Ada Lorne"


def test_a_name_after_a_preposition_opening_the_sentence_is_never_the_speaker() -> None:
    for word in ("Unlike", "Besides", "Amid", "Among", "Without", "Beyond"):
        text = f'{word} Ada Lorne, the head of the Bakers Guild said, "We will fight this rule."'
        (quote,) = quotes(text)
        assert quote.speaker is None, text
        assert quote.mention == "the head of the Bakers Guild", text


def test_a_name_after_a_conjunction_opening_the_sentence_still_speaks() -> None:
    text = 'But Ada Lorne, the head of the Bakers Guild said, "We will fight this rule."'
    assert speaker(text) == "Ada Lorne"
    assert speaker('Unlike his rival, Ada Lorne said: "We will fight this rule."') == "Ada Lorne"


def test_two_titles_joined_share_the_complement() -> None:
    for text in (
        'Ada Lorne, president and CEO of the Bakers Guild said, "We will fight this rule."',
        'Ada Lorne, owner and founder of Lorne Bakery stated, "We will fight this rule."',
    ):
        assert speaker(text) == "Ada Lorne"
    text = 'The chair and CEO of the Bakers Guild said, "We will fight this rule."'
    assert speaker(text) is None


def test_a_name_joined_to_a_group_is_not_apposed_to_its_role() -> None:
    text = 'Ada Lorne and members of the Bakers Guild said, "We will fight this rule."'
    assert speaker(text) is None
