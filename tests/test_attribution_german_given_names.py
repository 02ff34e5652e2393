"""German: the name "nennen" gives an object its owner names ("nannte seinen Hund „Bello“") is a
title, which nobody says; a judgement stays the subject's words (known24: sentences written for
these tests)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Peter Lenz nannte seinen Hund „Bello“.",  # was Peter Lenz, high
        "Peter Lenz nannte seine Tochter „Anna Maria“.",
        "Die Familie nennt ihren Kater „Moritz“.",
    ],
)
def test_a_name_given_to_an_object_is_a_title(text: str) -> None:
    assert [(q.speaker, q.kind) for q in find_quotes(text, "de")] == [(None, "title")]


@pytest.mark.parametrize(
    "text",
    [
        "Peter Lenz nannte die Lage „angespannt“.",  # a judgement in lower case
        "Peter Lenz nannte den Plan „Wahnsinn“.",  # an article: anyone's object, judged
        "Peter Lenz nannte den Plan einen „Wahnsinn“.",  # a noun after its own article
        "Peter Lenz nannte die Reform „einen Skandal“.",
        "Peter Lenz nannte Anna Roth „Verräterin“.",  # no determiner: the object is a name
    ],
)
def test_a_judgement_stays_the_subjects_words(text: str) -> None:
    quote = find_quotes(text, "de")[-1]
    assert (quote.speaker, quote.kind) == ("Peter Lenz", "speech")
