"""German: a Konjunktiv clause's subject is reported, not the speaker; split verbs of saying."""
# "Die Regierung nutze die Lage aus, um „…“": the Konjunktiv reports the paragraph's reporter, its
# noun subject is the topic. "Sie hob die „…“ hervor", "Er wies die Vorwürfe als „…“ zurück":
# stem and particle round the quotation are one verb of saying; "hält die Lage für „…“" judges;
# "Sie warf der Stadt vor, die „…“ zu planen": the infinitive is the verb's content.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _last(text: str) -> tuple[str | None, str, str]:
    quote = find_quotes(text, "de")[-1]
    return quote.speaker, quote.kind, quote.basis


@pytest.mark.parametrize(
    "text",
    [
        "Jana Wolf lobte den Entwurf. Der Senat baue die Lage aus, um „teure Projekte“ zu planen.",
        "Die Stadträtin Jana Wolf lobte den Entwurf. Der Senat nutze die Zeit, um „neue Gebühren“ "
        "einzuführen.",
        "Jana Wolf lobte den Entwurf. Der Senat habe die Zeit genutzt, um „neue Gebühren“ "
        "einzuführen.",
    ],
)
def test_a_konjunktiv_subject_is_reported_and_the_reporter_goes_on(text: str) -> None:
    assert _last(text) == ("Jana Wolf", "speech", "carried")


@pytest.mark.parametrize(
    "text",
    [
        # a full name in the Konjunktiv clause: someone else's words may be meant, nobody
        "Jana Wolf lobte den Entwurf. Lars Brink nutze die Zeit, um „neue Gebühren“ einzuführen.",
        # no reporter before it: nobody, never the body the clause is about
        "Der Senat nutze die Zeit, um „neue Gebühren“ einzuführen.",
        # first person: "nutze" is the indicative there
        "Jana Wolf lobte den Entwurf. Ich nutze die Zeit, um „neue Gebühren“ zu prüfen.",
        # "wurde" is a past: the sentence reports nothing and carries nobody over
        "Nach Angaben von Jana Wolf hatte der Senat gespart. Der Plan wurde im Rat als „sehr "
        "dreist“ bewertet.",
    ],
)
def test_a_konjunktiv_subject_is_never_the_speaker(text: str) -> None:
    speaker, _, _ = _last(text)
    assert speaker not in ("Senat", "Lars Brink", "Jana Wolf")


def test_a_preposition_after_the_subject_is_no_konjunktiv() -> None:
    text = "Die Regierung ohne Mehrheit warnte: „Wir schaffen das nicht.“"
    assert _last(text) == ("Regierung", "speech", "cue")


@pytest.mark.parametrize(
    "text",
    [
        "Die Ärztin Karin Loos sprach im Ausschuss. Sie hob die „gute Arbeit der Pflege“ hervor.",
        "Die Ärztin Karin Loos sprach im Ausschuss. Sie stellte „große Lücken“ im Plan fest.",
        "Die Ärztin Karin Loos sprach im Ausschuss. Sie wies die Kritik als „haltlos“ zurück.",
        "Die Ärztin Karin Loos sprach im Ausschuss. Sie warf dem Land „völliges Versagen“ vor.",
        "Die Ärztin Karin Loos sprach im Ausschuss. Sie hält die Lage für „sehr ernst“.",
        "Die Ärztin Karin Loos sprach im Ausschuss. Sie warf dem Land vor, die „nötigen Mittel“ "
        "zu kürzen.",
    ],
)
def test_a_pronoun_before_a_split_verb_stands_for_the_one_person(text: str) -> None:
    assert _last(text) == ("Karin Loos", "speech", "pronoun")


def test_a_judging_label_is_speech_of_the_named_subject() -> None:
    quote = find_quotes("Bernd Hoff hält die Lage für „bedrohlich“.", "de")[0]
    assert (quote.kind, quote.speaker, quote.confidence) == ("speech", "Bernd Hoff", "low")


def test_a_stance_verbs_infinitive_names_its_subject() -> None:
    text = "Bernd Hoff warf dem Land vor, die „nötigen Mittel“ zu kürzen."
    assert find_quotes(text, "de")[0].speaker == "Bernd Hoff"


@pytest.mark.parametrize(
    "text",
    [
        # two people as the subject before: "Sie" with a singular verb stands for neither
        "Karin Loos und Vera Stein sprachen im Ausschuss. Sie hob die „gute Arbeit“ hervor.",
        "Karin Loos und Vera Stein sprachen im Ausschuss. Sie warf dem Land vor, die „nötigen "
        "Mittel“ zu kürzen.",
        # a plural verb: they, no one person
        "Die Ärztin Karin Loos sprach im Ausschuss. Sie hoben die „gute Arbeit“ hervor.",
        "Die Ärztin Karin Loos sprach im Ausschuss. Sie warfen dem Land vor, die „nötigen "
        "Mittel“ zu kürzen.",
    ],
)
def test_nobody_when_the_pronoun_may_stand_for_several(text: str) -> None:
    assert _last(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Bernd Hoff hält das Stück „Nathan“ für ein Meisterwerk.",
        "Bernd Hoff hält den Preis für „Nathan“ für verdient.",
        "Der Lehrer Bernd Hoff sprach. Er stellte „Nathan“ im Unterricht vor.",
    ],
)
def test_a_capitalised_name_round_a_split_verb_stays_a_title(text: str) -> None:
    assert find_quotes(text, "de")[-1].kind == "title"


# Each reader looks a bounded stretch past the quotation or back to the sentence start.
def test_many_split_verbs_and_konjunktiv_clauses_stay_linear() -> None:
    split = "Sie hob die „gute Arbeit“ hervor. Der Senat nutze die Zeit, um „x“ zu planen. "
    assert_linear(lambda n: find_quotes(split * n, "de"), 50)
    lead, tail = "Sie warf dem Land vor, die „Mittel“ ", "zu kürzen."
    assert_linear(lambda n: find_quotes(lead + "und die „Mittel“ " * (2 * n) + tail, "de"), 50)
