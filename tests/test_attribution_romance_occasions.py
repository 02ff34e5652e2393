"""French and Spanish: an occasion after a cue ("en la rueda de prensa") is no one's name."""
# Sentences written for these tests (romance20), modelled on French and Spanish news shapes.

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str, lang: str) -> Quote:
    """The text's last quotation that is no name or title."""
    return [q for q in find_quotes(text, lang, "") if q.kind != "title"][-1]


# A preposition other than the one of the person told ("a", "al") opens an adverbial: the
# dropped subject goes on past it, where "prensa" used to stand as an unnamed speaker.
@pytest.mark.parametrize(
    "text",
    [
        (
            "El entrenador, Álvaro Menéndez, pidió calma. «Mis jugadores no tienen nada que ver "
            "con esto», ha zanjado en la rueda de prensa."
        ),
        (
            "Álvaro Menéndez pidió calma. «Mis jugadores no tienen nada que ver con esto», dijo "
            "en la sala de prensa del club."
        ),
    ],
)
def test_an_occasion_after_the_cue_lets_the_dropped_subject_go_on(text: str) -> None:
    quote = _last(text, "es")
    assert (quote.speaker, quote.confidence) == ("Álvaro Menéndez", "low")
    assert quote.mention != "prensa"


@pytest.mark.parametrize(
    ("text", "who", "mention"),
    [
        # a subject after the occasion still speaks
        (
            "«No habrá recortes», dijo en la rueda de prensa el ministro de Economía, Carlos "
            "Cuerpo.",
            "Carlos Cuerpo",
            "Carlos Cuerpo",
        ),
        # the one told and the body he works for never speak
        ("«No habrá recortes», dijo a los periodistas de Efe el portavoz.", None, "portavoz"),
        # an unnamed role after the occasion names nobody
        ("«No habrá recortes», dijo en la rueda de prensa el portavoz.", None, "portavoz"),
    ],
)
def test_an_occasion_never_names_the_speaker(text: str, who: str | None, mention: str) -> None:
    quote = _last(text, "es")
    assert (quote.speaker, quote.mention) == (who, mention)


def test_an_occasion_with_nobody_before_names_nobody() -> None:
    quote = _last("«No habrá recortes», dijo en la rueda de prensa.", "es")
    assert quote.speaker is None
    assert "prensa" not in (quote.mention or "")


# The reviewer's sentences (review20/E): after an occasion's preposition other than the one told,
# the name set off after the complement is the complement's person ("el líder del PP, X"), who
# never speaks, and neither does the complement's body.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ana Gil habló. «No tenemos nada que ver», dijo sobre el líder del PP, Alberto "
            "Núñez Feijóo.",
            "es",
        ),
        ("«No tenemos nada que ver», dijo sobre el presidente del Gobierno, Pedro Sánchez.", "es"),
        ("«No tenemos nada que ver», dijo contra el presidente del Gobierno, Pedro Sánchez.", "es"),
        (
            "«No tenemos nada que ver», dijo con el presidente del Gobierno, Pedro Sánchez, a su "
            "lado.",
            "es",
        ),
        (
            "« Nous n'y sommes pour rien », a déclaré avec le président du Sénat, Gérard Larcher, "
            "la ministre.",
            "fr",
        ),
        (
            "« Nous n'y sommes pour rien », a déclaré pour le compte du président du Sénat, "
            "Gérard Larcher.",
            "fr",
        ),
    ],
)
def test_an_occasions_complement_and_its_apposed_name_never_speak(text: str, lang: str) -> None:
    quote = _last(text, lang)
    assert quote.speaker not in {"PP", "Gobierno", "Sénat", "Pedro Sánchez", "Gérard Larcher"}
    assert quote.speaker is None or quote.confidence == "low"


# negatives: a role named right after the cue, its complement then its name, still speaks
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "«No habrá recortes», dijo el ministro de Economía, Carlos Cuerpo.",
            "es",
            "Carlos Cuerpo",
        ),
        (
            "« Nous partirons », a déclaré le président du Sénat, Gérard Larcher.",
            "fr",
            "Gérard Larcher",
        ),
    ],
)
def test_a_role_right_after_the_cue_and_its_apposed_name_speak(
    text: str, lang: str, who: str
) -> None:
    assert _last(text, lang).speaker == who


# "on behalf of": the one spoken for, named after the phrase, is never the speaker (review20/E)
def test_the_one_spoken_for_never_speaks() -> None:
    quote = _last(
        "«No habrá recortes», dijo en nombre de la ministra de Sanidad, Mónica García.", "es"
    )
    assert quote.speaker != "Mónica García"
