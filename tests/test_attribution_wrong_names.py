"""Wrong names at high confidence that careless rules give: the nearest cue's own subject, an
outlet taken for "she", a reply after "said to" (own sentences, no corpus text)."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes


def quotes(text: str, lang: str = "en") -> list[Quote]:
    """The quotations of a text that are not titles."""
    return [q for q in find_quotes(text, lang) if q.kind != "title"]


def speakers(text: str, lang: str = "en") -> list[str | None]:
    """Each quotation's speaker, in order."""
    return [q.speaker for q in quotes(text, lang)]


def test_a_reported_teller_is_not_the_first_subject() -> None:
    text = "Tim Ross said that his brother once told him: “Never trust a banker.”"
    assert speakers(text) == [None]


def test_a_reported_teller_with_an_apposed_name_is_not_the_first_subject() -> None:
    text = "Lena Ortiz said her uncle, Paul Vane, had always warned: “Keep your word.”"
    assert speakers(text) == [None]


def test_a_heckler_after_as_is_not_the_speaker_of_the_main_clause() -> None:
    text = "Cruz said as the heckler yelled: “Shame on you.”"
    assert speakers(text) == [None]


def test_a_relative_that_said_speaks_for_its_head() -> None:
    text = "Mira Dahl posted her message under a banner that said, “No More War.”"
    assert speakers(text) == [None]


def test_a_named_nearest_subject_still_speaks() -> None:
    text = "Anna Holt said Ed Park once told her: “Be kind.”"
    assert speakers(text) == ["Ed Park"]


def test_a_participle_keeps_the_sentence_subject() -> None:
    text = "Tom Vale said on Tuesday, adding: “We will win.”"
    assert speakers(text) == ["Tom Vale"]


def test_a_day_and_an_adverb_before_the_nearest_cue_are_no_subject() -> None:
    text = "Tom Vale said Tuesday, then added: “We will win.”"
    assert speakers(text) == ["Tom Vale"]


def test_but_before_the_nearest_cue_shares_the_subject() -> None:
    text = "Rosa Kim said the plan was late but added: “It will come.”"
    assert speakers(text) == ["Rosa Kim"]


def test_she_is_no_news_agency() -> None:
    text = "Ardent Wire reported that the talks failed. “We will go on,” she said."
    assert speakers(text) == [None]


def test_he_is_no_paper_after_the() -> None:
    text = "The Sentinel reported that the mayor resigned. “It was time,” he said."
    assert speakers(text) == [None]


def test_he_still_finds_a_person_named_with_a_title() -> None:
    text = (
        "President Orlo met the press on Monday. Orlo said the talks failed. "
        "“We will go on,” he said."
    )
    assert speakers(text)[-1] == "Orlo"


def test_he_still_finds_a_person_named_in_full() -> None:
    text = "Tom Hale spoke first. Later Hale praised the plan. “It works,” he said."
    assert speakers(text) == ["Tom Hale"]


# The reported clause's own subject, named in full, said it (low since prec20); never Sommer.
def test_a_german_reported_perfect_of_saying_is_not_the_first_subject() -> None:
    text = "Jan Sommer sagte, sein Onkel Otto Wirth habe ihm oft gesagt: „Spare jeden Cent.“"
    assert speakers(text, "de") == ["Otto Wirth"]
    assert find_quotes(text, "de")[0].confidence == "low"


def test_a_german_perfect_after_dass_is_not_the_first_subject() -> None:
    text = "Heike Lorenz erzählte, dass ihr die Lehrerin immer gesagt habe: „Lies mehr.“"
    assert speakers(text, "de") == [None]


def test_a_german_comma_before_the_next_cue_keeps_the_speaker() -> None:
    text = "Jan Sommer sagte, die Lage sei ernst, und fügte hinzu: „Wir handeln jetzt.“"
    assert speakers(text, "de") == ["Jan Sommer"]


def test_a_headline_fragment_before_a_spaced_dash_is_no_participle_subject() -> None:
    text = "Rents keep rising - Ana Ruiz, writing for the Times: “We can no longer afford it.”"
    assert speakers(text) == ["Ana Ruiz"]
    text = "Prices fall again – Tom Hale, adding: “Nobody expected the market to turn.”"
    assert speakers(text) == ["Tom Hale"]


def test_a_participle_after_a_spaced_dash_with_no_name_has_no_speaker() -> None:
    text = "Rents keep rising — writing for the Times: “We can no longer afford it.”"
    assert speakers(text) == [None]
    text = "Rents keep rising - the Times, writing: “We can no longer afford it.”"
    assert speakers(text) == [None]


def test_a_participle_past_a_comma_still_goes_with_the_clause_subject() -> None:
    text = "Tom Hale thanked Ann Roe, saying: “Nobody expected the market to turn.”"
    assert speakers(text) == ["Tom Hale"]
