"""German: subjects "er"/"sie" stand for, split verbs with roles, held views (`denone25`)."""
# "Gestern lobte Olaf Kern den Plan. „…“, sagte er.": a full name right after an inverted verb,
# the subject of a clause whose verb stands last, a title led by "Der" and adjectives, and a name
# with a "von"/"aus" attribute are subjects; "Am Montag stellte die Polizei fest, …" takes a role
# or a body; "Eva Ems ist der Meinung, …" and "Die Gewerkschaft befürchtet, …" open indirect
# speech; "riefen die Fans „…“" is speech, not a name.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _last(text: str) -> tuple[str | None, str, str, str]:
    quote = find_quotes(text, "de")[-1]
    return quote.speaker, quote.kind, quote.basis, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Gestern lobte Olaf Kern den Plan. „Das ist gut“, sagte er.",
        "Am Montag kritisierte Olaf Kern das Gesetz. „Das ist schlecht“, sagte er.",
        "In seiner Rede verteidigte Olaf Kern den Plan. „Das ist richtig“, sagte er.",
        "Zu den Kritikern gehört Olaf Kern. Er sagte: „Das ist falsch.“",
        "Weil Olaf Kern den Brief gelesen hatte, sagte er: „Wir brauchen eine Lösung.“",
        "Olaf Kern vom Amt für Planung lobte das Gelände. „Das hilft der Region“, sagte er.",
        "Das meint Olaf Kern vom Amt für Planung in Bonn. „Das hilft der Region“, führte er aus.",
        "Der frühere Außenminister Olaf Kern reagierte gelassen. „Das klären wir“, sagte er.",
    ],
)
def test_a_pronoun_stands_for_the_subject_named_before(text: str) -> None:
    assert _last(text) == ("Olaf Kern", "speech", "pronoun", "low")


@pytest.mark.parametrize(
    "text",
    [
        # an object after the subject, a name inside "dass", a dative: not the one who speaks
        "Am Montag empfing Eva Ems Olaf Kern in Berlin. „Das ist gut“, sagte er.",
        "Eva Ems sagte, dass Olaf Kern gelogen habe. „Das ist gut“, sagte er.",
        # "mehr als": no conjunction of a clause; two men in view: either one
        "Niemand arbeitete mehr als Olaf Kern gestern. „Das ist gut“, sagte er.",
        "Nachdem Olaf Kern gegangen war, lobte Jan Roth den Plan. „Das ist gut“, sagte er.",
    ],
)
def test_no_subject_where_the_name_is_an_object_or_one_of_two(text: str) -> None:
    assert _last(text)[0] is None


def test_a_chief_of_a_body_keeps_the_genitive_in_his_title() -> None:
    text = "Der Chef der Firma Olaf Kern lobte den Plan. „Das ist gut“, sagte er."
    assert _last(text) == ("Olaf Kern", "speech", "pronoun", "low")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Am Montag stellte die Ministerin klar, die Vorwürfe seien „nicht haltbar“.",
            "Ministerin",
        ),
        ("Später gab die Polizei bekannt, der Mann sei „außer Lebensgefahr“.", "Polizei"),
        ("Im Urteil stellte das Gericht fest, die Klage sei „unbegründet“.", "Gericht"),
        ("Zum Schluss führt der Bericht aus, die Zahl sei „klar gestiegen“.", "Bericht"),
        (
            "Im Anhang stellt die Studie fest, die Zahl der Fälle sei „deutlich gestiegen“.",
            "Studie",
        ),
    ],
)
def test_a_split_verb_of_saying_takes_a_role_a_body_or_a_document(text: str, speaker: str) -> None:
    # a document's words are writing, as "In dem Bericht heißt es:" makes them (fixde27)
    kind = "writing" if speaker in ("Bericht", "Studie") else "speech"
    assert _last(text) == (speaker, kind, "cue", "low")


def test_a_split_verb_with_no_person_or_document_names_nobody() -> None:
    assert _last("Am Montag führte der Nachbar den Hund aus, er sei „krank“.")[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eva Ems ist der Meinung, das sei „eine Gefahr für die Demokratie“.", "Eva Ems"),
        ("Jan Roth vertritt die Ansicht, dass der Plan „verfehlt“ sei.", "Jan Roth"),
        ("Jan Roth ist seit Jahren der Auffassung, dass die Reform „zu spät“ komme.", "Jan Roth"),
        ("Die Gewerkschaft befürchtet, die Löhne könnten „ins Bodenlose“ fallen.", "Gewerkschaft"),
    ],
)
def test_a_held_view_opens_indirect_speech(text: str, speaker: str) -> None:
    assert _last(text) == (speaker, "speech", "cue", "low")


@pytest.mark.parametrize(
    "text",
    [
        # a view rejected or a statement read: someone else's
        "Jan Roth verwarf die These, der Plan sei „verfehlt“.",
        "Eva Ems las die Erklärung, der Plan sei „verfehlt“.",
        "Jan Roth teilte die Meinung nicht, der Plan sei „verfehlt“.",
    ],
)
def test_a_view_not_held_gives_nobody(text: str) -> None:
    assert _last(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Am Abend riefen die Fans „Wir sind die Meister“.", "Fans"),
        ("Am Abend skandierten die Demonstranten „Stoppt den Wahn“.", "Demonstranten"),
        ("Nach dem Spiel sagte der Trainer „Wir haben verdient gewonnen“.", "Trainer"),
    ],
)
def test_a_quotation_after_a_cue_and_its_people_is_speech(text: str, speaker: str) -> None:
    assert _last(text) == (speaker, "speech", "cue", "low")


@pytest.mark.parametrize(
    "text",
    [
        "Am Abend lobte die Zeitung „Die Welt“ den Plan.",
        "Am Abend berichtete der Fernsehsender „Kanal Eins“ darüber.",
        "Am Abend sangen die Fans „Wir sind die Meister“.",
    ],
)
def test_a_thing_or_no_cue_before_the_quotation_keeps_its_name(text: str) -> None:
    assert _last(text)[1] == "title"


def test_long_runs_of_attributes_and_clauses_stay_linear() -> None:
    texts = [
        lambda n: "Olaf Kern vom Amt " + "für Planung und " * n + "lobte. „Ja“, sagte er.",
        lambda n: "Weil Olaf Kern " + "den Brief " * n + "las, sagte er: „Ja.“",
        lambda n: "Gestern lobte Olaf Kern " + "den Plan und das Amt " * n + ". „Ja“",
    ]
    assert_linear(lambda n: [find_quotes(text(n), "de") for text in texts], 200)
