"""A German party's, country's or age's noun, a kind's role or a body's noun at a cue: the one
person or body the article named (speakers/epithets.py, speakers/compound_bodies.py, deroles28).

Invented people and bodies; the gold was written before the finder was run."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation in German `text`."""
    quote = find_quotes(text, "de")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an age first given at the cue: the one person named
        (
            "Der Architekt Bernhard Wölfel stellte am Montag seinen Entwurf vor. „Das Gebäude "
            "soll offen wirken“, sagte der 58-Jährige.",
            "Bernhard Wölfel",
        ),
        (
            "Die Bildhauerin Wiebke Sandrock eröffnete ihre Ausstellung. Die 47-Jährige sagte "
            "bei der Eröffnung: „Kunst braucht Raum.“",
            "Wiebke Sandrock",
        ),
        # a party's member noun: the one person written with the party
        (
            "Die Grünen-Politikerin Hanna Pfisterer und die SPD-Abgeordnete Jutta Brenner "
            "stritten im Landtag. „Das ist unseriös“, sagte die Sozialdemokratin.",
            "Jutta Brenner",
        ),
        (
            "Die Abgeordnete Jutta Brenner (SPD) verteidigte den Haushalt. Der Landrat Kurt "
            "Mahler schwieg. „Das ist solide“, sagte die Sozialdemokratin.",
            "Jutta Brenner",
        ),
        # a nationality's noun: the one person named, none written with another country
        (
            "Der Torwart des FC Brendel, Darko Lisičić, hielt zwei Elfmeter. „Ich war ruhig“, "
            "sagte der Kroate nach dem Spiel.",
            "Darko Lisičić",
        ),
        # a role by a body's kind ("Konzernchef") after a named body's role ("Siemtal-Chef")
        (
            "Siemtal-Chef Ulrich Hagedorn kündigte einen Umbau an. Der Konzernchef sprach von "
            "einem „harten, aber nötigen Weg“.",
            "Ulrich Hagedorn",
        ),
        # a woman and a man named: "der 58-Jährige" is the one man (derole29, gendered_roles)
        (
            "Die Architektin Berit Wölfel und der Bauherr Konrad Stamm stellten den Entwurf vor. "
            "„Das Gebäude soll offen wirken“, sagte der 58-Jährige.",
            "Konrad Stamm",
        ),
    ],
)
def test_german_epithet_at_the_cue_names_the_one_person(text: str, speaker: str) -> None:
    assert _last(text) == (speaker, "low")


@pytest.mark.parametrize(
    "text",
    [
        # two men named: either may be of that age
        "Der Architekt Bernd Wölfel und der Bauherr Konrad Stamm stellten den Entwurf vor. "
        "„Das Gebäude soll offen wirken“, sagte der 58-Jährige.",
        # an unnamed person of that age, or an unnamed person at all, between
        "Der Architekt Bernhard Wölfel stellte den Entwurf vor. Ein 58-jähriger Anwohner "
        "protestierte. „Das Gebäude ist zu hoch“, sagte der 58-Jährige.",
        "Der Architekt Bernhard Wölfel stellte den Entwurf vor. Ein Anwohner protestierte "
        "lautstark. „Das Gebäude ist zu hoch“, sagte der 58-Jährige.",
        # the gender differs
        "Die Architektin Berit Wölfel stellte am Montag ihren Entwurf vor. „Das Gebäude soll "
        "offen wirken“, sagte der 58-Jährige.",
        "Die Sprinterin Leona Ferch gewann das Rennen. „Ich bin glücklich“, sagte der Kroate.",
        # another party; two of the party
        "Die CDU-Abgeordnete Hanna Pfisterer kritisierte den Haushalt. „Das ist unseriös“, "
        "sagte die Sozialdemokratin.",
        "Die SPD-Abgeordnete Jutta Brenner und ihr Parteifreund, der SPD-Abgeordnete Kurt "
        "Mahler, stritten. „Das ist solide“, sagte die Sozialdemokratin.",
        # the country is the opponent's, not the person's
        "Der Trainer Hans Gröbel lobte sein Team nach dem Sieg gegen Kroatien. „Wir waren "
        "besser“, sagte der Kroate.",
        # two named bodies' chiefs; a role of another head
        "Siemtal-Chef Ulrich Hagedorn und Brenner-Chef Tobias Kern unterzeichneten den Vertrag. "
        "„Ein guter Tag“, sagte der Konzernchef.",
        "Velmar-Sprecher Ulrich Hagedorn bestätigte die Pläne. „Wir prüfen alles“, sagte der "
        "Polizeisprecher.",
    ],
)
def test_german_epithet_names_nobody_when_unsure(text: str) -> None:
    speaker, _ = _last(text)
    assert speaker is None or " " not in speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Das Amtsgericht Kesselbrunn vertagte den Prozess. „Ein Zeuge fehlt“, teilte das "
            "Gericht mit.",
            "Amtsgericht Kesselbrunn",
        ),
        (
            "Der Velmar-Konzern baut Stellen ab. „Wir müssen sparen“, teilte der Konzern mit.",
            "Velmar-Konzern",
        ),
    ],
)
def test_german_body_noun_names_the_one_compound_body(text: str, speaker: str) -> None:
    assert _last(text) == (speaker, "low")


