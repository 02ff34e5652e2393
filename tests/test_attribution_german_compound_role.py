"""German: a bare role stands for the one person a compound title ending in it named."""
# "Bauministerin Katrin Vollmer … „…“, betonte die Ministerin" gives Katrin Vollmer (deown21a).

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str) -> Quote:
    return find_quotes(text, "de", "")[-1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Gut“, sagte Bauministerin Katrin Vollmer. Laut Vollmer kommt das Geld bald. "
            "„Wir haben es einfach gemacht“, betonte die Ministerin.",
            "Katrin Vollmer",
        ),
        (
            "Polizeisprecher Michael Huber kam am Morgen. „Der Hang ist abgerutscht“, sagte "
            "der Sprecher.",
            "Michael Huber",
        ),
    ],
)
def test_a_bare_role_stands_for_the_compound_titled_person(text: str, speaker: str) -> None:
    assert _last(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # two persons hold the title: the role as written
        "„Gut“, sagte Bauministerin Katrin Vollmer. „Schlecht“, sagte Justizministerin Eva Ems. "
        "„Wir haben es einfach gemacht“, betonte die Ministerin.",
        # a role with a complement of its own is another office
        "„Gut“, sagte Regierungssprecher Jan Roth. „Schlecht“, sagte der Sprecher des "
        "Innenministeriums.",
        # a rank of its own: the vice-chancellor is no chancellor
        "„Gut“, sagte Vizekanzler Jan Roth. „Schlecht“, sagte der Kanzler.",
        # a compound of two titles is an office of its own
        "„Gut“, sagte Ministerpräsident Jan Roth. „Schlecht“, sagte der Präsident.",
    ],
)
def test_another_office_is_not_the_compound_titled_person(text: str) -> None:
    assert _last(text).speaker != "Jan Roth" and _last(text).speaker not in ("Eva Ems",)


def test_many_compound_titles_and_roles_stay_linear() -> None:
    text = "„Ja“, sagte Bauministerin Eva Ems. „Nein“, sagte die Ministerin. " * 300
    assert _last(text).speaker == "Eva Ems"
