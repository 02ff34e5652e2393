"""Our own English online-news paragraphs (tests/data/attribution/english_news.toml, ennews27):
the material is sound, who-said-what on it keeps its figures, and the rules it led to hold."""

from __future__ import annotations

import pytest

from tests import benchscript
from tests.floors import assert_floor
from tests.quoted import english_quotes as quotes

bench = benchscript.load("wire_news")
ENTRIES = bench.load("english_news.toml")
# (found, speaker right, wrong, false) per batch at ennews27's end; batch 2 was never tuned on
FLOORS = {1: (47, 38, 0, 1), 2: (14, 12, 0, 0)}


def test_the_paragraphs_stand_and_every_quotation_is_in_its_text() -> None:
    assert len([e for e in ENTRIES if e["batch"] == 1]) >= 40
    for entry in ENTRIES:
        assert entry["lang"] == "en"
        for quote, _, kind in entry["quotes"]:
            assert quote in entry["text"] and kind in {"speech", "writing", "title"}


@pytest.mark.parametrize("batch", sorted(FLOORS))
def test_figures_do_not_fall(batch: int) -> None:
    assert_floor(bench.score([e for e in ENTRIES if e["batch"] == batch])["en"], FLOORS[batch])


# "has", "was", "does" after a name are its verb, never a plural noun the name modifies
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rukhsana Chaudhry has worked double shifts since January.\n\n“I'm tired,” she said.",
            "Rukhsana Chaudhry",
        ),
        (
            "Temitope Adeyemi has opened three stores since May. “It's been busy,” he said.",
            "Temitope Adeyemi",
        ),
    ],
)
def test_an_auxiliary_after_an_unknown_name_is_its_verb(text: str, speaker: str) -> None:
    assert quotes(text)[-1].speaker == speaker


def test_a_plural_noun_after_a_place_still_is_no_person() -> None:
    text = "Quebec firms have raised prices. “It hurts,” she said."
    assert quotes(text)[-1].speaker is None


# past an apposition, an auxiliary and its participle go on with the name's clause
@pytest.mark.parametrize(
    "text",
    [
        "Nnamdi Okafor, a father of three, was laid off in May.\n\n“We'll manage,” he said.",
        "Nnamdi Okafor, 41, was fired in May. “We'll manage,” he said.",
    ],
)
def test_a_passive_after_an_apposition_keeps_its_subject(text: str) -> None:
    assert quotes(text)[-1].speaker == "Nnamdi Okafor"


# a lone surname after "Mr." or "Ms." is a person, whom a pronoun of that gender stands for
def test_a_surname_after_an_honorific_is_a_person() -> None:
    assert quotes("Mr. Balasubramanian is unconvinced. “Show me,” he said.")[-1].speaker == (
        "Balasubramanian"
    )
    assert quotes("Ms. Yusuf was blunt. “No,” she said.")[-1].speaker == "Yusuf"


def test_a_surname_after_an_honorific_of_the_other_gender_is_nobody() -> None:
    assert quotes("Mr. Balasubramanian is unconvinced. “Show me,” she said.")[-1].speaker is None


# "a spokesperson for the RCMP": "for the" and capitalised words name the body spoken for
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are aware,” a spokesperson for the RCMP said.", "a spokesperson for the RCMP"),
        (
            "“No comment,” said a spokesperson for the Department of Justice.",
            "a spokesperson for the Department of Justice",
        ),
    ],
)
def test_a_spokesperson_for_a_body_speaks_as_written(text: str, speaker: str) -> None:
    assert quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“We are aware,” a source close to Paul Verne said.",
        "“We are aware,” a person close to the Clintons said.",
        "“We are aware,” a lawyer for Ann Roe said.",
        "“We are aware,” a columnist for the tech news site Pando said.",
    ],
)
def test_a_complement_naming_a_person_or_a_described_body_names_nobody(text: str) -> None:
    assert quotes(text)[-1].speaker is None
