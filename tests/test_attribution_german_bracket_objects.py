"""A verb bracket after a quotation ("…, hatte X erklärt"): a dative with a name, a woman's title
in the genitive, a time after the name, a denial and the Konjunktiv II never make a speaker."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "Die Brücke werde „bald“ gebaut, "


def _seen(text: str) -> tuple[str | None, str]:
    """The one quotation's speaker and confidence."""
    (quote,) = find_quotes(text, "de", "")
    return quote.speaker, quote.confidence


def test_a_name_apposed_to_a_dative_is_the_listener() -> None:
    """'hatte dem Senator Jan Roth die Ministerin erklärt': she spoke, not Roth."""
    speaker, confidence = _seen(_SAID + "hatte dem Senator Jan Roth die Ministerin erklärt.")
    assert speaker != "Jan Roth" and (speaker is None or confidence == "low")


def test_a_name_after_a_womans_dative_title_is_hers() -> None:
    """'hatte der Ministerin Eva Ems der Senator Jan Roth erklärt': Roth spoke to Ems."""
    text = _SAID + "hatte der Ministerin Eva Ems der Senator Jan Roth erklärt."
    assert _seen(text)[0] in ("Jan Roth", None)


def test_a_dative_medium_before_the_name_still_names_the_speaker() -> None:
    """'hatte der Zeitung Jan Roth erklärt': the paper is the listener, Roth speaks."""
    assert _seen(_SAID + "hatte der Zeitung Jan Roth erklärt.") == ("Jan Roth", "high")


def test_a_womans_title_in_the_genitive_of_an_adverbial_is_no_subject() -> None:
    """'sagte nach der Rede der Kanzlerin Angela Merkel': her speech, nobody named as speaker."""
    assert _seen("„Wir bleiben hart“, sagte nach der Rede der Kanzlerin Angela Merkel.")[0] is None
    text = "„Hart“, sagte nach der Sitzung der Ministerin Eva Ems der Sprecher Tom Weber."
    assert _seen(text)[0] in ("Tom Weber", None)


def test_a_masculine_subject_after_an_adverbial_still_speaks() -> None:
    """'sagte nach der Sitzung der Sprecher Tom Weber': the subject."""
    text = "„Wir bleiben hart“, sagte nach der Sitzung der Sprecher Tom Weber."
    assert _seen(text) == ("Tom Weber", "high")


@pytest.mark.parametrize("time", ["Anfang März", "Ende Mai", "Mitte Juni"])
def test_a_time_after_the_name_is_no_part_of_it(time: str) -> None:
    """'hatte Jan Roth Anfang März erklärt': Jan Roth, not 'Roth Anfang März'."""
    assert _seen(f"{_SAID}hatte Jan Roth {time} erklärt.") == ("Jan Roth", "high")
    assert _seen(f"„Wir bleiben hart“, sagte Jan Roth {time}.") == ("Jan Roth", "high")


@pytest.mark.parametrize(
    "denial", ["keineswegs", "mit keinem Wort", "zu keinem Zeitpunkt", "kaum", "nicht"]
)
def test_a_denied_bracket_names_nobody(denial: str) -> None:
    """'…, hatte Jan Roth keineswegs erklärt': the words are denied him."""
    assert _seen(f"{_SAID}hatte Jan Roth {denial} erklärt.")[0] is None


def test_a_konjunktiv_two_bracket_names_nobody() -> None:
    """'…, hätte Jan Roth erklärt': what he would have said; 'hatte' is what he said."""
    assert _seen(_SAID + "hätte Jan Roth erklärt.")[0] is None
    assert _seen(_SAID + "hatte Jan Roth erklärt.") == ("Jan Roth", "high")


@pytest.mark.parametrize("listener", ["jedem Reporter", "keinem Reporter", "einem Reporter"])
def test_a_quantified_dative_before_the_name_is_the_listener(listener: str) -> None:
    """'„…“, sagte jedem Reporter Jan Roth.': a quantified noun takes no name; Roth speaks."""
    assert _seen(f"„Wir bleiben hart“, sagte {listener} Jan Roth.") == ("Jan Roth", "high")


def test_a_name_after_a_possessed_noun_stays_the_listeners() -> None:
    """'„…“, sagte seinem Kollegen Jan Roth.': his colleague Jan Roth, the one told: nobody."""
    assert _seen("„Wir bleiben hart“, sagte seinem Kollegen Jan Roth.")[0] is None


def test_a_dative_determiner_before_a_second_subject_names_that_subject() -> None:
    """'„…“, sagte ihrem Bruder Eva Ems die Ministerin.': the minister speaks, or nobody."""
    speaker, confidence = _seen("„Wir bleiben hart“, sagte ihrem Bruder Eva Ems die Ministerin.")
    assert speaker != "Eva Ems" and (speaker is None or confidence == "low")


@pytest.mark.parametrize("participle", ["erzählt", "gefragt", "erklärt"])
def test_two_bare_names_in_a_bracket_are_two_people(participle: str) -> None:
    """'…, hat Jan Roth Eva Ems erzählt': never the garbled 'Roth Eva Ems'."""
    assert _seen(f"{_SAID}hat Jan Roth Eva Ems {participle}.")[0] in ("Jan Roth", None)


def test_a_title_before_a_name_in_a_bracket_still_names() -> None:
    """'…, hat Frankreichs Präsident Jan Roth erklärt': a role and his name."""
    assert _seen(f"{_SAID}hat Frankreichs Präsident Jan Roth erklärt.")[0] == "Jan Roth"


def test_a_time_after_the_subject_of_a_wie_clause_is_an_adverbial() -> None:
    """'Wie Jan Roth Anfang März sagte, …' is Roth's."""
    text = "Wie Jan Roth Anfang März sagte, werde die Brücke „bald“ gebaut."
    assert _seen(text) == ("Jan Roth", "high")
