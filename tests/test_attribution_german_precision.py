"""German precision: a source after the verb, an owner's name, a paper's name in the frame."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speeches(text: str) -> list[tuple[str, str | None]]:
    """Each spoken or written quotation's text and speaker (titles left out)."""
    return [(q.text, q.speaker) for q in find_quotes(text, "de") if q.kind != "title"]


# "Roth sagte laut Reuters:": the subject before the verb spoke; the paper only reports it.
@pytest.mark.parametrize(
    "text",
    [
        "Lena Vogt sagte laut Reuters: „Wir bleiben hart.“",
        "Lena Vogt erklärte am Abend laut der Zeitung: „Wir bleiben hart.“",
        "Lena Vogt betonte laut Spiegel: „Wir bleiben hart.“",
    ],
)
def test_hearsay_after_the_verb_leaves_the_subject_as_speaker(text: str) -> None:
    assert _speeches(text) == [("Wir bleiben hart.", "Lena Vogt")]


@pytest.mark.parametrize(
    "text",
    [
        "Laut Reuters: „Wir bleiben hart.“",
        "Das Verfahren sei laut Reuters gescheitert: „Wir bleiben hart.“",
        "Lena Vogt sagte, laut Reuters sei das falsch: „Wir bleiben hart.“",
    ],
)
def test_hearsay_with_no_verb_before_it_still_names_the_source(text: str) -> None:
    assert _speeches(text) == [("Wir bleiben hart.", "Reuters")]


# "der Anwalt des Angeklagten X": after "des" a weak or adjectival noun is a person; X is theirs.
@pytest.mark.parametrize(
    "text",
    [
        "Der Anwalt des Angeklagten Timo Brandt sagte: „Mein Mandant ist unschuldig.“",
        "„Mein Mandant ist unschuldig“, sagte der Anwalt des Angeklagten Timo Brandt.",
        "Der Sprecher des Abgeordneten Timo Brandt erklärte: „Er ist krank.“",
    ],
)
def test_a_name_after_a_weak_genitive_noun_is_not_the_speaker(text: str) -> None:
    [(_, speaker)] = _speeches(text)
    assert speaker != "Timo Brandt"


@pytest.mark.parametrize(
    "text",
    [
        "Der Chef des Unternehmens Timo Brandt sagte: „Wir sind zufrieden.“",
        "Die Leiterin der Firma Timo Brandt sagte: „Wir sind zufrieden.“",
    ],
)
def test_a_name_after_a_body_in_the_genitive_is_the_role_holders(text: str) -> None:
    assert _speeches(text) == [("Wir sind zufrieden.", "Timo Brandt")]


# "sagte laut einem Bericht der „Welt“: „…“": the word in marks in the frame is a paper's name.
@pytest.mark.parametrize(
    "text",
    [
        "Lena Vogt erklärte laut einem Bericht der „Post“: „Wir bleiben hart.“",
        "Lena Vogt sagte dem „Kurier“: „Wir bleiben hart.“",
        "Lena Vogt sagte im „Frühmagazin“: „Wir bleiben hart.“",
        "Lena Vogt sagte dem „Kurier am Abend“: „Wir bleiben hart.“",
    ],
)
def test_a_quoted_name_in_the_frame_of_a_colon_is_no_speech(text: str) -> None:
    assert _speeches(text) == [("Wir bleiben hart.", "Lena Vogt")]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Vogt antwortete: „Nein“. Dann ging sie.",
        "Lena Vogt antwortete mit einem „Nein“: „Das mache ich nicht.“",
    ],
)
def test_a_lone_word_not_after_a_definite_article_stays_speech(text: str) -> None:
    assert _speeches(text)[0] == ("Nein", "Lena Vogt")


# "die Minister X und Y": a joint subject; the title names neither of them alone.
@pytest.mark.parametrize(
    "text",
    [
        "Die Minister Timo Brandt und Lena Vogt erklärten gemeinsam: „Wir sind enttäuscht.“",
        "„Wir sind enttäuscht“, erklärten die Minister Timo Brandt und Lena Vogt.",
        "Die Abgeordneten Timo Brandt und Lena Vogt forderten: „Das muss sich ändern.“",
    ],
)
def test_a_role_with_two_names_is_no_one_name(text: str) -> None:
    [(_, speaker)] = _speeches(text)
    assert speaker is not None and "Lena Vogt" in speaker and "Timo Brandt" in speaker


