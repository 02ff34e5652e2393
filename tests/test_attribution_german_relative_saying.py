"""A German relative clause that says the quotation: its words, never the main subject's."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


def _found(text: str) -> tuple[str | None, str]:
    quote = only_quote(text, "de")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        # the relative pronoun is the subject: its antecedent speaks
        "Jan Roth kritisierte Eva Ems, die den Plan „völlig absurd“ nannte.",
        "Jan Roth widersprach Eva Ems, die gesagt hatte, der Plan sei „völlig absurd“.",
        # a pronoun in another case: the clause's own subject follows it
        "Jan Roth kritisierte den Plan, den Eva Ems „völlig absurd“ nannte.",
        # a colon after the relative clause's verb of saying; adverbs or an object pronoun between
        "Jan Roth erinnerte an Eva Ems, die einst sagte: „Wir bleiben hart.“",
        "Jan Roth sprach mit Eva Ems, die ihm sagte: „Wir bleiben hart.“",
    ],
)
def test_the_relative_clause_speaks(text: str) -> None:
    assert _found(text) == ("Eva Ems", "low")


@pytest.mark.parametrize(
    "text",
    [
        # a document says it: no person speaks, the main clause's subject least of all
        "Jan Roth kritisierte den Bericht, der die Lage als „dramatisch“ beschreibt.",
        # either may be the subject
        "Jan Roth lobte die Partei, die die Regierung „völlig unfähig“ nannte.",
        # a one-word genitive after a role is no name
        "Der Führer Irans, der den Sieg als „großes Fest“ bezeichnete, ordnete eine Prüfung an.",
        # another subject ("er") in the clause; a document's verb-last cue (a crowd's relative
        # clause before a colon names the crowd since desrc30: test_attribution_desrc30.py)
        "Jan Roth lobte die Worte, die er sagte: „Wir bleiben hart.“",
        "Jan Roth lobte den Bericht, der feststellt: „Wir bleiben hart.“",
        # a name after "die" before a verb-last clause: either may be the subject, never Roth
        "Jan Roth lobte Petra Berger, die Karl Weber „mutig“ nannte.",
        "Jan Roth lobte Petra Berger, die Karl Weber gestern „sehr mutig“ genannt hatte.",
        # an object pronoun before no person: the clause's subject is no one to name
        "Jan Roth lobte den Plan, den die Regierung „mutig“ nannte.",
    ],
)
def test_no_speaker_for_other_relative_clauses(text: str) -> None:
    assert _found(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an article, no relative pronoun: reported speech, as before
        ("Jan Roth sagte, die Regierung habe den Plan „völlig absurd“ genannt.", "Regierung"),
        ("Jan Roth sagte, der Plan sei „völlig absurd“.", "Jan Roth"),
        ("Jan Roth sagte, Petra Berger habe den Plan „mutig“ genannt.", "Petra Berger"),
    ],
)
def test_reported_clauses_are_no_relative_clauses(text: str, speaker: str) -> None:
    assert _found(text)[0] == speaker
