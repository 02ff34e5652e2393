"""French "en citant X :" like English "by quoting X:": the words are X's, not the answerer's."""

from __future__ import annotations

from tests.quoted import only_quote


def test_the_one_cited_speaks() -> None:
    text = "Anne Roux a répondu en citant Victor Hugo : « Ceux qui vivent sont ceux qui luttent. »"
    quote = only_quote(text, "fr")
    assert (quote.speaker, quote.confidence) == ("Victor Hugo", "low")


def test_a_plain_answer_keeps_its_speaker() -> None:
    assert only_quote("Anne Roux a répondu : « Nous partons. »", "fr").speaker == "Anne Roux"


def test_citing_a_study_names_nobody_cited() -> None:
    text = "Anne Roux a répondu en citant des études : « Le climat change. »"
    assert only_quote(text, "fr").speaker != "études"
