"""English cue subjects that are no sure named speaker: a party description after "the", a
denial (own sentences, no corpus text)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

QUOTE = '"We will not back down,"'


def quote(text: str) -> Quote:
    """The one quotation of an English text that is not a title."""
    (found,) = [q for q in find_quotes(text, "en") if q.kind != "title"]
    return found


def test_a_party_description_after_the_is_never_high() -> None:
    found = quote(f"{QUOTE} the Oklahoma Republican said.")
    assert found.confidence == "low"
    assert quote(f"{QUOTE} said the Texas Democrat.").confidence == "low"


# "the Briton said": a country's person is a description, not a name, however it is capitalised
@pytest.mark.parametrize("noun", ["Briton", "Texan", "Canadian", "Frenchwoman"])
def test_a_country_s_person_after_the_is_never_high(noun: str) -> None:
    text = f"Jan Ost lost his barn in the flood. {QUOTE} the {noun} said."
    assert quote(text).confidence == "low"


def test_a_body_after_the_still_speaks_for_sure() -> None:
    assert quote(f"{QUOTE} the Pentagon said.").confidence == "high"


def test_a_name_beside_a_party_description_stays_high() -> None:
    found = quote(f"{QUOTE} the Ohio Republican, Tom Hale, said.")
    assert (found.speaker, found.confidence) == ("Tom Hale", "high")
    found = quote(f"{QUOTE} Tom Hale, an Oklahoma Republican, said.")
    assert (found.speaker, found.confidence) == ("Tom Hale", "high")


def test_a_denial_is_never_high() -> None:
    assert quote('Harris denied saying: "We will not back down."').confidence == "low"
    assert quote('Tom Hale denies ever saying: "We will not back down."').confidence == "low"
    assert quote(f"{QUOTE} Harris denied.").confidence == "low"


def test_a_plain_cue_and_a_later_denial_stay_high() -> None:
    assert quote('Harris said: "We will not back down."').confidence == "high"
    found = quote(f"{QUOTE} Tom Hale said, denying the reports.")
    assert (found.speaker, found.confidence) == ("Tom Hale", "high")


def test_a_place_written_as_one_elsewhere_is_never_high() -> None:
    text = 'Ohio answered: "We will not back down." Schools in Ohio closed.'
    assert (quote(text).speaker, quote(text).confidence) == ("Ohio", "low")
    text = f"Ohio Gov. Tom Hale filed suit. {QUOTE} Ohio said."
    assert quote(text).confidence == "low"


def test_a_surname_or_a_body_is_no_place() -> None:
    text = f"Tom Hale met voters in Hale’s home town. {QUOTE} Hale said."
    assert (quote(text).speaker, quote(text).confidence) == ("Tom Hale", "high")
    text = f"{QUOTE} Kerr responded. Kerr is new here."
    assert (quote(text).speaker, quote(text).confidence) == ("Kerr", "high")
    text = f"FBI Director Tom Hale spoke. {QUOTE} FBI confirmed."
    assert (quote(text).speaker, quote(text).confidence) == ("FBI", "high")


def test_a_party_tag_names_the_lawmaker_before_it() -> None:
    found = quote(f"{QUOTE} Senate Majority Leader Tom Hale, R-Ky., said.")
    assert (found.speaker, found.confidence) == ("Tom Hale", "high")
    assert quote(f"{QUOTE} R-Ky. said.").speaker is None


def test_a_state_abbreviation_after_a_town_names_nobody() -> None:
    found = quote('The raid in Riverside, Calif., reported "a calm night after the storm."')
    assert (found.speaker, found.confidence) == (None, "low")
    found = quote('"We will not back down," said Tom Hale, Calif., the town’s mayor.')
    assert found.speaker == "Tom Hale"


def test_a_noun_that_only_opens_sentences_names_nobody() -> None:
    found = quote('Aides say the governor will "stay out of the race for now." The aides left.')
    assert (found.speaker, found.confidence) == (None, "low")


def test_a_surname_also_a_noun_still_speaks_where_written_mid_sentence() -> None:
    text = 'Black said: "We will not back down." The black car left. Voters backed Black.'
    assert (quote(text).speaker, quote(text).confidence) == ("Black", "high")


def test_a_document_with_a_persons_verb_is_never_high() -> None:
    found = quote('The Clean Rivers Act responded: "No person shall discharge waste."')
    assert (found.kind, found.confidence) == ("writing", "low")
    found = quote('The Treasury memo told staff: "The reserve is spent."')
    assert found.confidence == "low"


def test_a_document_quoted_by_a_documents_verb_stays_high() -> None:
    found = quote('The Authorization Act says: "No funds may be spent."')
    assert (found.speaker, found.kind, found.confidence) == ("Authorization Act", "writing", "high")
    found = quote('"No person shall discharge waste," the Clean Rivers Act states.')
    assert found.confidence == "high"


def test_a_terms_cue_carries_on_to_no_quotation() -> None:
    text = 'Tom Hale said the plan was a "charm offensive." "We are not fooled by any of it."'
    found = [q for q in find_quotes(text, "en") if q.kind != "title"]
    assert [(q.speaker, q.basis) for q in found] == [(None, "none")]


def test_a_cue_that_also_governs_speech_still_carries_past_a_title() -> None:
    text = '"It is too early," said Tom Hale, host of the show "Deal Room." "I mean, who knows."'
    found = [q for q in find_quotes(text, "en") if q.kind != "title"]
    assert [q.speaker for q in found] == ["Tom Hale", "Tom Hale"]
    text = 'Ann Kerr said: "The city is not for sale." "We will protect every park."'
    assert [q.speaker for q in find_quotes(text, "en")] == ["Ann Kerr", "Ann Kerr"]
