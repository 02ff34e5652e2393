"""Who said what in English news: the grammar that names a speaker, and the guesses that must
stay unnamed (own sentences, modelled on patterns of the development sets; no corpus text)."""

from __future__ import annotations

from tests.quoted import english_quotes as quotes
from tests.quoted import english_speakers as speakers


def test_an_abbreviated_title_keeps_its_name_after_a_verb_first_cue() -> None:
    text = '"We lost the vote," said Mr. Stevens, who chairs the committee.'
    assert speakers(text) == ["Stevens"]
    assert quotes(text)[0].confidence == "high"


def test_a_titled_name_past_its_apposition_after_the_quote() -> None:
    text = '"The plan is sound," Sen. Ruth Okafor, who leads the panel, said.'
    assert speakers(text) == ["Ruth Okafor"]


def test_the_role_is_the_one_person_given_that_title() -> None:
    text = 'Senator Ann Berg spoke first.\n\n"It will pass," the senator said.'
    assert speakers(text) == ["Ann Berg"]


def test_the_role_names_nobody_when_two_people_carry_the_title() -> None:
    text = (
        'Senator Ann Berg and Senator Tom Vale met on Monday.\n\n"It will pass," the senator said.'
    )
    assert speakers(text) == ["senator"]
    assert quotes(text)[0].confidence == "low"


def test_a_pronoun_stands_for_the_subject_past_its_apposition() -> None:
    text = (
        "Lee Holt, a nurse with Heart and Lung Care in Ohio, said the wards are full.\n\n"
        '"We turn people away every night," she said.'
    )
    assert speakers(text) == ["Lee Holt"]
    assert quotes(text)[0].basis == "pronoun"


def test_a_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = (
        "Mr. Dale Price told the board that Sara Kent, who chairs it, said she considered the "
        'case closed.\n\n"We are done here," he said.'
    )
    assert speakers(text) == ["Dale Price"]


def test_a_pronoun_whose_person_is_named_only_further_back_stays_unnamed() -> None:
    text = (
        "Mr. Dale Price spoke to the board. Sara Kent said she considered the case closed.\n\n"
        '"We are done here," he said.'
    )
    quote = quotes(text)[0]
    assert (quote.speaker, quote.mention, quote.basis, quote.confidence) == (
        None,
        "he",
        "pronoun",
        "low",
    )


def test_two_people_in_the_sentence_before_leave_the_pronoun_unnamed() -> None:
    text = 'Omar Reyes and Paul Lind met the mayor on Friday.\n\n"We will appeal," he said.'
    assert speakers(text) == [None]
    assert quotes(text)[0].mention == "he"


def test_a_pronoun_goes_on_with_the_previous_speaker_past_a_narrative_paragraph() -> None:
    text = (
        '"We start now," Paul Lind said.\n\nThe council met Omar Reyes later. Members voted '
        'on the ferry.\n\n"It costs too much," he said.'
    )
    assert speakers(text) == ["Paul Lind", "Paul Lind"]


def test_a_pronoun_with_nobody_named_since_the_last_quotation_stays_unnamed() -> None:
    text = (
        'Mayor Ruth Okafor said: "We start now."\n\n'
        "The council then spent an hour on the harbour budget and the new ferry.\n\n"
        '"It costs too much," he said.'
    )
    assert speakers(text) == ["Ruth Okafor", None]


def test_a_capitalised_cue_word_inside_a_name_is_no_verb() -> None:
    text = (
        'She thanked France, the United States and Britain for "standing with us when it counted."'
    )
    assert speakers(text) == [None]


def test_a_participle_after_a_place_does_not_credit_the_place() -> None:
    text = 'The striker posted on Twitter, writing "I will be back stronger than before."'
    assert "Twitter" not in speakers(text)


def test_a_narrative_sentence_between_quotations_stops_the_carry() -> None:
    text = (
        "“It deserved more time,” says Holt. “We went deeper.” Dunn needed no persuading. "
        "“I am grateful for the chance.”"
    )
    assert speakers(text) == ["Holt", "Holt", None]


def test_a_quotation_paragraph_takes_the_speaker_of_the_paragraph_before() -> None:
    text = (
        "Will Moss, a mechanic in Ohio, said the cold is hard on trains.\n\n"
        '"Steel becomes brittle and seals stop working."'
    )
    assert speakers(text) == ["Will Moss"]
    assert quotes(text)[0].basis == "paragraph_before"
    assert quotes(text)[0].confidence == "low"


def test_a_long_descriptive_subject_after_the_quote_ends_in_the_name() -> None:
    text = '"This rally is our only voice," Harbour Watch volunteer coordinator Tom Brandt said.'
    assert speakers(text) == ["Tom Brandt"]


def test_a_verb_first_descriptive_subject_names_the_person() -> None:
    text = '"We will not comment," said Falcons general manager Dan Reyes before he left.'
    assert speakers(text) == ["Dan Reyes"]


def test_a_definite_description_is_the_speaker_as_written() -> None:
    text = '"We need change," the moderator said. "Next question," said the moderator.'
    assert speakers(text) == ["the moderator", "the moderator"]
    assert {q.confidence for q in quotes(text)} == {"low"}


