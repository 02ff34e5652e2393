"""German grammar words the attribution passes read are data in german.toml, defined once."""

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german import german_inverted
from summarizer.attribution.speakers import german_runs

_GERMAN = _data.load_toml("german.toml")


def test_the_object_articles_and_their_leads_are_one_table_both_readers_share() -> None:
    table = _GERMAN["object_runs"]
    assert german_inverted._LEADS == german_runs._LEADS == frozenset(table["leads"])
    assert frozenset(table["articles"]) == german_inverted._OBJECT_ARTICLES
    # the run cutter reads only the articles a run of capitals can hold ("den Plan", not "dem")
    assert frozenset({"den", "das"}) == german_runs._ARTICLES
