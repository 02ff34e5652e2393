"""German quotations are the same quotations, with the same speakers, whatever marks set them
(marks/alike.py); apostrophes in words, quotations over paragraphs, nested marks, ditto marks.
Invented old-German sentences; the gold was written before the finder ran."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

# (opening, closing, inner opening, inner closing) of each convention
CONVENTIONS = {
    "german": ("„", "“", "‚", "‘"),
    "straight": ('"', '"', "'", "'"),
    "guillemets_in": ("»", "«", "›", "‹"),
    "guillemets_out": ("«", "»", "‹", "›"),
    "english": ("“", "”", "‘", "’"),
    "straight_close": ("„", '"', "‚", "'"),
}


def _set(template: str, marks: tuple[str, str, str, str]) -> str:
    """`template` with <, >, [ and ] as the convention's outer and inner marks."""
    return template.translate(str.maketrans(dict(zip("<>[]", marks, strict=True))))


def _found(text: str) -> list[tuple[str, str | None]]:
    quotes = [q for q in find_quotes(text, "de") if q.kind != "title"]
    for q in quotes:
        assert text[q.start : q.end] == q.text  # the original's marks and offsets
    return [(q.text, q.speaker) for q in quotes]


# A clause in the Konjunktiv after a quotation goes on with its speaker's words.
CARRIED = (
    "Der Verein tagte lange. <Lieber verzichte ich auf das Wort, als mich zwingen zu lassen>, "
    "so Brandauer wörtlich. Außerdem hätte der Rat Mollner <die Gelegenheit gegeben, sich als "
    "[Wolf im Schafspelz] zu zeigen>."
)


@pytest.mark.parametrize("name", CONVENTIONS)
def test_a_carried_speaker_is_the_same_in_every_convention(name: str) -> None:
    marks = CONVENTIONS[name]
    found = _found(_set(CARRIED, marks))
    assert [speaker for _, speaker in found] == ["Brandauer", "Brandauer"]
    assert found[1][0] == _set(
        "die Gelegenheit gegeben, sich als [Wolf im Schafspelz] zu zeigen", marks
    )


APOSTROPHES = (
    "Der Kaufmann Wendelin Rauch erklärte: <Hamburg's Hafen ist voll, und geht's so fort, "
    "warten die Schiffe auf [bessere Zeiten], wie man hier sagt.> Dann ging er."
)


@pytest.mark.parametrize("name", CONVENTIONS)
def test_apostrophes_inside_words_neither_open_nor_close(name: str) -> None:
    marks = CONVENTIONS[name]
    inner = (
        "Hamburg's Hafen ist voll, und geht's so fort, warten die Schiffe auf [bessere Zeiten], "
        "wie man hier sagt."
    )
    assert _found(_set(APOSTROPHES, marks)) == [(_set(inner, marks), "Wendelin Rauch")]


def test_apostrophes_alone_quote_nothing() -> None:
    text = (
        "Die Zeitung Hamburg's schrieb nichts. Das geht's wohl nichts an, meinte man, 's ist gut."
    )
    assert _found(text) == []


def test_single_marks_round_speech_with_apostrophes_in_it() -> None:
    text = "Der Schiffer Jörn Tamsen rief: ‚Geht's nicht, so geht's eben morgen!‘ und lachte."
    assert _found(text) == [("Geht's nicht, so geht's eben morgen!", "Jörn Tamsen")]


@pytest.mark.parametrize("name", ["german", "guillemets_in", "guillemets_out"])
def test_a_quotation_reopened_in_the_next_paragraph_goes_on(name: str) -> None:
    text = _set(
        "Der Abgeordnete Konrad Wilmers sprach: <Meine Herren, die Zeit drängt.\n\n"
        "<Wir müssen handeln, ehe es zu spät ist.>\n\nDarauf erhob sich der Präsident.",
        CONVENTIONS[name],
    )
    assert _found(text) == [
        ("Meine Herren, die Zeit drängt.", "Konrad Wilmers"),
        ("Wir müssen handeln, ehe es zu spät ist.", "Konrad Wilmers"),
    ]


def test_a_quotation_not_reopened_stops_at_its_paragraph() -> None:
    text = (
        "Der Abgeordnete Konrad Wilmers sprach: »Meine Herren, die Zeit drängt.\n\n"
        "Darauf erhob sich der Präsident und schloß die Sitzung."
    )
    assert _found(text) == [("Meine Herren, die Zeit drängt.", "Konrad Wilmers")]


@pytest.mark.parametrize("name", ["german", "guillemets_in", "guillemets_out", "english"])
def test_a_nested_quotation_stays_inside_its_speaker_s(name: str) -> None:
    marks = CONVENTIONS[name]
    text = _set(
        "Der Pfarrer Anselm Gruber rief: <Der Herr sprach: [Gehet hin!] und wir gingen.> "
        "Die Gemeinde schwieg.",
        marks,
    )
    assert _found(text) == [
        (_set("Der Herr sprach: [Gehet hin!] und wir gingen.", marks), "Anselm Gruber")
    ]


@pytest.mark.parametrize("mark", ["„", "»", "«", '"'])
def test_ditto_marks_in_a_table_quote_nothing(mark: str) -> None:
    text = (
        "Die Preise vom 3. März 1905. Roggen .......... K 8·20—8·25 per 50 kg. Hafer .......... "
        f"{mark} 6·10—6·15 {mark} {mark} {mark} Gerste .......... {mark} 00·00—00 00 {mark} {mark} "
        f"{mark} Wechselkurse vom 3. März."
    )
    assert _found(text) == []


def test_a_spaced_opener_before_a_year_still_opens() -> None:
    text = "Der Redner Ludwig Harrer sagte: „ 1848 war ein Jahr der Hoffnung.“ Niemand widersprach."
    assert _found(text) == [("1848 war ein Jahr der Hoffnung.", "Ludwig Harrer")]


@pytest.mark.parametrize("name", ["german", "guillemets_in", "guillemets_out"])
def test_a_comma_inside_a_nested_quotation_closes_no_incise(name: str) -> None:
    marks = CONVENTIONS[name]
    inner = (
        "Als ich still [Anker] zu sprechen anfange, habe ich nicht die Vorstellung [Anker,] "
        "sondern nur [nker.]"
    )
    text = _set(f"Der Arzt Emil Brucker hat folgendes festgestellt. <{inner}>", marks)
    assert _found(text) == [(_set(inner, marks), "Emil Brucker")]


def test_a_speaker_phrase_keeps_its_own_guillemets() -> None:
    text = "Der Lotse der »Seeadler« berichtete: »Wir sahen kein Feuer.«"
    assert _found(text) == [("Wir sahen kein Feuer.", "Lotse der »Seeadler«")]


def test_double_marks_nested_in_guillemets_keep_their_pairing() -> None:
    text = "Der Lehrer Karl Ohlsen sagte: »Das Wort „Heimat“ kennt jeder Schüler.« Dann schwieg er."
    assert _found(text) == [("Das Wort „Heimat“ kennt jeder Schüler.", "Karl Ohlsen")]
