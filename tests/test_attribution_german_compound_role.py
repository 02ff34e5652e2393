"""German: a bare role never stands for the name a compound title ending in it gave."""
# "Staatsanwalt Jan Roth … „…“, sagte der Anwalt": whether a compound's first part keeps the role
# is its meaning, not its form (a prosecutor is no lawyer for the defence), so the bare role is
# read as written, never as the compound's holder (fixA22 removed deown21a's `title_tail` rule).

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str) -> Quote:
    return find_quotes(text, "de", "")[-1]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Staatsanwalt Jan Roth forderte vier Jahre Haft. „Mein Mandant ist unschuldig“, "
            "sagte der Anwalt.",
            "Jan Roth",
        ),
        (
            "Staatsanwältin Eva Roth forderte vier Jahre Haft. „Meine Mandantin ist unschuldig“, "
            "sagte die Anwältin.",
            "Eva Roth",
        ),
        (
            "Nachrichtensprecher Jan Roth las die Meldung. „Wir prüfen das“, sagte der Sprecher.",
            "Jan Roth",
        ),
        ("Juniorchef Jan Roth übernahm die Firma. „Wir bleiben hier“, sagte der Chef.", "Jan Roth"),
        (
            "Polizeipräsident Jan Roth kam zur Feier. „Das ist ein großer Tag“, sagte der "
            "Präsident.",
            "Jan Roth",
        ),
        (
            "Schiedsrichter Jan Roth pfiff ab. „Das Urteil ist gefallen“, sagte der Richter.",
            "Jan Roth",
        ),
        # a former holder is not the current one
        (
            "Die frühere Bauministerin Klara Vollmer kritisierte ihre Nachfolgerin scharf. "
            "„Das Geld reicht“, sagte die Ministerin.",
            "Klara Vollmer",
        ),
        (
            "Die Ministerin kritisierte ihre Vorgängerin, die damalige Bauministerin Petra Lang. "
            "„Das war falsch“, sagte die Ministerin.",
            "Petra Lang",
        ),
        # another body's spokesman
        (
            "Polizeisprecher Jan Roth: „Der Täter ist flüchtig.“ Die Staatsanwaltschaft sucht "
            "Zeugen. „Hinweise bitte an uns“, sagte der Sprecher.",
            "Jan Roth",
        ),
        (
            "Polizeisprecher Jan Roth bestätigte den Einsatz. Die Stadt schickte ihren Sprecher. "
            "„Niemand wurde verletzt“, sagte der Sprecher.",
            "Jan Roth",
        ),
    ],
)
def test_a_bare_role_is_not_the_compound_titled_person(text: str, named: str) -> None:
    quote = _last(text)
    assert quote.speaker != named and quote.confidence != "high"


@pytest.mark.parametrize(
    "text",
    [
        "„Gut“, sagte Bauministerin Katrin Vollmer. „Schlecht“, sagte Justizministerin Eva Ems. "
        "„Wir haben es einfach gemacht“, betonte die Ministerin.",
        "„Gut“, sagte Regierungssprecher Jan Roth. „Schlecht“, sagte der Sprecher des "
        "Innenministeriums.",
        "„Gut“, sagte Vizekanzler Jan Roth. „Schlecht“, sagte der Kanzler.",
        "„Gut“, sagte Ministerpräsident Jan Roth. „Schlecht“, sagte der Präsident.",
    ],
)
def test_another_office_is_not_the_compound_titled_person(text: str) -> None:
    assert _last(text).speaker not in ("Jan Roth", "Eva Ems", "Katrin Vollmer")


# A plain title before the name still stands for it ("Ministerin Katrin Vollmer … die Ministerin").
def test_the_plain_title_still_stands_for_its_holder() -> None:
    text = (
        "„Gut“, sagte Ministerin Katrin Vollmer. Laut Vollmer kommt das Geld bald. "
        "„Wir haben es einfach gemacht“, betonte die Ministerin."
    )
    assert _last(text).speaker == "Katrin Vollmer"
