"""German er/sie past a role run into a name ("Gemeinderat Josef Eder") or put before a surname."""
# A sentence may open with a role and no article ("Gemeinderat Josef Eder schlug … vor"), so the
# role runs into the name: its first known given name still marks the gender, and a role with a
# surname alone ("Matchwinner Keller") is the one person the article named in full with it.

from __future__ import annotations

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the text's last quotation."""
    quote = find_quotes(text, "de", "")[-1]
    return quote.speaker, quote.confidence


def test_a_role_before_a_given_name_does_not_hide_his_gender() -> None:
    text = (
        "Stadtrat Paul Weber schlug einen Kompromiss vor. „Dann warten wir ab“, meinte Weber. "
        "Anna Lindner war einverstanden. „Darüber kann man reden“, sagte sie."
    )
    assert _last(text) == ("Anna Lindner", "low")


def test_a_role_and_a_surname_are_the_person_named_in_full() -> None:
    text = (
        "Torwart Jonas Brandl hielt zwei Elfmeter. Held Brandl wirkte müde. "
        "„Ich habe einfach gewartet“, sagte er lachend."
    )
    assert _last(text) == ("Jonas Brandl", "low")


def test_a_role_of_another_gender_is_another_person() -> None:
    text = (
        "Torwart Jonas Brandl hielt zwei Elfmeter. Trainerin Brandl wirkte müde. "
        "„Ich habe einfach gewartet“, sagte sie."
    )
    assert _last(text)[0] is None


def test_two_people_of_that_surname_leave_the_role_unresolved() -> None:
    text = (
        "Torwart Jonas Brandl hielt, Verteidiger Paul Brandl nicht. Held Brandl wirkte müde. "
        "„Ich habe einfach gewartet“, sagte er."
    )
    assert _last(text)[0] is None


def test_a_woman_named_with_a_role_is_no_he() -> None:
    text = (
        "Stadträtin Anna Lindner schlug einen Kompromiss vor. Paul Weber war dagegen. "
        "„Das geht so nicht“, sagte er."
    )
    assert _last(text)[0] == "Paul Weber"


def test_many_roles_with_one_surname_stay_linear() -> None:
    def run(n: int) -> None:
        text = "Torwart Jonas Brandl hielt. " + "Held Brandl jubelte. " * n + "„Gut“, sagte er."
        find_quotes(text, "de", "")

    assert_linear(run, 100)
