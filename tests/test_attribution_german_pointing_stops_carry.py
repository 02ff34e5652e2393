"""German: a paragraph pointing back at a quotation stops the carry even when it names nobody."""
# "„…“\n\nDas sagte sie am Abend.": "Das" and a verb of saying point back at the quotation, so
# its speaker is the one that sentence names, or nobody where its subject cannot be read
# strictly; never the speaker of the paragraph before the quotation (fixG23).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_BEFORE = "Stadtrat Max Huber eröffnete die Sitzung.\n\n„Wir schaffen das.“\n\n"


def _speaker(after: str) -> str | None:
    return find_quotes(_BEFORE + after, "de", "")[0].speaker


@pytest.mark.parametrize(
    "after",
    [
        "Das sagte Lechner, die Bürgermeisterin der Stadt, am Abend.",
        "Das sagte Eva Lechner, Bürgermeisterin der Stadt, am Abend.",
        "Das sagte nicht Max Huber, sondern Eva Lechner.",
        "Das sagte sie am Abend.",
        "So sagte es Eva Lechner.",
        "Dies hat Eva Lechner am Abend gesagt, nachdem die Sitzung vorbei war.",
    ],
)
def test_a_pointing_paragraph_gives_the_paragraph_before_nothing(after: str) -> None:
    assert _speaker(after) != "Max Huber"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # the subject the strict reader reads is still the speaker
        ("Das sagte Eva Lechner am Abend.", "Eva Lechner"),
        # a paragraph that points nowhere: the carry stays as it was
        ("Die Sitzung dauerte lange.", "Max Huber"),
        ("Das Publikum klatschte.", "Max Huber"),
        ("Danach sagte Eva Lechner nichts mehr.", "Max Huber"),
    ],
)
def test_other_paragraphs_keep_their_reading(after: str, speaker: str) -> None:
    assert _speaker(after) == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # "von" after a bare name says what the person belongs to: the name alone speaks
        ("Das sagte Eva Lechner von den Grünen.", "Eva Lechner"),
        ("Das sagte Eva Lechner von der Universität Bonn.", "Eva Lechner"),
        # two people joined at the cue are no one speaker: nobody, never the paragraph before
        ("Das sagten Eva Lechner und Jan Roth.", None),
        # a role with its article keeps its "von" as written
        ("Das sagte der Sprecher von der Polizei.", "Sprecher von der Polizei"),
    ],
)
def test_a_pointed_name_ends_before_von_and_a_list_is_nobody(
    after: str, speaker: str | None
) -> None:
    assert _speaker(after) == speaker
