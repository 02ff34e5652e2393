"""German quotations inside or right after a sentence whose subject said them (`debatch31`).

The probe paragraphs (tests/data/probes/german_debatch31.toml, invented, gold set before the
finder ran): a reporting clause that closes the sentence before a quotation with no cue
("…, kündigte Förster X an. „…“"), also with a separable verb split round its subject ("…,
stellte X klar."); a verb of reproach whose object or infinitive holds the quotation; a clause
after a semicolon with its own verb of saying. Negatives (families with a comma): askers, the
press, things, two people, titles, someone else named after, passives, rejected reproaches.
"""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _speaker(text: str, start: str) -> tuple[str | None, str]:
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith(start)]
    return (None if quote.kind == "title" else quote.speaker), quote.confidence


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a closing reporting clause with a particle and a time after its subject
        (
            "Das Werk schließe im Mai, kündigte Betriebsleiterin Jana Kurz am Montag an. "
            "„Es tut uns leid.“",
            "Es tut",
            "Jana Kurz",
        ),
        # its subject a surname given in full in a genitive before
        (
            "Eine Gruppe um die Geologin Petra Lind fand Gold. Die Funde seien alt, sagte Lind. "
            "„Das ist eine Sensation.“",
            "Das ist",
            "Lind",
        ),
        # a separable verb split round its subject
        (
            "Das Geld reiche nicht, stellte Kämmerer Olaf Brand klar. „Wir müssen sparen.“",
            "Wir müssen",
            "Olaf Brand",
        ),
        # a body
        (
            "Die Straße bleibe zu, teilte die Feuerwehr mit. „Bitte fahren Sie um.“",
            "Bitte",
            "Feuerwehr",
        ),
        # a reproach: an indefinite article before the quotation, and its infinitive after "vor,"
        (
            "Stadträtin Ina Voss warf dem Bürgermeister eine „Politik der Tricks“ vor.",
            "Politik",
            "Ina Voss",
        ),
        (
            "Stadträtin Ina Voss warf dem Bürgermeister vor, „Politik mit Tricks“ zu machen.",
            "Politik",
            "Ina Voss",
        ),
        # the subject opens the sentence before, past a relative clause: no closing clause
        (
            "Eva Brandl, die beinahe nur Mieter vertritt und oft mit Vermietern zu tun hat, "
            "nennt das Urteil einen Skandal. "
            "„Das darf nicht sein.“",
            "Das darf",
            "Eva Brandl",
        ),
        # a clause after a semicolon; but not when a Konjunktiv there goes on with the first's
        (
            "Landrat Ole Kamp sagte, man habe gespart; die Kreise habe das Land aber „im Stich "
            "gelassen“.",
            "im Stich",
            "Ole Kamp",
        ),
        (
            "Die Gäste schwiegen; Gastgeber Tom Ried erklärte: „Das Fest fällt aus.“",
            "Das Fest",
            "Tom Ried",
        ),
    ],
)
def test_the_sentence_names_its_speaker(text: str, start: str, speaker: str) -> None:
    found, _ = _speaker(text, start)
    assert found is not None and speaker in found, found


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ob es regne, fragte Reporterin Ute Blum. „Nein, heute nicht.“", "Nein"),
        ("Der Star gehe, berichtete das Blatt „Echo“. „Ich bin weg.“", "Ich bin"),
        ("Die Rede sei gut, sagte Intendant Udo Rahn. „Faust“ steht im Mai auf dem Plan.", "Faust"),
        (
            "Die Lage sei ernst, sagte ein Sprecher der Stadt Lingen. „Wir prüfen alles.“",
            "Wir prüfen",
        ),
        ("Die Pläne seien gut, sagten Ina Roth und Jan Vogt. „Wir sind dafür.“", "Wir sind"),
        ("Dem Konzern wird eine „Politik der Tricks“ vorgeworfen.", "Politik"),
    ],
)
def test_nobody_named(text: str, start: str) -> None:
    assert _speaker(text, start)[0] is None


def test_a_decimal_comma_opens_no_reported_clause() -> None:
    text = "Bürgermeister Jörg Lanz sagte, der Bau koste 4,5 Millionen Euro und sei „zu teuer“."
    assert _speaker(text, "zu teuer") == ("Jörg Lanz", "high")


@pytest.mark.parametrize(
    "one",
    [
        "Der Plan sei gut, kündigte Ministerin Eva Holm am Montag an. „Wir bauen.“ ",
        "Das reiche nicht, stellte Kämmerer Olaf Brand klar. „Wir sparen.“ ",
        "Alle schwiegen; Ina Voss warf ihm vor, „Politik mit Tricks“ zu machen. ",
        "Ein Bau für 4,5 Millionen; 2,5 Millionen; 1,5 Millionen, sagte Jan Roth, sei „zu teuer“. ",
    ],
)
def test_linear(one: str) -> None:
    assert_linear(lambda n: find_quotes(one * n, "de"), 100)
