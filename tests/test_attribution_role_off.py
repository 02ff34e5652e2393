"""The speaker is the NAME: a role, title, rank or origin word written before it stays in the
mention, not in the speaker (fullnames/role_off.py, `nameclean28`); bodies, descriptions, a lone
first name and a nobility particle's name stay whole."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str, lang: str) -> tuple[str | None, str | None]:
    quote = find_quotes(text, lang)[0]
    return quote.speaker, quote.mention


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "de",
            "„Der Winter wird mild“, sagte Klimaforscherin Jana Petersen am Montag.",
            "Jana Petersen",
        ),
        (
            "de",
            "„Die Ernte ist verloren“, sagte Landwirt Jan Ostermann der Zeitung.",
            "Jan Ostermann",
        ),
        (
            "de",
            "„Der Deich hält“, sagte Feuerwehrkommandant Jan Ost-Berg am Abend.",
            "Jan Ost-Berg",
        ),
        ("de", "„Das ist ein guter Tag“, sagte Bundesinnenminister Kessler.", "Kessler"),
        ("de", "„Die Lage ist ernst“, sagte Polizeisprecher Hollerbach am Morgen.", "Hollerbach"),
        ("de-hist", "„Das Haus ist beschlußunfähig“, rief Abg. Gregorig.", "Gregorig"),
        (
            "de-hist",
            "„Die Armee ist bereit“, erklärte Kriegsminister Heinrich v. Goßler.",
            "Heinrich v. Goßler",
        ),
        ("en", '"We will appeal," said Pole Jan Ost.', "Jan Ost"),
        ("en", '"It was a long race," Canadian Ann Voss said.', "Ann Voss"),
        ("en", '"I felt great," said Kenyan David Kiprono, who won the marathon.', "David Kiprono"),
        ("en", '"I will run," said Democrat Jane Ross.', "Jane Ross"),
    ],
)
def test_the_role_word_stays_in_the_mention(lang: str, text: str, speaker: str) -> None:
    found, mention = _first(text, lang)
    assert found == speaker
    assert mention is not None and mention.endswith(speaker.split()[-1])


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "de",
            "„Es wird stürmisch“, teilte der Deutsche Wetterdienst mit.",
            "Deutsche Wetterdienst",
        ),
        (
            "de",
            "„Er war es nicht“, sagte die Anwältin des Angeklagten.",
            "Anwältin des Angeklagten",
        ),
        ("de", "„Wir fahren heim“, sagte Sohn Paolo.", "Sohn Paolo"),
        ("de", "„Betet für den Frieden“, sagte Papst Franziskus.", "Papst Franziskus"),
        ("de", "„Wir sind da“, sagte Trainer Roeder.", "Trainer Roeder"),
        ("de", "„Wir sind da“, sagte Montserrat Sanz.", "Montserrat Sanz"),
        ("de-hist", "„Ich bitte ums Wort“, sagte Frhr. v. Stumm.", "Frhr. v. Stumm"),
        ("de-hist", "„Das Gesetz ist schlecht“, rief Graf Kanitz.", "Graf Kanitz"),
        ("de-hist", "„Die Regierung lehnt ab“, erklärte Reichskanzler Fürst Bülow.", "Fürst Bülow"),
        (
            "en",
            '"Sales fell," the Canadian Beverage Association said.',
            "Canadian Beverage Association",
        ),
    ],
)
def test_bodies_descriptions_and_first_names_stay_whole(lang: str, text: str, speaker: str) -> None:
    assert _first(text, lang)[0] == speaker
