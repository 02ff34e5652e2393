"""German quotations whose speaker is named by sentence structure ("dealt29"): a man and a woman
named by role endings and "er"/"sie", an object put first before a cue, a Konjunktiv II no past
shares right after a naming sentence, "nach den Worten/dem Willen von X … ein „…“". Our own
invented sentences; the probe file tests/data/attribution/german_structure.toml (gold written
before the finder ran) must keep no wrong name and no name on a negative."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import tomllib

from summarizer.attribution.find import find_quotes

_PROBES = Path(__file__).parent / "data" / "attribution" / "german_structure.toml"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker if q.kind != "title" else None for q in find_quotes(text, "de")]


def _result(text: str, fragment: str, gold: str) -> str:
    quotes = find_quotes(text, "de")
    hit = next((q for q in quotes if fragment in q.text), None)
    got = hit.speaker if hit is not None and hit.kind != "title" else None
    if not gold:
        return "negative named" if got else "negative kept"
    if got is None:
        return "none"
    return "right" if set(gold.casefold().split()) & set(got.casefold().split()) else "wrong"


def test_probe_file_figures() -> None:
    probes = tomllib.loads(_PROBES.read_text(encoding="utf-8"))["probe"]
    counts = Counter(
        _result(probe["text"], fragment, gold)
        for probe in probes
        for fragment, gold in probe["quotes"]
    )
    assert len(probes) >= 120
    assert counts["wrong"] == 0 and counts["negative named"] == 0
    assert counts["right"] >= 111


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # roles run into the names mark the genders by their endings; "hielt er dagegen"
        (
            "Im Saal standen sich die Anwältin der Stadt, Yara Osterwald, und Verteidiger "
            "Konstantin Wehle gegenüber. „Die Lage ist klar“, sagte sie. „Mein Mandant ist "
            "unschuldig“, hielt er dagegen.",
            ["Yara Osterwald", "Konstantin Wehle"],
        ),
        # a capitalised word before a known first name is a role, not part of the name
        (
            "Im Rathaus trafen die Bürgermeisterin Karin Lotz und Stadtrat Henrik Maas "
            "aufeinander. „Wir brauchen das Geld“, sagte sie. „Die Straßen gehen vor“, "
            "entgegnete er.",
            ["Karin Lotz", "Henrik Maas"],
        ),
        # a noun run after an article is no third person
        (
            "Die Anwältin der Familie, Nadine Ostrowski, und Oberstaatsanwalt Tilo Berger gaben "
            "nach dem Urteil Erklärungen ab. „Wir gehen in Revision“, sagte sie.",
            ["Nadine Ostrowski"],
        ),
        # two women, three people: nobody
        (
            "Im Ausschuss stritten die Ministerin Karla Dietz und die Abgeordnete Miriam Sorge. "
            "„Das Gesetz kommt zu spät“, sagte sie.",
            [None],
        ),
        (
            "Am Abend sprachen Landrätin Bettina Kuhl, Bürgermeister Ralf Eder und Stadträtin "
            "Gerda Pohl vor den Anwohnern. „Niemand wird im Stich gelassen“, sagte sie.",
            [None],
        ),
    ],
)
def test_man_and_woman(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


# two men taken up by their surnames, joined by "und": either may be "er"
def test_surnames_joined() -> None:
    text = (
        "„Wir waren besser“, sagte Heimtrainer Jens Abendroth. Sein Kollege Mirko Talbot "
        "widersprach. Nach dem Spiel gaben sich Abendroth und Talbot die Hand. „Bis zum "
        "Rückspiel“, sagte er."
    )
    assert _speakers(text) == ["Jens Abendroth", None]
    text = (
        "„Wir hatten mehr vom Spiel“, meinte Gästecoach Rüdiger Hanke. Sein Gegenüber Mats "
        "Ellerbrock sah das anders: „Wir waren effizienter.“ Nach dem Abpfiff trafen sich Hanke "
        "und Ellerbrock noch kurz am Zaun. „Bis zum nächsten Mal“, sagte er lachend."
    )
    assert _speakers(text)[0] == "Rüdiger Hanke" and _speakers(text)[-1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the head names a thing judged; the name after the verb is the subject
        (
            "Das Angebot der Arbeitgeber nannte Verdi-Chefin Nora Schmid „eine Provokation“.",
            "Nora Schmid",
        ),
        (
            "Innenminister Rolf Baader verteidigte die Reform. Die Kritik der Opposition nannte "
            "Baader „völlig überzogen“.",
            "Rolf Baader",
        ),
        # a nominative after the verb
        (
            "Die Vorschläge der Kommission bezeichnete der Bauernverband als „realitätsfern“.",
            "Bauernverband",
        ),
        # a body may speak: its name after the verb is its object
        (
            "Die Gewerkschaft nannte Arbeitsminister Klaus Ebel einen „Totalausfall“.",
            "Gewerkschaft",
        ),
    ],
)
def test_object_first(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a Konjunktiv II no past shares, right after the naming sentence
        (
            "Justizministerin Helga Brandt verteidigte am Mittwoch die Reform. Die Gerichte "
            "bräuchten „dringend Entlastung“.",
            "Helga Brandt",
        ),
        (
            "Umweltministerin Greta Lindholm stellte den Klimaplan vor. Die Bürger bekämen "
            "„spürbare Entlastungen“.",
            "Greta Lindholm",
        ),
        # a word after a lone preposition ends no name
        (
            "Die Gesundheitssenatorin Ute Lembke verteidigte die Schließung. Mit Sparpolitik "
            "habe das „nichts zu tun“.",
            "Ute Lembke",
        ),
        # no naming sentence, or two people in it: nobody
        (
            "Der Dürresommer hat die Landwirte getroffen. Ohne Regen bräuchten viele Betriebe "
            "„staatliche Hilfe“.",
            None,
        ),
        (
            "Bürgermeister Lutz Anger traf sich mit Stadträtin Vera Kolb. Die Schulen bräuchten "
            "„mehr Geld“.",
            None,
        ),
    ],
)
def test_konjunktiv_two(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach den Worten von Bischof Anton Reiß ist die Kirche ein „Ort für alle“.", "Anton Reiß"),
        (
            "Nach dem Willen von Verkehrsministerin Doris Kunze soll die A 7 bis 2030 zu einer "
            "„Modellstrecke für Wasserstoff“ werden.",
            "Doris Kunze",
        ),
        ("Laut Polizei wurde am Montag ein „Golf GTI“ in der Innenstadt gestohlen.", None),
        ("Nach dem Konzert der Band „Eisblau“ kam es zu einer Schlägerei.", None),
    ],
)
def test_sourced_term(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "sie" after a singular verb: the woman the sentence before names
        (
            "Die Bürgermeisterin Anna Roth trat ans Pult. Mit den Worten „Wir schaffen das“ "
            "beendete sie die Sitzung.",
            "Anna Roth",
        ),
        # a plural verb: several
        (
            "Die Spielerinnen Anna Roth und Eva Kern traten vor die Fans. Mit den Worten „Danke "
            "für alles“ verabschiedeten sie sich.",
            None,
        ),
    ],
)
def test_worded_she(text: str, speaker: str | None) -> None:
    assert _speakers(text) == [speaker]


# A dative after the verb is no subject: the phrase before the verb still speaks (found at the
# merge: the first reading of an object put first took "der Zeitung" for the subject).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Ministerin sagte der Zeitung: „Wir handeln jetzt.“", "Ministerin"),
        ("Die Kanzlerin versicherte der Bevölkerung: „Wir handeln jetzt.“", "Kanzlerin"),
        ("Die Polizei teilte der Presse mit: „Wir handeln jetzt.“", "Polizei"),
    ],
)
def test_a_dative_after_the_verb_leaves_the_subject_before_it(text: str, speaker: str) -> None:
    [quote] = find_quotes(text, "de")
    assert quote.speaker == speaker
