"""A role and a surname ("Trainer Keller") that may be another person of the name, above all a
relative ("Sein Vater, Trainer Keller"), is not the person named in full; a role run into a name
at a sentence's start is shown without it ("Kapitänin Lea Roth" is Lea Roth)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the text's last quotation."""
    quote = find_quotes(text, "de", "")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize("role", ["Trainer", "Großvater", "Co-Trainer", "Altbürgermeister"])
def test_a_father_named_by_role_and_surname_is_not_his_son(role: str) -> None:
    text = (
        f"Stürmer Jonas Keller traf zweimal. Sein Vater, {role} Keller, jubelte an der Linie. "
        "Kapitänin Lea Roth lachte. „Ich bin stolz auf meinen Sohn“, sagte er."
    )
    assert _last(text)[0] is None


@pytest.mark.parametrize("role", ["Trainer", "Großvater", "Co-Trainer", "Altbürgermeister"])
def test_an_office_with_the_surname_may_be_another_person(role: str) -> None:
    text = (
        f"Stürmer Jonas Keller traf zweimal. {role} Keller jubelte an der Linie. "
        "Kapitänin Lea Roth lachte. „Ich bin stolz auf meinen Sohn“, sagte er."
    )
    assert _last(text)[0] is None


def test_the_role_run_into_a_name_is_not_shown_as_part_of_it() -> None:
    text = (
        "Stürmer Jonas Keller traf zweimal. Kapitänin Lea Roth lachte. "
        "„Ich bin stolz auf das Team“, sagte sie."
    )
    assert _last(text) == ("Lea Roth", "low")


def test_a_councillor_is_shown_by_his_name() -> None:
    text = (
        "Gemeinderat Josef Eder schlug einen Kompromiss vor. Anna Lindner schwieg. "
        "„Dann warten wir ab“, sagte er."
    )
    assert _last(text) == ("Josef Eder", "low")


def test_two_given_names_stay_the_name() -> None:
    text = "Hans Peter Roth schlug einen Kompromiss vor. „Dann warten wir ab“, sagte er."
    assert _last(text)[0] == "Hans Peter Roth"
