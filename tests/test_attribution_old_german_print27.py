"""Older German print (dehist27): forms of address in capitals before an inverted cue are
speech, a playbill's day before a colon is nobody, and an unmarked speech runs on to the
reporter's note of the house's reaction as one quotation."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

_LEAD = "Die Sitzung dauerte bis in den späten Abend, daß alle müde waren. "


def _said(text: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of the quotations of `text` that are speech or writing, not titles."""
    return [(q.text, q.speaker) for q in find_quotes(text, "de") if q.kind != "title"]


def _titles(text: str) -> list[Quote]:
    return [q for q in find_quotes(text, "de") if q.kind == "title"]


def test_a_greeting_and_a_form_of_address_before_an_inverted_cue_are_speech() -> None:
    text = "„Gute Nacht, Herr Nachbar,“ sagte der Alte und ging, daß die Thür knarrte."
    assert _said(text) == [("Gute Nacht, Herr Nachbar,", "Alte")]
    text = "„Ihr Pferd, Herr Oberst,“ antwortete der Bursche trocken, daß alle lachten."
    assert _said(text) == [("Ihr Pferd, Herr Oberst,", "Bursche")]


def test_four_capitals_with_no_reporting_verb_after_them_stay_a_title() -> None:
    text = "„Das Vaterland Ist In Gefahr!“ So lautete der Aufruf, daß jeder es verstand."
    assert [q.text for q in _titles(text)] == ["Das Vaterland Ist In Gefahr!"]
    text = "Er las „Die Kunst Des Alten Krieges,“ ein Buch, daß ihn fesselte."
    assert [q.text for q in _titles(text)] == ["Die Kunst Des Alten Krieges,"]


def test_a_time_before_a_colon_names_nobody() -> None:
    text = "Im Stadttheater. Heute Abend: „Die Räuber.“ Morgen Abend: „Egmont.“"
    assert all(speaker is None for _, speaker in _said(text))
    assert _said("Jan Roth: „Wir bleiben.“ Eva Ems: „Wir gehen.“") == [
        ("Wir bleiben.", "Jan Roth"),
        ("Wir gehen.", "Eva Ems"),
    ]


def test_an_unmarked_speech_runs_on_to_the_note_of_the_houses_reaction() -> None:
    text = _LEAD + (
        "Der Abg. Dr. Hänel führte aus: Die Vorlage der Regierung ist unannehmbar. Sie belastet "
        "den kleinen Mann. Das Land erträgt diese Steuer nicht. (Sehr richtig! links.) Der "
        "Minister erwiderte, daß er diese Ausführungen zurückweisen müsse."
    )
    speech = "Die Vorlage der Regierung ist unannehmbar. Sie belastet den kleinen Mann. "
    assert _said(text) == [(speech + "Das Land erträgt diese Steuer nicht.", "Hänel")]


def test_no_run_on_over_the_reporters_sentence_or_a_note_that_is_no_reaction() -> None:
    told = "Der Minister erwiderte darauf, daß er widersprechen müsse. (Heiterkeit.) Dann ging er."
    closed = "Das Haus vertagte sich. (Schluß der Sitzung 5 Uhr.) Morgen: Etat."
    for rest in (told, closed):
        text = f"{_LEAD}Der Abg. Dr. Hänel führte aus: Die Vorlage ist unannehmbar. {rest}"
        assert _said(text)[0] == ("Die Vorlage ist unannehmbar.", "Hänel")


def test_todays_spelling_keeps_the_sentences_apart() -> None:
    text = (
        "Der Abgeordnete Jan Roth führte aus: Die Vorlage ist unannehmbar. Sie belastet den "
        "kleinen Mann. (Beifall.) Dann ging er."
    )
    assert [q for q, _ in _said(text)] == ["Die Vorlage ist unannehmbar."]


