"""A German surname that is also a title ("Richter") names the person after a first name."""
# Round dehist24: sentences written for these tests.

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's words and speaker."""
    return [(q.text, q.speaker) for q in find_quotes(text, "de")]


# "Eugen Richter" was no name (a first name and the title "Richter"): the quotation had nobody.
def test_a_title_word_after_a_first_name_is_the_surname() -> None:
    text = "Der Abgeordnete Eugen Richter sagte in der Versammlung: „Wir zahlen nicht.“ Er ging."
    assert _said(text) == [("Wir zahlen nicht.", "Eugen Richter")]
    later = text + " Später sagte Richter: „Nein.“"
    assert _said(later)[-1] == ("Nein.", "Eugen Richter")


# Negatives: the title before a name stays a title, and alone it names no one.
def test_the_title_before_a_name_or_alone_stays_a_title() -> None:
    assert _said("Der Richter Hans Roth sagte: „Wir zahlen nicht.“")[0][1] == "Hans Roth"
    assert _said("Der Richter sagte: „Wir zahlen nicht.“")[0][1] in (None, "Richter")
    assert _said("Der Richter Roth sagte: „Wir zahlen nicht.“")[0][1] in (None, "Roth")
