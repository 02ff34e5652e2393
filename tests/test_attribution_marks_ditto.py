"""A spaced quotation mark is a table's ditto mark only inside a table row (oldprint.ditto); the
marks of German text are read alike (marks/alike.py) only where they pair as written. Invented
sentences; the gold was written before the finder ran."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    """The quotations of `text` that are no title: words, speaker, confidence."""
    quotes = [q for q in find_quotes(text, lang) if q.kind != "title"]
    return [(q.text, q.speaker, q.confidence) for q in quotes]


# A spaced mark after a sentence's end or between figures opens or closes a quotation.
SPACED = [
    (
        "fr",
        "C'est fini. « 2024 a été une bonne année », a déclaré Bernard Hulsmann.",
        "2024 a été une bonne année",
        "Bernard Hulsmann",
    ),
    (
        "fr",
        "Selon lui, en 2023 « 40 % des salariés sont partis », a déclaré Bernard Hulsmann.",
        "40 % des salariés sont partis",
        "Bernard Hulsmann",
    ),
    (
        "ru",
        "Всё кончено. « 2024 год был хорошим », — сказал Иван Петров.",
        "2024 год был хорошим",
        "Иван Петров",
    ),
    (
        "en",
        'It is over. " 2024 was a good year, " said Bert Hulsman.',
        "2024 was a good year,",
        "Bert Hulsman",
    ),
    (
        "de",
        "Es ist vorbei. „ 2024 war ein gutes Jahr “, sagte Bernd Hulsmann.",
        "2024 war ein gutes Jahr",
        "Bernd Hulsmann",
    ),
    (
        "de",
        "Es ist vorbei.... „ 2024 war ein gutes Jahr “, sagte Bernd Hulsmann.",
        "2024 war ein gutes Jahr",
        "Bernd Hulsmann",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words", "speaker"), SPACED)
def test_a_spaced_mark_outside_a_table_opens_a_quotation(
    lang: str, text: str, words: str, speaker: str
) -> None:
    assert _said(text, lang) == [(words, speaker, "high")]


def test_a_spaced_closer_before_a_figure_closes() -> None:
    text = "« Nous gagnerons. » 15 minutes plus tard, Bernard Hulsmann a ajouté : « C'est sûr. »"
    assert _said(text, "fr") == [
        ("Nous gagnerons.", "Bernard Hulsmann", "high"),
        ("C'est sûr.", "Bernard Hulsmann", "high"),
    ]


def test_a_straight_mark_between_figures_opens_nothing() -> None:
    text = 'Er zahlte 5 " 6 Euro. "Das ist viel", sagte Karla Wendisch.'
    assert _said(text, "de") == [("Das ist viel", "Karla Wendisch", "high")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", 'In 1998 " 20 years" passed, he wrote.'), ("de", 'In 1998 " 20 Jahre" vergingen.')],
)
def test_a_straight_mark_between_years_quotes_nothing(lang: str, text: str) -> None:
    assert find_quotes(text, lang) == ()


def test_a_guillemet_left_open_keeps_the_next_speaker_apart() -> None:
    text = (
        "Karla Wendisch sagte: »Wir sind bereit. Bernd Hulsmann meinte: »Das wird teuer.« "
        "Dann gingen alle."
    )
    assert _said(text, "de") == [
        ("Wir sind bereit.", "Karla Wendisch", "high"),
        ("Das wird teuer.", "Bernd Hulsmann", "high"),
    ]


def test_a_guillemet_left_open_pairs_with_no_rewritten_mark() -> None:
    text = (
        "Gestern erklärte Bernd Hulsmann: «Der Hafen ist voll“, sagte Karla Wendisch. "
        "Bernd Hulsmann nannte das «Unsinn», hieß es."
    )
    quotes = find_quotes(text, "de")
    assert [(q.text, q.kind) for q in quotes] == [
        ("Der Hafen ist voll", "speech"),
        ("Unsinn", "title"),
    ]
    assert quotes[1].speaker is None  # the narration between is nobody's words


@pytest.mark.parametrize("mark", ["»", "«", '"'])
def test_a_ditto_mark_after_an_abbreviation_in_a_row_of_dittos_quotes_nothing(mark: str) -> None:
    text = (
        f"Viehmarkt vom 4. Mai. Ochsen St. {mark} 112 {mark} {mark} Kühe St. {mark} 87 {mark} "
        f"{mark} Kälber St. {mark} 40. Der Markt war gut besucht."
    )
    assert find_quotes(text, "de") == ()


def test_a_row_may_set_its_ditto_marks_in_two_marks() -> None:
    text = (
        'Viehmarkt vom 4. Mai. Ochsen St. " 112 „ „ Kühe St. " 87 „ „ Kälber St. " 40. '
        "Der Markt war gut besucht."
    )
    assert find_quotes(text, "de") == ()


def test_two_quotations_side_by_side_make_no_table_row() -> None:
    text = (
        "« Oui. » « Non. » C'est fini. « 2024 a été une bonne année », a déclaré Bernard Hulsmann."
    )
    assert _said(text, "fr")[-1] == ("2024 a été une bonne année", "Bernard Hulsmann", "high")


# A single mark between letters in an incise is an apostrophe in its speaker's name: the incise
# still splits the quotation around it (marks.dashes._INCISE_END).
@pytest.mark.parametrize(
    ("lang", "text", "parts"),
    [
        (
            "fr",
            "« Nous partirons, a déclaré Marc O‘Neil, dès demain. » La salle applaudit.",
            ["Nous partirons", "dès demain."],
        ),
        (
            "de",
            "„Wir gehen, sagte Anna D‘Amato, noch heute nach Hause.“ Dann war Ruhe.",
            ["Wir gehen", "noch heute nach Hause."],
        ),
    ],
)
def test_an_apostrophe_in_an_incise_keeps_the_incise(
    lang: str, text: str, parts: list[str]
) -> None:
    quotes = find_quotes(text, lang)
    assert [q.text for q in quotes] == parts
    assert all(q.confidence == "high" and q.speaker for q in quotes)
