"""German print before 1996: older spellings of cues, speech without marks, quoted terms."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from summarizer.attribution.lexicon.inflect import respelled

_PAIRS = [["ierte", "irte"], ["zi", "ci"], ["kon", "con"], ["wider", "wieder"]]


def _quotes(text: str) -> list[Quote]:
    """The quotations of `text` that are speech (titles left out)."""
    return [q for q in find_quotes(text, "de") if q.kind != "title"]


def _one(text: str, starts: str) -> Quote:
    """The one quotation of `text` that opens with `starts`."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith(starts)]
    return quote


def test_older_spellings_are_derived_from_todays() -> None:
    forms = respelled(["konstatierte", "erwiderte", "replizierte", "sagte"], _PAIRS)
    assert {"constatirte", "konstatirte", "erwiederte", "replicirte"} <= set(forms)
    assert not any(f.startswith("sag") for f in forms)  # no pair fits: nothing derived


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Im Landtag war es laut. Dr. Wellmann replicirte: „Das ist unerhört!“", "Wellmann"),
        ("Im Landtag war es laut. Der Graf Ortenau erwiederte: „Das ist unerhört!“", "Ortenau"),
        ("Es kam so. Ausdrücklich constatirte Graf Ortenau „das ist nicht wahr.“", "Ortenau"),
        ("Der Abgeordnete Roth theilte mit: Es ist kein Entwurf ausgearbeitet worden.", "Roth"),
    ],
)
def test_a_cue_in_older_spelling_names_the_speaker(text: str, name: str) -> None:
    [quote] = _quotes(text)
    assert name in (quote.speaker or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„Das war ein guter Rat“ sagte damals Lindemann, der Gehilfe.", "Lindemann"),
        ("„Das war ein guter Rat“, erwiderte darauf der Graf Ortenau.", "Ortenau"),
        ("„Das war ein guter Rat“, sagte hierauf Lindemann.", "Lindemann"),
    ],
)
def test_an_adverb_stands_between_the_cue_and_its_subject(text: str, name: str) -> None:
    assert name in (_one(text, "Das").speaker or "")


def test_an_adverb_before_no_subject_names_nobody() -> None:
    assert _one("„Das war ein guter Rat“, sagte damals niemand.", "Das").speaker is None


_LONG = "Im Landtag ging es hoch her. „Über die Sache kann kein Zweifel bestehen. Wir stimmen zu.“"


@pytest.mark.parametrize(
    ("after", "name"),
    [(" Soweit Ortenau.", "Ortenau"), (" So weit der Minister.", "Minister")],
)
def test_soweit_after_a_quotation_names_its_speaker(after: str, name: str) -> None:
    assert _one(_LONG + after + " Es folgte Beifall.", "Über").speaker == name


@pytest.mark.parametrize(
    "after",
    [
        " Soweit die Lage im Norden bekannt ist, bleibt es ruhig.",
        " Soweit ist es gekommen.",
        " So weit, so gut.",
        " Soweit er.",
    ],
)
def test_soweit_opening_a_clause_names_nobody(after: str) -> None:
    assert _one(_LONG + after, "Über").speaker is None


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Die Briefe kamen. Was für Enthüllungen! heulte die entrüstete Menge.", "Was", "Menge"),
        ("Der Wirt trat heraus. Wer ist da? fragte der alte Wirt leise.", "Wer", "Wirt"),
        ("Es war ernst. Wer hätte das gedacht! erklärte die Zeitung am Montag.", "Wer", "Zeitung"),
    ],
)
def test_an_exclamation_before_a_lower_case_cue_is_speech(text: str, words: str, name: str) -> None:
    quote = _one(text, words)
    assert quote.text.endswith(("!", "?")) and name in (quote.speaker or "")


@pytest.mark.parametrize(
    "text",
    [
        "Welch ein Tag! und doch blieb alles ruhig.",
        "Es war ein schöner Tag! so meinten alle.",
        "Der Wirt trat heraus. Wer ist da? sagte niemand.",
    ],
)
def test_an_exclamation_without_cue_and_subject_is_no_speech(text: str) -> None:
    assert _quotes(text) == []


