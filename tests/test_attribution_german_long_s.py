"""Fraktur's long s (ſ) reads as s: the same quotations, speakers and offsets as with s, and
what the reader sees is spelled as the text spells it."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_TEXT = (
    "Der Graf Roſen ſtand auf. „Wir müſſen heute noch fort“, ſagte der Graf Roſen. "
    "Die Gäſte ſchwiegen. Der Wirth ſagte: „Das iſt nicht wahr.“ Er wußte es."
)


def test_a_long_s_reads_as_an_s() -> None:
    plain = find_quotes(_TEXT.replace("ſ", "s"), "de")
    long_s = find_quotes(_TEXT, "de")
    assert [(q.start, q.end, q.basis, q.confidence) for q in long_s] == [
        (q.start, q.end, q.basis, q.confidence) for q in plain
    ]
    first = long_s[0]
    assert (first.text, first.speaker, first.basis) == (
        "Wir müſſen heute noch fort",
        "Graf Roſen",
        "cue_after",
    )
    assert all(_TEXT[q.start : q.end] == q.text for q in long_s)
    assert [q.speaker for q in long_s] == ["Graf Roſen", "Wirth"]


def test_a_long_s_names_nobody_where_an_s_names_nobody() -> None:
    text = "Die Gäſte ſchwiegen lange. „Das iſt nicht wahr.“ Dann giengen alle heim."
    assert [q.speaker for q in find_quotes(text, "de")] == [None]


# counts30b: 9.5 times the calls at 100 -> 400 copies, 4.6 at 400 -> 1,600, about 26,000 calls a
# copy once the reading window was full: `met_pair._people` read every name 2,000 characters back
# at each "Er" and looked for it in every quotation there. quad31: about 1,900 a copy (each run read
# once, a quotation found by bisection); 4.5, 4.2, 4.1, 4.05 times the calls per quadrupling from
# 100, 200, 400, 800 copies: linear once the window is full.
def test_many_long_s_stay_linear() -> None:
    assert_linear(lambda n: find_quotes("Er ſagte: „ſ ſ ſ.“ " * n, "de"), 200)


def test_a_cue_set_in_long_s_splits_the_unmarked_sentence_around_it() -> None:
    text = "Graf Roth hat das offen geſagt. Die Börſe, erklärte er, iſt auf Baiſſe geſtimmt; "
    text += "ſie drückt die Preiſe um zehn Prozent. Folglich muß das anders werden."
    quotes = find_quotes(text, "de")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Die Börſe", "Graf Roth"),
        ("iſt auf Baiſſe geſtimmt; ſie drückt die Preiſe um zehn Prozent.", "Graf Roth"),
    ]


# A speaker's spelling was looked up from the article's start at every quotation it speaks.
def test_many_quotations_of_one_speaker_named_late_stay_linear() -> None:
    def text(n: int) -> str:
        opening = "Die Gäſte ſchwiegen lange am Tiſch.\n\n" * (10 * n)
        return opening + "".join(f"„Wir gehen {i}“, ſagte Graf Roſen.\n\n" for i in range(n))

    assert_linear(lambda n: find_quotes(text(n), "de"), 50)
    assert find_quotes(text(3), "de")[-1].speaker == "Graf Roſen"
