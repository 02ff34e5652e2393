"""decost32b: look-aheads that skip readers where they cannot fire answer as the readers do."""

from __future__ import annotations

import random

import pytest

from summarizer.attribution.frames import typed_body
from summarizer.attribution.german import german_carry
from summarizer.attribution.lexicon.cues import Mention, cues_for

# Invented German: Konjunktiv sentences (listed, in -e, a stem in -t), narration, names, marks.
_GERMAN = (
    "Jan Roth sagte: „Wir bauen.“ Die Lage sei ernst. Noch bestehe keine Gefahr. „Wir warten.“ "
    "Man äußere sich nicht. Eine Einigung erwarte sie bald. Die Stadt baute. „Nein.“ Er habe "
    "keine Zeit. Eva Ost lachte. Die Gegner seien anderer Meinung: „So nicht.“ Sie nutze die "
    "Lage aus. Das Amt hatte Pläne. „Gut so.“ Es lohne sich. It works. And then he said so. "
)


def _windows(text: str, count: int, seed: int) -> list[tuple[int, int]]:
    """Random windows of `text`, short and long, cut anywhere (inside words too)."""
    chance = random.Random(seed)
    found = []
    for _ in range(count):
        start = chance.randrange(len(text))
        found.append((start, min(len(text), start + chance.randint(1, 260))))
    return found


def test_reported_sentences_answers_as_without_its_look_ahead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cues = cues_for("de")
    windows = _windows(_GERMAN, 600, 32)
    looked = [german_carry.reported_sentences(_GERMAN, w, cues) for w in windows]
    german_carry.full_names.cache_clear()
    monkeypatch.setattr(german_carry, "_konjunktiv", lambda *_: True)
    read = [german_carry.reported_sentences(_GERMAN, w, cues) for w in windows]
    assert looked == read
    assert any(looked)  # the windows hold reported sentences, not only narration


@pytest.mark.parametrize(
    "window", ["It works. And then it did so. ", "Eva Ost kam. Das Amt tagt nur kurz. "]
)
def test_no_word_that_may_be_a_konjunktiv_reads_no_sentence(
    monkeypatch: pytest.MonkeyPatch, window: str
) -> None:
    def unread(*_: object) -> bool:
        raise AssertionError("a sentence was read")

    monkeypatch.setattr(german_carry, "_reported", unread)
    assert not german_carry.reported_sentences(window, (0, len(window)), cues_for("de"))


@pytest.mark.parametrize("family", ["de", "ru", "it"])
def test_a_language_without_an_appositions_table_checks_no_mention(family: str) -> None:
    cues = cues_for(family)
    mentions = [
        Mention("ein Sprecher", "role", "sagte", 5, 0),
        Mention("Jan Roth", "name", "", 9, 0),
    ]
    text = "sagte ein Sprecher, Jan Roth."
    assert list(typed_body.typed_bodies(text, mentions, cues)) == mentions
    assert all(typed_body.checked(text, m, cues) is m for m in mentions)


@pytest.mark.parametrize(
    ("lang", "text", "name", "words"),
    [
        ("fr", "a indiqué le groupe Roy.", "Roy", "groupe Roy"),
        ("es", "dijo la empresa Gil.", "Gil", "empresa Gil"),
        ("fr", "a indiqué le groupe\tRoy.", "Roy", "groupe\tRoy"),
        ("fr", "a indiqué le groupe, Roy.", "Roy", "Roy"),  # no space right before: no body
        ("fr", "a indiqué (groupe)Roy.", "Roy", "Roy"),
    ],
)
def test_a_type_noun_is_looked_for_only_right_before_the_name(
    lang: str, text: str, name: str, words: str
) -> None:
    mention = Mention(name, "name", "", text.rindex(name), 0)
    assert typed_body.typed_body(text, mention, cues_for(lang)).words == words