def test_an_exclamation_inside_marks_stays_one_quotation() -> None:
    [quote] = _quotes("Der Wirt trat heraus: „Wer ist da? fragte der Wirt.“ Niemand antwortete.")
    assert quote.text.startswith("Wer ist da? fragte")


def test_a_colon_after_an_impersonal_verb_introduces_no_speech() -> None:
    assert _quotes("Der Preis beträgt folgendes: Drei Mark für jeden Zentner. Mehr nicht.") == []


_OLD = "Man weiß, daß es so kam. "


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (_OLD + "Der Arzt suchte die Ursachen der „fallenden Sucht“ im Gehirn.", "fallenden"),
        (_OLD + "Diese Reden sind nicht für „den Gebrauch durch die Menge“ berechnet.", "den"),
        (_OLD + "Sie sind so konfus, daß sie den „rothen Müller“ an die Spitze stellen.", "rothen"),
        (_OLD + "Er wurde „leutselig.“ Später erklärte er den Rücktritt.", "leutselig"),
    ],
)
def test_a_quoted_phrase_in_older_print_with_no_cue_is_a_term(text: str, words: str) -> None:
    assert _one(text, words).kind == "title"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In dem Schreiben war von einem „offenen Dialog“ die Rede.", "offenen"),  # today's print
        (_OLD + "Er spricht von einem „unerträglichen Zustand“ im Amt.", "unerträglichen"),
        (_OLD + "Es sei ernst, so der Minister, die „rothen Listen“ seien voll.", "rothen"),
        (_OLD + "Er nannte ihn „leutselig.“ Dann ging er.", "leutselig"),
    ],
)
def test_a_quoted_phrase_with_a_cue_or_in_todays_print_is_speech(text: str, words: str) -> None:
    assert _one(text, words).kind != "title"


def test_a_quotation_with_a_bracketed_place_and_year_is_a_work() -> None:
    text = "Der Dichter schrieb in seiner „Kunst des Romans“ (Leipzig 1894, S. 59), es sei so."
    assert _one(text, "Kunst").kind == "title"


@pytest.mark.parametrize(
    "text",
    [
        "„Wir kommen morgen wieder“ (Beifall), sagte der Redner.",
        "„Wir kommen wieder. Das ist gewiß.“ (Leipzig 1894) sagte der Redner.",
    ],
)
def test_a_bracket_without_a_year_or_after_a_sentence_keeps_speech(text: str) -> None:
    assert _one(text, "Wir").kind != "title"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Das gilt, bis es eintritt, ausdrücklich erklärte Graf Ortenau: „Das ist wahr.“",
            "Ortenau",
        ),
        (
            "Roth schwieg, schließlich erklärte die Ministerin Anna Berg: „Das ist wahr.“",
            "Anna Berg",
        ),
    ],
)
def test_an_adverb_after_a_comma_opens_an_inverted_clause(text: str, name: str) -> None:
    assert name in (_one(text, "Das ist").speaker or "")


def test_an_adverb_opens_the_clause_after_a_long_subordinate_clause() -> None:
    text = (
        "Es muß abgewartet werden, bis der erwünschte Erfolg an einer anderen Stelle eintritt, "
        "ausdrücklich konstatierte Graf Ortenau damals „über die Sache besteht kein Zweifel.“"
    )
    assert _one(text, "über").speaker == "Graf Ortenau"


def test_an_adverb_in_a_relative_clause_keeps_its_subject() -> None:
    text = "Es sprach Roth, der ausdrücklich erklärte: „Das ist nicht wahr.“ Dann ging er."
    assert _one(text, "Das ist").speaker == "Roth"


def test_an_abbreviated_title_ends_no_sentence() -> None:
    text = "Im Hause war es laut. „Das ist eine Schande!“ rief der Abg. Wellmann. Dann Beifall."
    assert _one(text, "Das ist").speaker == "Wellmann"


