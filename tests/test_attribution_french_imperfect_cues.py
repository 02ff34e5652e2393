"""French: the imperfect of a feature's scene is a reporting cue after a quotation ("« … »,
racontait Sophie Lemaire"), as the Spanish "contaba" is (`verbs` in cues.toml)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize("verb", ["racontait", "expliquait", "confiait", "témoignait"])
def test_an_imperfect_cue_names_the_one_after_it(verb: str) -> None:
    text = f"« On nous a prévenus hier soir par SMS, c'est tout », {verb} Sophie Lemaire, à Lille."
    (quote,) = find_quotes(text, "fr", "")
    assert (quote.speaker, quote.confidence) == ("Sophie Lemaire", "high")


# Who tells a story to someone named is not that someone; an unnamed neighbour names nobody.
def test_the_one_told_and_a_description_name_nobody() -> None:
    text = "« On verra », racontait-il à Paul Martin. « Rien ne presse », racontait la voisine."
    assert {q.speaker for q in find_quotes(text, "fr", "")} <= {None, "la voisine"}
