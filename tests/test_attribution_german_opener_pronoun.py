"""A word opening a verb-second clause before a pronoun subject ("Da rief er:") is no speaker."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str) -> Quote:
    """The one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote


# With nobody the pronoun can stand for, the quotation is nobody's, never the adverb's.
@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg kam herein. Da rief er: „Nicht so laut!“",
        "Anna Berg kam herein. Da rief er: Nicht so laut!",
        "Jan Berg kam herein. Da rief sie: „Nicht so laut!“",
    ],
)
def test_an_opener_before_a_pronoun_subject_is_no_speaker(text: str) -> None:
    assert _quote(text).speaker is None


# The pronoun still stands for the person named before it.
def test_the_pronoun_after_the_verb_speaks() -> None:
    quote = _quote("Jan Berg kam herein. Da rief er: „Nicht so laut!“")
    assert quote.speaker == "Jan Berg"


# "sie" after a verb that takes a person as its object is the one asked: the name before speaks.
@pytest.mark.parametrize(
    "text",
    [
        "Merkel kam herein. Merkel fragte sie: „Warum so spät?“",
        "Merkel kam herein. Merkel fragte ihn: „Warum so spät?“",
    ],
)
def test_a_name_before_an_object_pronoun_speaks(text: str) -> None:
    assert _quote(text).speaker == "Merkel"


# A phrase put first before a pronoun subject is the verb's object, never who speaks.
def test_an_object_put_first_before_a_pronoun_is_no_speaker() -> None:
    text = (
        "Jan Roth schrieb einen Beitrag. Die Pläne der Regierung, ihre Macht zu halten, "
        "bezeichnete er als einen „Akt der Willkür“."
    )
    assert (_quote(text).speaker, _quote(text).basis) == ("Jan Roth", "pronoun")


# A colon frame whose verb is no verb of saying: the pronoun after it speaks.
@pytest.mark.parametrize(
    "text",
    [
        "Der Chef Jan Roth sagte das Fest ab. In einem Brief dankte er den Helfern: „Ihr habt "
        "Großes geleistet.“",
        "Der Chef Jan Roth kam an. Das Angebot lehnt er jedoch ab: „Das lasse ich nicht zu.“",
    ],
)
def test_a_pronoun_after_a_colon_frames_verb_speaks(text: str) -> None:
    assert (_quote(text).speaker, _quote(text).basis) == ("Jan Roth", "pronoun")


# "sie" after a verb of calling may be its object: the subject before it still speaks.
def test_sie_after_a_verb_of_calling_leaves_the_subject() -> None:
    text = (
        "Die Ministerin Eva Ems traf die Sänger. Die Ministerin bezeichnete sie als „wahre Helden“."
    )
    assert _quote(text).speaker == "Eva Ems"


# A pronoun inside the quotation after a colon is none of the cue's: the role before it speaks.
def test_a_pronoun_inside_the_quotation_is_no_subject() -> None:
    text = "Der Prozess begann. Der Berater der Ministerin sagte: „Sie ist dagegen.“"
    assert _quote(text).speaker == "Berater der Ministerin"


# A run of capitals before the verb keeps its reading: "sie" never stands for it.
def test_a_run_of_capitals_before_the_verb_is_no_antecedent() -> None:
    assert _quote("Harte Kritik übte sie: „Das Gesetz ist verfehlt.“").speaker is None


# The perfect: a pronoun right after the finite auxiliary is the subject, so the word that opens
# the clause before it ("Dabei hat er gesagt:") is an adverb, never the speaker at any confidence.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jan Berg kam herein. Dabei hat er gesagt: „Nicht so laut!“", "Jan Berg"),
        ("Jan Berg kam herein. Anschließend habe er erklärt: „Nicht so laut!“", "Jan Berg"),
        ("Eva Lind kam herein. Danach hat sie erklärt: „So laut!“", "Eva Lind"),
        ("Anna Berg kam herein. Hierzu hat er gesagt: „Nicht so laut!“", None),
    ],
)
def test_an_opener_before_the_auxiliary_and_a_pronoun_is_no_speaker(
    text: str, speaker: str | None
) -> None:
    quote = _quote(text)
    assert (quote.speaker, quote.confidence) == (speaker, "low")


# Negatives: "sie" after a participle that takes a person may be the one asked: a person named
# before the auxiliary (in full, or a surname of one named in full) still asks, for sure.
@pytest.mark.parametrize(
    "text",
    [
        "Eva Lind kam herein. Die Ministerin Anna Berg hat sie gefragt: „Warum so spät?“",
        "Eva Lind und Anna Berg kamen herein. Berg hat sie gefragt: „Warum so spät?“",
        "Eva Lind kam. Anna Berg folgte ihr. Berg hat sie gefragt: „Warum so spät?“",
    ],
)
def test_a_person_before_the_auxiliary_and_an_object_pronoun_asks(text: str) -> None:
    quote = _quote(text)
    assert (quote.speaker, quote.confidence) == ("Anna Berg", "high")


# One word before the auxiliary that is neither a known surname nor written in lower case may be
# a name or an adverb, and "sie" the one asked or the asker: nobody, never the other of the two.
@pytest.mark.parametrize(
    "text",
    [
        "Eva Lind kam herein. Seehofer hat sie gefragt: „Warum so spät?“",
        "Eva Lind kam herein. Danach hat sie gefragt: „Warum so spät?“",
    ],
)
def test_an_unsure_reading_of_sie_names_nobody(text: str) -> None:
    assert _quote(text).speaker is None


def test_an_adverb_the_article_writes_in_lower_case_leaves_sie_the_asker() -> None:
    text = "Eva Lind kam herein und sagte danach nichts. Danach hat sie gefragt: „Warum so spät?“"
    assert (_quote(text).speaker, _quote(text).confidence) == ("Eva Lind", "low")