@pytest.mark.parametrize(
    "text",
    [
        # two bodies of that noun named
        "Das Amtsgericht Kesselbrunn und das Landgericht Oberau prüfen den Fall. „Ein Zeuge "
        "fehlt“, teilte das Gericht mit.",
        # an abstract noun after the compound is no place of its name
        "Die Stadt legte beim Verwaltungsgericht Berufung ein. „Wir bleiben dabei“, teilte das "
        "Gericht mit.",
    ],
)
def test_german_body_noun_names_no_body_when_unsure(text: str) -> None:
    assert _last(text)[0] == "Gericht"


@pytest.mark.parametrize(
    "text",
    [
        # an apposed role with an owner ("the city's mayor"); a predicate of three words
        "Nora Vale, the city's mayor, opened the new bridge. The mayor told reporters: "
        '"This bridge is for everyone."',
        'Nora Vale is mayor of Eastbrook. "This bridge is for everyone," the mayor said.',
    ],
)
def test_english_role_taken_up_names_the_one_person(text: str) -> None:
    quote = find_quotes(text, "en")[-1]
    assert (quote.speaker, quote.confidence) == ("Nora Vale", "low")


@pytest.mark.parametrize(
    "text",
    [
        'Nora Vale is not mayor of Eastbrook. "This bridge is for everyone," the mayor said.',
        'Nora Vale, the city\'s former mayor, opened it. "This bridge is ours," the mayor said.',
        "Nora Vale, the city's mayor, met Tom Hale, the mayor of Westbrook. \"This bridge is "
        'ours," the mayor said.',
    ],
)
def test_english_role_names_nobody_when_denied_former_or_shared(text: str) -> None:
    assert find_quotes(text, "en")[-1].speaker == "mayor"


def test_german_document_noun_names_the_body_that_gave_it_out() -> None:
    text = "Die Polizei Rendsfeld warnte vor Glätte. „Fahren Sie langsam“, hieß es in der Warnung."
    assert _last(text) == ("Polizei Rendsfeld", "low")


@pytest.mark.parametrize(
    "text",
    [
        # two bodies warned; a title alone warned
        "Die Polizei warnte vor Glätte. Der Wetterdienst warnte vor Sturm. „Fahren Sie "
        "langsam“, hieß es in der Warnung.",
        "Der Minister warnte vor Glätte. „Fahren Sie langsam“, hieß es in der Warnung.",
    ],
)
def test_german_document_noun_names_nobody_when_unsure(text: str) -> None:
    assert _last(text)[0] == "Warnung"


def test_german_body_noun_names_the_compound_body_with_its_adjective_and_noun() -> None:
    text = "Die Hilfsorganisation Blaues Dach half. „Wir bleiben“, erklärte die Organisation."
    assert _last(text) == ("Hilfsorganisation Blaues Dach", "low")
