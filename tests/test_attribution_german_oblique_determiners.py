"""Every determiner of a dative or accusative ("einem", "seinem", "diesem", "einen", "einer" before
a noun), not only "dem" and "den", opens an object: the one spoken to, never the speaker."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _seen(text: str) -> tuple[str | None, str]:
    """The one quotation's speaker and confidence."""
    (quote,) = find_quotes(text, "de", "")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "listener",
    ["einem Sender", "diesem Sender", "seinem Sender", "einer Zeitung", "einer großen Zeitung"],
)
def test_the_subject_after_an_object_speaks(listener: str) -> None:
    """'„…“, sagte einem Sender die Ministerin Eva Ems': the minister speaks."""
    text = f"„Das ist falsch“, sagte {listener} die Ministerin Eva Ems."
    assert _seen(text) == ("Eva Ems", "high")


@pytest.mark.parametrize(
    "listener", ["einem Minister", "seinem Kollegen Jan Roth", "ihrem Kollegen Jan Roth"]
)
def test_the_one_contradicted_is_no_speaker(listener: str) -> None:
    """'„…“, widersprach seinem Kollegen Jan Roth die Abgeordnete Eva Ems': never Jan Roth."""
    text = f"„Das ist falsch“, widersprach {listener} die Abgeordnete Eva Ems."
    assert _seen(text) == ("Eva Ems", "high")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Einem Sender sagte die Ministerin Eva Ems: „Wir prüfen das.“", "Eva Ems"),
        ("Seinem Kollegen erklärte Jan Roth: „Wir prüfen das.“", "Jan Roth"),
        ("Einer Zeitung sagte Jan Roth: „Wir prüfen das.“", "Jan Roth"),
        ("Ihrem Kollegen Jan Roth widersprach Eva Ems: „Das ist falsch.“", "Eva Ems"),
    ],
)
def test_an_object_put_first_is_no_subject(text: str, speaker: str) -> None:
    """The dative before the verb is the one spoken to; the subject follows the verb."""
    assert _seen(text) == (speaker, "high")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the colleague named is the one told; nobody else is named
        ("„Das ist falsch“, sagte seinem Kollegen Jan Roth.", None),
        ("„Das ist falsch“, sagte einer Zeitung Jan Roth.", None),
        # "einer" before a genitive is a pronoun, the subject: one of them
        ("„Das ist falsch“, sagte am Montag einer der Teilnehmer, Jan Roth.", "Jan Roth"),
    ],
)
def test_the_dative_names_nobody(text: str, speaker: str | None) -> None:
    """A name apposed to the dative is the listener's: null rather than a guess."""
    assert _seen(text)[0] == speaker
