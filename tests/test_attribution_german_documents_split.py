"""German shapes: "Wie es in X heißt,", a possessive before a document, a separable verb split
round its subject, and reported speech (verb second) after a comma before a colon."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    """The speaker of the one quotation in `text`."""
    [quote] = find_quotes(text, "de")
    return quote.speaker


# "Wie es in der Mitteilung heißt, …": the document the "Wie es" clause names is the source.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Wie es in der Mitteilung heißt, „bleibt das Werk bis auf Weiteres geschlossen“.",
            "Mitteilung",
        ),
        (
            "Wie es in einem Bericht der Zeitung weiter heißt, habe er „keine Wahl“ gehabt.",
            "Bericht der Zeitung",
        ),
        (
            "Wie es auf der Internetseite des Vereins hieß, sei das Spiel „abgesagt“.",
            "Internetseite des Vereins",
        ),
    ],
)
def test_a_wie_es_clause_names_the_document(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Wie es heißt, bleibe das Werk „bis auf Weiteres“ geschlossen.",
        "Wie es in Berlin hieß, bleibe das Werk „bis auf Weiteres“ geschlossen.",
        "Wie es in der Rede hieß, sei das Land „in Gefahr“.",
    ],
)
def test_a_wie_es_clause_without_a_document_names_nobody(text: str) -> None:
    assert _speaker(text) is None


def test_a_later_cue_in_the_sentence_keeps_its_own_subject() -> None:
    text = "Wie es in der Mitteilung heißt, sagte der Firmenchef Olaf Brandt „nur das Nötigste“."
    assert _speaker(text) != "Mitteilung"


# "In ihrer Stellungnahme heißt es:": the noun after a possessive is the document, not a name.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In ihrer Stellungnahme heißt es: „Wir bedauern den Vorfall sehr.“", "Stellungnahme"),
        ("In seinem Schreiben hieß es dazu: „Die Frist ist verstrichen.“", "Schreiben"),
    ],
)
def test_a_possessive_before_the_document_keeps_the_document(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_possessive_before_a_speech_names_nobody() -> None:
    assert _speaker("In seiner Rede hieß es: „Wir bleiben standhaft.“") is None


# "Gestern gab X zu, …": the stem, the subject before or after it, the particle at the comma.
@pytest.mark.parametrize(
    "text",
    [
        "Gestern gab Anna Berger zu, die Zahl der Fälle sei „deutlich gestiegen“.",
        "Anschließend wies Anna Berger darauf hin, die Zahl sei „deutlich gestiegen“.",
        "Ministerin Anna Berger führte dazu aus, die Zahl der Fälle sei „deutlich gestiegen“.",
        "Am Montag stellte Anna Berger klar, dass sie an ihrem „klaren Kurs“ festhalte.",
    ],
)
def test_a_split_separable_verb_names_its_subject(text: str) -> None:
    assert _speaker(text) == "Anna Berger"


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister Jan Roth gab den Fehler zu, die Opposition sprach von „Versagen“.",
        "Gestern gab Jan Roth die Zahlen bekannt, die Opposition nannte sie „geschönt“.",
    ],
)
def test_a_clause_with_its_own_cue_after_the_particle_names_nobody(text: str) -> None:
    assert _speaker(text) is None


# "X wandte sich gegen die Behauptung, der Bahnhof sei marode: „…“": verb second, no relative.
def test_reported_speech_before_a_colon_is_no_relative_clause() -> None:
    text = (
        "Der Experte Paul Stein wandte sich gegen die Behauptung, der Bahnhof sei marode: "
        "„Das stimmt einfach nicht.“"
    )
    assert _speaker(text) == "Paul Stein"


# Adjectives may stand before the reported clause's noun, as long as words follow its verb.
@pytest.mark.parametrize(
    "text",
    [
        "Der Experte von Pro Bahn, Paul Stein, wandte sich gegen die Behauptung, der alte Bahnhof"
        " sei nicht mehr zu retten: „Das stimmt einfach nicht.“",
        "Paul Stein wandte sich gegen die Behauptung, die eigens gebaute neue Brücke werde bald"
        " gesperrt: „Das stimmt einfach nicht.“",
    ],
)
def test_reported_speech_with_adjectives_before_a_colon_is_no_relative_clause(text: str) -> None:
    assert _speaker(text) == "Paul Stein"


@pytest.mark.parametrize(
    "text",
    [
        # (dehist30: "… die Demonstranten, die vor dem Rathaus riefen: „Bleibt!“" names the
        # demonstrators, the relative clause's subject: tests/test_attribution_dehist30.py)
        "Jan Roth zeigte auf das Plakat, das am Rathaus hing: „Nieder mit dem Bahnhof!“",
        # not "dankte" (a verb of saying since deverbs26: its subject speaks, as the test below)
        "Jan Roth half den Helfern, die alte Kleider sammeln: „Ihr seid großartig!“",
        # the verb ends the clause: a relative clause, whatever its mood
        "Jan Roth grüßte die Frau, die neue Leiterin sei: „Willkommen!“",
    ],
)
def test_a_relative_clause_before_a_colon_still_names_nobody(text: str) -> None:
    assert _speaker(text) is None


# desrc30: the relative clause's verb of saying before the colon gives its antecedent, never the
# main clause's subject (test_attribution_desrc30.py)
def test_a_crowd_relative_clause_before_a_colon_names_the_crowd() -> None:
    text = (
        "Der Bürgermeister Jan Roth traf die Demonstranten, die vor dem Rathaus riefen: „Bleibt!“"
    )
    assert _speaker(text) == "Demonstranten"
