"""Precision of pronoun and role speakers: a German pronoun before unmarked colon speech is never
sure, an English role noun cut from its capitalised modifiers is no name, and "he" or "she" never
stands for a publication or a firm (own sentences, no corpus text)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def quotes(text: str, lang: str) -> list[Quote]:
    """The quotations of a text that are not titles."""
    return [q for q in find_quotes(text, lang) if q.kind != "title"]


@pytest.mark.parametrize(
    "text",
    [
        # two men named before: "Er" may be either
        "Thomas Müller traf Peter Schmidt in Berlin. Er stellt fest: Das ist ein guter Plan, und"
        " wir machen weiter.",
        # a name that tells no gender
        "Kim Lee besuchte die Baustelle.\n\nEr sagte:\n\nDas ist ein guter Plan. Wir machen weiter"
        " und wir hören nicht auf.",
        # even one person named: a pronoun is a guess, as before a quotation mark
        "Anna Berger leitet das Projekt.\n\nSie erklärte:\n\nWir sind fast fertig. Im Mai öffnen"
        " wir die Halle für alle.",
    ],
)
def test_german_pronoun_before_colon_speech_is_never_high(text: str) -> None:
    found = quotes(text, "de")
    assert found
    assert all(q.confidence != "high" for q in found)


def test_german_named_subject_before_colon_speech_stays_high() -> None:
    text = (
        "Die Stadt plant einen Park.\n\nThomas Müller sagte:\n\nDas ist ein guter Plan. Wir"
        " machen weiter und wir hören nicht auf."
    )
    found = quotes(text, "de")
    assert found
    assert all(q.speaker == "Thomas Müller" and q.confidence == "high" for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "“We will look into it,” the Senate ethics chairman said.",
        "“The vote is delayed,” the new House budget chairwoman told reporters.",
        "The Senate ethics director said: “We will look into it.”",
    ],
)
def test_english_bare_role_noun_is_no_speaker(text: str) -> None:
    (quote,) = quotes(text, "en")
    assert quote.speaker is None
    assert quote.confidence == "low"


def test_english_role_alone_is_still_the_low_role() -> None:
    (quote,) = quotes("“We will look into it,” the chairman said.", "en")
    assert quote.speaker == "chairman"
    assert quote.confidence == "low"


def test_english_role_with_a_name_keeps_the_name() -> None:
    (quote,) = quotes("“We will look into it,” the Senate ethics chairman, John Hale, said.", "en")
    assert quote.speaker == "John Hale"


@pytest.mark.parametrize(
    "text",
    [
        "New York Times reported the deal on Monday.\n\n“It is done,” he said.",
        "The Washington Post reported that the plan had failed. “It is over,” she said.",
        "Acme Corp announced the merger on Monday. “It is done,” he said.",
    ],
)
def test_english_pronoun_never_stands_for_a_body(text: str) -> None:
    (quote,) = quotes(text, "en")
    assert quote.speaker is None


def test_english_pronoun_after_a_person_and_a_paper_is_the_person() -> None:
    text = "John Hale spoke to the New York Times on Monday. “It is done,” he said."
    (quote,) = quotes(text, "en")
    assert quote.speaker == "John Hale"


# A firm named between two quotations of one man is no other person "he" could stand for; "they"
# may stand for the firm, so there nobody is guessed.
FIRMS_BETWEEN = (
    "Most lenders avoid the region, said Mark Hollis, a trade lawyer. “The risks are large for"
    " small companies,” he said. Known examples include Andes Copper Corp. and Nova Metals Corp.,"
    " which lost mines.\n\n“Clearly the big cases are rare,” {pronoun} added, “but there have"
    " been others worth millions.”"
)


def test_he_goes_on_past_firms_named_between() -> None:
    found = quotes(FIRMS_BETWEEN.format(pronoun="he"), "en")
    assert [q.speaker for q in found] == ["Mark Hollis"] * 3


def test_she_goes_on_past_a_firm_in_the_sentence_between() -> None:
    text = (
        "“The market will recover,” said Ann Lee, an analyst. Shares of Pine Lake Inc. fell"
        " sharply on Monday.\n\n“We expect a recovery next year,” she said."
    )
    assert [q.speaker for q in quotes(text, "en")] == ["Ann Lee", "Ann Lee"]


def test_they_is_not_carried_past_a_firm() -> None:
    found = quotes(FIRMS_BETWEEN.format(pronoun="they"), "en")
    assert [q.speaker for q in found][1:] == [None, None]


def test_he_is_not_carried_past_a_person_named_between() -> None:
    text = FIRMS_BETWEEN.replace(
        "which lost mines.", "which lost mines, and Ruth Adler, who lost her job."
    ).format(pronoun="he")
    assert [q.speaker for q in quotes(text, "en")][1:] == [None, None]
