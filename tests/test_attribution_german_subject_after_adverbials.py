"""German subjects after the adverbials that follow an inverted cue: genitives, nouns of age."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_SAID = "„Wir bauen die Halle“"


def _quote(text: str) -> Quote:
    """The one quotation of `text` that opens with "Wir"."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith("Wir")]
    return quote


# "des" (or "eines") is only a genitive: it belongs to the adverbial's noun, and the subject
# follows it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID}, sagte nach der Sitzung des Rates der Sprecher.", "Sprecher"),
        (f"{_SAID}, sagte am Rande des Treffens des Bundesrates der Minister.", "Minister"),
        (f"{_SAID}, sagte nach dem Ende eines Treffens die Sprecherin.", "Sprecherin"),
    ],
)
def test_a_genitive_belongs_to_the_adverbial(text: str, speaker: str) -> None:
    quote = _quote(text)
    assert (quote.speaker, quote.mention, quote.confidence) == (speaker, speaker, "low")


# A number, a hyphen and "Jährige" name a person, also after adverbials.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID}, sagte am Montag der 39-Jährige.", "39-Jährige"),
        (f"{_SAID}, sagte am Montag vor Gericht die 56-Jährige.", "56-Jährige"),
    ],
)
def test_a_noun_of_age_after_adverbials_speaks(text: str, speaker: str) -> None:
    quote = _quote(text)
    assert (quote.speaker, quote.confidence) == (speaker, "low")


# An adverbial's noun is no subject, and a "der" after it may be a genitive or the subject: the
# words after an adverbial that names no one stay unread.
@pytest.mark.parametrize(
    "text",
    [
        f"{_SAID}, sagte nach der Sitzung des Rates.",
        f"{_SAID}, hieß es am Montag nach der Sitzung des Rates.",
        f"{_SAID}, sagte am Montag das 100-jährige Jubiläum.",
    ],
)
def test_no_person_after_the_adverbials_names_nobody(text: str) -> None:
    assert _quote(text).speaker is None