def test_older_speech_of_several_sentences_on_one_line_is_one_quotation() -> None:
    text = (
        "Der Kaiser sprach zu den Rekruten: Ihr habt Mir heute den Eid geschworen. Das "
        "Vaterland erwartet von Euch, daß Ihr Eure Pflicht thut."
    )
    [(words, speaker)] = _said(text)
    assert words.startswith("Ihr habt Mir") and words.endswith("Pflicht thut.")
    assert speaker == "Kaiser"


def _assert_grows_linearly(lead: str, unit: str) -> None:
    """Four times the repeated `unit` after `lead` makes at most 4.5 times the calls."""
    assert_linear(lambda n: find_quotes(lead + unit * n, "de"), 60)


def test_the_run_to_a_note_stays_linear() -> None:
    unit = "Der Abg. Roth führte aus: Die Vorlage ist schlecht. Sie ist teuer. (Heiterkeit.) "
    _assert_grows_linearly(_LEAD, unit)


def test_a_modal_perfect_of_saying_names_its_subject_at_low() -> None:
    quotes = find_quotes(
        "Napoleon soll auf St. Helena gesagt haben: „In fünfzig Jahren ist Europa kosakisch.“",
        "de",
    )
    assert [(q.speaker, q.confidence) for q in quotes] == [("Napoleon", "low")]
    [quote] = find_quotes("Napoleon hat auf St. Helena gesagt: „Europa wird kosakisch.“", "de")
    assert (quote.speaker, quote.confidence) == ("Napoleon", "high")


def test_a_passive_or_a_plan_after_a_modal_is_no_perfect_of_saying() -> None:
    [quote] = find_quotes("Dem Volke soll in der Predigt gesagt werden: „Kehret um.“", "de")
    assert quote.speaker is None


def test_a_konjunktiv_before_an_unmarked_incise_is_reported_speech() -> None:
    lead = "Er sprach lange von der Gefahr, daß es alle hörten. "
    assert (
        _said(lead + "Wer habe Oesterreich gerettet, fragt der Redner, als es in Noth war?") == []
    )
    assert _said(lead + "Das sei nicht wahr, sagte er, wir wissen es besser.") == []
    said = _said(lead + "Ich habe es nicht gethan, sagte er, ich war zu Hause.")
    assert [words for words, _ in said] == ["Ich habe es nicht gethan", "ich war zu Hause."]


def test_an_adverb_before_a_name_and_its_colon_is_no_word_of_the_name() -> None:
    text = "Die Debatte wurde hitzig, daß man staunte. Hierauf Graf Caprivi: „Ich bleibe dabei.“"
    assert _said(text) == [("Ich bleibe dabei.", "Graf Caprivi")]


def test_a_surname_that_is_a_role_word_after_a_rank_is_a_name() -> None:
    lead = "Die Debatte wurde hitzig, daß man staunte. "
    assert _said(lead + "Der Abg. Richter bemerkte hierauf: „Das machen wir nicht mit.“") == [
        ("Das machen wir nicht mit.", "Richter")
    ]
    assert _said(lead + "„Das machen wir nicht mit,“ rief der Abgeordnete Richter.") == [
        ("Das machen wir nicht mit,", "Richter")
    ]
    # a role alone, or after a form of address, stays the role as written
    assert _said(lead + "Der Richter fragte: „Kennen Sie den Mann?“") == [
        ("Kennen Sie den Mann?", "Richter")
    ]


def test_a_clause_between_commas_before_und_and_the_cue_keeps_the_first_subject() -> None:
    lead = "Es war Abend, daß man nichts mehr sah. "
    for middle in (
        "trat vor, als alle versammelt waren,",
        "sah den Grafen an, der neben ihm stand,",
    ):
        text = f"{lead}Der Schulze {middle} und rief: „Ihr Leute, hört mich an!“"
        assert _said(text) == [("Ihr Leute, hört mich an!", "Schulze")]


