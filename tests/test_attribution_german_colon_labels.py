"""German quotations a colon introduces with no verb of saying: a person as a label ("Dazu die
Ministerin:", "Peter Lang (SPD):"), a statement noun and its owner ("Die Antwort des Ministers:",
"Roths Fazit:"), "Das sieht auch X so:", "X wurde deutlich:", and words
put first ("Mit den Worten „…“ verabschiedete sich X")."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.quoted import only_quote

_ROTH = "Der Minister Jan Roth stellte am Montag den Haushalt vor. "
_EMS = "Die Ministerin Eva Ems stellte am Montag den Haushalt vor. "


def _last_speaker(text: str) -> str | None:
    quotes = [q for q in find_quotes(text, "de") if q.kind != "title"]
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Es gab Streit. Peter Lang (SPD): „Das ist ein schlechter Tag.“", "Peter Lang"),
        ("Der Minister Tom Weber (54): „Ich bin unschuldig.“", "Tom Weber"),
        ("Seine Frau Anna Weber: „Er war immer ein guter Mensch.“", "Anna Weber"),
        ("Es gab Streit. Dazu die Ministerin: „Wir prüfen das.“", "Ministerin"),
        (
            "Es gab Streit.\n\nEin Sprecher der Polizei: „Wir ermitteln.“",
            "Ein Sprecher der Polizei",
        ),
        ("Peter Lang (SPD) über den Plan: „Das ist ein schlechter Tag.“", "Peter Lang"),
        ("Rocklegende Eva Ems zur neuen Heimat: „Ich freue mich.“", "Eva Ems"),
    ],
)
def test_a_person_as_a_label_speaks(text: str, speaker: str) -> None:
    quote = only_quote(text, "de")
    assert quote.speaker == speaker
    assert quote.confidence == "low"


@pytest.mark.parametrize(
    "frame",
    [
        "Dazu der Minister:",
        "Roth weiter:",
        "Der Minister weiter:",
        "Roth auf Nachfrage:",
        "Roth zu den Vorwürfen:",
        "Roth, sichtlich bewegt:",
        "Roths Fazit:",
        "Roths Antwort darauf:",
        "Die Reaktion Roths:",
        "Die Antwort des Ministers:",
        "Das sieht auch Roth so:",
        "Ganz anders sieht das Roth:",
        "Roth wurde deutlich:",
        "Im Interview wurde Roth sehr persönlich:",
    ],
)
def test_a_verbless_frame_names_the_minister(frame: str) -> None:
    text = _ROTH + frame + " „Wir haben einen soliden Haushalt vorgelegt.“"
    assert _last_speaker(text) == "Jan Roth"


def test_a_label_may_end_its_paragraph() -> None:
    text = _EMS + "Die Ministerin weiter:\n\n„Wir haben einen soliden Haushalt vorgelegt.“"
    assert _last_speaker(text) == "Eva Ems"


def test_a_genitive_name_is_never_a_name_with_its_noun() -> None:
    text = _ROTH + "Roths Kommentar: „Wir haben einen soliden Haushalt vorgelegt.“"
    assert _last_speaker(text) == "Jan Roth"


def test_a_masculine_genitive_role_is_given_in_the_nominative() -> None:
    assert only_quote("Die Antwort des Ministers: „Wir prüfen das.“", "de").speaker == "Minister"


@pytest.mark.parametrize(
    "text",
    [
        "Die Lehrerin und der Schüler: „Wir sind ein Team.“",
        "Die Polizei auf Spurensuche: „Wir wissen noch nichts.“",
        "Die Kernfrage: „Wer soll das bezahlen?“",
        "Der Titel des Buches: „Die Nacht am Fluss.“",
        "Die Antwort kam prompt: „Wir prüfen das.“",
        "Die Reaktion des Marktes: „Wir prüfen das.“",
        "Die Antwort des Ministers für Bau: „Wir prüfen das.“",
        "Jan Roth war da. Roth, der lange schwieg: „Ich bin müde.“",
        "Jan Roth war da. Roth über sich selbst: „Ich bin müde.“",
        "Jan Roth war da. Der Plan wurde deutlich: „Ich bin müde.“",
        "Jan Roth war da. Roth wurde deutlich überstimmt: „Ich bin müde.“",
        "Jan Roth war da. Das sieht die Studie anders: „Ich bin müde.“",
        "Jan Roth war da. So sieht es aus: „Ich bin müde.“",
        "Jonas Brand war da. Bayerns Antwort: „Ich bin müde.“",
        "Jan Roth war da. Das Boot lief aus. Sein Fazit: „Der Wind dreht.“",
        "Die Sitzung war lang. Abg. Dr. Halm: „Die Regierung weicht nicht.“ Man ging.",
        "Die Affäre Jan Roth (54): „Wir bleiben hart.“",
    ],
)
def test_no_person_labels_these(text: str) -> None:
    assert only_quote(text, "de").speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mit den Worten „Es war mir eine Ehre“ verabschiedete sich Jan Roth.", "Jan Roth"),
        ("Mit den Worten „Es war mir eine Ehre“ verließ der Minister den Saal.", "Minister"),
        ("Mit den Worten „Es war mir eine Ehre“ wurde der Minister verabschiedet.", None),
        ("Mit den Worten „Es war mir eine Ehre“ endete der Abend.", None),
    ],
)
def test_words_put_first_are_the_subjects_after_the_verb(text: str, speaker: str | None) -> None:
    assert only_quote(text, "de").speaker == speaker


def test_another_ones_words_put_first_are_not_the_subjects() -> None:
    text = "Mit den Worten Goethes „Mehr Licht, bitte“ schloss Jan Roth seine Rede."
    assert all(q.speaker != "Jan Roth" for q in find_quotes(text, "de"))


@pytest.mark.parametrize("comma", ["", ","])
def test_words_put_first_go_to_the_pronoun_after_the_verb(comma: str) -> None:
    text = (
        f"Jan Roth blieb ruhig. Mit den Worten „Alles wird gut“{comma} richtete er den Blick auf."
    )
    assert only_quote(text, "de").speaker == "Jan Roth"


# Partial quotations inside a sentence whose verb is no verb of saying: a verb of judging or
# calling gives the subject's words (low unless it is a verb of saying such as "nennen"); a verb
# of reading, seeing or wanting quotes a title or a plan, nobody's words (guards, unchanged).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jan Roth hält den Plan für „völlig verfehlt“.", "Jan Roth"),
        ("Jan Roth nannte den Plan „einen Irrweg“.", "Jan Roth"),
        ("Eva Ems bezeichnete den Entwurf als „unausgegoren“.", "Eva Ems"),
        ("Ursprünglich wollte Jan Roth „alles anders machen“.", None),
        ("Jan Roth las am Morgen „Die Welt“.", None),
    ],
)
def test_partial_quotations_under_other_verbs(text: str, speaker: str | None) -> None:
    quotes = [q for q in find_quotes(text, "de") if q.kind != "title"]
    assert [q.speaker for q in quotes][-1:] in ([speaker], [] if speaker is None else [speaker])
