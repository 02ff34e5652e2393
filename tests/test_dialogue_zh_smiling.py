""" "笑着" after a Chinese dialogue line, with the sentence going on to another act ("钱小河笑着
拍了他一下。"), is how someone smiles, as often the listener: it names no speaker; "说着"
still does. Our own sentences."""

from __future__ import annotations

from tests.zhstory import market_lines


def test_smiling_while_doing_something_else_names_no_speaker() -> None:
    quotes = market_lines(["“好吧，买一只。”", "钱小河笑着在他肩上拍了一巴掌。"])
    assert quotes["好吧，买一只。"].speaker is None


def test_saying_while_doing_something_else_still_names_the_speaker() -> None:
    quotes = market_lines(["“好吧，买一只。”", "钱小河说着在他肩上拍了一巴掌。"])
    said = quotes["好吧，买一只。"]
    assert (said.speaker, said.basis) == ("钱小河", "cue_after")
