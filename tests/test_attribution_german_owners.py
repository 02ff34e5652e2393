"""German: an owner's name after "von" or a genitive title; objects first; labels."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_OPENING = "Die Stadt plant eine neue Brücke.\n\n"


def _speaker(text: str, starts: str) -> str | None:
    """The speaker of the one quotation of `text` that opens with `starts`."""
    quotes: list[Quote] = [q for q in find_quotes(_OPENING + text, "de")]
    [quote] = [q for q in quotes if q.text.startswith(starts)]
    return quote.speaker


# A name after "von" or after a title in the genitive is the owner's, never the speaker's.
@pytest.mark.parametrize(
    "text",
    [
        "Der Anwalt von Tom Weber sagte: „Mein Mandant ist unschuldig.“",
        "Die Frau des Ministers Jan Roth erklärte: „Wir sind sehr stolz.“",
        "Der Sprecher des Präsidenten Jan Roth betonte: „Wir sind sehr stolz.“",
        "„Mein Mandant ist unschuldig“, sagte die Anwältin von Tom Weber.",
        "Der Sprecher der Ministerin Jan Roth sagte: „Wir prüfen das.“",
        "Jan Roth sagte: „Ja.“ Der Sprecher der Ministerin Jan Roth sagte: „Wir prüfen das.“",
    ],
)
def test_an_owners_name_is_not_the_speaker(text: str) -> None:
    assert _speaker(text, "Mein" if "Mein" in text else "W") not in ("Tom Weber", "Jan Roth")


# The owner keeps their own words, and a description with their name does not absorb them.
def test_the_owner_keeps_their_name() -> None:
    text = (
        "Jan Roth sagte am Montag: „Ich trete nicht zurück.“\n\n"
        "Die Frau des Ministers Jan Roth erklärte: „Wir sind sehr stolz.“"
    )
    assert _speaker(text, "Ich") == "Jan Roth"
    assert _speaker(text, "Wir") != "Jan Roth"


# Negative: the name of a body's head, or a name with "von" inside it, stays the speaker.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Chefin der Firma Eva Roth erklärte: „Wir sind sehr stolz.“", "Eva Roth"),
        ("Die Leiterin der Behörde Eva Roth sagte: „Wir sind sehr stolz.“", "Eva Roth"),
        ("Der Präsident Richard von Weizsäcker sagte: „Wir sind stolz.“", "Richard von Weizsäcker"),
        ("Der Anwalt Tom Weber sagte: „Mein Mandant ist unschuldig.“", "Tom Weber"),
    ],
)
def test_a_titled_name_is_still_the_speaker(text: str, speaker: str) -> None:
    assert _speaker(text, "") == speaker


# "Dem Bericht zufolge" takes the first place: the subject follows the verb.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dem Bericht zufolge erklärte die Ministerin Eva Ems: „Das Geld reicht nicht.“",
            "Eva Ems",
        ),
        ("Der Polizei zufolge rief der Täter Uwe Brandt: „Keiner bewegt sich!“", "Uwe Brandt"),
        ("Der Zeitung zufolge sagte die Ministerin Eva Ems: „Wir sparen.“", "Eva Ems"),
    ],
)
def test_a_postposition_phrase_first_is_no_subject(text: str, speaker: str) -> None:
    assert _speaker(text, "") == speaker


# Negative: with no verb of its own, the postposition's object still speaks.
def test_a_postposition_alone_names_its_object() -> None:
    assert _speaker("Dem Sprecher Jan Roth zufolge ist die Lage „sehr ernst“.", "") == "Jan Roth"


# An accusative or dative article marks the object put first, even before a noun in -er.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Den Ärger der Gewerkschaft brachte die Sprecherin Marion Keller zum Ausdruck: "
            "„Das ist ein schlechter Tag.“",
            "Marion Keller",
        ),
        (
            "Den Ärger brachte der Vorsitzende Uwe Lorenz zum Ausdruck: „Das ist falsch.“",
            "Uwe Lorenz",
        ),
    ],
)
def test_an_object_put_first_before_a_colon(text: str, speaker: str) -> None:
    assert _speaker(text, "") == speaker


# Negative: an object first with no person after the verb names nobody.
def test_an_object_first_without_a_person() -> None:
    text = "Den Ärger der Anwohner verstehe ich gut: „Der Lärm ist unerträglich.“"
    assert _speaker(text, "") is None


# A verbless label "Name, role:" opening a line gives the quotation to the name.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Erich Sommer, Präsident des Landesverbands: „Das ist falsch.“", "Erich Sommer"),
        ("Anna Berger, Sprecherin der Grünen im Landtag: „Wir klagen.“", "Anna Berger"),
    ],
)
def test_a_name_and_role_label(text: str, speaker: str) -> None:
    assert _speaker(text, "") == speaker


# Negative: no role after the comma, or a list of names, or a place.
@pytest.mark.parametrize(
    "text",
    [
        "Neue Zürcher Zeitung, Ausgabe vom Montag: „Die Lage ist ernst.“",
        "Jan Roth, Eva Ems und Paul Krämer: „Wir sind dagegen.“",
        "Berlin, Hauptstadt der Republik: „Hier wird gefeiert.“",
    ],
)
def test_no_name_and_role_label(text: str) -> None:
    assert _speaker(text, "") is None


# A role's attribute with "zu" ("zu Fragen der Sicherheit", a surname's particle) before a name
# apposed between commas: the name is the role's, so it speaks.
@pytest.mark.parametrize(
    "text",
    [
        "Der Sprecher zu Fragen der Sicherheit, Hans Leitner, erklärte, die Lage sei „sehr ernst“.",
        "Der Doktorvater zu Brennbergs, Hans Leitner, sagte, darüber sei er „sehr enttäuscht“.",
    ],
)
def test_a_name_apposed_after_a_roles_attribute_with_zu(text: str) -> None:
    assert _speaker(text, "sehr") == "Hans Leitner"


# Without an apposed name "zu" opens no attribute of the phrase first ("Passend zu …").
def test_zu_without_an_apposed_name_joins_no_phrase() -> None:
    text = "Passend zu den Gefahren des Eises warnte die Sprecherin: „Es ist sehr glatt.“"
    assert _speaker(text, "Es") != "Passend zu den Gefahren des Eises"
