"""A verb of saying counted once ("说了一句", "喊了一声") that ends its clause is a cue, before
the line or after it. Our own sentences."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

OPENING = ["赵大山挑着担子进了院子，钱小河跟在他后面。", "院子里静悄悄的，一个人也没有。"]
LINE = "“这里没人住吧？”"


def _said(lines: list[str]) -> Quote:
    text = "\n\n".join([*OPENING, *lines])
    return next(q for q in find_quotes(text, "zh") if "没人" in q.text)


def test_counted_saying_after_the_line_names_its_speaker() -> None:
    for after in ("小河轻轻地说了一句，就去井边打水。", "小河冲着窑里喊了一声。"):
        quote = _said([LINE, after])
        assert (quote.speaker, quote.confidence, quote.basis) == ("钱小河", "low", "cue_after")


def test_counted_saying_before_the_colon_is_a_cue() -> None:
    quote = _said(["小河气得脸通红，说了句：", LINE])
    assert (quote.speaker, quote.basis) == ("钱小河", "colon_intro")


def test_counted_words_with_an_object_or_hearing_stay_null() -> None:
    for after in ("小河说了一句笑话，就去井边打水。", "小河听了一句，就去井边打水。"):
        assert _said([LINE, after]).speaker is None, after
