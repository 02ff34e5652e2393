"""German: a quotation after a sentence closed by "…, sagte er." is that pronoun's person."""
# "Die Stichprobe sei zu klein, sagte er der Zeitung. „…“": the reporting clause with a pronoun
# subject reports the next quotation too, as one with a name does ("…, sagte Jan Roth. „…“").

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _last(text: str) -> tuple[str | None, str, str]:
    """The speaker, confidence and basis of the text's last quotation."""
    quote = find_quotes(text, "de", "")[-1]
    return quote.speaker, quote.confidence, quote.basis


def test_a_pronoun_reporting_clause_carries_to_the_quotation() -> None:
    text = (
        "Paul Weber war nicht beteiligt. Die Zahlen seien zu dünn, sagte er der Zeitung. "
        "„Ein Dorf ist keine Großstadt.“"
    )
    assert _last(text) == ("Paul Weber", "low", "narration")


def test_so_with_a_pronoun_carries_too() -> None:
    text = "Anna Lindner kam spät. Der Plan sei gescheitert, so sie. „Wir fangen neu an.“"
    assert _last(text)[0] == "Anna Lindner"


def test_two_people_the_pronoun_may_stand_for_leave_it_open() -> None:
    text = (
        "Paul Weber und Jan Roth stritten. Die Zahlen seien zu dünn, sagte er. "
        "„Ein Dorf ist keine Großstadt.“"
    )
    assert _last(text)[0] is None


def test_a_clause_that_goes_on_after_the_cue_is_no_closing_report() -> None:
    text = (
        "Paul Weber war nicht beteiligt. Die Zahlen seien zu dünn, sagte er, als man ihn "
        "fragte. „Ein Dorf ist keine Großstadt.“"
    )
    assert _last(text)[0] is None


def test_a_sentence_with_no_reporting_clause_names_nobody() -> None:
    text = "Paul Weber war nicht beteiligt. Die Zahlen sind dünn. „Ein Dorf ist keine Großstadt.“"
    assert _last(text)[0] is None
