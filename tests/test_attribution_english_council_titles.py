"""English: a city councillor's title before a name is no part of the name ("Alderwoman")."""
# en22: "said Alderwoman Teresa Gaines" listed "Alderwoman Teresa Gaines" as the speaker.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "“Rules are nice,” said Alderwoman Rita Vance.",
        "Councilwoman Rita Vance disagreed. “Rules are nice,” Vance said.",
        "“Rules are nice,” said Councilman Rita Vance.",
    ],
)
def test_a_council_title_is_cut_from_the_name(text: str) -> None:
    quote = find_quotes(text, "en", "")[-1]
    assert quote.speaker == "Rita Vance"


# a title alone names nobody's full name: the words stay a role, never a person's name
def test_the_title_alone_is_no_name() -> None:
    quote = find_quotes("“Rules are nice,” said the alderwoman.", "en", "")[-1]
    assert quote.speaker in (None, "the alderwoman")
