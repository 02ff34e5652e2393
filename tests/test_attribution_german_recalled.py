"""German verbs of recalling report a quotation: "„…“, erinnerte sie sich", "erinnert sich X"."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the text's last quotation."""
    quote = find_quotes(text, "de", "")[-1]
    return quote.speaker, quote.confidence


def test_recalling_after_the_quotation_names_its_speaker() -> None:
    assert _last("„Das war eine harte Zeit“, erinnert sich Eva Lindner.") == ("Eva Lindner", "high")


def test_a_pronoun_that_recalls_is_the_one_person_in_view() -> None:
    text = (
        "Die Sängerin Eva Lindner wuchs in Gera auf. Ihr erstes Album „Nebel“ erschien 1990. "
        "„Wir hatten nichts, aber wir sangen“, erinnerte sie sich."
    )
    assert _last(text) == ("Eva Lindner", "low")


def test_a_motto_one_recalls_is_nobodys_words() -> None:
    assert _last("Der Bürgermeister erinnerte an das Motto „Gemeinsam stark“.")[0] is None