@pytest.mark.parametrize(
    "text",
    [
        "„Wir sind enttäuscht“, sagte der Minister Timo Brandt und Lena Vogt nickte.",
        "Der Präsident des Vereins für Sport und Kultur Timo Brandt sagte: „Wir sind enttäuscht.“",
    ],
)
def test_und_after_a_singular_cue_or_inside_a_body_keeps_the_name(text: str) -> None:
    assert [speaker for _, speaker in _speeches(text)] == ["Timo Brandt"]


# "Der Minister X, CDU, sagte": the party's acronym between commas is no name.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Minister Timo Brandt, CDU, sagte: „Wir sind enttäuscht.“", "Timo Brandt"),
        ("Der Sprecher der Stadt, Timo Brandt, sagte: „Wir sind enttäuscht.“", "Timo Brandt"),
        ("Der Sprecher der Stadt, Brandt, sagte: „Wir sind enttäuscht.“", "Brandt"),
    ],
)
def test_an_acronym_between_commas_is_no_apposed_name(text: str, speaker: str) -> None:
    assert _speeches(text) == [("Wir sind enttäuscht.", speaker)]


# "Eva Ems gegenüber sagte X": the phrase before the postposition is the listener.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lena Vogt gegenüber erklärte Timo Brandt: „Das war gut.“", "Timo Brandt"),
        ("Der Zeitung gegenüber sagte Timo Brandt: „Das war gut.“", "Timo Brandt"),
        ("Lena Vogt gegenüber sagte der Minister: „Das war gut.“", "Minister"),
    ],
)
def test_a_phrase_before_gegenueber_is_the_listener(text: str, speaker: str) -> None:
    assert _speeches(text) == [("Das war gut.", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Timo Brandt sagte Lena Vogt gegenüber: „Das war gut.“", "Timo Brandt"),
        ("Gegenüber der Ministerin Lena Vogt sagte Timo Brandt: „Das war gut.“", "Timo Brandt"),
        ("Lena Vogt sagte gegenüber Timo Brandt: „Das war gut.“", "Lena Vogt"),
    ],
)
def test_gegenueber_after_the_subject_or_first_keeps_the_subject(text: str, speaker: str) -> None:
    assert _speeches(text) == [("Das war gut.", speaker)]


# "Zu Lena Vogt sagte X": "Zu" before a forename and surname (or an article) is a preposition.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Zu Lena Vogt sagte Timo Brandt: „Sie ist gut.“", "Timo Brandt"),
        ("Zu dem Plan sagte Timo Brandt: „Er ist gut.“", "Timo Brandt"),
    ],
)
def test_zu_before_two_names_is_a_preposition(text: str, speaker: str) -> None:
    assert _speeches(text)[0][1] == speaker


def test_zu_before_one_surname_is_a_name_particle() -> None:
    assert _speeches("Zu Guttenberg sagte am Montag: „Ich trete zurück.“")[0][1] == "Zu Guttenberg"


def test_a_quoted_sentence_after_an_article_before_a_colon_stays_speech() -> None:
    text = "Lena Vogt sagte zu der Frage nur: „Nein.“ Dann fügte sie hinzu: „Wir bleiben hart.“"
    assert [t for t, _ in _speeches(text)] == ["Nein.", "Wir bleiben hart."]


# "in der Sendung „…“", "des Buches „…“": after a noun for a named thing the marks hold its name.
@pytest.mark.parametrize(
    "text",
    [
        "Timo Brandt sprach in der Sendung „Kalt und klar“ über die Reform.",
        "Timo Brandt las aus dem Buch „Der lange Weg“ vor.",
    ],
)
def test_marks_after_a_noun_for_a_named_thing_hold_a_name(text: str) -> None:
    assert _speeches(text) == []


def test_marks_after_another_noun_stay_speech() -> None:
    assert _speeches("Timo Brandt nannte den Plan „unsinnig“.") == [("unsinnig", "Timo Brandt")]


