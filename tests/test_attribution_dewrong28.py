"""German phrases before a quotation that are no speaker (`dewrong28`): a heading label, an object
put before a singular verb, a plural group whose verb is no verb of saying."""

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    quotes = [q for q in find_quotes(text, "de") if q.kind != "title"]
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize(
    "text",
    [
        "Kurz notiert: „Der Radweg am Kanal ist wieder frei.“",
        "Knapp gemeldet: „Die Fähre fährt ab Montag stündlich.“",
        "Eben gemeldet: „Das Freibad öffnet früher.“",
    ],
)
def test_heading_label_is_no_speaker(text: str) -> None:
    assert _speaker(text) is None


def test_surname_given_before_still_speaks_at_a_colon() -> None:
    text = "Der Förster Kai Lindt zählte die Rehe. Lindt notiert: „Elf Tiere am Waldrand.“"
    assert _speaker(text) == "Kai Lindt"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Ärztin Bea Horn sah nach den Kranken. Die Pfleger bat sie „um mehr Ruhe“.",
            "Bea Horn",
        ),
        (
            "Die Chorleiterin Uta Frei probte lange. Die Sänger lobte sie „für ihre Geduld“.",
            "Uta Frei",
        ),
        ("Die Helfer begrüßte der Wirt Emil Horst: „Schön, dass ihr da seid.“", "Emil Horst"),
    ],
)
def test_plural_object_before_singular_verb_is_no_speaker(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Der Zirkus gastierte in Ulm. Die Kinder bestaunten „die fliegenden Artisten“.",
        "Die Fähre fällt aus. Die Urlauber müssen „auf den nächsten Morgen“ warten.",
        "Das Theater spielte Brecht. Die Besucher erlebten „einen bewegenden Abend“.",
    ],
)
def test_plural_group_of_no_saying_verb_is_no_speaker(text: str) -> None:
    assert _speaker(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Winzer klagen über „die schlechteste Ernte seit Jahren“.", "Winzer"),
        ("Die Gutachter bezeichneten den Damm als „marode“.", "Gutachter"),
        ("Die Ruderer hatten „mehr Training“ gefordert.", "Ruderer"),
    ],
)
def test_plural_group_that_voices_the_words_still_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
