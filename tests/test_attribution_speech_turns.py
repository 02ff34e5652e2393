"""A quotation over paragraphs is two turns only when its first cue names someone, or it asks."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    """(words, speaker, confidence) of each quotation of `text` that is no title."""
    found = find_quotes(text, lang)
    return [(q.text, q.speaker, str(q.confidence)) for q in found if q.kind != "title"]


# One speech over paragraphs: a pronoun's or a bare noun's cue before it, the name after its
# last paragraph. The later name is the speaker of every paragraph.
ONE_SPEECH = [
    (
        "en",
        'The minister spoke for nearly an hour. She said: "We have reached a turning point in '
        'this crisis.\n\n"Our hospitals are stretched, and our staff are exhausted.\n\n"But we '
        'will not give up," said Health Minister Sarah Collins.',
        "Sarah Collins",
    ),
    (
        "en",
        'He told reporters: "We are not going to back down.\n\n"We will stand with our allies," '
        "said President Joe Biden.",
        "Joe Biden",
    ),
    (
        "de",
        "Er sagte: „Wir werden nicht nachgeben.\n\n„Wir stehen an der Seite unserer Partner“, "
        "sagte Bundeskanzler Friedrich Merz.",
        "Friedrich Merz",
    ),
    (
        "es",
        "Ella dijo: «No vamos a ceder.\n\n«Estaremos con nuestros aliados», dijo la ministra "
        "María López.",
        "María López",
    ),
    (
        "fr",
        "Il a déclaré : « Nous ne céderons pas.\n\n« Nous serons aux côtés de nos alliés », "
        "dit Emmanuel Macron.",
        "Emmanuel Macron",
    ),
    (
        "de",
        "Die Ministerin sagte: „Der Haushalt steht.\n\n„Die Schulden sinken“, sagte "
        "Finanzministerin Petra Lang.",
        "Petra Lang",
    ),
    (
        "en",
        'The mayor told the council: "The bridge will be finished in May.\n\n"It will cost '
        'less than planned," said Mayor Tom Hale.',
        "Tom Hale",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), ONE_SPEECH)
def test_a_speech_under_a_pronoun_or_noun_cue_is_the_later_names(
    lang: str, text: str, speaker: str
) -> None:
    said = _said(text, lang)
    assert said and all(who == speaker for _, who, _ in said), said
    assert said[0][2] == "high", said


# A document's words are never a person's: the statement's paragraph is not "Erklärung".
def test_a_document_noun_is_no_speaker_of_the_speech() -> None:
    text = (
        "In einer Erklärung hieß es: „Wir bedauern die Störung.\n\n„Unsere Techniker arbeiten "
        "rund um die Uhr“, sagte Sprecher David Lee."
    )
    said = _said(text, "de")
    assert said[0][1] in {"David Lee", None}, said
    assert said[1][1:] == ("David Lee", "high")


# Negatives: a question, and a first cue with a name of its own, stay a turn of their own.
def test_a_question_is_not_credited_to_the_one_who_answers_it() -> None:
    text = (
        "The judge turned to the witness, Mary Stone, and asked: "
        '"Did you see the defendant that night?\n\n"Yes, I did," answered Stone.'
    )
    said = _said(text, "en")
    assert said[0][1] != "Mary Stone", said
    assert said[1][1] == "Mary Stone"


ASKED = [
    (
        "en",
        'The reporter asked Smith: "Will you resign?\n\n"No," said Smith.',
        ("reporter", "Smith"),
    ),
    (
        "en",
        'Interviewer Laura Kelly asked the minister: "Will you resign over this?\n\n'
        '"Certainly not," said Health Minister Tom Reid.',
        ("Interviewer Laura Kelly", "Tom Reid"),
    ),
    (
        "de",
        "Die Moderatorin fragte den Minister: „Treten Sie zurück?\n\n„Nein“, sagte Minister "
        "Olaf Kern.",
        ("Moderatorin", "Olaf Kern"),
    ),
    (
        "de",
        "Frage: „Werden Sie zurücktreten?\n\n„Nein“, sagte die Ministerin.",
        (None, "Ministerin"),
    ),
    (
        "es",
        "Le preguntaron a la ministra: «¿Va a dimitir?\n\n«No», dijo la ministra María López.",
        (None, "María López"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "speakers"), ASKED)
def test_a_question_answered_in_the_next_paragraph_stays_cut(
    lang: str, text: str, speakers: tuple[str | None, str]
) -> None:
    said = _said(text, lang)
    assert (said[0][1], said[-1][1]) == speakers, said


NAMED_FIRST = [
    (
        "de",
        "„Wir haben lange genug gewartet“, sagte Peter Kurz, „und die Stadt braucht eine neue "
        "Brücke.\n\n„Das sehen wir anders“, entgegnete die Opposition.",
        ["Peter Kurz", "Peter Kurz", "Opposition"],
    ),
    (
        "es",
        '"Hemos esperado demasiado", dijo el alcalde Juan Pérez, "y la ciudad necesita un '
        'puente nuevo.\n\n"Eso es populismo", respondió la concejala Ana Gómez.',
        ["Juan Pérez", "Juan Pérez", "Ana Gómez"],
    ),
    (
        "en",
        '"Are you ready?" the captain asked, "because we leave in ten minutes.\n\n"Ready," '
        "said the pilot, Anna Ross.",
        [None, "captain", "Anna Ross"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "speakers"), NAMED_FIRST)
def test_a_first_cue_naming_its_own_speaker_stays_cut(
    lang: str, text: str, speakers: list[str | None]
) -> None:
    assert [who for _, who, _ in _said(text, lang)] == speakers


# Negatives by structure: a later cue that answers or asks, and an incise's own speech, are
# another's turn even under a pronoun's cue; a body's cue names its own speaker.
OTHERS_TURN = [
    (
        "en",
        'Harris spoke first. He said: "We will win this vote.\n\n"We will see," replied '
        "Senator Tom Baker.",
    ),
    ("en", 'She said: "The plan is ready.\n\n"Is it funded?" asked Senator Tom Baker.'),
    (
        "de",
        "Er sagte: „Wir gewinnen die Wahl.\n\n„Das werden wir sehen“, entgegnete Senator "
        "Tom Baker.",
    ),
    ("es", "Él dijo: «Ganaremos la votación.\n\n«Ya veremos», replicó la senadora Ana Ruiz."),
    (
        "en",
        'Collins opened the briefing with a warning. "The next two weeks will be decisive," she '
        'said, "and I ask everyone to stay at home.\n\n"We will review the measures on Friday," '
        "added her deputy, Tom Harris.",
    ),
    (
        "de",
        "„Die nächsten Wochen entscheiden“, sagte sie, „und ich bitte alle, zu Hause zu bleiben."
        "\n\n„Wir prüfen die Regeln am Freitag“, ergänzte ihr Stellvertreter Tom Harris.",
    ),
    (
        "en",
        'The police said: "The road is closed.\n\n"Drivers should avoid the area," said '
        "spokesman Tom Lane.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OTHERS_TURN)
def test_the_later_name_does_not_take_another_turn(lang: str, text: str) -> None:
    said = _said(text, lang)
    later = said[-1][1]
    assert later is not None and all(who != later for _, who, _ in said[:-1]), said
