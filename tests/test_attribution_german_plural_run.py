"""German: capitalised words before a plural verb are a plural noun, never a person's name."""
# "Große Städte hätten sie „nie interessiert“" opens with an adjective and a plural noun: kept
# as written (low), it is no person a later "sie" stands for, and no "sagte sie" goes on from it.

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def test_a_plural_noun_is_not_the_person_a_later_pronoun_stands_for() -> None:
    text = (
        "„Ich male jeden Tag“, sagte die Malerin Eva Lindner. Große Städte hätten sie „nie "
        "gereizt“. „Ich brauche Stille“, sagte sie."
    )
    quotes = find_quotes(text, "de", "")
    assert quotes[1].confidence == "low"
    assert quotes[-1].speaker == "Eva Lindner"


def test_one_who_speaks_after_several_is_not_them() -> None:
    text = "Eva Lindner malt. Große Städte hätten sie „nie gereizt“. „Nein“, sagte sie."
    assert find_quotes(text, "de", "")[-1].speaker != "Große Städte"


def test_a_group_before_a_plural_verb_stays_as_written() -> None:
    quote = find_quotes("Chinesische Politiker nannten den Plan „gefährlich“.", "de", "")[0]
    assert (quote.speaker, quote.confidence) == ("Chinesische Politiker", "low")


def test_a_name_before_a_singular_verb_is_a_person() -> None:
    quote = find_quotes("Paul Weber nannte den Plan „gefährlich“.", "de", "")[0]
    assert (quote.speaker, quote.confidence) == ("Paul Weber", "high")
