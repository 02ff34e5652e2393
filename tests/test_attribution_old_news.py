"""Our own passages in the style of German newspapers of 1840-1919 (old_news.toml, oldde25): the
material is sound, who-said-what on it keeps its figures, and the rules it led to hold."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes
from tests import benchscript
from tests.floors import assert_floor, assert_quotes_stand

bench = benchscript.load("wire_news")
ENTRIES = bench.load(bench.DATA / "old_news.toml")
# (found, speaker right, wrong, false) at oldfix29's end, both batches together (a letter's
# salutation, "Lieber Graf …!", once quoted on its own, now joins its first sentence)
FLOOR = (30, 19, 1, 1)


def test_every_quotation_stands_in_its_text() -> None:
    assert_quotes_stand(ENTRIES, 25)


def test_figures_do_not_fall() -> None:
    assert_floor(bench.score(ENTRIES)["de"], FLOOR)


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, "de") if q.kind != "title"]


# a reporter's note in brackets sits inside an unmarked speech: the speech runs on past it while
# the next sentence speaks in the first or second person
def test_an_unmarked_speech_runs_on_past_a_note_of_applause() -> None:
    text = (
        "Der Sprecher fuhr fort: Die Stunde ist ernst! (Bravo! links.) Wer die Stadt liebt, "
        "der folge uns. (Heiterkeit.)\n\nDann wurde abgestimmt."
    )
    assert ("Wer die Stadt liebt, der folge uns.", "Sprecher") in _quotes(text)


def test_a_narrated_sentence_after_the_note_is_no_speech() -> None:
    text = (
        "Der Sprecher fuhr fort: Die Stunde ist ernst! (Bravo! links.) Der Präsident "
        "schloß hierauf die Sitzung."
    )
    assert [q for q, _ in _quotes(text)] == ["Die Stunde ist ernst!"]


# "(Große Unruhe.) Der Minister entgegnete: …": the note ends its sentence, the clause after it
# names the speaker
def test_a_speaker_after_a_note_in_brackets_is_named() -> None:
    text = (
        "Der Abgeordnete v. Hallberg rief: „Das ist unerhört!“ (Große Unruhe.) "
        "Der Minister entgegnete: „Ich bleibe bei meinem Wort.“"
    )
    assert _quotes(text)[-1] == ("Ich bleibe bei meinem Wort.", "Minister")


# a party in parentheses marks a parliament report's turn, even when only one is given
def test_a_lone_turn_with_its_party_is_labelled() -> None:
    text = "Abg. Brandauer (Centr.): Die Vorlage kostet das Land Millionen. Wir lehnen sie ab."
    assert {s for _, s in _quotes(text)} == {"Brandauer"}


def test_a_lone_label_without_a_party_stays_a_heading() -> None:
    assert _quotes("Minister Brandauer: Ein Leben für die Stadt") == []


# "folgendes Handschreiben: Lieber Graf X! Ich habe …": a document after "folgende(s)" is quoted,
# and a letter's salutation lets it run on over its sentences in the first or second person
def test_a_letter_after_its_salutation_runs_on_to_the_narration() -> None:
    text = (
        "Graf Lindau richtete an den Bürgermeister folgendes Schreiben: Werther Herr Nagel! "
        "Ich danke Ihnen für Ihre Treue. Ich werde die Stadt bald besuchen. "
        "Der Brief wurde im Rathause verlesen."
    )
    quotes = _quotes(text)
    assert ("Ich werde die Stadt bald besuchen.", "Graf Lindau") in quotes
    assert all("verlesen" not in q for q, _ in quotes)


def test_a_third_person_sentence_after_a_salutation_ends_the_speech() -> None:
    text = "Der Herzog schrieb: Lieber Nagel! Die Stadt ist schön. Ich komme bald."
    assert [q for q, _ in _quotes(text)] == ["Lieber Nagel!"]


# a name run into an opening mark at the very end of the text ("rief Hans Roth„Wir") is read
# without looking past the text (found by the dialogue property test)
def test_a_mark_glued_to_a_name_at_the_text_end_does_not_crash() -> None:
    found = find_quotes("Es war spät, daß ? rief Hans Roth„Wir", "de")
    assert [q.text for q in found] == ["Es war spät, daß ?"]
