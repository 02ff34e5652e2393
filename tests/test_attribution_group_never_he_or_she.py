"""A group that spoke before ("lawyers said") is never carried to a singular he or she."""
# The engineer's own sentences (session 20, fixF).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "“We will appeal,” lawyers said. “Fine,” she said.",
        "“We will appeal,” officials said. “Fine,” he said.",
        "“We will appeal,” the lawyers said. “Fine,” she said.",
        "“We will appeal,” her attorneys said. “Fine,” he said.",
        "“We will appeal,” sources told Reuters. “Fine,” she said.",
    ],
)
def test_a_singular_pronoun_after_a_group_is_nobody_named(text: str) -> None:
    quotes = find_quotes(text, "en", "")
    assert quotes[0].speaker is not None
    assert quotes[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will appeal,” Ann Roe said. “Fine,” she said.", "Ann Roe"),
        ("“We will appeal,” the boss said. “Fine,” she said.", "the boss"),
        ("“We will appeal,” her lawyers said. “We will win,” they said.", "her lawyers"),
    ],
)
def test_one_person_or_they_still_goes_on(text: str, speaker: str) -> None:
    assert find_quotes(text, "en", "")[-1].speaker == speaker


def test_sources_told_an_outlet_keeps_the_sources() -> None:
    quote = find_quotes("“We will appeal,” sources told Reuters.", "en", "")[0]
    assert (quote.speaker, quote.confidence) == ("sources", "low")


@pytest.mark.parametrize(
    "text",
    [
        "„Das wird teuer“, sagten Anwälte. „Gut“, sagte sie.",
        "„Das wird teuer“, sagten die Experten. „Gut“, sagte er.",
    ],
)
def test_a_german_group_is_never_one_er_or_sie(text: str) -> None:
    """The one list of group nouns (cues.toml `group_subjects`) holds German's too."""
    quotes = find_quotes(text, "de", "")
    assert quotes[0].speaker is not None
    assert quotes[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das wird teuer“, sagte Eva Roth. „Gut“, sagte sie.", "Eva Roth"),
        ("„Das wird teuer“, sagte Jan Helfer. „Gut“, sagte er.", "Jan Helfer"),  # a surname
    ],
)
def test_a_german_person_still_goes_on(text: str, speaker: str) -> None:
    assert find_quotes(text, "de", "")[-1].speaker == speaker