_OLD = " Man wußte, daß es so kam."  # an older spelling: the text is older print


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Er ging mit dem Beinamen „der Fromme“ in die Chronik ein." + _OLD, "der Fromme"),
        ("Man kannte ihn unter dem Spitznamen „der lange Fritz“ im ganzen Dorf." + _OLD, "der"),
        ("Die Schrift kam unter dem Titel „Aus alten Tagen“ in Halle heraus." + _OLD, "Aus"),
        ("Die Flugschrift wurde als „Ein Wort an die Bürger“ veröffentlicht." + _OLD, "Ein"),
    ],
)
def test_a_name_a_thing_goes_by_is_no_speech(text: str, starts: str) -> None:
    assert _one(text, starts).kind == "title"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Der Pfarrer sagte: „Ich trage den Beinamen mit Stolz.“" + _OLD, "Ich"),
        ("Der Graf nannte den Titel „lächerlich“ und ging." + _OLD, "lächerlich"),
        ("Der Minister bezeichnete das Buch als „eine Schande“, als es erschien." + _OLD, "eine"),
    ],
)
def test_words_about_a_name_or_a_book_stay_speech(text: str, starts: str) -> None:
    assert _one(text, starts).kind == "speech"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Reisende Hollmann nannte den See „Königin Luise“ und zog weiter." + _OLD, "Hollmann"),
        ("Hollmann nannte ihn „Kaiser Wilhelm“, hat ihn aber nie befahren." + _OLD, "Hollmann"),
    ],
)
def test_older_print_reports_a_persons_naming_as_their_words(text: str, name: str) -> None:
    [quote] = _quotes(text)
    assert name in (quote.speaker or "")


@pytest.mark.parametrize(
    "text",
    [
        "Man nannte ihn „Kaiser Wilhelm“ und zog weiter." + _OLD,  # nobody names it
        "Der Reisende Hollmann nannte den See „Königin Luise“ und zog weiter.",  # today's print
        "Das Dampfschiff „Königin Luise“ lief gestern aus." + _OLD,  # no naming verb
    ],
)
def test_a_name_without_a_person_naming_it_stays_a_title(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rat Körner sprach. Die Kornbörse, erklärte Rat Körner, muß fallen." + _OLD, "Körner"),
        ("Alles war still. Die Stadt, sagte Herr Brandt, hat kein Geld mehr." + _OLD, "Brandt"),
    ],
)
def test_an_incise_cuts_unmarked_speech_in_older_print(text: str, name: str) -> None:
    quotes = _quotes(text)
    assert [q.text for q in quotes][:1] in (["Die Kornbörse"], ["Die Stadt"])
    assert len(quotes) == 2 and all(name in (q.speaker or "") for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Alles war still. Die Lage, sagte der Minister, sei ernst." + _OLD,  # Konjunktiv I
        "Alles war still. Der Kaiser, sagte man, ist krank." + _OLD,  # nobody speaks
        "Alles war still. Die Stadt, sagte Herr Brandt, hat kein Geld mehr.",  # today's print
        "Alles war still. Der Bürgermeister, der Arzt, und die Lehrer kamen." + _OLD,  # no cue
    ],
)
def test_no_incise_no_unmarked_speech(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Das ist wohl genug! „Hannov.“ — Feuerkasse. Die Kasse zahlt nicht." + _OLD,
        "Die Ernte ist gut („Schles.“). Die Kasse zahlt nicht." + _OLD,
    ],
)
def test_an_abbreviated_paper_credited_in_older_print_is_a_name(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Er fragte, ob sie komme. „Niemals.“ — Dann ging er fort." + _OLD,  # no heading after
        "Das ist wohl genug! „Hannov.“ — Feuerkasse. Die Kasse zahlt nicht.",  # today's print
    ],
)
def test_a_one_word_sentence_before_a_dash_stays_speech(text: str) -> None:
    assert len(_quotes(text)) == 1


def test_a_marked_quotation_after_an_incise_is_no_part_of_the_unmarked_rest() -> None:
    text = "Alles war still. Die Börse, sagte Herr Brandt, ist „tot“ und bleibt es." + _OLD
    assert [q.text for q in _quotes(text)] == ["Die Börse", "tot"]