# "der Anwalt des Klägers X", "der Anwalt der Angeklagten X": a genitive noun for one person
# (strong "-ers", feminine "-in", a participle in "-ten") owns the name after it.
@pytest.mark.parametrize(
    "text",
    [
        "Der Anwalt der Angeklagten Lea Sand sagte: „Wir gehen in Berufung.“",
        "Der Anwalt des Klägers Timo Brandt sagte: „Wir sind zufrieden.“",
        "„Wir sind zufrieden“, sagte der Anwalt der Klägerin Lea Sand.",
    ],
)
def test_a_name_after_a_genitive_person_noun_is_not_the_speaker(text: str) -> None:
    [(_, speaker)] = _speeches(text)
    assert speaker not in ("Lea Sand", "Timo Brandt")


# A party in the genitive has no such ending: the name is the role's own.
@pytest.mark.parametrize(
    "text",
    [
        "Der Sprecher der Grünen Timo Brandt sagte: „Das reicht nicht.“",
        "Die Chefin der Linken Lea Sand sagte: „Das reicht nicht.“",
        "„Das reicht nicht“, sagte der Sprecher der Grünen Timo Brandt.",
    ],
)
def test_a_name_after_a_party_genitive_is_the_speaker(text: str) -> None:
    [(_, speaker)] = _speeches(text)
    assert speaker in ("Lea Sand", "Timo Brandt")


# "„…“, sagte Jan Roth Eva Ems gegenüber": the name that "gegenüber" closes is the listener.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir kommen voran“, sagte Timo Brandt Lea Sand gegenüber.", "Timo Brandt"),
        ("„Wir kommen voran“, erklärte die Ministerin Lea Sand Timo Brandt gegenüber.", "Lea Sand"),
        ("„Wir kommen voran“, sagte Timo Brandt Lea Sand gegenüber, und ging.", "Timo Brandt"),
    ],
)
def test_the_name_before_a_closing_gegenueber_is_the_listener(text: str, speaker: str) -> None:
    assert _speeches(text) == [("Wir kommen voran", speaker)]


# As a preposition "gegenüber" takes its object after it: the name before is the subject.
@pytest.mark.parametrize(
    "text",
    [
        "„Wir kommen voran“, sagte Timo Brandt gegenüber der Zeitung.",
        "„Wir kommen voran“, versicherte Timo Brandt gegenüber Lea Sand.",
        "„Wir kommen voran“, sagte Timo Brandt der Zeitung gegenüber.",
    ],
)
def test_a_name_before_gegenueber_as_a_preposition_still_speaks(text: str) -> None:
    assert _speeches(text) == [("Wir kommen voran", "Timo Brandt")]


# "„…“, lobte die Ministerin Eva Ems Jan Roth": a verb with a person as its object takes the
# second of two full names as that object; the subject is the first.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Ein guter Plan“, lobte die Ministerin Lea Sand Timo Brandt.", "Lea Sand"),
        ("„Ein schlechter Plan“, kritisierte der Minister Timo Brandt Lea Sand.", "Timo Brandt"),
        ("„Ein guter Plan“, lobte Lea Sand Timo Brandt.", "Lea Sand"),
    ],
)
def test_two_full_names_after_a_verb_with_an_object_are_subject_and_object(
    text: str, speaker: str
) -> None:
    [(_, found)] = _speeches(text)
    assert found == speaker


# A verb of saying takes no person as its object: four capitalised words are one name.
def test_four_names_after_a_verb_of_saying_are_one_name() -> None:
    text = "„Ein guter Plan“, sagte der Präsident Andrés Manuel López Obrador."
    assert _speeches(text) == [("Ein guter Plan", "Andrés Manuel López Obrador")]


# "Nach Angaben der Polizei Altdorf war der Täter „…“": a hearsay cue opening the sentence names
# its source; the subject after the verb is what the words describe, never their speaker.
@pytest.mark.parametrize(
    "text",
    [
        "Nach Angaben der Polizei Altdorf war der Täter „sehr gefährlich“.",
        "Nach Ansicht der Stadt Altdorf handelte der Verkäufer „völlig unverantwortlich“.",
    ],
)
def test_an_opening_hearsay_cue_leaves_no_subject_after_the_verb(text: str) -> None:
    [(_, speaker)] = _speeches(text)
    assert speaker not in ("Täter", "Verkäufer")
