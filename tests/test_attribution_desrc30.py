"""German quotations whose speaker no person at a verb names (desrc30): "so letztere" and
"Erstere erklärte:" take up the last or the first of two people the sentence before names; a
relative clause's verb of saying before a colon gives its antecedent ("Demonstranten, die
skandierten: „…“"); "Auf X heißt es" quotes a document only when X is a page, sheet or sign."""
# The probe paragraphs (tests/data/probes/german_sources_desrc30.toml) were written with their
# gold before the finder ran; `bench/world_probes.py --file …` prints their figures.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _speaker(text: str, start: str = "") -> str | None:
    """The speaker of the first German quotation that starts with `start`."""
    return next(q.speaker for q in find_quotes(text, "de") if q.text.startswith(start))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Es sprachen Jonas Keller und Tilda Brenner. „Wir bleiben“, so letztere.",
            "Tilda Brenner",
        ),
        (
            "Es sprachen der Wirt Jonas Keller und der Koch Timo Brenner. „Wir bleiben“, "
            "so ersterer.",
            "Jonas Keller",
        ),
        (
            "Die Richterin Ida Sommer hörte die Zeugin Lea Stein. „Ich war zu Hause“, "
            "beteuerte letztere.",
            "Lea Stein",
        ),
        (
            "Geladen waren Jonas Keller und Tilda Brenner. Letztere sagte: „Wir bleiben.“",
            "Tilda Brenner",
        ),
        (
            "Geladen waren Jonas Keller und Tilda Brenner. Erstere sagte: „Wir bleiben.“",
            None,  # "erstere" is feminine, Jonas Keller a man: nobody
        ),
        ("Es sprach Tilda Brenner. „Wir bleiben“, so letztere.", "Tilda Brenner"),  # one: as before
        ("Zwischen Hertha und Union gab es Streit. „Nie wieder“, so letztere.", None),
        (
            "Es trafen sich Jonas Keller, Tilda Brenner und Ole Lenz. „Wir bleiben“, so erstere.",
            None,  # three people: which is the first
        ),
    ],
)
def test_letztere_and_erstere_take_up_the_last_or_the_first_of_two(
    text: str, speaker: str | None
) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Vor dem Rathaus standen Hunderte Demonstranten, die riefen: „Wir bleiben!“",
            "Hunderte Demonstranten",
        ),
        (
            "Es kam der Landesverband, der in einem Brief forderte: „Keine Kündigungen!“",
            "Landesverband",
        ),
        # a body noun outside german.toml [role_holder] bodies names nobody (one reader since the
        # merge: german/relative_colon.py, a person or a listed body, never any capitalised word)
        ("Es kam der Betriebsrat, der in einem Brief forderte: „Keine Kündigungen!“", None),
        ("Sie traf die Ärztin Ida Sommer, die er später fragte: „Warum?“", None),
        # "der Minister" is the clause's nominative subject: he praised her (dehist30's reading)
        ("Sie traf die Ärztin Ida Sommer, die der Minister lobte: „Sie ist gut.“", "Minister"),
        ("Er zeigte auf das Denkmal, das die Inschrift trägt: „Den Toten.“", None),
        ("Sie las den Brief, den Ole Lenz schrieb: „Ich komme.“", "Ole Lenz"),
    ],
)
def test_a_relative_clause_cue_gives_its_antecedent(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Auf der Straße hieß es nur noch: „Die Fabrik macht zu.“", None),
        ("Auf dem Sportplatz heißt es seit Wochen: „Bald kommt der Rasen.“", None),
        ("Auf der Homepage des Vereins heißt es: „Alle sind willkommen.“", "Homepage des Vereins"),
        ("Auf dem Plakat der Gewerkschaft hieß es: „Wir streiken.“", "Plakat der Gewerkschaft"),
    ],
)
def test_auf_names_a_document_only_on_a_page_sheet_or_sign(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


# A count and a unit of time put first ("Zwei Tage danach", "Wenige Stunden später") is no
# subject, no name and no person a pronoun stands for; a count of things before any verb is no
# person ("Zwei Fragen bleiben:"), a count of people is.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Zwei Tage danach schrieb die Ministerin Ute Karl: „Wir prüfen das.“", None),
        ("Zwei Tage später sagte Ute Karl: „Wir prüfen das.“", "Ute Karl"),
        ("Drei Wochen zuvor hatte sie gesagt: „Ich bleibe.“", None),
        (
            "Einige Minuten später erklärte der Sprecher der Polizei: „Ruhe.“",
            "Sprecher der Polizei",
        ),
        ("Drei Punkte sind wichtig: „Preis, Ort, Zeit.“", None),  # a count of things
        ("Zwei Polizisten berichteten: „Er war bewaffnet.“", "Zwei Polizisten"),  # of people
    ],
)
def test_a_span_of_time_put_first_is_no_subject(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "shape",
    [
        "Es sprachen Jonas Keller und Tilda Brenner. „Wir bleiben“, so letztere. ",
        "Dort standen Demonstranten, die riefen: „Wir bleiben!“ ",
    ],
)
def test_the_shapes_stay_linear(shape: str) -> None:
    assert len(find_quotes(shape * 2000, "de")) == 2000
    assert_linear(lambda n: find_quotes(shape * n, "de"), 100)
