"""German sources that are no plain "X sagte": documents, places, bodies, and a possessive."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    """The speaker of each quotation in `text`, in order."""
    return [quote.speaker for quote in find_quotes(text, "de")]


# "hatte es geheißen" is "hieß es" in the past perfect; a date may close the document's phrase.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Gespräche zogen sich hin. In einer Note der Agrarminister hatte es geheißen: "
            "„Wir rücken von den Quoten nicht ab.“",
            "Note der Agrarminister",
        ),
        (
            "In dem Rundbrief hat es geheißen, die Kasse sei „so gut wie leer“.",
            "Rundbrief",
        ),
        (
            "In einer Mitteilung der Stadtwerke vom Donnerstag hieß es: „Die Leitung ist dicht.“",
            "Mitteilung der Stadtwerke",
        ),
    ],
)
def test_a_document_before_a_perfect_or_dated_cue_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


# "Aus X hieß es": the place or body the words came from.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Aus Madrid hieß es, der Schritt sei „eine Provokation“.", "Madrid"),
        ("Aus Koalitionskreisen hieß es, man sei „zuversichtlich“.", "Koalitionskreisen"),
        (
            "Aus dem Finanzministerium hieß es, der Entwurf sei „nicht abgestimmt“.",
            "Finanzministerium",
        ),
    ],
)
def test_aus_a_place_or_body_before_hiess_es_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_aus_an_abstract_noun_names_nobody() -> None:
    assert _speakers("Aus gutem Grund hieß es dann: „Alle Mann an Deck!“") == [None]


# "nach Darstellung X" reports X's account, like "nach Angaben X".
def test_nach_darstellung_names_the_source() -> None:
    text = "Nach Darstellung des Vereins war die Feier „friedlich und fröhlich“."
    assert _speakers(text) == ["des Vereins"]


# "nach Aussage von X" (one statement) as "nach Aussagen von X": X's account, hearsay, low.
def test_nach_aussage_names_the_source() -> None:
    text = "Der Umbau ist nach Aussage von Lena Vogt „längst überfällig“."
    quotes = find_quotes(text, "de")
    assert [(q.speaker, q.confidence) for q in quotes] == [("Lena Vogt", "low")]


def test_nach_der_aussage_before_a_court_is_no_source() -> None:
    text = "Nach der Aussage vor Gericht galt der Umbau als „längst überfällig“."
    assert _speakers(text) == [None]


def test_nach_a_time_noun_is_no_source() -> None:
    text = "Nach der Feier des Vereins blieb ein „riesiger Berg Müll“ zurück."
    assert _speakers(text) == [None]


# "In dem Gutachten heißt es, …. Deshalb sei …": the Konjunktiv goes on with the document.
def test_a_konjunktiv_sentence_after_a_document_carries_it() -> None:
    text = "In dem Gutachten heißt es, die Brücke habe Mängel. Deshalb sei sie „sofort zu sperren“."
    assert _speakers(text) == ["Gutachten"]


def test_a_named_speaker_after_a_document_keeps_his_words() -> None:
    text = (
        "In dem Gutachten heißt es, die Brücke habe Mängel. "
        "Der Stadtrat Ole Hansen sagte: „Unsinn.“"
    )
    assert _speakers(text) == ["Ole Hansen"]


# "„…“ Seine Zuversicht gründet sich auf …: „…“": the possessive points back at the speaker.
@pytest.mark.parametrize(
    "text",
    [
        "Der Kapitän Ole Hansen blieb ruhig: „Wir schaffen das.“ Seine Zuversicht stützt sich auf "
        "das Wetter: „Der Wind dreht bald.“",
        "„Wir schaffen das“, sagte Ole Hansen. Sein nüchternes Fazit nach der Fahrt: „Der Wind "
        "dreht bald.“",
    ],
)
def test_a_possessive_statement_sentence_carries_the_speaker(text: str) -> None:
    assert _speakers(text) == ["Ole Hansen", "Ole Hansen"]


@pytest.mark.parametrize(
    "text",
    [
        # the possessive's gender is not the speaker's
        "„Wir schaffen das“, sagte die Kapitänin Jana Hansen. Sein Fazit nach der Fahrt: „Der "
        "Wind dreht bald.“",
        # a person, not a statement, follows the possessive
        "„Wir schaffen das“, sagte Ole Hansen. Seine Tochter dazu: „Der Wind dreht.“",
        # someone else is named in the sentence
        "„Wir schaffen das“, sagte Ole Hansen. Seine Kritik an Piet Berg: „Er segelt zu spät.“",
        # a sentence of narration comes between
        "„Wir schaffen das“, sagte Ole Hansen. Das Boot lief aus. Sein Fazit: „Der Wind dreht.“",
    ],
)
def test_a_possessive_sentence_that_does_not_fit_carries_nobody(text: str) -> None:
    assert _speakers(text)[1] != "Ole Hansen"


@pytest.mark.parametrize(
    "text",
    [
        "Aus Sicherheitsgründen hieß es, die Halle sei „vorerst gesperrt“.",
        "Aus Sorge um die Kinder hieß es, die Halle sei „vorerst gesperrt“.",
    ],
)
def test_aus_a_reason_names_nobody(text: str) -> None:
    assert _speakers(text) == [None]


# "„…“ Weiter heißt es: „…“": the document the quotation before came from goes on.
@pytest.mark.parametrize(
    "text",
    [
        "In dem Rundbrief des Vereins heißt es: „Die Halle bleibt zu.“ Weiter heißt es: „Das "
        "Training fällt aus.“",
        "In dem Rundbrief des Vereins hieß es: „Die Halle bleibt zu.“ Wörtlich hieß es zudem, „das "
        "Training fällt aus“.",
    ],
)
def test_weiter_heisst_es_goes_on_with_the_document(text: str) -> None:
    assert _speakers(text) == ["Rundbrief des Vereins", "Rundbrief des Vereins"]


@pytest.mark.parametrize(
    "text",
    [
        # the quotation before was a person's, not a document's
        "Der Trainer Ole Hansen sagte: „Die Halle bleibt zu.“ Weiter hieß es: „Das Training "
        "fällt aus.“",
        # another source stands beside the cue
        "In dem Rundbrief heißt es: „Die Halle bleibt zu.“ Aus dem Rathaus hieß es dagegen: „Die "
        "Halle ist offen.“",
    ],
)
def test_weiter_heisst_es_after_no_document_or_with_a_source_is_not_carried(text: str) -> None:
    speakers = _speakers(text)
    assert speakers[1] != speakers[0]
