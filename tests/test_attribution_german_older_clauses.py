"""German print before 1996: a cue's own clause, and marked terms that nobody says."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_OLD = " Man wußte, daß es so kam."  # an older spelling: the text is older print


def _quotes(text: str) -> list[Quote]:
    """The quotations of `text` that are speech (titles left out)."""
    return [q for q in find_quotes(text, "de") if q.kind != "title"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Vogt meinte, daß die Weber kamen und riefen: „Gebt uns Brot!“" + _OLD, "Weber"),
        ("Der Rath erzählte, weil die Bürger zürnten und riefen: „Fort mit ihm!“" + _OLD, "Bürger"),
        ("Der Vogt meinte, daß die Knechte riefen: „Wir gehen nicht!“" + _OLD, "Knechte"),
    ],
)
def test_a_cue_closing_a_dass_clause_has_the_clauses_subject(text: str, name: str) -> None:
    [quote] = _quotes(text)
    assert quote.speaker == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a comma inside the clause: the cue is no part of it
        ("Der Vogt meinte, daß es so sei, und rief: „Gebt uns Brot!“" + _OLD, "Vogt"),
        # today's spelling: no older print, the rule is not asked
        ("Der Vogt meinte, dass die Weber kamen und riefen: „Gebt uns Brot!“", "Vogt"),
    ],
)
def test_a_cue_past_a_dass_clause_keeps_the_main_subject(text: str, name: str) -> None:
    [quote] = _quotes(text)
    assert quote.speaker == name


def test_a_clause_with_its_own_verb_before_und_leaves_the_cue_its_own_subject() -> None:
    text = "Die Schiffer zogen an das Ufer, und die Mägde riefen: „Das Boot ist da!“" + _OLD
    [quote] = _quotes(text)
    assert quote.speaker == "Mägde"


def test_a_joint_subject_before_a_plural_cue_stays_joint() -> None:
    text = "Jan Vogt, der Schiffer, und die Mägde riefen: „Das Boot ist da!“" + _OLD
    [quote] = _quotes(text)
    assert quote.speaker != "Mägde"


@pytest.mark.parametrize(
    "text",
    [
        "Wenn sie so das „fiat justitia, pereat mundus“ gelten ließen, wäre es schlimm." + _OLD,
        "Er hat so die „ultima ratio“ der Politik erreicht, und es ging schief." + _OLD,
    ],
)
def test_an_article_after_so_before_a_marked_term_is_no_source(text: str) -> None:
    assert _quotes(text) == []


def test_so_before_an_article_and_a_noun_still_frames_the_words() -> None:
    text = "Es gehe nicht, so der Redner, um „leere Worte und schöne Phrasen“." + _OLD
    [quote] = _quotes(text)
    assert quote.text.startswith("leere")


@pytest.mark.parametrize(
    "text",
    [
        "Gestern tagte der Verein „K. k. priv. Schützenbund der Stadt sowie für Turnen im Bezirke"
        " Baden“ im großen Saale.",
        "Die Gäste gingen in die Sitzung des Vereines „K. k. österr. Hülfsverein und Armenfonds im"
        " Bezirke Linz“ und blieben dort." + _OLD,
    ],
)
def test_an_association_name_with_abbreviations_is_a_name(text: str) -> None:
    assert _quotes(text) == []


def test_capitalised_short_sentences_are_no_abbreviations() -> None:
    text = "Gestern tagte der Rath „Ja. So. Da ist die Sache mit dem Hause Baden“ im Saale." + _OLD
    assert len(_quotes(text)) == 1


def test_works_listed_before_a_late_publishing_verb_are_titles() -> None:
    text = (
        "Der Dichter hat das Buch zuerst als „Schildbürger“ und dann im „Hausfreund“ als „Lustige"
        " Geschichten“ herausgegeben." + _OLD
    )
    assert _quotes(text) == []


def test_a_label_before_a_late_reporting_verb_stays_speech() -> None:
    text = "Er sprach von dem Plan als „Unsinn“ und sagte es dann allen, die es hörten." + _OLD
    assert len(_quotes(text)) == 1


def test_older_print_allows_more_adverbials_inside_a_verb_bracket() -> None:
    text = "Graf Ortenau habe dabei damals in seiner bekannten Weise erklärt: „Das geht nicht.“"
    [quote] = _quotes(text + _OLD)
    assert quote.speaker == "Graf Ortenau"


def test_today_keeps_the_short_verb_bracket() -> None:
    text = "Graf Ortenau habe dabei damals in seiner bekannten Weise erklärt: „Das geht nicht.“"
    [quote] = _quotes(text)
    assert quote.speaker is None


def test_what_man_calls_a_thing_in_older_print_is_its_name() -> None:
    text = "Man nennt diesen Winkel der Stadt „Klein-Venedig“, und das mit Recht." + _OLD
    assert _quotes(text) == []


def test_what_a_person_calls_a_thing_in_older_print_stays_their_words() -> None:
    text = "Der Reisende nannte diesen Winkel der Stadt „Klein-Venedig“, und das mit Recht." + _OLD
    [quote] = _quotes(text)
    assert quote.speaker == "Reisende"


def test_a_contrastive_particle_after_the_subject_keeps_the_joined_cue_its_subject() -> None:
    text = "Der Schmied aber trat an das Fenster und rief: „Wer ist da?“" + _OLD
    [quote] = _quotes(text)
    assert quote.speaker == "Schmied"


def test_a_joined_cue_with_its_own_subject_is_not_the_first_subjects() -> None:
    text = "Der Schmied aber trat an das Fenster und die Magd rief: „Wer ist da?“" + _OLD
    [quote] = _quotes(text)
    assert quote.speaker != "Schmied"


def test_a_verb_last_in_a_dass_clause_joined_to_a_cue_shares_its_subject() -> None:
    text = "Der Vogt erzählte, daß die Weber vor das Schloß zogen und schrieen: „Brot!“" + _OLD
    [quote] = _quotes(text)
    assert quote.speaker == "Weber"


def test_names_joined_by_und_before_a_cue_are_no_verb_clause() -> None:
    text = "Die Räthe von Ulm und Biberach erklärten: „Wir stimmen zu.“" + _OLD
    [quote] = _quotes(text)
    assert quote.speaker == "Räthe von Ulm und Biberach"


def test_an_address_before_a_title_is_a_role() -> None:
    text = "Der Herr Kriegsminister bemerkte darauf: „Die Vorlage wird geprüft.“" + _OLD
    [quote] = _quotes(text)
    assert quote.speaker is not None and "Kriegsminister" in quote.speaker


def test_an_address_before_a_name_still_names_the_person() -> None:
    text = "Im Saale war es still. Herr Ortenau bemerkte darauf: „Die Vorlage wird geprüft.“" + _OLD
    [quote] = _quotes(text)
    assert quote.speaker == "Ortenau"
