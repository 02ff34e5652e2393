"""Review of the older German fixes (review27b): a hearing's label after a quotation's closing
mark opens the next side's turn, a cast list is no hearing, a hearing's side is no head of a
compound label ("Fahrzeuge:"), and a verb whose clause closes in "ab" is no inverted cue."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_LEAD = "Vor dem Schöffengericht stand gestern die Wäscherin Anna Pohl, daß der Saal voll war. "


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, "de") if q.kind != "title"]


def test_a_label_after_a_closing_mark_opens_the_next_sides_turn() -> None:
    text = _LEAD + (
        "Vors.: Sie haben die Frau Kunz eine Diebin genannt? Angekl.: Die Frau Kunz hat zuerst "
        "gesagt: „Du bist eine Lumpin.“ Vors.: Das ist kein Grund. Angekl.: Ich bin unschuldig."
    )
    said = _said(text)
    assert ("Das ist kein Grund.", "Vors.") in said
    assert all(speaker != "Angekl." for words, speaker in said if "kein Grund" in words)


def test_a_label_after_a_closing_guillemet_opens_the_next_turn() -> None:
    text = _LEAD + (
        "Präs.: Wie alt sind Sie? Angekl.: Zweiundzwanzig. Präs.: Der Zeuge hörte Sie rufen: "
        "»Feuer!« Angekl.: Das habe ich nie gerufen."
    )
    assert ("Das habe ich nie gerufen.", "Angekl.") in _said(text)


def test_a_list_of_the_courts_members_is_no_hearing() -> None:
    text = (
        "Vor dem Schwurgericht begann gestern der Prozeß gegen den Kaufmann Lorenz, daß der Saal "
        "überfüllt war. Vors.: Landgerichtsdirektor Hahn. Staatsanw.: Assessor Roth. Vert.: "
        "Rechtsanwalt Dr. Kühn. Der Angeklagte bestreitet jede Schuld."
    )
    assert _said(text) == []


def test_a_word_ending_in_a_sides_name_is_no_label() -> None:
    text = (
        "Die Bilanz des Unwetters:\nFahrzeuge: Zwölf Autos wurden beschädigt.\n"
        "Flugzeuge: Am Flughafen fielen 40 Flüge aus.\nBäume: Hunderte stürzten um."
    )
    assert _said(text) == []


def test_a_verb_whose_clause_closes_in_ab_is_no_inverted_cue() -> None:
    text = "„Die Lange Nacht Der Musik!“ sagte der Veranstalter wegen des Sturms ab."
    assert _said(text) == []
    text = "„Hände Weg Vom Wald!“ riefen die Demonstranten vor dem Rathaus."
    assert _said(text) == [("Hände Weg Vom Wald!", "Demonstranten")]


def test_a_label_and_the_pronoun_after_its_colon_are_no_name() -> None:
    text = "Frage: Sie haben dem Kaufmann Meier gesagt: „Ich zünde Ihnen das Haus an.“"
    assert all(speaker != "Frage Sie" for _, speaker in _said(text))
    text = _LEAD + (
        "Präs.: Wie alt sind Sie? Angekl.: Zweiundzwanzig. Präs.: Sie sollen dem Kaufmann Meier "
        "gesagt haben: „Ich zünde Ihnen das Haus an.“ Angekl.: Das habe ich nie gesagt."
    )
    assert all(speaker != "Präs Sie" for _, speaker in _said(text))


def test_a_surname_after_a_rank_is_the_name_in_every_turn() -> None:
    text = (
        "Präsident v. Wedell eröffnet die Sitzung um 2 Uhr, daß alle Plätze besetzt sind. Abg. "
        "Richter: Meine Herren, die Vorlage ist verfehlt. (Sehr richtig! links.) Präsident: Ich "
        "bitte um Ruhe. Abg. Richter: Ich fahre fort. (Heiterkeit.)"
    )
    said = _said(text)
    assert ("Ich fahre fort.", "Richter") in said
    assert all(speaker != "Meine Herren" for _, speaker in said)


def test_a_question_after_a_label_is_no_holders_name() -> None:
    text = (
        "Vor dem Landgericht stand gestern der Tagelöhner Kramm, daß es voll war. Präsident: Sind "
        "Sie Kramm? Angekl.: Jawohl. Präsident: Sie sind angeklagt. Angekl.: Ich weiß. Nach der "
        "Pause ging es weiter. „Setzen Sie sich“, sagte der Präsident."
    )
    said = _said(text)
    assert all(speaker != "Sind Sie Kramm" for _, speaker in said)
    text = "Die Kanzlerin kam. Sprecherin: Laura Nett. „Wir kommen“, sagte die Sprecherin."
    assert _said(text) == [("Wir kommen", "Laura Nett")]
