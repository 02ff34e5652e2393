"""German: the subject of a passive "zitiert" before a quotation is the one cited."""
# "Paul Weber wurde mit den Worten zitiert: „…“": his words; an active "Ein Sender zitierte Paul
# Weber mit den Worten:" is left unnamed (the corpora credit the sender as often as the cited).

from __future__ import annotations

import time

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    """The speaker of the text's last quotation."""
    return find_quotes(text, "de", "")[-1].speaker


def test_the_subject_of_a_passive_cited_speaks() -> None:
    assert _speaker("Paul Weber wurde mit den Worten zitiert: „Ich bleibe.“") == "Paul Weber"


def test_the_subject_after_the_auxiliary_speaks() -> None:
    text = "In der Zeitung wird die Trainerin Eva Lindner wie folgt zitiert: „Ich bleibe.“"
    assert _speaker(text) == "Eva Lindner"


def test_a_role_cited_is_kept_as_written() -> None:
    quote = find_quotes("Die Sprecherin wurde am Abend zitiert: „Wir prüfen das.“", "de", "")[0]
    assert (quote.speaker, quote.confidence) == ("Sprecherin", "low")


def test_a_sentence_cited_is_nobodys() -> None:
    assert _speaker("Der Satz wurde oft zitiert: „Wir prüfen das.“") is None


def test_an_active_citing_names_nobody() -> None:
    assert _speaker("Ein Sender zitierte Paul Weber mit den Worten: „Ich bleibe.“") is None


def test_words_after_the_participle_are_another_clause() -> None:
    text = "Paul Weber wurde zitiert, als die Zeitung über Eva Lindner schrieb: „Ich bleibe.“"
    assert _speaker(text) != "Paul Weber"


def test_many_words_of_manner_stay_linear() -> None:
    text = "Paul Weber wurde " + "mit den Worten " * 5000 + "zitiert: „Ich bleibe.“"
    began = time.perf_counter()
    find_quotes(text, "de", "")
    assert time.perf_counter() - began < 10
