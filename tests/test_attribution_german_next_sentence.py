"""German: a quotation making a whole sentence takes the speaker the next sentence points to."""
# "„…“ Davon ist Trainer Jan Ost überzeugt.", "„…“ Chef Ralf Kern zeigt sich erleichtert.": the
# quotation has no cue of its own; the sentence after it points back at the words (a pointer and a
# verb that fits it, or a subject and a verb of stance with "sich") and its subject spoke them, as a
# guess (low confidence). Negatives: a negation, a verb that takes in another's words, a subject
# the words befall ("Das freut X"), a narration, two people, a question, a cue before the quotation.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str) -> tuple[str | None, str]:
    quote = find_quotes(text, "de", "")[0]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("Davon ist Gewerkschaftschef Udo Maar überzeugt.", "Udo Maar"),
        ("Davon zeigte sich Außenministerin Eva Ems nach den Gesprächen überzeugt.", "Eva Ems"),
        ("Das forderte Senatorin Eva Ems am Montag auf dem Kongress in Hannover.", "Eva Ems"),
        ("Das räumte Minister Jan Ost am Mittwoch im Bundestag ein.", "Jan Ost"),
        ("Das sagte Jan Ost seiner Kollegin Eva Ems ins Gesicht.", "Jan Ost"),
        ("So sieht es Vorstandschef Jan Ost.", "Jan Ost"),
        ("So kommentierte Bankchef Jan Ost die Entscheidung der Notenbank.", "Jan Ost"),
        ("Diese Ansicht vertritt der Historiker Paul Rieck.", "Paul Rieck"),
        ("Dieser Meinung ist Professorin Eva Ems von der Universität Jena.", "Eva Ems"),
        ("Mit dieser Einschätzung steht die Ökonomin Lea Farn allein da.", "Lea Farn"),
        ("Zu diesem Schluss kommt Gutachterin Eva Ems.", "Eva Ems"),
        ("Mit diesem Satz eröffnete Ratsvorsitzender Jan Ost die Sitzung.", "Jan Ost"),
        ("Trainer Jan Ost ist sich sicher.", "Jan Ost"),
        ("Da ist sich Projektleiter Jan Ost sicher.", "Jan Ost"),
        ("Feuerwehrchef Ralf Kern zeigte sich erleichtert.", "Ralf Kern"),
        ("Verhandlungsführerin Eva Ems gab sich am Abend optimistisch.", "Eva Ems"),
        ("Bürgermeisterin Eva Ems fand nach dem Brand deutliche Worte.", "Eva Ems"),
    ],
)
def test_the_next_sentence_pointing_back_names_the_speaker(after: str, speaker: str) -> None:
    assert _first("„Die Lage ist ernst, aber wir schaffen das.“ " + after) == (speaker, "low")


def test_a_quotation_opening_its_paragraph() -> None:
    text = (
        "Die Messe ging am Sonntag zu Ende.\n\n"
        "„Ein voller Erfolg.“ So bilanzierte Messechef Jan Ost die fünf Tage."
    )
    assert _first(text) == ("Jan Ost", "low")


@pytest.mark.parametrize(
    "after",
    [
        "Jan Ost wurde 1960 in Kiel geboren.",  # narration
        "Eva Ems hörte Jan Ost aufmerksam zu.",  # no pointer, no stance
        "Das lässt Direktor Jan Ost nicht gelten.",  # a negation
        "Davon will Parteichef Jan Ost nichts wissen.",
        "Das musste sich Trainer Jan Ost nach dem Spiel anhören.",  # taken in
        "Diesen Vorwurf weist Bürgermeister Jan Ost zurück.",  # another's words
        "Das freut Betriebsrat Jan Ost.",  # "das" the subject, the person its object
        "Das gibt Bürgermeister Jan Ost neue Hoffnung.",
        "Das lobte auch Landrätin Eva Ems.",  # judging another's words
        "Das bestätigte Stadtrat Jan Ost am Montag.",
        "Davon ist auch Bäcker Jan Ost betroffen.",  # no conviction
        "So ging es auch Landwirt Jan Ost.",  # "so" and no verb of saying or viewing
        "Diese Aussage empörte Ministerin Eva Ems.",
        "Jan Ost und Eva Ems sind sich einig.",  # two people
        "Jan Ost ist seit Januar Trainer des Vereins.",
        "Eva Ems kritisierte diese Worte.",  # "Worte" with a demonstrative: another's
        "Jan Ost las die Worte vor.",
        "Da war Jan Ost noch ein Kind.",  # "da" a time, no conviction
    ],
)
def test_a_next_sentence_not_pointing_back_names_nobody(after: str) -> None:
    assert _first("„Die Lage ist ernst, aber wir schaffen das.“ " + after)[0] is None


def test_a_question_is_answered_by_another() -> None:
    text = "„Wer zahlt die Rechnung?“ Finanzminister Jan Ost gab sich gelassen."
    assert _first(text)[0] is None


def test_a_cue_before_the_quotation_keeps_its_speaker() -> None:
    text = (
        "Konzernchef Udo Brink kündigte am Montag den Rückzug an. „Wir verlassen den Markt.“ "
        "Betriebsrat Jan Ost zeigte sich schockiert."
    )
    assert find_quotes(text, "de", "")[0].speaker != "Jan Ost"
