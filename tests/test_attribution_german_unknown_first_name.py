"""German er/sie: an unknown word before a known first name is a first name, no role, kept."""
# "Tamara Anna Roth eröffnete …, sagte sie.": "Tamara" is no first name the lexicon knows, but
# nor is it a role noun, so the name is shown whole; only a role the lexicon knows ("Kapitänin",
# "Gemeinderat", "Trainer") is dropped from before a known first name (fixG23).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_QUOTE = " „Wir schaffen das“, sagte "


def _last(text: str) -> tuple[str | None, str]:
    quote = find_quotes(text, "de", "")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tamara Anna Roth eröffnete am Montag die Sitzung." + _QUOTE + "sie.", "Tamara Anna Roth"),
        ("Malte Jan Roth eröffnete am Montag die Sitzung." + _QUOTE + "er.", "Malte Jan Roth"),
        ("Jeanette Maria Roth ist Bürgermeisterin." + _QUOTE + "sie.", "Jeanette Maria Roth"),
        ("Dilek Maria Kalayci eröffnete die Sitzung." + _QUOTE + "sie.", "Dilek Maria Kalayci"),
        ("Kjell Peter Sommer eröffnete die Sitzung." + _QUOTE + "er.", "Kjell Peter Sommer"),
    ],
)
def test_an_unknown_first_name_is_kept(text: str, speaker: str) -> None:
    assert _last(text) == (speaker, "low")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kapitänin Lea Roth eröffnete am Montag die Sitzung." + _QUOTE + "sie.", "Lea Roth"),
        ("Gemeinderat Josef Eder eröffnete am Montag die Sitzung." + _QUOTE + "er.", "Josef Eder"),
        ("Kaiser Franz Joseph eröffnete am Montag die Sitzung." + _QUOTE + "er.", "Franz Joseph"),
        ("Trainer Jan Roth eröffnete am Montag die Sitzung." + _QUOTE + "er.", "Jan Roth"),
        ("Bürgermeisterin Eva Roth eröffnete die Sitzung." + _QUOTE + "sie.", "Eva Roth"),
    ],
)
def test_a_known_role_before_a_first_name_is_dropped(text: str, speaker: str) -> None:
    assert _last(text) == (speaker, "low")
