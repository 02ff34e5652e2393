"""German descriptions and bare plural group nouns as a cue's subject (issue 13): the speaker as
written, always low, as English keeps "the moderator said" and "federal prosecutors wrote"; the
extract engine never shows them as a named speaker and the verifier never enforces them."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.article import Article
from summarizer.attribution.find import find_quotes
from summarizer.cli import main
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.engines.mapreduce import active_speakers
from tests.credited import credited, speaker_kinds
from tests.work_counts import assert_linear

LEAD = "Die Lage an der Baustelle blieb am Wochenende unklar. "


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker, confidence) of each quotation of a German text after a neutral lead sentence."""
    return [(q.speaker, q.confidence) for q in find_quotes(LEAD + text, "de")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das wird teuer“, sagten Experten am Montag.", "Experten"),
        ("„Wer soll das bezahlen?“ fragen sich Experten.", "Experten"),
        ("„Wer soll das bezahlen?“, fragen sich die Anwohner.", "Anwohner"),
        ("Experten warnen: „Das wird teuer.“", "Experten"),
        ("Anwohner sehen in dem Bau „eine Gefahr für die Altstadt“.", "Anwohner"),
        ("Kritiker glauben, der Plan sei „längst gescheitert“.", "Kritiker"),
        ("Chinesische Politiker sagten: „Wir greifen hart durch.“", "Chinesische Politiker"),
        (
            "„Wir ermitteln in alle Richtungen“, sagte der Sprecher der Polizei.",
            "Sprecher der Polizei",
        ),
        ("„Wir ermitteln“, erklärte die Zeitung am Abend.", "Zeitung"),
        ("„Ich war es nicht“, sagte der 41-Jährige vor Gericht.", "41-Jährige"),
    ],
)
def test_a_description_or_group_noun_is_the_speaker_as_written_and_low(
    text: str, speaker: str
) -> None:
    assert said(text) == [(speaker, "low")]


def test_a_group_noun_that_opens_its_sentence_is_the_subject_not_the_object() -> None:
    # the object "das Gesetz" after the verb was taken for the subject: a wrong speaker
    assert said("Experten kritisierten das Gesetz als „völlig verfehlt“.") == [("Experten", "low")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir bauen weiter“, sagte Jan Fischer am Montag.", "Jan Fischer"),
        ("Jan Fischer leitet das Amt. „Wir bauen weiter“, sagte Fischer.", "Jan Fischer"),
        ("„Wir bauen weiter“, sagte der Sprecher Jan Roth.", "Jan Roth"),
    ],
)
def test_a_named_person_stays_high(text: str, speaker: str) -> None:
    assert said(text) == [(speaker, "high")]


@pytest.mark.parametrize(
    "text",
    [
        "Man spricht in der Stadt schon von einem „Wendepunkt“.",  # generic "man"
        "„Wir bauen weiter“, heißt es.",  # hearsay with no source
        "„Wir bauen weiter“, teilte die Familie Lind mit.",  # a family, no one person
        "Das sogenannte „Brückenjahr“ beginnt im Mai.",  # a term
        "Experten nennen den Plan das sogenannte „Brückenjahr“.",  # a term a group uses
    ],
)
def test_what_names_nobody_stays_null(text: str) -> None:
    assert said(text) == [(None, "low")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir bauen weiter“, sagte die Ministerin den Experten.", "Ministerin"),  # dative listener
        ("Den Anwohnern sagte die Ministerin: „Wir bauen weiter.“", "Ministerin"),
        ("Die Ministerin lobte die Anwohner als „sehr geduldig“.", "Ministerin"),  # the object
        ("„Wir bauen weiter“, sagte Jan Roth den Anwohnern.", "Jan Roth"),
    ],
)
def test_a_group_noun_as_object_or_listener_never_speaks(text: str, speaker: str) -> None:
    assert [who for who, _ in said(text)] == [speaker]


def test_a_description_inside_a_genitive_a_name_owns_is_not_the_name() -> None:
    found = said("„Wir bauen weiter“, sagte der Anwalt des Angeklagten Jan Roth.")
    assert found == [("Anwalt des Angeklagten Jan Roth", "low")]


BRIDGE = (
    "Der Stadtrat von Talheim hat am Montag über die neue Brücke über den Fluss beraten.\n\n"
    "„Wir bauen die Brücke noch in diesem Jahr“, sagte Bürgermeisterin Ruth Albers danach.\n\n"
    "Die Debatte dauerte mehrere Stunden, am Ende stimmte eine knappe Mehrheit für den Plan.\n\n"
    "„Die Kosten werden weiter steigen“, warnten Experten am Dienstag.\n\n"
    "„Wir ermitteln in alle Richtungen“, sagte der Sprecher der Polizei.\n"
)
COSTS = "Die Kosten werden weiter steigen"
INQUIRY = "Wir ermitteln in alle Richtungen"


def bridge() -> Article:
    """The article, cleaned."""
    return Article.from_text(BRIDGE, title="Talheim baut eine Brücke", lang="de", origin="test")


def test_the_extract_engine_shows_only_the_named_speaker() -> None:
    art = bridge()
    assert active_speakers(find_quotes(art.text, "de"), len(art.text)) == ["Ruth Albers"]
    summary = ExtractEngine().build(art, Request(lang="de", length="long"))
    named = {p.speaker for p in summary.points if p.speaker}
    assert named == {"Ruth Albers"}  # never "Experten sagte: …"


@pytest.mark.parametrize("quote", [COSTS, INQUIRY])
def test_the_verifier_never_enforces_a_description(quote: str) -> None:
    found = credited(bridge(), quote, "Ruth Albers")
    assert found.ok and "wrong_speaker" not in speaker_kinds(found)


def test_summarize_quotes_marks_descriptions_as_guesses(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "talheim.txt"
    article.write_text(BRIDGE, encoding="utf-8")
    assert main(["quotes", str(article), "--source-lang", "de"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    speakers = {text: who for _, who, text in rows}
    assert speakers[COSTS] == "Experten?" and speakers[INQUIRY] == "Sprecher der Polizei?"


def test_many_group_noun_cues_stay_linear() -> None:
    def run(n: int) -> None:
        text = "Die Lage blieb unklar. " + "„Das wird teuer“, sagten Experten. " * n
        found = find_quotes(text, "de")
        assert found[0].speaker == "Experten" and {q.confidence for q in found} == {"low"}

    assert_linear(run, 100)
