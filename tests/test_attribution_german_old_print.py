"""Older German print: its marks, its papers' and works' names, its particles and pronouns."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _one(text: str, starts: str) -> Quote:
    """The one quotation of `text` that opens with `starts`."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith(starts)]
    return quote


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Graf Ortenau erhob sich. „Wir stimmen nicht zu,“ erklärte derselbe unter Beifall.",
            "Graf Ortenau",
        ),
        ("Die Gräfin Lindau trat vor. „Ich danke allen,“ sagte dieselbe leise.", "Gräfin Lindau"),
        ("Fürst Halm trat ein. Derselbe sprach: „Wir bleiben hier.“", "Fürst Halm"),
        # the latter of two (desrc30; it named nobody before)
        ("Graf Ortenau und Fürst Halm traten ein. „Wir gehen,“ sagte letzterer.", "Fürst Halm"),
    ],
)
def test_a_demonstrative_takes_up_the_person_just_named(text: str, name: str) -> None:
    assert _one(text, "Wi" if "Wi" in text else "Ich").speaker == name


@pytest.mark.parametrize(
    "text",
    [
        "„Wir stimmen nicht zu,“ erklärte derselbe unter lebhaftem Beifall.",
        "„Wir stimmen nicht zu,“ bemerkte letzterer unter großer Heiterkeit.",
    ],
)
def test_a_demonstrative_never_names_the_noun_after_it(text: str) -> None:
    assert _one(text, "Wir").speaker is None  # not "Beifall", not "Heiterkeit"


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister sagte: “Wir geben nicht nach.“ Dann ging er fort.",
        "Der Minister sagte: „Wir geben nicht nach.„ Dann ging er fort.",
        "Der Minister sagte: „Wir geben nicht nach.‟ Dann ging er fort.",
    ],
)
def test_old_print_closes_with_a_mark_like_the_opening_one(text: str) -> None:
    quote = _one(text, "Wir")
    assert quote.text == "Wir geben nicht nach."
    assert quote.speaker == "Minister"


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister sagte: ‚Wir geben nicht nach.' Dann ging er fort.",
        "‚Wir geben nicht nach,' sagte der Minister, daß es still wurde.",
    ],
)
def test_a_single_low_mark_closes_with_a_straight_one(text: str) -> None:
    quote = _one(text, "Wir")
    assert quote.text.rstrip(".,") == "Wir geben nicht nach"
    assert quote.speaker == "Minister"


def test_an_apostrophe_inside_single_low_marks_closes_nothing() -> None:
    text = "Der Minister sagte: ‚Wir geben's nicht auf, Herr Roth's Freunde.' Dann ging er."
    assert _one(text, "Wir").text == "Wir geben's nicht auf, Herr Roth's Freunde."


def test_a_like_mark_before_a_word_opens_a_nested_quotation() -> None:
    quote = _one("Er sagte: “Wir geben “niemals“ nach.“ Dann ging er fort.", "Wir")
    assert quote.text == "Wir geben “niemals“ nach."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kürzlich brachte die „N. fr. Pr.“ einen Bericht, daß man staunte.", "N. fr. Pr."),
        ("Wie die „Nat.-Ztg.“ erfährt, ist der Minister erkrankt.", "Nat.-Ztg."),
        ("Wie Roth in seinem Buche, „Die Kunst des Krieges“ bemerkt, ist es so.", "Die Kunst"),
        ("Wie Roth in seiner Zeitschrift, „Der Wächter“, mitteilt, ist es so.", "Der Wächter"),
    ],
)
def test_a_papers_short_name_or_a_works_name_is_a_title(text: str, name: str) -> None:
    assert _one(text, name).kind == "title"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("„Gut. sehr gut.“ sagte der Minister, daß es still wurde.", "Gut."),
        ("Roth sagte, „Die Welt ist schlecht“ und ging fort, daß es still wurde.", "Die Welt"),
        ("Roth schreibt in seinem Buche, „Die Welt ist schlecht.“ Daß es so sei.", "Die Welt"),
    ],
)
def test_speech_after_a_comma_or_with_periods_stays_speech(text: str, words: str) -> None:
    quote = _one(text, words)
    assert quote.kind != "title"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„Wir weichen nicht,“ rief Graf v. Ortenau.", "Graf v. Ortenau"),
        ("„Wir weichen nicht,“ bemerkte der Abg. v. Halm unter Beifall.", "Abg. v. Halm"),
        ("Der Abg. v. Halm rief: „Wir weichen nicht.“", "Abg. v. Halm"),
    ],
)
def test_the_abbreviated_particle_joins_rank_and_surname(text: str, name: str) -> None:
    assert _one(text, "Wir").speaker == name  # not "Graf", not "Abg"


@pytest.mark.parametrize(
    "text",
    [
        "„Die Regierung weicht nicht,“ ließ sich Graf Ortenau vernehmen.",
        "„Die Regierung weicht nicht,“ ließ sich der Minister vernehmen, daß es alle hörten.",
    ],
)
def test_letting_oneself_be_heard_reports_the_words_before(text: str) -> None:
    assert _one(text, "Die").kind == "speech"


def test_a_name_with_its_comma_before_another_reflexive_verb_stays_a_title() -> None:
    text = "An die Skizze „Unter der Linde,“ schloß sich ein Gedicht an, daß man staunte."
    assert _one(text, "Unter").kind == "title"


_SITTING = (
    "Die Sitzung war stürmisch. Abg. Dr. Halm (Liberal): „Die Regierung weicht nicht.“ "
    "Abg. Ortenau: „Das ist eine Schande!“ Präsident: „Ich bitte um Ruhe.“"
)


def test_turns_run_on_in_one_paragraph_name_each_speaker() -> None:
    found = [(q.text, q.speaker) for q in find_quotes(_SITTING, "de")]
    assert found == [
        ("Die Regierung weicht nicht.", "Halm"),
        ("Das ist eine Schande!", "Ortenau"),
        ("Ich bitte um Ruhe.", "Präsident"),  # the chair, not the speaker before
    ]


def test_one_label_in_running_text_is_no_report_of_turns() -> None:
    text = "Die Sitzung war stürmisch. Abg. Dr. Halm: „Die Regierung weicht nicht.“ Man ging."
    assert _one(text, "Die Regierung").speaker is None
