"""Lines most of which end in a comma are a list's items, each its own paragraph, never the
wrapped lines of one paragraph: a cue after the list keeps its own sentence."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_CUE = "Eva Ems sagte: „Wir fangen an.“"


def test_a_list_of_comma_lines_keeps_the_next_cue() -> None:
    """Eight long list lines ending in commas, then 'Eva Ems sagte: „…“': hers."""
    items = [
        "Brot, Milch und Butter aus dem Laden an der Ecke,",
        "dazu zwei Flaschen Wasser für die lange Fahrt,",
    ] * 5
    text = "Wir brauchen:\n\n" + "\n\n".join(items) + "\n\n" + _CUE
    (quote,) = find_quotes(text, "de", "")
    assert (quote.speaker, quote.confidence) == ("Eva Ems", "high")


def test_wrapped_lines_with_a_few_commas_still_join() -> None:
    """Lines broken inside phrases, a few after a comma: one paragraph, one quotation."""
    lines = ["Der Knecht kam am Abend spät vom Felde heim und trat in die", "Stube,"] * 2
    lines += ["wo der alte Müller am Tisch saß, und sagte zu ihm mit leiser"] * 3
    text = "\n\n".join([*lines, "Stimme: „Die Ernte ist gut in", "diesem Jahre.“ Dann ging er."])
    quotes = [q for q in find_quotes(text, "de", "") if q.kind != "title"]
    assert [" ".join(q.text.split()) for q in quotes] == ["Die Ernte ist gut in diesem Jahre."]
