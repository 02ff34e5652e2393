"""An apposition opening with a bare role noun and its complement describes the name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_LEAD = "The council met on Monday.\n\n"


def _last(text: str) -> Quote:
    return find_quotes(_LEAD + text, "en")[-1]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (  # the subject of its own sentence, past "co-founder of …"
            "Ted Norris, co-founder of the Horizon Institute, welcomed "
            "“the recognition that we lack the tools we need.”",
            "Ted Norris",
        ),
        (  # two lower-case words before the link
            "Bob Hale, executive director of Acme, backed “a plan that nobody else wanted.”",
            "Bob Hale",
        ),
        (  # the subject that "he" stands for in the next paragraph
            "Bob Hale, chairman of the county party, voiced confidence that the mayor would lose."
            "\n\n“I think she is going down hard,” he said.",
            "Bob Hale",
        ),
    ],
)
def test_a_bare_role_apposition_keeps_the_name_the_subject(text: str, who: str) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence) == (who, "low")


@pytest.mark.parametrize(
    "text",
    [
        # two subjects: the named one and another joined after the apposition
        "Ted Norris, head of the tenants union, and Ann Roe welcomed "
        "“the recognition that we lack the tools we need.”",
        # no person: a thing described the same way
        "The plan, part of a series of reforms, drew “a wave of anger from tenants.”",
        # a lower-case word and no link: no description, the verb is not the name's
        "Ted Norris, meanwhile, and his aides drafted “a plan nobody wanted.”",
    ],
)
def test_no_speaker_without_one_described_subject(text: str) -> None:
    assert _last(text).speaker is None
