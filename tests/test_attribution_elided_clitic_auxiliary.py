"""French: a reflexive auxiliary with its elided clitic ("s'est exprimée") goes on after an
apposition, so the apposed name is the verb's subject and "elle" after it is hers."""
# fixF24: fres24 read "s'est" as "est" (clauses.verb_at), which is no skipped auxiliary: the
# apposed name stopped being a subject and the pronoun named nobody.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[str | None]:
    """The speaker of each quotation of `text`."""
    return [q.speaker for q in find_quotes(text, "fr")]


@pytest.mark.parametrize(
    "text",
    [
        "L'épouse de Paul Roux, Anne Roux, s'est exprimée. « Il est innocent », a-t-elle dit.",
        "La sœur de Paul Roux, Anne Roux, s'est confiée. « Il est innocent », a-t-elle dit.",
    ],
)
def test_the_apposed_name_before_a_reflexive_auxiliary_is_the_subject(text: str) -> None:
    assert _said(text) == ["Anne Roux"]


# Negatives: the owner named after "de" is never the speaker; fres24's "n'a" still reads "a".
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("L'épouse de Paul Roux s'est exprimée. « Il est innocent », a-t-elle dit.", None),
        (
            "Le capitaine, Mathieu Roques, n'a pas caché sa colère. « C'est injuste », a-t-il "
            "reconnu.",
            "Mathieu Roques",
        ),
    ],
)
def test_owners_and_negated_auxiliaries_keep_their_readings(text: str, speaker: str | None) -> None:
    assert _said(text) == [speaker]
