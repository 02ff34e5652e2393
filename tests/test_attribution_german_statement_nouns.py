"""German nouns for a statement are one list (german.toml `[statements] nouns`): put first as the
verb's object they are no speaker's name, and an owner after them speaks the content clause."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    """The speakers of the text's quotations, in order."""
    return [quote.speaker for quote in find_quotes(text, "de", "")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Start ging schief.\n\nDie Kernaussage von Eva Ems, der Chefin der Firma, lautete"
            " dazu: „Wir sind sehr überrascht.“ Mehr sagte sie nicht.",
            "Eva Ems",
        ),
        (
            "Der Streit geht weiter. Die Äußerungen Bergers und Krauses bezeichnete Jan Roth als"
            " „Unsinn aus Bonn“ und sagte, man müsse sie prüfen.",
            "Jan Roth",
        ),
        ("Jan Roth widersprach der Antwort von Petra Berger, er habe „gelogen“.", "Petra Berger"),
    ],
)
def test_the_statement_noun_is_no_name(text: str, speaker: str) -> None:
    """The noun's phrase is what was said; the speaker is its owner or the subject after it."""
    assert _speakers(text)[0] == speaker


def test_an_appeal_is_its_owners_words() -> None:
    """An appeal of the minister before a content clause: her words, not the subject's."""
    text = "Jan Roth wies den Appell der Ministerin zurück, er solle „sofort gehen“."
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die US-Botschaft erklärte: „Wir prüfen den Fall.“", "US-Botschaft"),
        ("Klare Worte fand Eva Ems: „Das stimmt nicht.“", "Eva Ems"),
    ],
)
def test_the_speaker_stays(text: str, speaker: str) -> None:
    """An embassy ("Botschaft") speaks; a statement noun put first leaves the subject's name."""
    assert _speakers(text) == [speaker]
