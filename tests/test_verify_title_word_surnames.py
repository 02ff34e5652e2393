"""A surname that is also a title word ("Angus King", "Mark Judge") is the person's name: "King"
credits Angus King, and "Angus Jones" is someone else, not a name Angus King's words hold."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.attribution.find import find_quotes
from summarizer.summary import Verification
from tests.credited import credited, speaker_kinds

KING = "We cannot keep passing bills that nobody has read,"
JONES = "The vote will be close,"
PETER = "Nobody in my district wants this bill,"
TALKS = (
    f"“{KING}” said Senator Angus King of Maine on Tuesday.\n\n"
    f"“{JONES}” said Senator Angus Jones of Ohio after the debate.\n\n"
    "Observers expect the vote before the recess."
)
TWO_KINGS = TALKS.replace("Observers", f"“{PETER}” said Representative Peter King. Observers")
CROWN = (
    f"“{KING}” said King Charles in a speech on Tuesday.\n\n"
    f"“{JONES}” said Senator Angus Jones of Ohio after the debate."
)


def credit(body: str, quote: str, name: str) -> Verification:
    """The verification of one point crediting `quote` to `name` in the article `body`."""
    art = Article.from_text(body, title="Senate budget talks stall", lang="en", origin="test")
    return credited(art, quote, name)


def test_the_articles_attribution_is_confident() -> None:
    art = Article.from_text(TWO_KINGS, title="t", lang="en", origin="test")
    credited = {q.text.strip(", "): (q.speaker, q.confidence) for q in find_quotes(art.text, "en")}
    assert credited[KING.strip(",")] == ("Angus King", "high")
    assert credited[JONES.strip(",")] == ("Angus Jones", "high")
    assert credited[PETER.strip(",")] == ("Peter King", "high")


def test_the_surname_alone_credits_the_person() -> None:
    for name in ("King", "Senator King", "Angus King"):
        found = credit(TALKS, KING, name)
        assert found.ok and not speaker_kinds(found), (name, found.failures)


def test_a_namesake_by_given_name_is_another_person() -> None:
    assert speaker_kinds(credit(TALKS, KING, "Angus Jones")) == ["wrong_speaker"]
    assert speaker_kinds(credit(TALKS, JONES, "Angus King")) == ["wrong_speaker"]
    assert speaker_kinds(credit(TALKS, JONES, "King")) == ["wrong_speaker"]


def test_a_surname_two_speakers_share_is_unconfirmed() -> None:
    found = credit(TWO_KINGS, KING, "King")
    assert found.ok and speaker_kinds(found) == ["speaker_unconfirmed"]
    assert speaker_kinds(credit(TWO_KINGS, PETER, "Angus King")) == ["wrong_speaker"]


def test_a_title_before_a_name_stays_a_title() -> None:
    assert speaker_kinds(credit(CROWN, KING, "King Charles")) == []
    assert speaker_kinds(credit(CROWN, KING, "Charles")) == []
    assert speaker_kinds(credit(CROWN, KING, "King")) == ["wrong_speaker"]
