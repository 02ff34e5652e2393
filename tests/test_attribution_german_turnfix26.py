"""German leftovers of session 26's reviews (turnfix26): a report's turns only in a report's
shape, "X warf Y vor", "hieß es aus …", plural objects after a full name."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.confidence) for q in find_quotes(text, "de") if q.kind != "title"]


def _speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker, _ in _quotes(text)]


# 1. dehist26's turns need a report's shape, not any parenthesis after a stop
def test_a_plain_parenthesis_opens_no_turn() -> None:
    text = (
        "Der Bundestag hat über das Gesetz abgestimmt. (Mehr dazu auf Seite 3.) Abg. Jan Roth: "
        "Enthaltung. Die Sitzung endete am Abend."
    )
    assert _quotes(text) == []


def test_a_picture_credit_opens_no_turn() -> None:
    text = "Die Grünen stimmten zu. (Foto: dpa.) Abg. Jan Roth: Ein Durchbruch, sagen die Grünen."
    assert "Jan Roth" not in _speakers(text)


def test_a_reaction_note_still_makes_a_report() -> None:
    text = (
        "Im Landtage kam die Vorlage zur Berathung. Der Abg. Dr. Wessel: Meine Herren! Die Vorlage "
        "kommt zu spät. (Lebhafter Beifall links.) Wir stimmen dagegen."
    )
    assert _speakers(text) == ["Wessel", "Wessel"]


def test_two_labelled_turns_make_a_report_without_a_reaction() -> None:
    text = (
        "Die Vorlage kam zur Berathung. (Die Sitzung wird um 2 Uhr eröffnet.) Abg. Halmer: Ich bin "
        "dagegen. Abg. Kessel: Ich bin dafür."
    )
    assert _speakers(text) == ["Halmer", "Kessel"]


# 3. "hieß es aus …": the body after "aus" is the source as written, low; never a person
def test_the_body_after_hiess_es_aus_is_the_source() -> None:
    assert _quotes("„Wir prüfen das“, hieß es aus dem Kanzleramt.") == [
        ("Wir prüfen das", "Kanzleramt", "low")
    ]
    assert _speakers("„Das ist vom Tisch“, hieß es aus dem Innenministerium am Montag.") == [
        "Innenministerium"
    ]
    assert _speakers("„Das ist vom Tisch“, hieß es aus dem Auswärtigen Amt.") == ["Auswärtigen Amt"]


def test_the_body_before_hiess_es_is_the_source() -> None:
    assert _quotes("Aus der Staatskanzlei hieß es, „man prüfe alles“.") == [
        ("man prüfe alles", "Staatskanzlei", "low")
    ]


def test_hiess_es_aus_a_persons_circle_or_a_reason_names_nobody() -> None:
    for text in (
        "„Das ist vom Tisch“, hieß es.",
        "„Das ist vom Tisch“, hieß es aus dem Lager von Jan Roth.",
        "„Das ist vom Tisch“, hieß es aus dem Mund von Jan Roth.",
        "„Das ist vom Tisch“, hieß es aus Sicherheitsgründen nur knapp.",
        "„Das ist vom Tisch“, hieß es aus der Partei, die Jan Roth führt.",
    ):
        assert _speakers(text) == [None], text


# 2. "X warf Y vor, …": the subject opening the clause accuses, low
def test_the_subject_before_warf_vor_is_the_speaker() -> None:
    assert _quotes("Kühn warf der Regierung vor, „völlig versagt“ zu haben.") == [
        ("völlig versagt", "Kühn", "low")
    ]
    assert _speakers("Die Opposition wirft der Regierung vor, sie habe „versagt“.") == [
        "Opposition"
    ]


def test_no_accusation_or_a_statement_noun_names_nobody() -> None:
    assert _speakers("Kühn wirft der Regierung nichts vor, sie habe „versagt“.") == [None]
    assert _speakers("Kritik warf der Regierung vor, sie habe „versagt“.") == [None]
