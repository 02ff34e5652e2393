"""Older German print (dehist28): a quotation inside a relative clause between the subject and
its verb of saying leaves the subject to the next cue; a book notice with an adverb before its
colon and a lecture's topic are titles."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

_LEAD = "Die Versammlung war zahlreich besucht, daß der Saal kaum alle faßte. "


def _said(text: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of the quotations of `text` that are speech or writing, not titles."""
    return [(q.text, q.speaker) for q in find_quotes(text, "de") if q.kind != "title"]


def _titles(text: str) -> list[Quote]:
    return [q for q in find_quotes(text, "de") if q.kind == "title"]


def test_a_quotation_in_the_relative_clause_leaves_the_subject_to_the_main_verb() -> None:
    text = _LEAD + (
        "Abg. Kessler, der schon gestern seinen Zettel mit den Worten: „Nein!“ beschrieben "
        "hatte, rief heute laut in den Saal: „Das ist unerhört!“"
    )
    assert _said(text)[-1] == ("Das ist unerhört!", "Kessler")
    text = _LEAD + (
        "Der Pfarrer Lindholm , der, wie man hört, am Sonntag „Friede sei mit euch!“ gepredigt "
        "hatte, sprach am Montag bei dem Vorschlage Dr. Ahrens’ zornig: „Hinaus mit ihm!“"
    )
    assert _said(text)[-1] == ("Hinaus mit ihm!", "Lindholm")


def test_no_relative_clause_before_the_quotation_keeps_the_window() -> None:
    text = _LEAD + "„Nein!“ rief der Knecht, und der Bauer sagte: „Doch.“"
    assert _said(text)[-1] == ("Doch.", "Bauer")
    text = _LEAD + (
        "Der Knecht, der „Feuer!“ gerufen hatte, lief davon. Der Bauer aber rief: „Wasser!“"
    )
    assert _said(text)[-1] == ("Wasser!", "Bauer")


def test_the_relative_clause_is_read_in_linear_time() -> None:
    shape = "Abg. Kessler, der gestern „Nein!“ geschrieben hatte, rief laut: „Das ist unerhört!“ "
    assert_linear(lambda n: find_quotes(_LEAD + shape * n, "de"), 50)


def test_a_book_notice_with_an_adverb_before_its_colon_names_a_title() -> None:
    text = _LEAD + "Im Verlage von Otto Janke erschien soeben: „Die Geheimnisse von Berlin.“"
    assert [q.text for q in _titles(text)] == ["Die Geheimnisse von Berlin."]
    text = _LEAD + "Der Vortrag behandelte das Thema: „Die Armenpflege in den Städten.“"
    assert [q.text for q in _titles(text)] == ["Die Armenpflege in den Städten."]
    text = _LEAD + "Tagesordnung: „Die Schulfrage in Preußen.“ Referent: Herr Lehrer Kahl."
    assert [q.text for q in _titles(text)] == ["Die Schulfrage in Preußen."]


def test_an_outcry_after_a_book_notice_and_speech_after_a_topic_stay_speech() -> None:
    text = _LEAD + "Der Verleger Kahl erschien soeben: „Wir haben es geschafft!“"
    assert _said(text) == [("Wir haben es geschafft!", "Verleger Kahl")]
    text = _LEAD + "Der Redner kam auf das Thema zurück und sagte: „Die Armen leiden Noth.“"
    assert _said(text) == [("Die Armen leiden Noth.", "Redner")]


def test_the_subject_opening_the_sentence_before_a_cueless_quotation_speaks_it() -> None:
    text = _LEAD + (
        "Der Kanzler bemerkte darauf, er habe keine Veranlassung, das zu ändern. "
        "„Die Herren mögen sich gedulden.“"
    )
    assert _said(text) == [("Die Herren mögen sich gedulden.", "Kanzler")]
    text = _LEAD + "Der Abg. Wiemer widersprach lebhaft. „Die Vorlage ist verfehlt.“"
    assert _said(text) == [("Die Vorlage ist verfehlt.", "Wiemer")]
    text = _LEAD + "Die Regierung erklärte ihr Bedauern. „Wir bedauern den Vorfall.“"
    assert _said(text) == [("Wir bedauern den Vorfall.", "Regierung")]


def test_no_subject_from_a_konjunktiv_or_hearsay() -> None:
    text = _LEAD + "Der Kanzler sei krank, hieß es. „Er kommt heute nicht.“"
    assert _said(text) == [("Er kommt heute nicht.", None)]
    text = _LEAD + "Laut dem Kanzler ist die Lage ernst. „Wir müssen sparen.“"
    assert _said(text) == [("Wir müssen sparen.", None)]


