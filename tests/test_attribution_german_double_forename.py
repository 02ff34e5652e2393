"""German: a known first name after the article and its adjectives opens the name at a cue."""
# "sagte die 34-jährige Anna Lena Roth": "Anna" is a first name, no role, so the speaker is
# "Anna Lena Roth", never "Lena Roth"; a role before a first name ("die Kölner Lehrerin Anna
# Roth") stays out of the name (fixG23).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "„Wir schaffen das“, "


def _first(text: str) -> tuple[str | None, str]:
    quote = find_quotes(text, "de", "")[0]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_SAID + "sagte die 34-jährige Anna Lena Roth.", "Anna Lena Roth"),
        (_SAID + "erklärte der 60-jährige Karl Heinz Berg.", "Karl Heinz Berg"),
        (_SAID + "sagte der 34-jährige Peter Paul Rubens.", "Peter Paul Rubens"),
        (_SAID + "sagte die neue Eva Maria Schmidt.", "Eva Maria Schmidt"),
        ("Die 34-jährige Anna Lena Roth sagte: „Wir schaffen das.“", "Anna Lena Roth"),
        (_SAID + "so die 34-jährige Anna Lena Roth.", "Anna Lena Roth"),
        (
            "„Wir schaffen das.“\n\nDas sagte die 34-jährige Anna Lena Roth am Abend.",
            "Anna Lena Roth",
        ),
    ],
)
def test_a_first_name_after_adjectives_opens_the_name(text: str, speaker: str) -> None:
    assert _first(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role noun before the first name is the person's occupation
        (_SAID + "sagte die 34-jährige Kölner Lehrerin Anna Roth.", "Anna Roth"),
        (_SAID + "sagte der neue Trainer Jan Roth.", "Jan Roth"),
        (_SAID + "sagte die Kapitänin Lea Roth.", "Lea Roth"),
        # no known first name: the role's word is still left out, as before
        (_SAID + "sagte der SPD-Vorsitzende Franz Roth.", "Franz Roth"),
        (_SAID + "sagte der neue Präsident Emmanuel Macron.", "Emmanuel Macron"),
        # an unknown word before a known first name is not taken for a role
        (_SAID + "sagte der 34-jährige Kölner Jan Roth.", "Jan Roth"),
    ],
)
def test_a_role_before_the_first_name_stays_out(text: str, speaker: str) -> None:
    assert _first(text)[0] == speaker
