"""Older German print (dehist30): a relative clause of saying before a colon ("Die Bauern, welche
klagen: „…“") and a quotation taken from a named person's speech or letter ("Aus der Rede des
Abgeordneten X heben wir hervor: „…“"); our own probe paragraphs (dehist30_probes.toml, gold set
before the finder ran) keep their figures."""

from __future__ import annotations

import collections
from pathlib import Path

import tomllib

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_PROBES = Path(__file__).parent / "data" / "attribution" / "dehist30_probes.toml"


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, "de") if q.kind != "title"]


def _speaker(text: str, start: str) -> str | None:
    found = [q for q in find_quotes(text, "de") if q.text.startswith(start)]
    return found[0].speaker if found else None


def test_a_relative_clause_of_saying_names_its_antecedent() -> None:
    text = "Der Abgeordnete Riedel, welcher dem Minister entgegnete: „Das Volk wird richten“, ging."
    assert _speaker(text, "Das Volk") == "Riedel"
    text = "Es war der Pfarrer Hollmann, der von der Kanzel rief: „Thut Buße!“"
    assert _speaker(text, "Thut Buße") == "Hollmann"
    text = "Der Kutscher, der mir zurief: „Aus dem Wege!“, fuhr eilig davon."
    assert _speaker(text, "Aus dem Wege") == "Kutscher"


def test_a_group_the_relative_clause_says_speaks_never_the_main_subject() -> None:
    text = "Der Bürgermeister Jan Roth traf die Demonstranten, die vor dem Rathaus riefen: „Halt!“"
    assert _speaker(text, "Halt") == "Demonstranten"  # before dehist30: nobody
    text = "Jan Roth sah Tausende Demonstranten, die riefen: „Wir bleiben hart.“"
    assert _speaker(text, "Wir bleiben") == "Tausende Demonstranten"  # as "Tausende … riefen:"


def test_an_object_relative_or_another_subject_never_names_the_antecedent() -> None:
    text = "Die Arbeiter, von welchen der Unternehmer sagte: „Sie sind faul“, streikten."
    assert _speaker(text, "Sie sind faul") != "Arbeiter"
    text = "Der Abgeordnete Riedel, gegen welchen der Präsident rief: „Zur Ordnung!“, ging."
    assert _speaker(text, "Zur Ordnung") != "Riedel"
    text = "Der Bauer, dessen Frau schrie: „Feuer!“, lief herbei."
    assert _speaker(text, "Feuer") is None
    text = "Die Studenten, welche der Rektor ermahnte: „Haltet Ruhe!“, zogen ab."
    assert _speaker(text, "Haltet Ruhe") != "Studenten"


def test_a_pointing_antecedent_names_nobody() -> None:
    assert _speaker("Jene, die da sagen: „Es geht nicht“, sind Feiglinge.", "Es geht") is None
    assert _speaker("Alle, welche riefen: „Hoch der König!“, kamen.", "Hoch der") is None
    assert _speaker("Alles, was er sagte: „Ich weiß es nicht“, war gelogen.", "Ich weiß") is None


def test_a_speech_or_letter_names_its_owner() -> None:
    text = "In der Rede Bismarcks hieß es: „Wir Deutsche fürchten Gott.“"
    assert _said(text) == [("Wir Deutsche fürchten Gott.", "Bismarck")]
    text = "Aus einem Briefe Moltkes an seinen Bruder: „Der Krieg ist ein Glied der Weltordnung.“"
    assert _speaker(text, "Der Krieg") == "Moltke"
    text = (
        "Aus der Ansprache des Bürgermeisters Karl Feuchter theilen wir Folgendes mit: "
        "„Die Stadt wird ihre Pflicht thun.“"
    )
    assert _speaker(text, "Die Stadt") == "Karl Feuchter"
    text = (
        "Wir lassen hier eine Stelle aus der Rede Lassalle's folgen. "
        "„Der Arbeiterstand ist der Fels der Gegenwart.“"
    )
    assert _speaker(text, "Der Arbeiterstand") == "Lassalle"


def test_a_body_or_place_owns_no_speech() -> None:
    text = "In einer Erklärung der Deutschen Bahn hieß es: „Die Züge fahren wieder.“"
    assert _speaker(text, "Die Züge") != "Bahn"  # the document's body, as before
    assert _speaker("Aus einer Erklärung Russlands: „Wir weisen das zurück.“", "Wir") is None
    text = "In der Rede des Bundeskanzlers Olaf Scholz hieß es: „Wir stehen zusammen.“"
    assert _speaker(text, "Wir stehen") == "Olaf Scholz"


def test_a_speech_as_topic_or_time_names_nobody() -> None:
    text = "Gegen die Rede Bismarcks erhob sich lebhafter Widerspruch: „Das ist unerhört!“"
    assert _speaker(text, "Das ist") is None
    text = "Wegen der Rede des Pfarrers Hollmann kam es zu Tumulten. „Nieder mit den Pfaffen!“"
    assert _speaker(text, "Nieder") is None
    text = (
        "In dem Briefe des Herrn Lindemann fand sich ein Zettel mit der Aufschrift: „Nicht öffnen!“"
    )
    assert _speaker(text, "Halt") is None
    text = "Aus der Rede des Ministers heben wir hervor: „Die Regierung bleibt fest.“"
    assert _speaker(text, "Die Regierung") is None  # a role, no name


def test_probe_figures_hold() -> None:
    probes = tomllib.loads(_PROBES.read_text(encoding="utf-8"))["probe"]
    assert len(probes) >= 100
    tally: collections.Counter[str] = collections.Counter()
    for probe in probes:
        speaker = _speaker(probe["text"], probe["quote"])
        gold = {w.casefold() for w in probe["speaker"].split()}
        if speaker is None:
            tally["right" if not gold else "none"] += 1
        else:
            right = bool(gold & {w.casefold() for w in speaker.split()})
            tally["right" if right else "wrong"] += 1
    # before dehist30: 42 right, 8 wrong, 52 none
    assert tally["right"] >= 78 and tally["wrong"] <= 1, tally


def test_a_long_run_of_relative_frames_stays_linear() -> None:
    shape = "Die Bauern, welche fortwährend klagen: „Wir haben kein Brot!“, ziehen fort. "
    owner = "Aus der Rede des Abgeordneten Brenner heben wir hervor: „Wir weichen nicht.“ "
    assert_linear(lambda n: find_quotes((shape + owner) * n, "de"), 100)
