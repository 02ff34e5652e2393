"""Older German print (dehist29): a word divided at a line's end with a hyphen and a space reads
whole; a motto's noun right before the colon makes the quotation a title; and our own 1840-1919
probe paragraphs (old_news_29.toml) keep their figures."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from summarizer.attribution.marks.lines import readable
from tests import benchscript
from tests.floors import assert_floor, assert_quotes_stand
from tests.work_counts import assert_linear

bench = benchscript.load("wire_news")
ENTRIES = bench.load(bench.DATA / "old_news_29.toml")
_LEAD = "Man berichtet uns, daß die Sache großes Aufsehen erregt hat. "


def _said(text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, lang) if q.kind != "title"]


def _titles(text: str) -> list[Quote]:
    return [q for q in find_quotes(text, "de") if q.kind == "title"]


def test_every_quotation_stands_in_its_text() -> None:
    assert_quotes_stand(ENTRIES, 100)


def test_a_hyphen_and_a_space_inside_a_subject_or_verb_divide_one_word() -> None:
    text = "Der Bürger- meister Kniephoff erklärte: „Die Regie- rung hat uns die Mittel bewilligt.“"
    assert _said(text) == [("Die Regie- rung hat uns die Mittel bewilligt.", "Kniephoff")]
    text = "„Die Versamm- lung ist geschlossen,“ rief der Vor- sitzende Dr. Brandes laut."
    assert _said(text) == [("Die Versamm- lung ist geschlossen,", "Brandes")]
    text = "Die Abge- ordnete Frau Kessel erwi- derte: „Das ist nicht wahr!“"
    assert _said(text) == [("Das ist nicht wahr!", "Kessel")]


def test_a_divided_name_is_given_whole() -> None:
    text = "Der Kommandant v. Rieden- thal meldete: „Die Festung hält sich.“"
    assert _said(text) == [("Die Festung hält sich.", "Kommandant v. Riedenthal")]


def test_a_compound_s_shared_part_before_a_conjunction_stays_as_written() -> None:
    for text in ("Die Ein- und Ausfuhr stockt.", "Jeder Bus- bzw. Bahnfahrer", "ein- bis zweimal"):
        assert readable(text, german=True) is None
    assert readable("Die Regie- rung", german=True) is not None
    assert readable("Die Regie- rung", german=False) is None


def test_english_keeps_a_hyphen_and_a_space() -> None:
    text = "The pre- war mayor, Tom Rusk, said: “We will rebuild the bridge.”"
    assert [q.text for q in find_quotes(text, "en")] == ["We will rebuild the bridge."]


def test_dividing_is_linear() -> None:
    shape = "Der Bürger- meister Kahl sagte: „Die Regie- rung zahlt.“ "
    assert_linear(lambda n: find_quotes(_LEAD + shape * n, "de"), 100)


def test_a_motto_s_noun_before_the_colon_names_a_title() -> None:
    text = "Der Verein wählte zu seinem Wahlspruch: „Einigkeit macht stark“."
    assert [q.text for q in _titles(text)] == ["Einigkeit macht stark"]
    text = "Das Denkmal trägt die Inschrift: „Den tapferen Söhnen der Stadt.“"
    assert [q.text for q in _titles(text)] == ["Den tapferen Söhnen der Stadt."]
    text = "Die Gesellschaft gab sich als Devise: „Treue um Treue.“"
    assert [q.text for q in _titles(text)] == ["Treue um Treue."]
    text = "Das Motto: „Gemeinsam stark.“"  # was speech with nobody named (german_colon_labels)
    assert [q.text for q in _titles(text)] == ["Gemeinsam stark."]


def test_a_cry_after_a_motto_s_sentence_stays_speech() -> None:
    text = "Der Redner schloß mit dem Wahlspruch seines Vaters. Er rief: „Einigkeit macht stark!“"
    assert _said(text) == [("Einigkeit macht stark!", None)]
    text = "Der Hauptmann rief als Losung: „Vorwärts!“"
    assert _said(text) == [("Vorwärts!", "Hauptmann")]


# (found, speaker right, wrong, false) of the probe paragraphs at dehist29's end
FLOOR = (120, 97, 6, 4)


def test_figures_do_not_fall() -> None:
    assert_floor(bench.score(ENTRIES)["de"], FLOOR)


def test_sides_without_older_spellings_stay_unread() -> None:
    text = (
        "Vorsitzender: Wie alt sind Sie? Zeugin: Zweiundzwanzig Jahre. Vorsitzender: Kennen Sie "
        "den Angeklagten? Zeugin: Er war mein Bräutigam."
    )
    assert _said(text) == []
    text = "Präs.: Wer sind Sie? Angekl.: Kramm. Präs.: Gut."  # dehist27: not without one
    assert _said(text) == []


def test_an_older_spelling_of_a_short_excerpt_marks_older_print() -> None:
    text = (
        "Jch weiß es nicht. Vorsitzender: Wie alt sind Sie? Zeugin: Zweiundzwanzig Jahre. "
        "Vorsitzender: Kennen Sie den Angeklagten? Zeugin: Er war mein Bräutigam."
    )
    assert [speaker for _, speaker in _said(text)] == ["Vorsitzender", "Zeugin"] * 2


def test_a_noun_after_a_preposition_past_a_particle_cue_is_no_speaker() -> None:
    text = "„Es lebe der König!“ so schallte es aus tausend Kehlen, als der Monarch kam."
    assert _said(text) == [("Es lebe der König!", None)]
    text = "„Hoch!“ so tönte es mit lauter Stimme durch den Saal."
    assert _said(text) == [("Hoch!", None)]


def test_a_subject_after_a_particle_cue_still_speaks() -> None:
    text = "„Wir kommen,“ so charakterisierte ihn der Sprecher Kahl."
    assert _said(text) == [("Wir kommen,", "Kahl")]
    text = "„Wir kommen,“ so Ursula von der Leyen."
    assert _said(text) == [("Wir kommen,", "Ursula von der Leyen")]


def test_a_lower_case_phrase_in_a_sentence_of_man_is_a_term() -> None:
    text = _LEAD + "Jm Reichstage sprach man viel von den „berechtigten Eigenthümlichkeiten“."
    assert [q.text for q in _titles(text)] == ["berechtigten Eigenthümlichkeiten"]
    text = _LEAD + "Man spricht jetzt viel von der „socialen Frage“ und weiß nicht, was sie ist."
    assert [q.text for q in _titles(text)] == ["socialen Frage"]


def test_a_named_speaker_s_phrase_stays_his() -> None:
    text = _LEAD + "Der Minister sprach von der „schweren Noth“ der Weber."
    assert _said(text)[-1] == ("schweren Noth", "Minister")
    text = _LEAD + "Der Minister sagte, man werde von der „schweren Noth“ nicht lassen."
    assert _said(text)[-1] == ("schweren Noth", "Minister")
