"""despeed29b: the look-ups that replaced per-call scans answer as the scans did."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes
from summarizer.attribution.fullnames import role_off as off
from summarizer.attribution.german import roles
from summarizer.attribution.lexicon.compounds import long_titles
from summarizer.attribution.lexicon.cues import cues_for

# invented words: compounds, feminine forms, heads alone, too short a first part, no head at all
_WORDS = [
    "polizeisprecher",
    "polizeisprecherin",
    "sprecher",
    "sprecherin",
    "bundestrainerin",
    "trainer",
    "ertrainer",
    "hilfsdirektorin",
    "direktorin",
    "murat",
    "stadtrat",
    "rat",
    "montserrat",
    "generalsekretär",
    "ehemann",
    "xyzvater",
    "in",
    "",
    "feuerwehrmann",
    "grillmeisterin",
]


def _scanned_heads(lower: str) -> bool:
    """`role_word`'s old test: every head scanned."""
    return any(lower.endswith(h) and len(lower) - len(h) >= 3 for h in roles._HEADS)


def _scanned_offices(word: str) -> bool:
    """`_surname_after`'s old test: every office scanned, a feminine "-in" allowed."""
    cues = cues_for("de")
    for head in (h for h in (*off._OFFICES, *long_titles(cues)) if len(h) > 3):
        stem = word[:-2] if word.endswith("in") and not head.endswith("in") else word
        if stem.endswith(head) and len(stem) - len(head) >= 3:
            return True
    return False


def test_compound_of_answers_as_the_scan_of_heads() -> None:
    words = [*_WORDS, *(f"abc{h}" for h in roles._HEADS), *(f"ab{h}" for h in roles._HEADS)]
    for word in words:
        assert roles.compound_of(word, roles._HEADS) == _scanned_heads(word), word


def test_office_compound_answers_as_the_scan_of_offices() -> None:
    cues = cues_for("de")
    offices = [*off._OFFICES, *long_titles(cues)]
    words = [*_WORDS, *(f"abc{h}" for h in offices), *(f"abc{h}in" for h in offices)]
    for word in [*words, *(f"ab{h}" for h in offices)]:
        assert off._office_compound(word, cues) == _scanned_offices(word), word


def test_a_speaker_named_again_keeps_the_name_cut_once() -> None:
    text = (
        "„Wir bauen die Brücke neu“, sagte Polizeisprecherin Mara Quell am Montag. "
        "„Das dauert zwei Jahre“, sagte Quell. „Es wird teuer“, fügte Mara Quell hinzu."
    )
    speakers = {q.speaker for q in find_quotes(text, "de")}
    assert speakers == {"Mara Quell"}


def test_a_noun_after_its_article_is_no_subject_before_a_quotation() -> None:
    text = (
        "Der Stadtrat Lindenau tagte lange. Die Grüne Jugend protestierte. "
        "„Wir bleiben hier.“ Das sagte niemand laut."
    )
    quotes = find_quotes(text, "de")
    assert [q.speaker for q in quotes] == [None]
