"""Older parliamentary reports run their turns on in one paragraph, the words unmarked and the
reporter's notes in parentheses after them (dehist26); and our own 1840-1919 paragraphs
(old_news_26.toml) keep their figures."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes
from tests import benchscript
from tests.floors import assert_floor, assert_quotes_stand

bench = benchscript.load("wire_news")
ENTRIES = bench.load(bench.DATA / "old_news_26.toml")
# (found, speaker right, wrong, false) on both halves at dehist26's end
FLOOR = (45, 26, 3, 0)


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, "de") if q.kind != "title"]


def test_every_quotation_stands_in_its_text() -> None:
    assert_quotes_stand(ENTRIES, 40)


def test_figures_do_not_fall() -> None:
    assert_floor(bench.score(ENTRIES)["de"], FLOOR)


def test_a_turn_after_a_sentence_opens_unmarked_speech() -> None:
    text = (
        "Im Landtage kam gestern das Schulgesetz zur Berathung. Der Abg. Dr. Kessler: Meine "
        "Herren! Das Gesetz kommt zu spät. (Sehr richtig! links.) Wir werden dagegen stimmen."
    )
    assert _quotes(text) == [
        ("Meine Herren! Das Gesetz kommt zu spät.", "Kessler"),
        ("Wir werden dagegen stimmen.", "Kessler"),
    ]


def test_a_note_ends_a_turn_and_the_next_label_opens_another() -> None:
    text = (
        "Präsident: Ich rufe den Redner zur Ordnung. (Bravo!) Abg. Halm: Ich nehme das Wort "
        "zurück. (Heiterkeit.)"
    )
    assert _quotes(text) == [
        ("Ich rufe den Redner zur Ordnung.", "Präsident"),
        ("Ich nehme das Wort zurück.", "Halm"),
    ]


def test_a_lone_label_with_a_compound_rank_speaks() -> None:
    text = "Finanzminister Frhr. v. Tann: Die Zahlen liegen vor. (Unruhe.) Wir bleiben dabei."
    assert [s for _, s in _quotes(text)] == ["Frhr. v. Tann", "Frhr. v. Tann"]


def test_a_narrated_sentence_with_a_ranked_subject_ends_the_turn() -> None:
    text = (
        "Abg. Halm: Wir lehnen ab. (Beifall.) Der Minister v. Rode erwiderte, das Haus irre sich."
    )
    assert _quotes(text) == [("Wir lehnen ab.", "Halm")]


# no reporter's note in the text: a heading "Minister X: …" stays no turn
def test_without_a_note_a_label_mid_text_is_no_turn() -> None:
    text = (
        "Die Lage im Hafen ist ruhig. Minister Roth: Ein Leben für die Flotte. Das Buch erscheint."
    )
    assert _quotes(text) == []


def test_a_label_before_a_lower_case_word_is_no_turn() -> None:
    text = "Es gab Beifall. (Heiterkeit.) Präsident Graf Roth: das Wort hat niemand."
    assert _quotes(text) == []


# "Höchstderselbe" takes up the prince just named, as "derselbe" does: never a name of its own
def test_an_honorific_demonstrative_is_no_name() -> None:
    text = (
        "Der Herzog empfing die Abordnung. Auf die Anrede erwiderte Höchstderselbe: „Ich danke "
        "Ihnen, meine Herren.“"
    )
    assert _quotes(text) == [("Ich danke Ihnen, meine Herren.", None)]


def test_an_honorific_demonstrative_stands_for_the_prince_named() -> None:
    text = (
        "Der König Friedrich empfing die Herren. „Ich danke Ihnen,“ erwiderte Allerhöchstderselbe."
    )
    assert _quotes(text) == [("Ich danke Ihnen,", "König Friedrich")]


# "ausrufen" is separable: its particle closes the title before it
def test_the_particle_of_rief_aus_closes_a_title() -> None:
    text = "Darauf rief Se. Königliche Hoheit aus: „Brav, mein Sohn!“"
    assert _quotes(text) == [("Brav, mein Sohn!", "Hoheit")]


# unmarked speech after a colon runs on past a plain stop while it says "ich" or "du", once its
# first sentence spoke so
def test_an_unmarked_speech_runs_on_while_it_says_ich() -> None:
    text = (
        "Der Wirth erzählte uns: Ich habe den Mann nie gesehen. Er ist mir ganz fremd. "
        "Darauf verließen wir das Haus."
    )
    assert _quotes(text) == [
        ("Ich habe den Mann nie gesehen.", "Wirth"),
        ("Er ist mir ganz fremd.", "Wirth"),
    ]


def test_the_papers_own_wir_is_no_more_of_the_speech() -> None:
    text = (
        "Ein Reisender erzählt uns: Wir haben die Stadt voll Flüchtlinge gefunden. Wir geben "
        "diese Mittheilung mit allem Vorbehalt wieder."
    )
    assert [q for q, _ in _quotes(text)] == ["Wir haben die Stadt voll Flüchtlinge gefunden."]


def test_an_essayists_ich_after_a_saying_is_no_speech() -> None:
    text = (
        "Man darf wohl sagen: so viel Köpfe, so viel Meinungen. Das ist, ich meine, "
        "der Kern der Sache."
    )
    assert [q for q, _ in _quotes(text)] == ["so viel Köpfe, so viel Meinungen."]