def test_a_description_of_a_document_names_nobody() -> None:
    text = '"Winter is hard on brakes," the report said.'
    assert speakers(text) == [None]
    assert quotes(text)[0].mention is None or "report" in quotes(text)[0].mention


def test_an_anonymous_source_is_never_credited_to_the_person_it_is_close_to() -> None:
    text = (
        "Minister Paul Verne left Ottawa on Friday.\n\n"
        '"He will not resign," a source close to Paul Verne said.'
    )
    assert speakers(text) == [None]


def test_an_unnamed_official_is_the_speaker_as_written_and_never_confident() -> None:
    text = (
        "Minister Paul Verne must now decide.\n\n"
        '"The choice is his alone," a senior ministry lawyer said at a briefing.'
    )
    assert speakers(text) == ["a senior ministry lawyer"]
    assert quotes(text)[0].confidence == "low"


def test_an_unnamed_adviser_after_a_verb_first_cue_keeps_the_whole_phrase() -> None:
    text = 'Dana Roe will not run again. "She is tired of it," said a longtime campaign aide.'
    assert speakers(text) == ["a longtime campaign aide"]
    assert quotes(text)[0].mention == "a longtime campaign aide"


def test_an_unnamed_document_names_nobody() -> None:
    text = '"Cold weather slows every train," says a document on the railway\'s website.'
    assert speakers(text) == [None]


def test_a_telling_participle_credits_the_clause_subject_not_its_object() -> None:
    text = "Lee Park was not impressed by the plan on Tuesday, telling reporters, “It will fail.”"
    assert speakers(text) == ["Lee Park"]


def test_a_pronoun_after_a_partial_quotation_names_the_one_person_who_said_it() -> None:
    text = (
        "Ben Lund said the new rules were “unfair to every tenant in this city.”\n\n"
        "“Nobody asked the people who live here,” he said. “Nobody.”"
    )
    assert speakers(text) == ["Ben Lund", "Ben Lund", "Ben Lund"]
    assert [q.confidence for q in quotes(text)][1:] == ["low", "low"]


def test_a_pronoun_after_a_partial_quotation_of_two_people_stays_unnamed() -> None:
    text = (
        "Ben Lund and Tom Reyes said the rules were “unfair to every tenant in this city.”\n\n"
        "“Nobody asked the people who live here,” he said."
    )
    assert speakers(text)[1] is None
    assert quotes(text)[1].mention == "he"


def test_a_subheading_in_quotation_marks_is_no_quotation() -> None:
    text = "Rents rose again.\n\n'Not enough homes to go around'\n\nBuilders blame the rules."
    assert quotes(text) == []


def test_a_short_term_that_ends_a_sentence_is_no_quotation() -> None:
    text = "Porters were often called by one name, known to all as “George.” It stuck for years."
    assert quotes(text) == []


def test_a_short_quotation_after_a_colon_is_still_speech() -> None:
    text = 'The rally had one message: "Stay home." Then it ended.'
    assert [q.text for q in quotes(text)] == ["Stay home."]


def test_initials_with_inner_periods_stay_in_the_name() -> None:
    text = '"We will fight this," said Rep. G.K. Burton, who chairs the caucus.'
    assert speakers(text) == ["G.K. Burton"]


def test_a_body_nobody_names_is_the_mention_but_no_speaker() -> None:
    found = quotes('"The race is over," the campaign said.\n\nThe ministry said: "We disagree."')
    assert [q.speaker for q in found] == [None, None]
    assert [q.mention for q in found] == ["campaign", "ministry"]
    assert [q.confidence for q in found] == ["low", "low"]


def test_a_body_a_person_owns_is_the_speaker_as_written_never_sure() -> None:
    text = (
        "Ana Ruiz skipped the hearing on Monday.\n\n"
        '"The minister will not comment today," her office told reporters.'
    )
    assert speakers(text) == ["her office"]
    assert quotes(text)[0].confidence == "low"


def test_an_anonymous_source_with_a_plain_complement_is_the_speaker_as_written() -> None:
    text = (
        '"The vote is lost," said one organizer involved in the campaign, who asked not to be'
        ' named.\n\n"We have the numbers," a spokesman for the board said.'
    )
    assert speakers(text) == ["one organizer involved in the campaign", "a spokesman for the board"]
    assert [q.confidence for q in quotes(text)] == ["low", "low"]


def test_a_source_close_to_someone_after_a_verb_first_cue_is_the_whole_mention() -> None:
    found = quotes('"It is over," said a spokeswoman for Acme Corp, speaking after the vote.')
    assert [q.speaker for q in found] == [None]
    assert [q.mention for q in found] == ["a spokeswoman for Acme Corp"]


def test_a_pronoun_of_the_other_gender_never_goes_on_with_the_previous_speaker() -> None:
    text = (
        "Ada Kerr argued the case for the city.\n\n"
        "“We followed the law,” she said.\n\n"
        "“No, Judge Lund,” Ada Kerr said. “We read the statute as written.”\n\n"
        "“Then why cite the memo,” he rejoined."
    )
    assert speakers(text)[1:3] == ["Ada Kerr", "Ada Kerr"]
    assert speakers(text)[3] != "Ada Kerr"
