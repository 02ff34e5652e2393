"""A colon's sentence opening with a subject and a Konjunktiv I (before a mark, or a statement
with no mark at all): reported speech, the reporter's words."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _found(text: str) -> list[tuple[str, str | None, str, str]]:
    """Every quotation of `text` (German) with speaker, confidence and basis."""
    return [(q.text, q.speaker, q.confidence, q.basis) for q in find_quotes(text, "de")]


# The reporter tells the speaker's words and quotes a phrase of them: the phrase is the only
# quotation, and nothing of the sentence around it is unmarked speech.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Eva Lind erklärte: Der Plan sei „nicht durchdacht“ und koste zu viel.",
            "nicht durchdacht",
        ),
        ("Jan Roth sagte am Montag: Er habe den „Bericht“ nie gelesen.", "Bericht"),
        (
            "Die Ministerin Anna Berg betonte: Die Regierung werde „alles Nötige“ tun, um zu"
            " helfen.",
            "alles Nötige",
        ),
    ],
)
def test_konjunktiv_opening_leaves_only_the_marked_phrase(text: str, words: str) -> None:
    found = _found(text)
    assert [f[0] for f in found] == [words]
    assert found[0][3] != "colon_intro"


# Negatives: unmarked speech (old print) with a quoted word, no Konjunktiv opening it, stays
# one whole quotation of the colon's speaker; a marked quotation after the colon stays high.
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Eva Lind erklärte: Wir wollen den „Frieden“ und nicht den Krieg!",
            "Wir wollen den „Frieden“ und nicht den Krieg!",
            "Eva Lind",
        ),
        (
            "Der Abgeordnete Karl Huber erklärte: Das Volk ist des „Friedens“ müde und will Brot.",
            "Das Volk ist des „Friedens“ müde und will Brot.",
            "Karl Huber",
        ),
    ],
)
def test_unmarked_speech_with_a_quoted_word_stays_whole(
    text: str, words: str, speaker: str
) -> None:
    assert _found(text) == [(words, speaker, "high", "colon_intro")]


def test_marked_speech_after_the_colon_keeps_its_speaker() -> None:
    found = _found("Jan Roth entgegnete: „Der Plan sei nicht durchdacht.“")
    assert found == [("Der Plan sei nicht durchdacht.", "Jan Roth", "high", "cue")]


# A statement with no mark that a subject and a Konjunktiv I open is indirect speech: no
# quotation of it, at any confidence; a marked phrase after it is no part of it.
@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Eva Lind erklärte: Der Plan sei gut. Wir wollen den „Frieden“ sichern.", ["Frieden"]),
        ("Jan Roth sagte am Montag: Er habe den Bericht nie gelesen.", []),
        (
            "Die Sprecherin Anna Berg kritisierte den Kurs: Es sei bedauerlich, dass die Stadt"
            " nur drohe, statt zu reden.",
            [],
        ),
        ("Der Minister Paul Kern betonte: Man habe alles versucht.", []),
    ],
)
def test_unmarked_konjunktiv_statement_is_no_quotation(text: str, left: list[str]) -> None:
    assert [f[0] for f in _found(text)] == left


# Negatives: a wish or a call in the Konjunktiv ends in "!" (old print's unmarked speech), a
# statement in the indicative, or one a name opens, stays the colon's speaker's speech.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Eva Lind rief: Er sei verflucht!", "Er sei verflucht!"),
        ("Eva Lind sagte: Es ist vorbei.", "Es ist vorbei."),
        ("Eva Lind rief: Gott sei Dank, es ist vorbei.", "Gott sei Dank, es ist vorbei."),
        ("Eva Lind fragte: Sei das denn richtig?", "Sei das denn richtig?"),
    ],
)
def test_indicative_or_exclaimed_speech_stays(text: str, words: str) -> None:
    assert _found(text) == [(words, "Eva Lind", "high", "colon_intro")]


def test_many_unmarked_konjunktiv_colons_stay_linear() -> None:
    text = "Eva Lind erklärte: Der Plan sei gut und neu. " * 2000
    assert not find_quotes(text, "de")


def test_many_konjunktiv_colons_stay_linear() -> None:
    text = "Eva Lind erklärte: Der Plan sei „gut“ und neu. " * 2000
    assert len(find_quotes(text, "de")) == 2000
