"""Older German narrative: whom an "er" or "sie" of a cue stands for, or nobody."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in find_quotes(text, "de", "")}


_STORY = (
    "Der Müller saß vor der Thür.\n\n"
    "„Es giebt Regen,“ versetzte der Müller, „das weiß ich gewiß.“\n\n"
)


# another person of the pronoun's gender opens a sentence in between: either may speak
def test_a_new_subject_of_the_same_gender_leaves_the_pronoun_open() -> None:
    text = _STORY + "Der Förster, der vorbeikam, blieb stehen. „Wer sagt das?“ fragte er.\n"
    assert _speakers(text)["Wer sagt das?"] is None


def test_a_first_name_opening_a_sentence_is_another_subject() -> None:
    text = _STORY + "Heinrich sah ihn lange an. Dann sagte er: Das glaube ich nicht.\n"
    assert _speakers(text)["Das glaube ich nicht."] is None


def test_a_ranked_name_opening_a_sentence_is_another_subject() -> None:
    text = _STORY + "Abg. Roth (Soc.) widerspricht. „Das ist falsch,“ ruft er.\n"
    assert _speakers(text)["Das ist falsch,"] is None


def test_the_article_of_a_lone_noun_tells_a_she_from_a_he() -> None:
    text = _STORY + "Eine lange Pause trat ein. Dann sagte sie leise: Ich gehe nun.\n"
    assert _speakers(text)["Ich gehe nun."] is None


# negatives: the one named before still speaks
def test_a_thing_of_the_other_gender_leaves_the_speaker() -> None:
    text = _STORY + "Die Sonne sank. „Morgen regnet es,“ sagte er.\n"
    assert _speakers(text)["Morgen regnet es,"] == "Müller"


def test_the_same_noun_again_leaves_the_speaker() -> None:
    text = _STORY + "Der Müller stand auf. „Ich gehe,“ sagte er.\n"
    assert _speakers(text)["Ich gehe,"] == "Müller"


# "„Ja. Setzen Sie sich.“": a capitalised verb and the polite "Sie" are no name of two words
def test_a_verb_and_its_pronoun_are_no_person() -> None:
    text = (
        "Der Graf stand am Fenster.\n\n„Ja. Setzen Sie sich.“\n\n"
        "Sie sah ihn lange an. Dann erwiderte sie: „Das wird sich finden.“\n"
    )
    speakers = set(_speakers(text).values())
    assert not any(s and s.endswith(" Sie") for s in speakers)


def test_a_name_of_two_words_still_is_one() -> None:
    text = "Der Schmied Karl Vogt kam herein. „Guten Tag,“ sagte er.\n"
    assert _speakers(text)["Guten Tag,"] == "Karl Vogt"
