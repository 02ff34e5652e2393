"""English: the name that owns a message noun before a colon speaks ("Ann Roe's statement was
short: “…”") when it opens its sentence (own sentences; no corpus text)."""

from __future__ import annotations

from tests.quoted import english_quotes as quotes
from tests.quoted import english_speakers as speakers

_SPEECH = '"We must move past the anger of this race."'


def test_the_owner_of_a_statement_before_a_colon() -> None:
    found = quotes(f"The race tightened. Ann Roe's statement was short: {_SPEECH}")[0]
    assert (found.speaker, found.confidence, found.basis) == ("Ann Roe", "high", "colon_intro")


def test_the_owner_of_a_post_on_a_named_medium_after_a_preposition() -> None:
    assert speakers(f"The race tightened. From Ann Roe's Facebook post: {_SPEECH}") == ["Ann Roe"]


def test_a_message_owned_inside_another_subject_s_clause_names_nobody() -> None:
    text = f"The race tightened. The governor mocked Ann Roe's statement: {_SPEECH}"
    assert speakers(text) == [None]


def test_a_message_owned_by_a_lower_case_noun_names_nobody() -> None:
    assert speakers(f"The race tightened. The governor's reply to Ann Roe: {_SPEECH}") == [None]


def test_an_adjective_before_the_message_noun_leaves_it_unread() -> None:
    assert speakers(f"The race tightened. From Ann Roe's long post: {_SPEECH}") == [None]
