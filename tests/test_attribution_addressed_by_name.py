"""A person a quotation addresses by name is never the speaker a pronoun or a carry guesses."""
# Round dehist24: sentences written for these tests (older German narrative, English news).

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_SCENE = (
    "Hinrich Kamp trat vor, daß alle es sahen. Die Bauern murmelten. Der Müller legte dem "
    "Burschen die Hand auf die Schulter. „{words}“ sagte er. „Der Alte meint es nicht so böse.“"
)


def _said(text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    """Each quotation's words and speaker."""
    return [(q.text, q.speaker) for q in find_quotes(text, lang)]


# "er" after a vocative: the one called by name is the listener; the next quotation, carried on
# from that guess, goes with it.
def test_the_one_called_by_name_is_not_the_pronouns_person() -> None:
    for words in ("Laß gut sein, Hinrich,", "Hinrich, laß gut sein!", "Laß gut sein, Herr Kamp."):
        found = _said(_SCENE.format(words=words))
        assert [speaker for _, speaker in found] == [None, None], words


# Negative: the speaker naming himself after "Ich," leaves the guess as it was.
def test_the_speaker_naming_himself_keeps_the_guess() -> None:
    found = _said(_SCENE.format(words="Ich, Hinrich Kamp, habe es nicht gethan."))
    assert found[0][1] == "Hinrich Kamp"


# A cue that names its subject is not second-guessed.
def test_a_named_subject_stays() -> None:
    text = "„Komm her, Roth!“ rief Jan Roth seinem Bruder zu, daß es alle hörten."
    assert _said(text) == [("Komm her, Roth!", "Jan Roth")]


# Bad input: a long quotation of many commas and names stays linear.
def test_many_names_after_commas_stay_fast() -> None:
    words = "Anna, Berta, Clara, " * 3000 + "kommt!"
    assert _said(_SCENE.format(words=words))[0][1] == "Hinrich Kamp"  # nobody of his name called
