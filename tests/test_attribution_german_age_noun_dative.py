"""An age noun ("die 41-Jährige") takes no genitive: "der Zeitung" after it is the listener in the
dative, no part of the description as written."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize("lead", ["", "am Montag in Berlin "])
def test_a_dative_after_an_age_noun_is_no_part_of_it(lead: str) -> None:
    """'„…“, sagte am Montag in Berlin die 41-Jährige der Zeitung.' is '41-Jährige', low."""
    (quote,) = find_quotes(f"„Wir bleiben hart“, sagte {lead}die 41-Jährige der Zeitung.", "de", "")
    assert quote.speaker in ("41-Jährige", None)


def test_a_role_still_takes_its_genitive() -> None:
    """'sagte die Sprecherin der Stadt' keeps its genitive."""
    (quote,) = find_quotes("„Wir bleiben hart“, sagte die Sprecherin der Stadt.", "de", "")
    assert quote.speaker == "Sprecherin der Stadt"
