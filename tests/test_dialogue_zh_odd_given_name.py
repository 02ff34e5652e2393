"""A full name whose given name opens with a character that is rarely a name's ("周向东": 向 is
"towards") is a person when the given name alone opens clauses twice. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _said(lines: list[str]) -> Quote:
    return next(q for q in find_quotes("\n\n".join(lines), "zh") if "没人" in q.text)


def test_given_name_opening_clauses_twice_makes_a_person() -> None:
    quote = _said(
        [
            "周向东挑着担子进了院子，身后跟着赵大山。",
            "向东放下担子，擦了擦汗。",
            "“这里没人住吧？”",
            "向东小声说。",
        ]
    )
    assert (quote.speaker, quote.confidence, quote.basis) == ("周向东", "low", "cue_after")


def test_given_name_opening_one_clause_stays_null() -> None:
    quote = _said(["周向东挑着担子进了院子，身后跟着赵大山。", "“这里没人住吧？”", "向东小声说。"])
    assert quote.speaker is None


def test_many_clause_openings_stay_linear() -> None:
    turns = "\n\n“好。”\n\n“这里没人？”\n\n“好。”"
    assert_linear(lambda n: find_quotes("周向东来了。" + "向东说，" * n + turns, "zh"), 500)
