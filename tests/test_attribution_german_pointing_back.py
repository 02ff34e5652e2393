"""A German sentence after a quotation that points back to it: "So äußerte sich X", "Mit diesen
Worten warnte X"."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("„Das ist absurd.“ So äußerte sich Jan Roth am Montag.", "high"),
        ("„Das ist absurd.“ So sprach Jan Roth.", "high"),
        ("„Das ist absurd.“ Das sagte Jan Roth am Montag vor der Presse.", "high"),
        # any verb after "Mit diesen Worten": its subject spoke them
        ("„Das ist absurd.“ Mit diesen Worten kritisierte Jan Roth den Plan.", "high"),
        # verbless: "So X."
        ("„Das ist absurd.“ So Jan Roth.", "low"),
        # a person may take adverbials after "So"
        ("„Das ist absurd.“ So Jan Roth am Montag im Rathaus.", "low"),
        ("„Das ist absurd.“ So Jan Roth gegenüber der Zeitung.", "low"),
    ],
)
def test_sentence_pointing_back_names_the_speaker(text: str, confidence: str) -> None:
    quote = only_quote(text, "de")
    assert (quote.speaker, quote.confidence) == ("Jan Roth", confidence)


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist absurd.“ So einfach ist das für Jan Roth.",
        "„Das ist absurd.“ So kam es zum Streit mit Jan Roth.",
        # "So weit" and a thing with adverbials: no person
        "„Das ist absurd.“ So weit die Lage im Norden.",
        "„Das ist absurd.“ Soweit die Pläne am Montag.",
        "„Das ist absurd.“ So Jan Roth im Rathaus nicht.",
        # negated: the words are denied him
        "„Das ist absurd.“ So sprach Jan Roth nie.",
        "„Das ist absurd.“ Das sagte Jan Roth nie.",
        "„Das ist absurd.“ So teilte Jan Roth die Meinung nicht.",
        # "So" with an object: a manner, the verb no saying
        "„Das ist absurd.“ So teilte Jan Roth die Meinung.",
    ],
)
def test_other_sentences_after_name_nobody(text: str) -> None:
    assert only_quote(text, "de").speaker is None
