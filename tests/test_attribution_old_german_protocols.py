"""Older German records of a sitting or a hearing: turn labels and where unmarked speech ends."""
# Round dehist24: sentences written for these tests, in the shapes of 1840-1919 print.

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_SITTING = (
    "Abgeordneter Roth: Meine Herren, die Vorlage genügt nicht.\n\n"
    "{label}: Die Vorlage ist in Vorbereitung. (Ah! links.)\n\n"
    "Abgeordneter Lind: Ich verzichte."
)


def _said(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's words and speaker."""
    return [(q.text, q.speaker) for q in find_quotes(text, "de")]


# A compound whose head is a rank ("Finanzminister") labels a turn as the rank does.
def test_a_compound_rank_labels_a_turn() -> None:
    found = _said(_SITTING.format(label="Finanzminister Dr. Miquel"))
    assert ("Die Vorlage ist in Vorbereitung.", "Miquel") in found


# A rank may take its office in the genitive before the name: the turn is the name's; a lone
# surname after the office is not yet read as a name (the roster takes "Innern Herrfurth"), so
# it stays unnamed rather than wrong.
def test_a_rank_with_its_office_in_the_genitive_labels_a_turn() -> None:
    found = _said(_SITTING.format(label="Minister der öffentlichen Arbeiten Dr. Thielen"))
    assert ("Die Vorlage ist in Vorbereitung.", "Thielen") in found
    found = _said(_SITTING.format(label="Minister des Innern Herrfurth"))
    assert ("Die Vorlage ist in Vorbereitung.", None) in found


# Negatives: an office with no name after it, a compound that ends in no rank, a lone label.
def test_an_office_without_a_name_or_a_compound_of_no_rank_labels_nothing() -> None:
    for label in ("Minister des Innern", "Ministerialgebäude Nord", "Gartenhaus Roth"):
        found = _said(_SITTING.format(label=label))
        assert not any(text.startswith("Die Vorlage") for text, _ in found), label
    assert _said("Kriegsminister Roon: Ein Lebensbild folgt morgen.") == []


# A dash between sentences sets the next one apart: a witness's unmarked words end before
# "-- Vors.: …", which the witness never said.
def test_unmarked_speech_ends_at_a_dash_before_a_capital() -> None:
    text = (
        "Der Zeuge Maier sagte aus: Ich sah ihn um Mitternacht kommen; er hatte ein Messer. "
        "-- Vors.: Wissen Sie das gewiß? -- Zeuge: Ganz gewiß."
    )
    found = _said(text)
    assert found[0] == ("Ich sah ihn um Mitternacht kommen; er hatte ein Messer.", "Zeuge Maier")
    assert not any(speaker and text.startswith("-- Vors") for text, speaker in found)
    assert all(speaker is None for text, speaker in found if "gewiß" in text)


# Negative: a dash inside a sentence before a lower-case word is a pause, the speech goes on.
def test_a_dash_before_a_lower_case_word_ends_no_speech() -> None:
    text = "Der Zeuge Maier sagte aus: Ich sah ihn kommen -- und er lief. Dann ging er heim."
    assert _said(text)[0] == ("Ich sah ihn kommen -- und er lief.", "Zeuge Maier")


# Bad input: many labels and dashes in a row stay linear (bounded lookahead per label).
def test_many_labels_and_dashes_stay_fast() -> None:
    text = "Abgeordneter Roth: Ja. -- Vors.: Nein. " * 2000 + "\n\nMinister des Innern X: Gut."
    assert find_quotes(text, "de") is not None


_HEARING = (
    "Vor dem Schöffengerichte stand heute der Knecht Jan Roth, daß er gestohlen habe.\n\n"
    "Vors.: Sie haben die Anklage gehört. Bekennen Sie sich schuldig?\n\n"
    "Angekl.: Nein, Herr Präsident.\n\n"
    "Vors.: Und der Fingerhut?\n\n"
    "Angekl.: Den habe ich gefunden."
)


# A hearing in older print: the asking side's turns are the presiding judge's speech too, each
# turn one quotation (dehist27: its sentences on one line are one speech).
def test_the_asking_turns_of_an_older_hearing_are_speech() -> None:
    found = _said(_HEARING)
    assert ("Sie haben die Anklage gehört. Bekennen Sie sich schuldig?", "Vors.") in found
    assert ("Und der Fingerhut?", "Vors.") in found
    assert ("Den habe ich gefunden.", "Angekl.") in found


# Negative: today's interview keeps its questions out (no older spelling: "dass", not "daß").
def test_the_questions_of_todays_interview_stay_out() -> None:
    text = _HEARING.replace("daß", "dass").replace("Vors.", "ZEIT").replace("Angekl.", "Roth")
    found = _said(text)
    assert not any(text.startswith(("Bekennen", "Und der")) for text, _ in found)


# A relative clause on a noun for spoken words, ending at a colon, frames the words after it
# (the speaker is not read from the clause yet: nobody rather than a guess).
def test_a_relative_clause_on_words_frames_unmarked_speech() -> None:
    for frame in (
        "Man erinnert sich der Antwort, welche der Kanzler damals gab",
        "Der Minister wiederholte die Worte, die der Kaiser gesprochen hatte",
        "Daher die Erklärung, die Graf Roth in der Kommission abgegeben hat",
    ):
        found = _said(f"{frame}: Wir gehen nicht nach Rom. Daß es so ist, weiß man.")
        assert found == [("Wir gehen nicht nach Rom.", None)], frame


# Negatives: a reflexive, impersonal or passive clause (no one's words), a noun for no words, a
# comma inside the clause.
def test_a_relative_clause_of_nobody_or_on_other_nouns_frames_nothing() -> None:
    for frame in (
        "Man erinnert sich der Frage, die sich jeder stellen muß",
        "Wir kennen die Antwort, die man darauf gab",
        "Wir kennen die Lage, die der Kanzler damals vorfand",
        "Man erinnert sich der Antwort, welche, wie man weiß, der Kanzler gab",
    ):
        found = _said(f"{frame}: Wir gehen nicht nach Rom. Daß es so ist, weiß man.")
        assert found == [], frame
