"""A reporting clause after a quotation in a colon's sentence: reported, not unmarked speech."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _texts(text: str, lang: str = "de") -> list[str]:
    """The words of every quotation of `text` that is no title, in order."""
    return [q.text for q in find_quotes(text, lang) if q.kind != "title"]


def _one(text: str, words: str) -> Quote:
    """The one quotation of `text` (German) with these words."""
    [quote] = [q for q in find_quotes(text, "de") if q.text == words]
    return quote


# Modern reported speech: Konjunktiv I, a subject, a partial quotation, then ", sagte er".
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Jan Roth kritisierte den Plan scharf: Er sei „völlig unsinnig“, sagte er am Montag"
            " in Berlin.",
            "völlig unsinnig",
        ),
        (
            "Die Ministerin Eva Lind äußerte sich klar: Es gehe um „mehr Sicherheit für alle“,"
            " erklärte sie.",
            "mehr Sicherheit für alle",
        ),
        (
            "Anna Berg äußerte sich deutlich: Die Reform sei „ein teurer Fehler“, betonte sie in"
            " einem Interview. Danach ging sie.",
            "ein teurer Fehler",
        ),
        (
            "Tom Kehl kritisierte die Schiedsrichter: Seine Mannschaft habe „großartig gekämpft“,"
            " sagte der Trainer nach dem Spiel.",
            "großartig gekämpft",
        ),
        (
            "Lea Frank erklärte: Man habe „keine Zeit mehr“ , betonte sie am Abend.",
            "keine Zeit mehr",
        ),
    ],
)
def test_inquit_after_quotation_leaves_only_the_quotation(text: str, words: str) -> None:
    """Nothing of the reporter's sentence around the quotation is reported as speech."""
    assert _texts(text) == [words]
    quote = _one(text, words)
    assert quote.marked
    assert quote.basis != "colon_intro"


def test_inquit_quotation_keeps_its_speaker() -> None:
    """The quotation itself still goes to the one the colon's sentence names, as before."""
    quote = _one(
        "Jan Roth kritisierte den Plan scharf: Er sei „völlig unsinnig“, sagte er am Montag.",
        "völlig unsinnig",
    )
    assert (quote.speaker, quote.confidence) == ("Jan Roth", "low")


# Older print: speech after a colon with no marks holds a quoted phrase of its own words.
@pytest.mark.parametrize(
    ("text", "speech", "name"),
    [
        (
            "Der Abgeordnete Karl Hesse rief: Wir wollen keine „Reform von oben“ und keine"
            " Willkür! (Beifall.)",
            "Wir wollen keine „Reform von oben“ und keine Willkür!",
            "Karl Hesse",
        ),
        (
            "Der Minister Graf Alten erwiderte: Die Regierung hat den sogenannten „Kulturkampf“"
            " niemals gewollt. Dann setzte er sich.",
            "Die Regierung hat den sogenannten „Kulturkampf“ niemals gewollt.",
            "Graf Alten",
        ),
        (
            "Graf Lenz sagte: Man nennt das „Freiheit“, meine Herren, und es ist Knechtschaft.",
            "Man nennt das „Freiheit“, meine Herren, und es ist Knechtschaft.",
            "Graf Lenz",
        ),
        (
            "Der Redner Paul Weiß rief: Das nennen Sie „Ordnung“, und wir nennen es Gewalt!",
            "Das nennen Sie „Ordnung“, und wir nennen es Gewalt!",
            "Paul Weiß",
        ),
        (
            # speech in the paragraph below the colon: only the colon's own line is judged
            "Der Redner Paul Weiß sagte:\n\nWir fordern „Gerechtigkeit“, sagte er damals, und"
            " nichts weiter.",
            "Wir fordern „Gerechtigkeit“, sagte er damals, und nichts weiter.",
            "Paul Weiß",
        ),
    ],
)
def test_old_print_speech_with_a_quoted_phrase_stays(text: str, speech: str, name: str) -> None:
    """Unmarked speech with no reporting clause after its quoted phrase is still speech."""
    quote = _one(text, speech)
    assert (quote.speaker, quote.confidence, quote.basis) == (name, "high", "colon_intro")
    assert not quote.marked


def test_marked_quotation_after_colon_unchanged() -> None:
    """A quotation mark right after the colon is the speech, an inquit after it or not."""
    quote = _one("Jan Roth sagte: „Das ist falsch“, sagte er.", "Das ist falsch")
    assert (quote.speaker, quote.confidence, quote.basis) == ("Jan Roth", "high", "cue")


def test_english_shape_unchanged() -> None:
    """In English the reporter's sentence around such a quotation is no speech either."""
    text = "Mara Holt criticised the plan: It was “utter nonsense”, she said on Monday."
    assert _texts(text, "en") == ["utter nonsense"]


def test_many_inquits_stay_linear() -> None:
    """Many colons and quotations with inquits in one paragraph stay quick."""
    text = "Jan Roth sagte: Er sei „nein“, sagte er, " * 3000 + "und ging."
    assert len(find_quotes(text, "de")) >= 3000
