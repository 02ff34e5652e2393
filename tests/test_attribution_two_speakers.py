"""Two speakers in one paragraph (detwo28): "er"/"sie" and "he"/"she" by the gender the article
marks, a surname opening a sentence over the carried speaker, a reproach's quoted word."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str = "de") -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang) if q.kind == "speech"]


def _last(text: str, lang: str = "de") -> tuple[str, str | None, str, str]:
    quote = find_quotes(text, lang)[-1]
    return quote.kind, quote.speaker, quote.confidence, quote.basis


# One man and one woman named in full, neither read as a subject: the pronoun's gender tells.
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Am Dienstag trafen sich Landrat Jörg Brandt und die Sprecherin der Anwohner, Lea "
            "Wendt. „Wir bauen“, sagte er. „Nicht hier“, erwiderte sie.",
            ["Jörg Brandt", "Lea Wendt"],
        ),
        (
            "Im Rathaus stritten Oberbürgermeister Uwe Falk und die Abgeordnete Nora Brink. „Wir "
            "bauen“, sagte er. „Das werden wir sehen“, antwortete sie.",
            ["Uwe Falk", "Nora Brink"],
        ),
    ],
)
def test_er_and_sie_go_to_the_one_man_and_the_one_woman(text: str, speakers: list[str]) -> None:
    assert _said(text) == [(name, "low") for name in speakers]


def test_frau_marks_the_woman_so_er_is_the_man() -> None:
    text = "Am Montag trafen sich Landrat Jörg Brandt und Frau Lea Wendt. „Wir bauen“, sagte er."
    assert _said(text) == [("Jörg Brandt", "low")]


@pytest.mark.parametrize(
    "text",
    [
        # two men joined by "und": either may be "er"
        "Am Montag trafen sich Landrat Jörg Brandt und Bürgermeister Uwe Falk. „Wir bauen“, "
        "sagte er.",
        # a first name of no known gender: nobody
        "Am Montag trafen sich Jörg Brandt und Kim Wendt. „Wir bauen“, sagte er.",
        # a feminine noun, a body, may be "sie"; a masculine one "er"
        "Am Montag trafen sich Landrat Jörg Brandt und die Abgeordnete Lea Wendt. Die Regierung "
        "hält an dem Plan fest. „Wir bauen“, sagte sie.",
        "Am Montag trafen sich Landrat Jörg Brandt und Frau Lea Wendt. Der Landkreis hält an "
        "dem Plan fest. „Wir bauen“, sagte er.",
        # the man an object, the pronoun's verb not shared by both: nobody guessed
        "Am Montag lobte Landrat Jörg Brandt die Abgeordnete Lea Wendt. „Gut so“, sagte sie.",
        # an earlier paragraph's woman, this paragraph's two men
        "Die Abgeordnete Lea Wendt kritisierte den Plan.\n\nAm Montag trafen sich Landrat Jörg "
        "Brandt und Bürgermeister Uwe Falk. „Wir bauen“, sagte er.",
    ],
)
def test_the_pronoun_stays_unnamed_where_two_may_be_it(text: str) -> None:
    assert _said(text)[-1][0] is None


def test_a_plural_verb_is_never_the_one_woman() -> None:
    text = (
        "Am Dienstag trafen sich Landrat Jörg Brandt und die Sprecherin der Anwohner, Lea Wendt. "
        "„Wir bauen“, sagte er. „Wir klagen“, erwiderten sie."
    )
    assert _said(text) == [("Jörg Brandt", "low"), (None, "low")]


# A known surname opening the sentence that holds a cue-less quotation beats carry-over.
def test_a_surname_opening_the_sentence_beats_the_carried_speaker() -> None:
    text = (
        "FDP-Landeschef Bernd Kolbe kritisierte den Entwurf. Die Ministerin Carla Weiß "
        "entgegnete: „Der Entwurf bleibt.“ Kolbe blieb dabei, der Entwurf sei „ein Rückschritt“."
    )
    assert _last(text) == ("speech", "Bernd Kolbe", "low", "narration")


def test_the_same_speakers_surname_and_a_place_leave_the_carried_speaker() -> None:
    same = (
        "FDP-Landeschef Bernd Kolbe kritisierte den Entwurf. „Der Entwurf bleibt“, entgegnete "
        "Ministerin Carla Weiß. Weiß blieb dabei, der Entwurf sei „ein Fortschritt“."
    )
    assert _last(same)[1:] == ("Carla Weiß", "low", "carried")
    place = (
        "Ministerin Carla Weiß verteidigte den Entwurf: „Der Entwurf bleibt.“ Berlin sei „gut "
        "vorbereitet“."
    )
    assert _last(place)[1] == "Carla Weiß"


# "Kolbe habe …": a surname before a Konjunktiv verb is the one spoken of; the speaker goes on.
def test_a_surname_before_a_reported_verb_is_the_one_spoken_of() -> None:
    text = (
        "Der Angeklagte Bernd Kolbe schwieg. „Er hat das Amt missbraucht“, sagte die Richterin "
        "Carla Weiß. Kolbe habe sich „wie ein König“ benommen."
    )
    assert _last(text)[1] != "Bernd Kolbe"


# "warf … „…“ vor": what a named subject reproaches someone with is speech, not a title.
def test_a_reproach_governs_its_quoted_word() -> None:
    text = "Im Landtag warf SPD-Fraktionschefin Greta Hollmann dem Minister „Wortbruch“ vor."
    assert _last(text)[:3] == ("speech", "Greta Hollmann", "low")


@pytest.mark.parametrize(
    "text",
    [
        # an article before it: the name of the one reproached
        "Im Landtag warf SPD-Fraktionschefin Greta Hollmann der „Bild“ vor, falsch berichtet "
        "zu haben.",
        # another's cue after the clause: neither surely said it
        "Im Landtag warf SPD-Fraktionschefin Greta Hollmann dem Minister „Wortbruch“ vor, "
        "sagte ein Sprecher.",
    ],
)
def test_a_reproach_leaves_names_and_reported_reproaches(text: str) -> None:
    assert _last(text)[:2] == ("title", None)


# English: the paragraph's one man and one woman, named before the previous quotation.
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Mayor Greg Lund and council member Ann Pryce met. “We go ahead,” he said. “Not "
            "while I sit here,” she replied.",
            ["Greg Lund", "Ann Pryce"],
        ),
        (
            "Mr Lee Lund and Mrs Pat Pryce met. “We go ahead,” he said. “Not while I sit here,” "
            "she replied.",
            ["Lee Lund", "Pat Pryce"],
        ),
        (
            "Mayor Greg Lund met chairwoman Pat Pryce. “We go ahead,” he said. “Not while I sit "
            "here,” she replied.",
            ["Greg Lund", "Pat Pryce"],
        ),
    ],
)
def test_he_and_she_go_to_the_one_man_and_the_one_woman(text: str, speakers: list[str]) -> None:
    assert _said(text, "en") == [(name, "low") for name in speakers]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Greg Lund and council member Jim Pryce met. “We go ahead,” he said. “Not while I "
        "sit here,” he replied.",
        "Mayor Greg Lund and council member Kim Pryce met. “We go ahead,” he said. “Not while I "
        "sit here,” she replied.",
        "Mayor Greg Lund and council member Ann Pryce met a spokeswoman for the county. “We go "
        "ahead,” he said. “Not while I sit here,” she replied.",
        "Ann Pryce opposed the plan.\n\nMayor Greg Lund met council member Jim Cole. “We go "
        "ahead,” he said. “Not while I sit here,” she replied.",
    ],
)
def test_she_stays_unnamed_without_one_woman_in_the_paragraph(text: str) -> None:
    assert _said(text, "en")[-1][0] is None
