"""Review of roles taken up again (roles27) and German colon labels (colon27): wrong names.

Invented people; the gold was written before the finder was run."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str, lang: str, words: str) -> str | None:
    """The speaker of the quotation that holds `words`."""
    quote = next(q for q in find_quotes(text, lang) if words in text[q.start : q.end])
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a role in the past ("war", "was", "fue") is a former holder's, not the one at the cue
        (
            "Jan Ost war Innenminister. Heute lebt er in Kiel. „Wir bleiben“, sagte der Minister.",
            "de",
        ),
        ('Jan Ost was president. He lives in Kiel now. "We will win," the president said.', "en"),
        ('Juan Pérez fue diputado. Hoy vive en Cusco. "Vamos a ganar", dijo el diputado.', "es"),
        # a role denied, or wanted, is nobody's
        ('Jan Ost is not president. "We will win," the president said.', "en"),
        (
            "Jan Ost, der Minister werden will, war in Kiel. „Wir gewinnen“, sagte der Minister.",
            "de",
        ),
        ("Jan Ost, der Kanzler werden möchte, war da. „Wir gewinnen“, sagte der Kanzler.", "de"),
        # an unnamed person of that age before the cue ("ein 65-Jähriger", "a 65-year-old man")
        (
            "Jan Ost (65) fuhr den Wagen. Ein 65-Jähriger aus Kiel wurde verletzt. „Es ging "
            "schnell“, sagte der 65-Jährige.",
            "de",
        ),
        (
            "Ein 65-Jähriger wurde verletzt. Abends sprach Jan Ost (65) mit der Polizei. „Ich sah "
            "nichts“, sagte der 65-Jährige.",
            "de",
        ),
        (
            "Jan Ost (58) besuchte Kiel. Sein Sohn, ein 58-Jähriger aus Bonn, kam mit. „Wir "
            "bleiben“, sagte der 58-Jährige.",
            "de",
        ),
        (
            "Jan Ost (65) fuhr den Wagen. Ein 65 Jahre alter Mann wurde verletzt. „Es ging "
            "schnell“, sagte der 65-Jährige.",
            "de",
        ),
        (
            'A 65-year-old man was injured. Tom Hale, 65, a neighbour, called the police. "It '
            'was fast," the 65-year-old said.',
            "en",
        ),
        (
            'Tom Hale, 65, called the police. A 65-year-old woman was hurt. "It was fast," the '
            "65-year-old said.",
            "en",
        ),
    ],
)
def test_role_or_age_of_someone_else_names_no_one(text: str, lang: str) -> None:
    assert find_quotes(text, lang)[-1].speaker not in ("Jan Ost", "Tom Hale", "Juan Pérez")


@pytest.mark.parametrize(
    "text",
    [
        # a case or affair noun before the name: the label is a topic
        "Der Fall Brenk: „Wir wissen nichts.“",
        "Fall Brenk: „Wir wissen nichts.“",
        "Mordfall Jan Roth: „Wir ermitteln weiter.“",
        "Der Fall Jan Roth: „Wir wissen nichts.“",
        "Der Kriminalfall Jan Roth: „Wir wissen nichts.“",
        "Causa Jan Roth: „Alles Lüge.“",
        "Der Prozess Brenk: „Wir wissen nichts.“",
        "Die Affäre Brenk: „Alles Lüge.“",
        # a time before the colon is a heading
        "Heute Abend: „Die Räuber.“",
    ],
)
def test_german_topic_or_time_before_colon_names_nobody(text: str) -> None:
    assert find_quotes(text, "de")[0].speaker is None


def test_german_words_quoted_by_another_are_not_his() -> None:
    text = "Mit den Worten „Wir schaffen das“ zitierte Jan Roth die Kanzlerin."
    assert _speaker(text, "de", "schaffen") != "Jan Roth"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trainer Brenk: „Wir gewinnen.“", "Trainer Brenk"),
        ("Peter Lang (SPD): „Das ist falsch.“", "Peter Lang"),
        ("Mit den Worten „Ich komme wieder“ verabschiedete sich Jan Roth.", "Jan Roth"),
        (
            "Jan Ost ist Innenminister. Er war in Kiel. „Wir bleiben“, sagte der Minister.",
            "Jan Ost",
        ),
        ("Jan Ost (65) fuhr. Der 65-Jährige blieb ruhig. „Gut“, sagte der 65-Jährige.", "Jan Ost"),
    ],
)
def test_speakers_kept(text: str, name: str) -> None:
    assert find_quotes(text, "de")[-1].speaker == name


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roth gegen Eva Klar: „Das ist falsch.“",
        "Jan Roth oder Eva Klar: „Das ist falsch.“",
    ],
)
def test_german_label_pairing_two_people_names_nobody(text: str) -> None:
    assert find_quotes(text, "de")[0].speaker is None


@pytest.mark.parametrize(
    "text",
    ["Streit um Jan Roth: „Er muss gehen.“", "Skandal um Jan Roth: „Alles Lüge.“"],
)
def test_german_label_of_a_topic_after_a_preposition_names_nobody(text: str) -> None:
    assert find_quotes(text, "de")[0].speaker is None
