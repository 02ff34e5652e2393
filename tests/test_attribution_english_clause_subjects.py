"""English pronoun antecedents by clause shape: a name opening an adverbial clause is a subject,
a sentence-opening pronoun is never a name after it, a capitalised run before a plural noun and
its verb is no one (own sentences, modelled on shapes of the development sets; no corpus text)."""

from __future__ import annotations

import pytest

from tests.quoted import english_quotes as quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The room holds a letter the club sent to Rick Lanner in 2015, a month after Lanner "
            "nearly clinched the title. He framed it. He will not say what it says.\n\n"
            "“Visitors can read it when they come,” he said.",
            "Rick Lanner",
        ),
        (
            "The council met on Tuesday. The vote came late, because Maria Ortiz had asked for a "
            "recount.\n\n“We owed the voters that,” she said.",
            "Maria Ortiz",
        ),
        (
            "The yard stands empty, although Omar Haddad didn't close it.\n\n"
            "“Nobody wants it now,” he says.",
            "Omar Haddad",
        ),
        (
            "The crowd cheered when Lena Moss finally walked in.\n\n“I was nervous,” she added.",
            "Lena Moss",
        ),
    ],
)
def test_a_name_opening_an_adverbial_clause_is_the_pronouns_antecedent(
    text: str, speaker: str
) -> None:
    assert quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # no finite verb after the name: a noun phrase ("after Christmas dinner")
        "The dinner went on after Christmas Day crowds left.\n\n“It was lovely,” he said.",
        # an article opens the run: a title or a body, not a person
        "The vote came after The Daily Star reported the leak.\n\n“It was lovely,” he said.",
        # two people named in the sentence before, one of no marked gender: either one
        "The hall emptied after Robin Cole arrived, and Tom Reyes left too.\n\n"
        "“It was late,” he said.",
    ],
)
def test_an_adverbial_clause_gives_no_antecedent_here(text: str) -> None:
    assert quotes(text)[-1].speaker is None


def test_a_name_after_that_is_what_was_said_not_the_antecedent() -> None:
    text = "Tom Reyes said that Sam Ortiz had asked for a recount.\n\n“We owed it,” he said."
    assert quotes(text)[-1].speaker == "Tom Reyes"


def test_a_sentence_opening_pronoun_is_not_a_name_after_it() -> None:
    text = (
        "Then there is the campaign.\n\n“Too soon?” He wrote when Lena Moss ended a debate, "
        "remarking, “Thank you, and good night.”"
    )
    assert quotes(text)[-1].speaker is None


def test_a_pronoun_in_a_fronted_clause_may_be_the_name_after_it() -> None:
    text = "Though she called the plan “reckless,” Ann Cole voted for it in the end."
    assert quotes(text)[0].speaker in (None, "Ann Cole")


@pytest.mark.parametrize(
    "text",
    [
        "Prominent Canadian examples include the Ottawa project. “We built it fast,” he added.",
        "Prominent Canadian examples include Ottawa's river project. “It works,” he said.",
        "Leading Dutch firms are the first to sign. “We acted early,” she said.",
        "Several Irish towns voted a new levy. “It was overdue,” he said.",
    ],
)
def test_a_run_before_a_plural_noun_and_its_verb_is_no_antecedent(text: str) -> None:
    assert quotes(text)[-1].speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale runs the clinic in Leeds. “We acted early,” he said.",
        "Tom Hale leads volunteers at the shelter. “We acted early,” he said.",
        "Tom Hale hosts dinners the night before each race. “We acted early,” he said.",
        "Tom Hale thanks Ann for the work. “We acted early,” he said.",
    ],
)
def test_a_name_before_its_own_verb_stays_the_antecedent(text: str) -> None:
    assert quotes(text)[-1].speaker == "Tom Hale"


@pytest.mark.parametrize("opener", ["Since", "Because", "Until", "Although"])
def test_a_subordinator_opening_the_sentence_is_no_part_of_the_name(opener: str) -> None:
    text = f"{opener} Omar Haddad kept the lease, the yard stands empty.\n\n“It is ours,” he says."
    assert quotes(text)[-1].speaker == "Omar Haddad"


@pytest.mark.parametrize(
    "text",
    [
        '"The rent is the problem," says Laura Finch, a nurse. Finch backs Mayor Tom Hale in the '
        'race. "I work two jobs and still cannot save."',
        "“We will appeal,” said Laura Finch, the owner. Finch thanked Ann Cole for her help on "
        "Monday. “Without her we would have closed.”",
    ],
)
def test_the_speaker_opening_the_sentence_before_an_uncued_quotation_goes_on(text: str) -> None:
    found = quotes(text)
    assert (found[-1].speaker, found[-1].confidence) == ("Laura Finch", "low")


@pytest.mark.parametrize(
    "text",
    [
        '"The rent is the problem," says Laura Finch, a nurse. Tom Hale backs Finch in the race. '
        '"I work two jobs and still cannot save."',
        '"The rent is the problem," says Laura Finch, a nurse. Finch and Tom Hale met in May. '
        '"I work two jobs and still cannot save."',
    ],
)
def test_another_subject_before_an_uncued_quotation_names_nobody(text: str) -> None:
    assert quotes(text)[-1].speaker is None


PLACED = (
    "Tom Hale toured the north on Monday.\n\n“People are angry,” he said.\n\n"
    "There is fear about migrants {} Britain, he said, though he named nobody.\n\n"
    "“We must answer it.”\n\nIn 2015 his party won every seat in Northern Britain."
)


@pytest.mark.parametrize("preposition", ["across", "throughout", "around"])
def test_a_lone_word_after_a_preposition_of_place_is_nobody_else(preposition: str) -> None:
    assert quotes(PLACED.format(preposition))[-1].speaker == "Tom Hale"


def test_a_lone_name_after_another_preposition_is_still_someone_else() -> None:
    text = PLACED.format("for").replace("Northern Britain", "Northern Britain and Jo Britain")
    assert quotes(text)[-1].speaker is None