def test_und_with_a_subject_of_its_own_after_the_clause_gives_that_subject() -> None:
    text = "Es war Abend, daß man nichts mehr sah. Der Graf trat ein, als alle schwiegen, und "
    text += "der Schulze rief: „Ihr Leute, hört mich an!“"
    assert _said(text) == [("Ihr Leute, hört mich an!", "Schulze")]


_HEARING = "Der Angeklagte wurde vorgeführt, daß alle ihn sahen. "


def test_a_hearings_turns_run_on_in_one_paragraph_are_each_sides_speech() -> None:
    text = _HEARING + (
        "Vors.: Sind Sie der Tagelöhner Kramm? Angekl.: Jawohl. Vors.: Bekennen Sie sich "
        "schuldig? Angekl.: Ich bin unschuldig. Der Gerichtshof verurtheilte ihn zu drei Monaten."
    )
    assert _said(text) == [
        ("Sind Sie der Tagelöhner Kramm?", "Vors."),
        ("Jawohl.", "Angekl."),
        ("Bekennen Sie sich schuldig?", "Vors."),
        ("Ich bin unschuldig.", "Angekl."),
    ]
    marked = _HEARING + "Präs.: „Wo waren Sie?“ Zeuge: „Im Wirthshause.“ Präs.: „Allein?“"
    assert [speaker for _, speaker in _said(marked)] == ["Präs.", "Zeuge", "Präs."]


def test_one_label_or_labels_of_a_list_make_no_hearing() -> None:
    assert _said(_HEARING + "Vors.: Sind Sie Kramm? Die Sitzung wurde geschlossen.") == []
    listed = _HEARING + "Als Zeuge: der Wirth Müller. Als Sachverständiger: Dr. Roth."
    assert _said(listed) == []
    today = "Der Angeklagte wurde vorgeführt. Vors.: Wer sind Sie? Angekl.: Kramm. Vors.: Gut."
    assert _said(today) == []


def test_a_long_hearing_stays_linear() -> None:
    _assert_grows_linearly(_HEARING, "Vors.: Sind Sie Kramm? Angekl.: Jawohl, das bin ich. ")


def test_a_hearings_turn_ends_before_the_reporters_sentence() -> None:
    text = _HEARING + (
        "Präs.: Sie haben die Anklage gehört. Bekennen Sie sich schuldig? Der Angeklagte erwidert, "
        "er habe nichts gethan. Präs.: Wer kann das bezeugen? Angekl.: Meine Frau. Sie war bei mir."
    )
    assert _said(text) == [
        ("Sie haben die Anklage gehört. Bekennen Sie sich schuldig?", "Präs."),
        ("Wer kann das bezeugen?", "Präs."),
        ("Meine Frau.", "Angekl."),
    ]


def test_a_particle_that_ends_the_sentence_before_governs_no_title() -> None:
    text = "»Wo wollen Sie hin?« rief ihm die Wirthin nach.\n\n»Nach Hause,« sagte er kurz."
    assert [words for words, _ in _said(text)] == ["Wo wollen Sie hin?", "Nach Hause,"]
    text = "„Ich weine gern,“ sagt der König im „Philotas.“ Hier war es, daß er ging."
    assert [q.text for q in _titles(text)] == ["Philotas."]


def test_a_hearings_turns_set_apart_by_dashes_or_with_labels_in_full() -> None:
    for dash in ("—", "--"):
        text = _HEARING + (
            f"Vors.: Sind Sie Kramm? {dash} Angekl.: Jawohl. {dash} Vors.: Bekennen Sie sich "
            f"schuldig? {dash} Angekl.: Nein, ich bin unschuldig."
        )
        assert [words for words, _ in _said(text)] == [
            "Sind Sie Kramm?",
            "Jawohl.",
            "Bekennen Sie sich schuldig?",
            "Nein, ich bin unschuldig.",
        ]
    text = _HEARING + "Präsident: Sind Sie Kramm? Angeklagter: Jawohl. Präsident: Gut."
    assert [speaker for _, speaker in _said(text)] == ["Präsident", "Angeklagter", "Präsident"]