_COURT = "Vor der Strafkammer stand gestern der Knecht Pahl, daß der Saal voll war. "


def test_a_hearings_labels_may_take_an_article_or_a_name() -> None:
    text = _COURT + (
        "Der Vorsitzende: Sind Sie geständig? Der Angeklagte: Nein. Der Vorsitzende: Die Zeugen "
        "sahen Sie doch. Der Angeklagte: Die Zeugen irren sich."
    )
    assert _said(text) == [
        ("Sind Sie geständig?", "Vorsitzende"),
        ("Nein.", "Angeklagte"),
        ("Die Zeugen sahen Sie doch.", "Vorsitzende"),
        ("Die Zeugen irren sich.", "Angeklagte"),
    ]
    text = _COURT + (
        "Präs.: Sind Sie geständig? Angekl. Pahl: Nein. Präs.: Die Zeugen sahen Sie doch. "
        "Angekl. Pahl: Die Zeugen irren sich."
    )
    assert [speaker for _, speaker in _said(text)] == ["Präs.", "Pahl", "Präs.", "Pahl"]


def test_a_list_of_the_court_with_articles_is_no_hearing() -> None:
    text = _COURT + "Der Vorsitzende: Landgerichtsrath Hahn. Der Vertheidiger: Rechtsanwalt Ems."
    assert _said(text) == []


_EVENING = "Es war ein kalter Winterabend, daß die Fenster froren. "


def test_an_incise_that_ends_the_sentence_after_words_in_the_first_person() -> None:
    text = _EVENING + "Ich weiß es nicht, versetzte Frau Rathgeber kurz. Dann ging sie hinaus."
    assert _said(text) == [("Ich weiß es nicht", "Rathgeber")]
    text = _EVENING + "Wir bleiben hier, sagte der Knecht."
    assert _said(text) == [("Wir bleiben hier", "Knecht")]


def test_narration_or_a_konjunktiv_before_a_final_incise_is_no_speech() -> None:
    assert _said(_EVENING + "Der Knecht blieb im Stalle, sagte der Bauer.") == []
    assert _said(_EVENING + "Wir seien verloren, meinte der Knecht.") == []


def test_the_words_before_a_dashed_incise_are_no_title_and_name_nobody() -> None:
    text = _EVENING + "Der Müller trat ein. — Guten Abend, sagte er, ist der Herr Pfarrer da?"
    quotes = find_quotes(text, "de")
    assert [q.kind for q in quotes] == ["speech", "speech"]
    assert all(q.speaker != "Guten Abend" for q in quotes)


def test_a_final_incise_is_read_in_linear_time() -> None:
    shape = "Ich weiß es nicht, versetzte Frau Rathgeber kurz. "
    assert_linear(lambda n: find_quotes(_EVENING + shape * n, "de"), 100)


def test_a_watchword_or_a_proverb_is_nobodys_speaker() -> None:
    text = _LEAD + "Das Losungswort lautete: „Für Kaiser und Reich!“"
    assert _said(text) == [("Für Kaiser und Reich!", None)]
    text = _LEAD + "Das Sprichwort sagt: „Ehrlich währt am längsten.“"
    assert all(speaker is None for _, speaker in _said(text))


def test_a_second_rank_and_a_particle_lead_to_the_surname() -> None:
    text = _LEAD + "Der Abg. Frhr. v. Wendeck bemerkte: „Das ist eine Uebertreibung.“"
    assert _said(text) == [("Das ist eine Uebertreibung.", "Frhr. v. Wendeck")]
    text = _LEAD + "Der Abg. Graf v. Ortenau bemerkte: „Das ist eine Uebertreibung.“"
    assert _said(text) == [("Das ist eine Uebertreibung.", "Graf v. Ortenau")]
    text = _LEAD + "Der Abg. Dr. Lindemann bemerkte: „Das ist eine Uebertreibung.“"
    assert _said(text) == [("Das ist eine Uebertreibung.", "Lindemann")]


def test_a_party_in_parentheses_between_the_name_and_its_verb() -> None:
    text = _LEAD + "Abg. Lindemann (nat.-lib.) führte aus: „Die Regierung bleibt fest.“"
    assert _said(text) == [("Die Regierung bleibt fest.", "Lindemann")]
    text = _LEAD + "Herr Wendeck (Centr.) bemerkte: „Wir stimmen dagegen.“"
    assert _said(text) == [("Wir stimmen dagegen.", "Wendeck")]
