"""English cue subjects that are no sure named speaker: a party description after "the", a
denial (own sentences, no corpus text)."""

from __future__ import annotations

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
