"""Review of the session's English, Russian and Romance fixes (`review27a`): own probes."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _one(text: str, lang: str) -> Quote:
    [quote] = find_quotes(text, lang, "")
    return quote


# heard_things named nobody for any description; only a thing with words written on it is nobody
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The woman told police: “He ran toward the river.”", "the woman"),
        ("The victim's mother told reporters: “She was my whole world.”", "the victim's mother"),
        ("The teenager told the judge: “I am sorry.”", "the teenager"),
        ("The driver warned passengers: “Hold on tight.”", "the driver"),
        ("The farmer informed inspectors: “The cattle are healthy.”", "the farmer"),
        ("The billionaire developer told voters: “We will win.”", "the billionaire developer"),
    ],
)
def test_a_person_described_in_lower_case_who_tells_someone_speaks(text: str, speaker: str) -> None:
    assert _one(text, "en").speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The app told users: “Your data is safe.”",
        "The banner urged shoppers: “Buy local.”",
        "The warning sign reminded hikers: “Stay on the trail.”",
    ],
)
def test_a_thing_that_tells_someone_names_nobody(text: str) -> None:
    assert _one(text, "en").speaker is None


# a nominative first name right after the cue, of the verb's gender, is its subject; the words
# before, whatever their case, are the object (they were a wrong high speaker)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Илью Орлова спросила Анна Белова: «Вы готовы?»", "Анна Белова"),
        ("С Игорем Волковым согласилась Анна Белова: «Он прав».", "Анна Белова"),
        ("Олега Карпова, главу района, раскритиковала Анна Белова: «Он лжёт».", "Анна Белова"),
        ("Никиту Орлова спрашивает Анна Белова: «Вы готовы?»", "Анна Белова"),
    ],
)
def test_a_russian_subject_after_the_verb_and_its_object_before(text: str, speaker: str) -> None:
    assert _one(text, "ru").speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Анна Белова спросила Александра Орлова: «Вы готовы?»", "Анна Белова"),  # his accusative
        ("Олег Карпов спросил Анна: «Вы готовы?»", "Олег Карпов"),  # not the verb's gender
        ("Анна Белова спросила Ирину Орлову: «Вы готовы?»", "Анна Белова"),
    ],
)
def test_a_russian_name_after_the_verb_that_cannot_be_its_subject(text: str, speaker: str) -> None:
    assert _one(text, "ru").speaker == speaker


# an after-quote homograph is a cue in lower case only: a headline capitalises every word
@pytest.mark.parametrize(
    "text",
    [
        "“Not Again,” Posts Show After Shooting",
        "“We Will Win,” Posts Reveal Ahead of Vote",
    ],
)
def test_a_capitalised_homograph_in_a_headline_is_no_cue(text: str) -> None:
    assert _one(text, "en").speaker is None


def test_a_lower_case_homograph_after_a_quotation_still_names() -> None:
    assert _one("“We lost,” posts Lee Hart.", "en").speaker == "Lee Hart"


# a plural plan word before the infinitive of saying: two names joined are a group, no one
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ana Ruiz y Pedro Gil van a decir: «Ganaremos».", "es"),
        ("Ana Ruiz y Pedro Gil piensan decir: «Ganaremos».", "es"),
        ("Ana Ruiz y Pedro Gil tienen previsto anunciar: «Ganaremos».", "es"),
        ("Paul Morel et Claire Dubois vont déclarer : « Nous restons ».", "fr"),
        ("Paul Morel et Claire Dubois comptent répondre : « Nous restons ».", "fr"),
        ("Paul Morel et Claire Dubois devraient déclarer : « Nous restons ».", "fr"),
    ],
)
def test_two_names_before_a_plural_plan_are_no_one(text: str, lang: str) -> None:
    quote = _one(text, lang)
    assert (quote.speaker, quote.mood) == (None, "planned")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Pedro Gil va a decir: «Ganaremos».", "es", "Pedro Gil"),
        ("Paul Morel va déclarer : « Nous restons ».", "fr", "Paul Morel"),
    ],
)
def test_one_name_before_a_singular_plan_is_its_speaker(text: str, lang: str, speaker: str) -> None:
    quote = _one(text, lang)
    assert (quote.speaker, quote.mood) == (speaker, "planned")


# "e" (the Spanish "y" before "i-") after a name ends a description's reading as "y" does
def test_a_coordinator_after_a_name_ends_the_subject_after_the_cue() -> None:
    assert _one("«Estoy lista», dijo Ana Ruiz e Inés Vega asintió.", "es").speaker == "Ana Ruiz"


# "не скрывал" governing a noun hides no words: what the noun governs is nobody's
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Олег Карпов не скрывал своего восхищения «мастерской игрой» команды.", "title"),
        ("Олег Карпов не скрывал своего восхищения «Мастером и Маргаритой».", "speech"),
    ],
)
def test_not_hiding_a_feeling_names_no_speaker(text: str, kind: str) -> None:
    quote = _one(text, "ru")
    assert (quote.speaker, quote.kind) == (None, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Олег Карпов не скрывал восхищения: «Это шедевр».",
        "«Это шедевр», — не скрывает глава района Олег Карпов.",
    ],
)
def test_not_hiding_before_a_colon_or_after_a_dash_is_a_cue(text: str) -> None:
    assert _one(text, "ru").speaker == "Олег Карпов"
