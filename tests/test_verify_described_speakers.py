"""A speaker described by someone's name ("the Porter campaign", "Porter’s office", "a Porter
supporter") is not that person: a credit swapped between them fails, as between two people."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.attribution.find import find_quotes
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.summary import Verification
from summarizer.verification.check import verify
from tests.credited import credited, speaker_kinds

SENATOR = "We will win this state in January,"
CAMPAIGN = "The senator has no plans to leave the race,"
OFFICE = "The schedule is not final,"
SUPPORTER = "I drove four hours to be here,"
RALLY = (
    "Senator Jane Porter opened her campaign office in Des Moines on Saturday.\n\n"
    f"“{SENATOR}” said Jane Porter at the opening.\n\n"
    f"“{CAMPAIGN}” the Porter campaign said in a statement.\n\n"
    f"“{OFFICE}” Porter’s office said on Sunday.\n\n"
    f"“{SUPPORTER}” one Porter supporter told reporters."
)


def rally() -> Article:
    """The article, cleaned."""
    return Article.from_text(RALLY, title="Porter opens Iowa office", lang="en", origin="test")


def credit(quote: str, name: str) -> Verification:
    """The verification of one point crediting `quote` to `name` in the rally article."""
    return credited(rally(), quote, name)


def test_the_attribution_names_each_speaker() -> None:
    art = rally()
    found = {q.text.strip(","): (q.speaker, q.confidence) for q in find_quotes(art.text, "en")}
    assert found[SENATOR.strip(",")] == ("Jane Porter", "high")
    assert found[CAMPAIGN.strip(",")] == ("Porter campaign", "high")
    assert found[OFFICE.strip(",")] == ("Porter’s office", "high")
    assert found[SUPPORTER.strip(",")] == ("one Porter supporter", "low")


def test_the_person_is_not_her_campaign_nor_her_office() -> None:
    assert speaker_kinds(credit(CAMPAIGN, "Jane Porter")) == ["wrong_speaker"]
    assert speaker_kinds(credit(OFFICE, "Porter")) == ["wrong_speaker"]
    assert speaker_kinds(credit(SENATOR, "Porter campaign")) == ["wrong_speaker"]
    assert speaker_kinds(credit(SENATOR, "Porter’s office")) == ["wrong_speaker"]


def test_a_guessed_supporter_is_unconfirmed_as_the_person() -> None:
    found = credit(SUPPORTER, "Jane Porter")
    assert found.ok and speaker_kinds(found) == ["speaker_unconfirmed"]


def test_each_speaker_in_its_own_forms_still_passes() -> None:
    for quote, name in [
        (SENATOR, "Jane Porter"),
        (SENATOR, "Porter"),
        (CAMPAIGN, "Porter campaign"),
        (CAMPAIGN, "the Porter campaign"),
        (OFFICE, "Porter’s office"),
        (SUPPORTER, "one Porter supporter"),
    ]:
        found = credit(quote, name)
        assert found.ok and not speaker_kinds(found), (name, found.failures)


def test_the_extract_engine_shows_the_person_and_the_campaign_apart() -> None:
    summary = ExtractEngine().build(rally(), Request(lang="en", length="long"))
    named = {p.speaker for p in summary.points if p.speaker}
    assert {"Jane Porter", "Porter campaign", "Porter’s office"} <= named
    checked = verify(summary, rally()).verification
    assert checked is not None and checked.ok, checked
