"""Russian, French and Spanish names left wrong or missing at the end of session 26 (`rufix27`).

Russian: "не скрывает: «…»" (not hiding is saying openly) and "обвинила X в «…»" (the accuser's
words, fitted to the sentence's grammar) are cues; a man's first name in an oblique case opening
the words before a cue is its object ("Олега Карпова обвинила Анна Белова"), never its subject.
French and Spanish: a verb of intent before an infinitive of saying ("compte dire", "va a
responder", "piensa decir") plans a statement, never makes it; a Spanish plural verb after a
quotation ("dijeron Ana Ruiz e Inés Vega") names both or nobody, never one of them.
"""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _one(text: str, lang: str) -> Quote:
    [quote] = find_quotes(text, lang, "")
    return quote


@pytest.mark.parametrize(
    "text",
    [
        "Игорь Волков не скрывает: «Мы устали от обещаний».",
        "«Мы устали от обещаний», — не скрывает Игорь Волков.",
        "Игорь Волков не скрывает, что «устал от обещаний».",
        "Игорь Волков не скрывал радости: «Наконец-то мы дома!»",
    ],
)
def test_not_hiding_is_saying_openly(text: str) -> None:
    quote = _one(text, "ru")
    assert (quote.speaker, quote.kind) == ("Игорь Волков", "speech")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Жители не скрывают: «Мы устали ждать».", "speech"),  # a plural: a group, no one
        ("Игорь Волков не сказал: «Мы устали от обещаний».", "speech"),  # a denial
        ("Игорь Волков не скрывает любви к «Спартаку».", "title"),  # a name
    ],
)
def test_not_hiding_names_no_group_and_no_denier(text: str, kind: str) -> None:
    quote = _one(text, "ru")
    assert (quote.speaker, quote.kind) == (None, kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Анна Белова обвинила власти в «полном равнодушии».", "Анна Белова"),
        ("Анна Белова обвинила Игоря Волкова в «предательстве».", "Анна Белова"),
        ("Олег Карпов обвинил чиновников в «саботаже».", "Олег Карпов"),
        ("Анна Белова обвинила Олега Карпова: «Вы сорвали сроки».", "Анна Белова"),
        ("«Вы сорвали сроки», — обвинила Анна Белова Олега Карпова.", "Анна Белова"),
    ],
)
def test_the_accusers_words(text: str, speaker: str) -> None:
    assert _one(text, "ru").speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Анну Белову обвинили в «разжигании ненависти».",
        "Его обвиняют в «измене».",
    ],
)
def test_the_accused_never_speaks(text: str) -> None:
    assert _one(text, "ru").speaker is None


def test_an_accused_name_the_verb_governs_is_no_subject() -> None:
    assert _one("Анна Белова обвинила газету «Вести» во лжи.", "ru").kind == "title"


@pytest.mark.parametrize(
    "text",
    [
        "Олега Карпова обвинила Анна Белова: «Вы сорвали сроки».",
        "Олега Карпова спросила Анна Белова: «Вы сорвали сроки?»",
        "Игоря Волкова упрекнула Анна Белова: «Вы сорвали сроки».",
    ],
)
def test_a_man_named_in_the_accusative_before_the_verb_is_its_object(text: str) -> None:
    assert _one(text, "ru").speaker == "Анна Белова"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Александра Карпова сказала: «Мы готовы».", "Александра Карпова"),
        ("Яна Карпова сказала: «Мы готовы».", "Яна Карпова"),
        ("Игорь Карпов сказал: «Мы готовы».", "Игорь Карпов"),
    ],
)
def test_a_womans_name_spelt_as_a_mans_accusative_still_speaks(text: str, speaker: str) -> None:
    assert _one(text, "ru").speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Paul Morel va répondre : « Nous ne céderons pas ».", "fr", "Paul Morel"),
        ("Claire Dubois compte dire : « Nous ne céderons pas ».", "fr", "Claire Dubois"),
        ("Claire Dubois devrait répliquer : « Nous ne céderons pas ».", "fr", "Claire Dubois"),
        ("Ana Ruiz va a responder: «No vamos a ceder».", "es", "Ana Ruiz"),
        ("Pedro Vega piensa decir: «No vamos a ceder».", "es", "Pedro Vega"),
        ("Ana Ruiz tiene previsto responder: «No vamos a ceder».", "es", "Ana Ruiz"),
        ("Pedro Vega pretende contestar: «No vamos a ceder».", "es", "Pedro Vega"),
    ],
)
def test_a_statement_planned_is_never_read_as_said(text: str, lang: str, speaker: str) -> None:
    quote = _one(text, lang)
    assert (quote.speaker, quote.mood, quote.confidence) == (speaker, "planned", "low")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Paul Morel a répondu : « Nous ne céderons pas ».", "fr", "Paul Morel"),
        (
            "Claire Dubois compte sur ses alliés : « Nous ne céderons pas », a-t-elle dit.",
            "fr",
            "Claire Dubois",
        ),
        ("Ana Ruiz respondió: «No vamos a ceder».", "es", "Ana Ruiz"),
        ("Pedro Vega piensa que «no vamos a ceder», dijo Ana Ruiz.", "es", "Ana Ruiz"),
        # a coordinated verb is a clause of its own: the plan word governs nothing after "y"
        ("Ana Ruiz piensa igual y dijo: «No vamos a ceder».", "es", "Ana Ruiz"),
        ("Paul Morel va bien et a déclaré : « Nous ne céderons pas ».", "fr", "Paul Morel"),
        ("Tom Reed will stay and said: “We will not give in.”", "en", "Tom Reed"),
    ],
)
def test_a_statement_made_stays_said(text: str, lang: str, speaker: str) -> None:
    quote = _one(text, lang)
    assert (quote.speaker, quote.mood) == (speaker, "said")


@pytest.mark.parametrize(
    "text",
    [
        "«Estamos de acuerdo», dijeron Ana Ruiz e Inés Vega.",
        "«Estamos de acuerdo», dijeron Ana Ruiz y Pedro Vega.",
        "«Estamos de acuerdo», han dicho Ana Ruiz e Inés Vega.",
    ],
)
def test_two_speakers_after_a_spanish_plural_verb_name_nobody(text: str) -> None:
    assert _one(text, "es").speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Estamos de acuerdo», dijo Ana Ruiz.", "Ana Ruiz"),
        ("«Estamos de acuerdo», dijo Inés Vega e hizo una pausa.", "Inés Vega"),
        ("«Estamos de acuerdo», según Ana Ruiz.", "Ana Ruiz"),
    ],
)
def test_one_speaker_after_a_singular_verb_stays_named(text: str, speaker: str) -> None:
    assert _one(text, "es").speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "«Мы ошиблись», — тихо сказал Олег Карпов.",
        "«Мы ошиблись», — также заявил Олег Карпов.",
        "«Мы ошиблись», — уверенно заявил Олег Карпов.",
        "— Мы ошиблись, — тихо сказал Олег Карпов.",
        "— Мы ошиблись, — позже сказал Олег Карпов Марии Петровой.",
    ],
)
def test_one_adverb_before_the_incise_verb_leaves_it_first(text: str) -> None:
    assert _one(text, "ru").speaker == "Олег Карпов"


@pytest.mark.parametrize(
    "text",
    [
        "«Мы ошиблись», — не сказал Олег Карпов.",  # a denial
        "«Мы ошиблись», — и сказал Олег Карпов.",  # no adverb
        "«Мы ошиблись», — ему сказал Олег Карпов.",  # an object: another clause
    ],
)
def test_no_other_word_before_the_incise_verb_names_its_subject(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "ru", "")] == [None]
