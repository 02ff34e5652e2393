"""Grammar words the attribution passes read are data in summarizer/data, each defined once."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from summarizer import _data
from summarizer.attribution.frames import forenames
from summarizer.attribution.german import (
    adjective_led,
    attributed_name,
    german_content,
    german_inverted,
    german_nested,
    german_quoted,
    german_relative,
    german_stance,
    noun_runs,
    particled,
    phrases,
    placed,
    roles,
)
from summarizer.attribution.kinds import german_governed, german_named, german_titles
from summarizer.attribution.speakers import german_runs, papers

_GERMAN = _data.load_toml("german.toml")


def test_the_object_articles_and_their_leads_are_one_table_both_readers_share() -> None:
    table = _GERMAN["object_runs"]
    assert german_inverted._LEADS == german_runs._LEADS == frozenset(table["leads"])
    assert frozenset(table["articles"]) == german_inverted._OBJECT_ARTICLES
    # the run cutter reads only the articles a run of capitals can hold ("den Plan", not "dem")
    assert frozenset({"den", "das"}) == german_runs._ARTICLES


@pytest.mark.parametrize(
    ("module", "name", "where"),
    [
        (phrases, "_ARTICLES", "german.toml phrases articles"),
        (phrases, "_INDEFINITE_HEAD", "german.toml phrases indefinite_heads"),
        (phrases, "_GENITIVE", "german.toml phrases genitives"),
        (phrases, "_PLACED", "german.toml phrases placed"),
        (phrases, "_ATTRIBUTED", "german.toml phrases attributed"),
        (particled, "_ARTICLES", "names.toml article_particles"),
        (attributed_name, "_INSIDE", "german.toml origin_attribute words"),
        (forenames, "_HEAD_ENDS", "genders.toml en apposition ends"),
        (german_titles, "_DEFINITE", "terms.toml definite_articles de"),
        (german_titles, "_ARTICLE_CASES", "terms.toml article_cases de"),
        (particled, "_DETERMINERS", "german.toml particle_prepositions determiners"),
        (german_relative, "_NOMINATIVE", "german.toml partial nominative_pronouns"),
        (german_named, "_POSSESSIVES", "german.toml partial possessive_stems"),
        (german_governed, "_LABELS", "german.toml partial label_leads"),
        (german_content, "_SUBJECTS", "german.toml partial content_subjects"),
        (noun_runs, "NOT_OF_NAME", "german.toml name_ends words"),
        (roles, "GENITIVE_ARTICLES", "german.toml phrases genitive_articles"),
        (german_quoted, "_DATIVES", "german.toml quoted datives"),
        (german_quoted, "_FOLLOWS", "german.toml quoted follows"),
        (german_nested, "_PLURAL", "german.toml nested plural_finite"),
        (german_stance, "_DEFINITE", "german.toml stance view_articles"),
        (placed, "_ADDED", "german.toml placed added_to"),
        (adjective_led, "_ARTICLES", "german.toml adjective_led articles"),
        (papers, "_JOINERS", "names.toml body_joiners"),
    ],
)
def test_a_module_reads_its_words_from_the_data(module: ModuleType, name: str, where: str) -> None:
    file, *keys = where.split()
    words: Any = _data.load_toml(file)
    for key in keys:
        words = words[key]
    assert words == [w.lower() for w in words]  # looked up lower-cased
    assert frozenset(words) <= frozenset(getattr(module, name))
