"""French: a relative clause set off by commas after a name leaves the name its verb's subject."""
# Sentences written for these tests (romance20), modelled on French news reports.

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str) -> Quote:
    """The text's last quotation that is no name or title."""
    return [q for q in find_quotes(text, "fr", "") if q.kind != "title"][-1]


@pytest.mark.parametrize(
    "text",
    [
        (
            "« Non », a dit Paul Roux. Claire Dumoulin, qui travaille dans le service depuis "
            "dix-huit ans, ne décolère pas. « On nous parle de sécurité », lance-t-elle."
        ),
        (
            "Claire Dumoulin, dont le service ferme en mars, ne décolère pas. « On nous parle "
            "de sécurité », lance-t-elle."
        ),
    ],
)
def test_the_name_before_a_relative_clause_is_the_pronouns_person(text: str) -> None:
    quote = _last(text)
    assert (quote.speaker, quote.confidence) == ("Claire Dumoulin", "low")


# The relative clause's own object is no subject: "elle" finds nobody of her gender there.
def test_a_name_inside_the_relative_clause_is_no_subject() -> None:
    text = (
        "« Non », a dit Paul Roux. Le maire, qui a reçu Claire Dumoulin, ne décolère pas. "
        "« On nous parle de sécurité », lance-t-elle."
    )
    assert _last(text).speaker is None


# A man's pronoun never goes to her, though the relative clause makes her a subject.
def test_the_pronoun_of_the_other_gender_stays_unnamed() -> None:
    text = (
        "Claire Dumoulin, qui travaille dans le service, ne décolère pas. « On nous parle de "
        "sécurité », lance-t-il."
    )
    assert _last(text).speaker is None
