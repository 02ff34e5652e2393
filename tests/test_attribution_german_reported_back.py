"""German quotations with no cue after whole sentences of indirect speech: the speaker the
sentence before them names with a verb of saying (speakers/reported_back.py, denone32); a run
after a number is a quantity, no one's name; "er"/"sie" past a run after an article, which no
bare name is (speakers/pronoun_places.py).

Invented people; the gold was written before the finder was run. The probe file
tests/data/probes/german_denone32.toml holds 135 paragraphs (59 negatives), held to its floor by
tests/test_attribution_probe_files.py."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests import benchscript

same_speaker = benchscript.load("world_blind").same_speaker


def _speaker(text: str, quote: str) -> str | None:
    """The speaker of the quotation holding `quote`."""
    return next(q for q in find_quotes(text, "de") if quote in q.text).speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # one, two or three reported sentences between the naming sentence and the quotation
        (
            "Verbandschefin Ilse Marwitz kündigte am Montag an, gegen das Gesetz zu klagen. Die "
            "Geduld sei erschöpft. „Wir ziehen bis nach Karlsruhe.“",
            "Wir ziehen",
            "Ilse Marwitz",
        ),
        (
            "Am Abend warnte Gerd Aßmann vor Waldbränden. Man habe seit Wochen keinen "
            "Regen gehabt. Die Böden seien ausgetrocknet. „Ein Funke genügt.“",
            "Ein Funke genügt",
            "Gerd Aßmann",
        ),
        # a quantity between the speaker and the quotation is no second person
        (
            "Kämmerin Olga Ritter sagte, der Umbau koste 7,5 Millionen Euro. „Das stemmen wir.“",
            "Das stemmen wir",
            "Olga Ritter",
        ),
        # "er" past a place after "im", a body in the genitive, a court after "vor dem"
        (
            "Im Kreisrat von Oberhain wurde gestritten. Schatzmeister Lutz Vollrath nannte "
            "Zahlen. „Das reicht nicht“, sagte er.",
            "Das reicht nicht",
            "Lutz Vollrath",
        ),
        (
            "Forscher des Instituts Seewalde haben Proben genommen. Die Geologin Ina Falkner "
            "wertete sie aus. „Der Befund ist eindeutig“, erklärte sie.",
            "Der Befund ist eindeutig",
            "Ina Falkner",
        ),
        # negatives: a run after a bare preposition may be a person; two people
        (
            "Olaf Kern sprach mit Talvo Merunek. „Wir brauchen Geld“, sagte er.",
            "Wir brauchen Geld",
            "Olaf Kern",  # as on main: Merunek's gender unknown to us (see the docs)
        ),
        (
            "Im Rathaus von Oberhain trafen Olaf Kern und Udo Seidl zusammen. „Wir brauchen "
            "Geld“, sagte er.",
            "Wir brauchen Geld",
            None,
        ),
        # the run is kept when the one person left stands before the pronoun's paragraph
        (
            "Spieler der Mannschaft Nordstern jubelten. Das bestätigte Torwart Jan Ebeling.\n\n"
            "Der für Eintracht Süd stürmende Nationalspieler Wim Osterkamp entschuldigte sich. "
            "„Es tut mir leid“, sagte er.",
            "Es tut mir leid",
            None,
        ),
        # negatives: a sentence of narration, another person, no verb of saying, a plural verb, a
        # person after a year
        (
            "Verbandschefin Ilse Marwitz kündigte an, zu klagen. Der Minister zeigte sich "
            "gelassen. Die Lage sei ernst. „Wir warten ab.“",
            "Wir warten ab",
            None,
        ),
        (
            "Verbandschefin Ilse Marwitz kündigte an, zu klagen. Ihr Vorgänger Kurt Bley halte "
            "das für falsch. „Das ist ein Fehler.“",
            "Das ist ein Fehler",
            "Kurt Bley",  # his view, the sentence before: never Marwitz (an older narration rule)
        ),
        (
            "Der Förster Gerd Aßmann fuhr am Montag in den Wald. Die Böden seien ausgetrocknet. "
            "„Ein Funke genügt.“",
            "Ein Funke genügt",
            None,
        ),
        (
            "Die Förster Gerd Aßmann und Jan Ruhl warnten vor Bränden. Die Böden seien trocken. "
            "„Ein Funke genügt.“",
            "Ein Funke genügt",
            None,
        ),
        (
            "Kämmerin Olga Ritter sagte, seit 2019 Bürgermeisterin Eva Roth im Amt sei, fehle "
            "Geld. „Das stemmen wir.“",
            "Das stemmen wir",
            None,
        ),
    ],
)
def test_reported_back(text: str, quote: str, speaker: str | None) -> None:
    found = _speaker(text, quote)
    assert found == speaker if speaker is None else same_speaker(speaker, found or "")
