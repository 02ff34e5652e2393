"""English subjects opened by a possessive, a demonstrative or no article, adverbs before a
cue, and the object of a pronoun's own verb (own sentences, no corpus text)."""

from __future__ import annotations

from tests.quoted import english_speakers as speakers


def test_a_pronoun_is_never_the_person_its_own_verb_addresses() -> None:
    text = (
        "Oprah Winfrey interviewed the singer Adele Adkins last week.\n\n"
        '"I was lost for years," she told Winfrey.'
    )
    assert speakers(text) == [None]


def test_a_pronoun_that_tells_a_paper_keeps_its_subject() -> None:
    text = 'Ann Cole ran the firm for a decade.\n\n"I was lucky," she told the Globe.'
    assert speakers(text) == ["Ann Cole"]


def test_a_pronoun_that_warns_someone_else_keeps_its_subject() -> None:
    text = 'Ben Ruiz hired Tom Hale last year.\n\n"You will regret it," he warned Hale.'
    assert speakers(text) == ["Ben Ruiz"]


def test_a_first_person_possessive_opens_a_description() -> None:
    assert speakers('"I never liked the town," my brother said.') == ["my brother"]
    assert speakers('"Go home," said our uncle.') == ["our uncle"]


def test_a_name_after_a_first_person_possessive_is_the_speaker() -> None:
    assert speakers('"We lost the vote," my colleague Tom Hale said.') == ["Tom Hale"]


def test_a_frequency_adverb_is_no_part_of_the_subject() -> None:
    assert speakers('"Keep your head down," the father often said.') == ["the father"]
    assert speakers('"Keep your head down," my mother usually says.') == ["my mother"]


def test_a_demonstrative_opens_a_subject_before_its_cue() -> None:
    assert speakers('"They do not trust him," this source told the Post.') == ["this source"]
    assert speakers('"We are done here," these officials said.') == ["these officials"]


def test_a_demonstrative_after_a_cue_opens_a_time_not_a_speaker() -> None:
    assert speakers('"Enough," said this week the mayor, Tom Hale.') == ["Tom Hale"]


def test_a_bare_plural_group_noun_is_the_subject() -> None:
    text = '"The damage is beyond measure," federal prosecutors wrote in a filing.'
    assert speakers(text) == ["federal prosecutors"]
    assert speakers('"It shook the walls," witnesses told reporters.') == ["witnesses"]


def test_a_bare_plural_that_names_no_people_is_no_subject() -> None:
    assert speakers('"It was loud," neighbours\' reports said.') == [None]
    assert speakers('"We saw it," reports said.') == [None]


def test_a_title_before_the_name_apposed_to_a_description() -> None:
    text = '"It is about time," said the host, actress Nora Vale.'
    assert speakers(text) == ["Nora Vale"]
    assert speakers('"Go on," said the spokesman, former senator Tom Hale.') == ["Tom Hale"]


def test_a_word_that_is_no_title_before_a_name_keeps_the_description() -> None:
    assert speakers('"It is about time," said the host, unlike Nora Vale.') == ["the host"]
