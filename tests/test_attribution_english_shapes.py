"""English cue shapes: a party after a middle initial, many asides after a quotation, a stop for
the comma before a bare cue, and a name right before a participle (own sentences, modelled on
patterns of the development sets; no corpus text)."""

from __future__ import annotations

from tests.quoted import english_speakers as speakers


def test_a_party_aside_after_a_middle_initial() -> None:
    text = 'The bill passed.\n\n"This is a scam," Sen. Mary K. Lowell (D-Ore.) said.'
    assert speakers(text) == ["Mary K. Lowell"]


def test_a_party_aside_after_a_long_title_and_a_middle_initial() -> None:
    text = (
        'The bill passed.\n\n"This is a scam," Senate Majority Leader Paul J. Rand (R-Ky.) '
        'said in a statement. "Close the loophole."'
    )
    assert speakers(text) == ["Paul J. Rand"] * 2  # the post is the mention's, not the name's


def test_a_name_after_a_quotation_past_an_age_a_home_town_and_a_relative_clause() -> None:
    text = (
        'The vote was close.\n\n"Nobody expected this," Hal Brody, 30, of Dayton, Ohio, who was '
        "among those polled, said in an interview."
    )
    assert speakers(text) == ["Hal Brody"]
    text = 'The vote was close.\n\n"Nobody expected this," Ann Ruiz, 52, of Reno, Nev., told us.'
    assert speakers(text) == ["Ann Ruiz"]


def test_a_list_of_names_or_of_places_is_no_aside() -> None:
    text = 'The vote was close.\n\n"Nobody expected this," Hale, Lund, Roe, Moss, Kerr wrote.'
    assert speakers(text) != ["Hale"]  # never the first of a list as if the rest described it
    text = (
        'The vote was close.\n\n"Nobody expected this," Hal Brody, 41, of Dayton, Ohio, and '
        "his wife, Ann, said."
    )
    assert speakers(text) == [None]


def test_a_stop_for_the_comma_before_a_bare_cue() -> None:
    text = 'The storm hit.\n\n"We will rebuild every house." Mayor Dana Fisk said.\n\nShe left.'
    assert speakers(text) == ["Dana Fisk"]
    text = 'The storm hit.\n\n"We will rebuild every house." Fisk added. "Nobody is left behind."'
    assert speakers(text) == ["Fisk", "Fisk"]


def test_a_sentence_of_its_own_after_a_stop_is_no_cue() -> None:
    for tail in ("Dana Fisk said the city would pay.", "Nobody said.", "The mayor said."):
        text = f'The storm hit.\n\n"We will rebuild every house." {tail}'
        assert speakers(text) == [None], tail
    text = 'The storm hit. Lee Park told the crowd: "We will rebuild." Dana Fisk said.'
    assert speakers(text) == ["Lee Park"]


def test_a_name_right_before_a_participle_that_opens_a_quotation() -> None:
    text = 'The rally was loud. Fans pushed a heckler, with Tom Pike reportedly shouting: "Out!"'
    assert speakers(text) == ["Tom Pike"]
    text = 'The ad shows footage of Lena Marsh asking, "Why are we not ahead?"'
    assert speakers(text) == ["Lena Marsh"]


def test_a_name_before_a_participle_that_quotes_nothing_or_past_a_comma() -> None:
    text = 'The court sat. Lawyers for Tom Pike asking for bail argued, "He is no risk."'
    assert speakers(text) == [None]
    text = 'Tom Pike thanked Ann Lee for her work, saying, "She carried the team."'
    assert speakers(text) == ["Tom Pike"]


def test_an_apposition_after_an_emphatic_reflexive() -> None:
    text = (
        'The rally was loud.\n\nLena Marsh, herself a fan of the team, drew boos upon saying, "Go!"'
    )
    assert speakers(text) == ["Lena Marsh"]
    text = 'The rally was loud.\n\nLena Marsh, herself, drew boos. The coach then added, "Go!"'
    assert speakers(text) != ["Lena Marsh"]


def test_agrees_and_exhorted_invert_after_a_quotation() -> None:
    assert speakers('"Our ideas differ," agrees Ann Ruiz, a nurse.') == ["Ann Ruiz"]
    assert speakers('"It is time," exhorted Ann Ruiz, the first speaker.') == ["Ann Ruiz"]
