"""English verbs that take the one spoken to ("reminded", "assured", "informed"), and what a
larger verb list must not read as saying: a passive participle before a label, a past that is an
adjective. Own sentences, invented names, no corpus text (fixen26)."""

from __future__ import annotations

import pytest

from tests.quoted import english_quotes

LEAD = "The council met late on Monday. "


def _one(text: str) -> tuple[str | None, str]:
    (quote,) = english_quotes(LEAD + text)
    return quote.speaker, quote.confidence


# The subject of a verb of addressing speaks; its object, the one spoken to, never does.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“I will not resign,” Ilse Marrow assures supporters in the video.", "Ilse Marrow"),
        ("“The budget is final,” the mayor, Lena Voss, informed residents.", "Lena Voss"),
        ("“The bank is safe,” Hedda Lorne assures.", "Hedda Lorne"),
        ("Senator Ada Pruitt reminded Channel 9 host Bo Keller, “We passed it.”", "Ada Pruitt"),
        ("“Trust me,” Ann Roe assured Tom Hale, who laughed.", "Ann Roe"),
        ("“Turnout matters,” Jun Park was reminding voters.", "Jun Park"),
    ],
)  # fmt: skip
def test_the_subject_of_a_verb_of_addressing_speaks(text: str, speaker: str) -> None:
    assert _one(text) == (speaker, "high")


# Right after the quotation, with no subject before the verb, a name that closes the clause is
# the speaker ("“…,” reminded Jane Roe."); an apposition may follow it. Not "urged": "“…,” urged
# Nadia Voss" names nobody (tests/data/attribution/english.toml).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Nobody is above the rules,” reminded Jane Roe.", "Jane Roe"),
        ("“The ferry will run,” assured Orrin Vale, the harbour master.", "Orrin Vale"),
        ("“Stay calm,” reminded Gen. Rolf Adler.", "Rolf Adler"),
    ],
)
def test_an_inverted_verb_of_addressing_names_the_name_closing_its_clause(
    text: str, speaker: str
) -> None:
    assert _one(text) == (speaker, "high")


# Negatives: the one reminded, informed or assured is never the speaker.
@pytest.mark.parametrize(
    ("text", "hearer"),
    [
        ("“Leave,” the guard reminded Joss Keane.", "Joss Keane"),
        ("“Mind the gap” reminds Jane Roe of London.", "Jane Roe"),
        ("“Mind the gap,” reminded Jane Roe's aide.", "Jane Roe"),
        ("The letter reminded Ed Harkin of his debt: “Pay by Friday.”", "Ed Harkin"),
        ("Lena Okonkwo was reminded: “You signed the form.”", "Lena Okonkwo"),
        ("Mona Reyes was informed: “Your visa expired.”", "Mona Reyes"),
        ("“Stay calm,” the chief assured Rita Olsen.", "Rita Olsen"),
    ],
)
def test_the_one_addressed_is_never_the_speaker(text: str, hearer: str) -> None:
    assert all(q.speaker != hearer for q in english_quotes(LEAD + text))


# A label after a passive verb of judging is what others called the subject ("was slammed as
# “reckless”"): the subject said nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe was slammed as “reckless” by critics.",
        "Ann Roe was teased as “the professor” at school.",
    ],
)
def test_a_passive_subject_never_says_the_label_it_gets(text: str) -> None:
    assert all(q.speaker is None for q in english_quotes(LEAD + text))


# Pasts that are mostly an adjective or another sense name nobody (english_verbs.toml homographs).
@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        ("Ann Roe's recommended dose, “two a day,” was ignored by Tom Hale.", "Ann Roe"),
        ("Ann Roe underlined the words “never again” in red.", "Ann Roe"),
        ("Thunder boomed as Ann Roe spoke: “We stay.”", "Thunder"),
    ],
)
def test_an_adjective_past_is_no_cue(text: str, nobody: str) -> None:
    assert all(q.speaker != nobody for q in english_quotes(LEAD + text))


# "Remind … of" tells a likeness, not words: the cue before it still names the speaker.
def test_reminded_of_is_no_cue() -> None:
    text = "Jon Hale visited Ohio. He said schools there reminded him of “a third-world country.”"
    assert [q.speaker for q in english_quotes(text)] == ["Jon Hale"]


# …but an "of" inside a noun object ("members of Congress") leaves "reminded" a cue.
def test_reminded_members_of_is_a_cue() -> None:
    text = "“Taxes will fall,” Ann Roe reminded members of the committee on Monday."
    assert [q.speaker for q in english_quotes(text)] == ["Ann Roe"]
