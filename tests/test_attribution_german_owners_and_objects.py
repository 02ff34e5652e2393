"""German owners before adjectives, roles before a lone surname, and names that are objects
(review 25b, `fixG25`): an owner in the genitive -s before an inflected adjective stands where
the article would ("sagte Bayerns neuer Trainer Tom Roe"); an article and a role before a lone
surname keep the role, so a namesake with another role is never merged ("sagte der Vater
Keller"); a name after "den"/"dem" and a noun, after a body's noun or after a first full name is
the object's, never the subject's ("teilte die Polizei Olaf Kern mit", "lobte Eva Ems Olaf
Kern", "empfing Olaf Kern den Kollegen Timo Brandt. … sagte er")."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "„Wir haben gekämpft“, sagte"
_STRIKER = "Stürmer Jonas Keller traf zweimal. „Das war ein Sieg der Moral“, sagte"


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID} Bayerns neuer Trainer Tom Roe.", "Tom Roe"),
        (f"{_SAID} Bayerns neue Trainerin Eva Roth.", "Eva Roth"),
        (f"{_SAID} Dortmunds früherer Kapitän Marco Reus.", "Marco Reus"),
        (f"{_SAID} Deutschlands oberster Richter Tom Roe.", "Tom Roe"),
        (f"{_SAID} Schalkes neuer Sportvorstand Peter Knäbel.", "Peter Knäbel"),
        (f"{_SAID} Kölns langjähriger Trainer Roe.", "Trainer Roe"),
        (f"{_SAID} Vinns Vorgänger Tom Roe.", "Tom Roe"),
        (f"{_SAID} Hans Kellers Trainer Tom Roe.", "Tom Roe"),
    ],
)
def test_an_owner_before_an_adjective_and_a_role_is_no_name(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "high")]


@pytest.mark.parametrize("text", [f"{_SAID} Kölns neuer Trainer.", f"{_SAID} Vinns Vorgänger."])
def test_an_owner_and_a_role_alone_describe_someone(text: str) -> None:
    found = find_quotes(text, "de")
    assert [q.confidence for q in found] == ["low"]
    assert found[0].speaker in (None, text.split("sagte ")[1].rstrip("."))


@pytest.mark.parametrize(
    "text", [f"{_SAID} Maas später Reportern.", f"{_SAID} Roths neuer Vorschlag."]
)
def test_an_adverb_or_a_thing_after_a_surname_in_s_is_no_role(text: str) -> None:
    assert all(speaker != "Tom Roe" for speaker, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_STRIKER} der Trainer Keller.", "Trainer Keller"),
        (f"{_STRIKER} der Bayern-Trainer Keller.", "Bayern-Trainer Keller"),
        (f"{_STRIKER} der Vater Keller.", "Vater Keller"),
    ],
)
def test_another_role_before_the_surname_is_another_person(text: str, speaker: str) -> None:
    assert _found(text) in ([(speaker, "high")], [(None, "low")])


@pytest.mark.parametrize("after", ["senior", "junior"])
def test_a_generation_after_the_surname_is_another_person(after: str) -> None:
    assert _found(f"{_STRIKER} Keller {after}.") in (
        [(f"Keller {after}", "low")],
        [(f"Keller {after}", "high")],
        [(None, "low")],
    )


def test_the_same_role_and_the_full_name_after_an_article() -> None:
    assert _found(f"{_SAID} der Trainer Tom Roe.") == [("Tom Roe", "high")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gestern teilte die Polizei Olaf Kern mit, er sei „frei“.", "Polizei"),
        ("Gestern teilte Eva Ems Olaf Kern mit, er sei „entlassen“.", "Eva Ems"),
        ("Gestern lobte Eva Ems Olaf Kern. „Gut gemacht“, sagte sie.", "Eva Ems"),
        ("Weil Eva Ems Olaf Kern kritisiert hatte, sagte sie: „Er muss gehen.“", "Eva Ems"),
        ("Gestern gab Eva Ems Olaf Kern recht: „Er hat gewonnen.“", "Eva Ems"),
    ],
)
def test_a_name_after_the_subject_is_the_object(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, "de")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag empfing Olaf Kern den Kollegen Timo Brandt. „Wir sind uns einig“, sagte er.",
        "Gestern entließ Olaf Kern den Trainer Peter Roth. „Ich bin enttäuscht“, sagte er.",
        "Nach dem Spiel umarmte Olaf Kern den Sohn Timo Kern. „Ich bin stolz“, sagte er.",
        "Auf dem Parteitag griff Olaf Kern den Rivalen Timo Brandt an. „Er lügt“, sagte er.",
        "Gestern traf Olaf Kern den Minister Peter Roth. „Wir reden“, sagte er.",
        "Gestern lobte Olaf Kern den Kollegen Timo Brandt. „Gut gemacht“, sagte er.",
        "In Berlin kritisierte Olaf Kern den Vorschlag von Timo Brandt. „Unsinn“, sagte er.",
        "Gestern lobte Eva Ems Olaf Kern. „Gut gemacht“, sagte er.",
    ],
)
def test_er_never_reaches_the_object(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "de")] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gestern lobte Olaf Kern den Plan. „Gut gemacht“, sagte er.", "Olaf Kern"),
        ("Gestern lobte Eva Ems den Plan. „Gut gemacht“, sagte sie.", "Eva Ems"),
        (f"{_SAID} Bayerns Trainer Tom Roe.", "Tom Roe"),
        ("Stürmer Jonas Keller traf. „Gut“, sagte Trainer Keller.", "Trainer Keller"),
        ("Jonas Keller traf zweimal. „Gut“, sagte Keller.", "Jonas Keller"),
        ("„Gut“, sagte die Sprecherin Eva Ems.", "Eva Ems"),
        ("„Gut“, sagte Hans Peter Müller.", "Hans Peter Müller"),
    ],
)
def test_subjects_stay_as_they_were(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, "de")] == [speaker]


def test_many_names_in_a_row_stay_linear() -> None:
    text = "Gestern lobte " + "Eva Ems Olaf Kern " * 2000 + "den Plan. „Gut“, sagte sie."
    assert len(find_quotes(text, "de")) == 1
