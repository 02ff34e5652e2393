"""German grammar words the attribution passes read are data in german.toml, defined once."""

from __future__ import annotations

from types import ModuleType

import pytest

from summarizer import _data
from summarizer.attribution.german import german_inverted, phrases
from summarizer.attribution.speakers import german_runs

_GERMAN = _data.load_toml("german.toml")


def test_the_object_articles_and_their_leads_are_one_table_both_readers_share() -> None:
    table = _GERMAN["object_runs"]
    assert german_inverted._LEADS == german_runs._LEADS == frozenset(table["leads"])
    assert frozenset(table["articles"]) == german_inverted._OBJECT_ARTICLES
    # the run cutter reads only the articles a run of capitals can hold ("den Plan", not "dem")
    assert frozenset({"den", "das"}) == german_runs._ARTICLES


@pytest.mark.parametrize(
    ("module", "name", "table", "key"),
    [
        (phrases, "_ARTICLES", "phrases", "articles"),
        (phrases, "_INDEFINITE_HEAD", "phrases", "indefinite_heads"),
        (phrases, "_GENITIVE", "phrases", "genitives"),
        (phrases, "_PLACED", "phrases", "placed"),
        (phrases, "_ATTRIBUTED", "phrases", "attributed"),
    ],
)
def test_a_module_reads_its_words_from_german_toml(
    module: ModuleType, name: str, table: str, key: str
) -> None:
    words = _GERMAN[table][key]
    assert words == [w.lower() for w in words]  # looked up lower-cased
    assert frozenset(words) <= getattr(module, name)
