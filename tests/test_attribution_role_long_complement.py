"""Russian: a role whose complement runs to three lower-case words still leads to the name after
it ("— сообщил директор городской теплосетевой компании Николай Артемьев"), and a name in the
dative there is the one told, never the speaker (`frames/roles.role_name`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_QUOTE = "«Бригады работают на месте с шести утра»"


@pytest.mark.parametrize(
    "role",
    ["директор городской теплосетевой компании", "директор крупной городской компании"],
)
def test_the_name_after_a_long_complement_speaks(role: str) -> None:
    (quote,) = find_quotes(f"{_QUOTE}, — сообщил {role} Николай Артемьев.", "ru", "")
    assert (quote.speaker, quote.confidence) == ("Николай Артемьев", "high")


@pytest.mark.parametrize(
    "told",
    [
        "директор крупной городской компании Ивану Петрову",
        "директор городской компании Ивану Петрову",
        "директор компании Ирине Петровой",
    ],
)
def test_a_name_in_the_dative_after_a_role_is_the_one_told(told: str) -> None:
    (quote,) = find_quotes(f"{_QUOTE}, — сказал {told}.", "ru", "")
    assert quote.speaker is None


def test_a_role_with_no_name_stays_nobody() -> None:
    (quote,) = find_quotes(f"{_QUOTE}, — сообщил директор крупной городской компании.", "ru", "")
    assert quote.speaker is None


# A name a preposition governs is the one met or told ("в беседе с Линасом …"), never the speaker.
def test_a_name_after_a_preposition_is_nobody() -> None:
    text = f"{_QUOTE}, — заявил глава МИД в беседе с Линасом Кайрисом."
    assert [q.speaker for q in find_quotes(text, "ru", "")] == [None]
