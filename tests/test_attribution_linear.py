"""Articles that name many titled people, or run many short quotations together, stay linear."""

from __future__ import annotations

from itertools import product
from typing import Any

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.attribution.frames.subjects import is_subject
from summarizer.attribution.speakers import roster
from tests.work_counts import assert_linear

_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi")


def _senators(n: int) -> str:
    """n senators, each named once with the title, then quoted as "the senator"."""
    names = ("".join(parts).title() for parts in product(_SYLLABLES, repeat=4))
    return "".join(
        f"Senator John {name} spoke on Monday. “We will go on,” the senator said.\n\n"
        for name, _ in zip(names, range(n), strict=False)
    )


# at 4n paragraphs a linear pass takes 4 times as long; one that weighs every earlier senator at
# each "the senator said" about 16 (15 measured before the fix)
# (counted in session 30: 5.1 times the calls at 100 -> 400 paragraphs, 7.6 at 400 -> 1,600,
# until `ranks._second_holder` counted the names as they came instead of comparing every pair)
def test_a_role_quoted_after_many_people_of_its_title_takes_linear_time() -> None:
    assert_linear(lambda n: find_quotes(_senators(n), "en"), 100)


def _subject_calls(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many times `is_subject` weighs a run while the quotations of `text` are attributed."""
    calls = []

    def counting(*args: Any) -> bool:
        calls.append(args)
        return is_subject(*args)

    monkeypatch.setattr(roster, "is_subject", counting)
    find_quotes.cache_clear()
    find_quotes(text, "en")
    return len(calls)


# Run together, each "he" looks back over the 600 characters before it for the last one named:
# 40 and 160 quotations in one paragraph. Weighing each earlier run again at every quotation made
# it 13 times as many at 4 times the length (780 and 10,019 before the answers were kept).
def test_a_paragraph_of_many_short_quotations_weighs_each_name_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small, large = (_subject_calls("“Ab,” he said." * n, monkeypatch) for n in (40, 160))
    assert large <= 4 * small + 8, f"{small} weighings at 40 quotations, {large} at 160"


def _offices(n: int) -> str:
    """n Japanese quotations of a governor and of a president set off by a middle dot."""
    return "".join(
        f"「財政は厳しい」と吉村大阪府知事は語った。「支援する」とア{chr(0x30A2 + i % 80)}"
        f"・ウクライナ大統領は述べた。"
        for i in range(n)
    )


# Counting the text for each office's place (横浜市) or dotted name made it about 12 times as slow
# at 4 times the length; counted once per text, about 4.
def test_japanese_local_offices_and_dotted_names_take_linear_time() -> None:
    assert_linear(lambda n: find_quotes(_offices(n), "ja"), 60)


def _namesake_firms(n: int) -> str:
    """n paragraphs naming a firm after a surname and quoting "Ms." of that surname."""
    return "Clark Industries lost money. “It was bad,” Ms. Clark said. " * n


# Whether anyone is named in full with the honorific's surname was asked of every earlier name
# of that surname at each quotation: about 10 times as slow at 4 times the length (0.23 s at
# 1,000, 2.3 s at 4,000 before the last words were kept once per article); now about 4.
def test_an_honorific_surname_shared_by_many_firm_names_takes_linear_time() -> None:
    assert_linear(lambda n: find_quotes(_namesake_firms(n), "en"), 100)


def _russian_pairs(n: int) -> str:
    """n Russian full names, each quoted after a man's verb and named again by surname."""
    names = ("".join(parts) for parts in product(_SYLLABLES, repeat=4))
    return "".join(
        f"«Мы готовы», — сказал {name.title()}н {name[::-1].title()}ов."
        f" Ранее {name[::-1].title()}ов уехал.\n\n"
        for name, _ in zip(names, range(n), strict=False)
    )


# Each pair after a man's verb asks whether the article writes its words apart; a scan of the
# whole text per pair made 4 times the text take 13 times as long (session 24's `rufix26`).
def test_russian_pairs_after_a_verb_take_linear_time() -> None:
    assert_linear(lambda n: find_quotes(_russian_pairs(n), "ru"), 60)
