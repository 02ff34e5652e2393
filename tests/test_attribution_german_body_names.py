"""German names cut or run into a body (`defix26`): a paper's adjectives stay in its name ("die
Frankfurter Zeitung"); a genitive body between a role and a name is the role's complement ("der
Russischen Föderation"); a role noun inside a run parts a body from the name after it ("Real
Madrid Trainer Olaf Kern"); a title in marks in a speaker phrase keeps its closing mark."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "„Die Lage ist ernst“,"


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de") if q.kind != "title"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID} schreibt die Frankfurter Zeitung.", "Frankfurter Zeitung"),
        (f"{_SAID} berichtete die Wiener Zeitung am Montag.", "Wiener Zeitung"),
        (f"{_SAID} schreibt die Neue Zürcher Zeitung.", "Neue Zürcher Zeitung"),
        ("Die Frankfurter Allgemeine schreibt: „Es reicht.“", "Frankfurter Allgemeine"),
        (
            "Die Frankfurter Allgemeine Zeitung schreibt: „Es reicht.“",
            "Frankfurter Allgemeine Zeitung",
        ),
    ],
)
def test_a_papers_adjectives_stay_in_its_name(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "high")]


def test_a_quoted_papers_name_is_whole() -> None:
    [(speaker, _)] = _found(f"{_SAID} schreibt die „Frankfurter Zeitung“.")
    assert speaker == "Frankfurter Zeitung"


@pytest.mark.parametrize(
    ("text", "speaker", "confidence"),
    [
        (f"{_SAID} schreibt die Zeitung.", "Zeitung", "low"),
        (f"{_SAID} teilte die Berliner Polizei mit.", "Berliner Polizei", "high"),
        (f"{_SAID} sagte der Berliner Olaf Kern.", "Olaf Kern", "high"),
        (f"{_SAID} sagte der Minister Roth.", "Roth", "high"),
        (f"{_SAID} sagte der Sprecher Jan Roth.", "Jan Roth", "high"),
        (f"{_SAID} sagte Olaf Kern der Frankfurter Zeitung.", "Olaf Kern", "high"),
    ],
)
def test_people_and_plain_bodies_stay(text: str, speaker: str, confidence: str) -> None:
    assert _found(text) == [(speaker, confidence)]


_LATER = "trat vor die Presse. „Wir werden antworten“, sagte"


@pytest.mark.parametrize(
    ("subject", "pronoun", "speaker"),
    [
        ("Der Außenminister der Russischen Föderation Sergei Lawrow", "er", "Sergei Lawrow"),
        ("Der Bürgermeister der Stadt Köln Olaf Kern", "er", "Olaf Kern"),
        ("Die Sprecherin der Deutschen Bank Eva Roth", "sie", "Eva Roth"),
        ("Die Chefin der Grünen Anna Roth", "sie", "Anna Roth"),
    ],
)
def test_a_genitive_body_after_a_role_is_no_part_of_the_name(
    subject: str, pronoun: str, speaker: str
) -> None:
    [(found, _)] = _found(f"{subject} {_LATER} {pronoun}.")
    assert found == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID} sagte Real Madrid Trainer Olaf Kern.", "Olaf Kern"),
        (f"{_SAID} sagte der Real Madrid Trainer Olaf Kern.", "Olaf Kern"),
        (f"{_SAID} sagte Real Madrid Trainer Carlo Ancelotti.", "Carlo Ancelotti"),
        (f"{_SAID} sagte Real Madrid Trainer Kern.", "Trainer Kern"),
    ],
)
def test_a_role_inside_a_run_parts_the_body_from_the_name(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "high")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID} sagte Anna Richter.", "Anna Richter"),
        (f"{_SAID} sagte Hans Peter Richter.", "Hans Peter Richter"),
        (f"{_SAID} sagte Bayerns Trainer Olaf Kern.", "Olaf Kern"),
    ],
)
def test_names_with_a_role_word_in_them_stay(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "high")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Kapitän der „Hoffnung“ erzählte: „Wir sahen Land.“", "Kapitän der „Hoffnung“"),
        ("Der Kapitän der »Hoffnung« erzählte: »Wir sahen Land.«", "Kapitän der »Hoffnung«"),
        ("„Wir sahen Land“, erzählte der Kapitän der „Hoffnung“.", "Kapitän der „Hoffnung“"),
        ("Der Wirt vom „Goldenen Hirsch“ sagte: „Heute ist zu.“", "Wirt vom „Goldenen Hirsch“"),
    ],
)
def test_a_title_in_a_speaker_phrase_keeps_its_closing_mark(text: str, speaker: str) -> None:
    assert _found(text) == [(speaker, "low")]


def test_a_name_after_a_quoted_title_is_the_speaker() -> None:
    text = "Der Kapitän der „Hoffnung“, Olaf Kern, erzählte: „Wir sahen Land.“"
    assert _found(text) == [("Olaf Kern", "high")]
