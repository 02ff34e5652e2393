"""A lone quotation that the text around it makes speech is never dropped as a pull quote
(summarizer/source/pullquotes.py): content lost is worse than a quotation listed twice."""

from __future__ import annotations

from pathlib import Path

from summarizer import source
from summarizer.attribution.find import find_quotes

_DATA = Path(__file__).parent / "data" / "pull_quotes"
"""The reviewer's own texts of session 22 (no corpus text)."""


def _quotes(name: str) -> list[tuple[str, str | None]]:
    article = source.load(str(_DATA / name))
    return [(q.text, q.speaker) for q in find_quotes(article.text, article.lang, article.title)]


def test_a_headline_is_no_copy_of_the_quotation_after_a_colon() -> None:
    # <h1>Mayor: “We will rebuild …”</h1> … "Mayor Jane Doe addressed the residents …:"
    assert [s for _, s in _quotes("p1.html")] == ["Jane Doe"]


def test_a_quotation_after_a_colon_stays_when_repeated_later() -> None:
    assert next(s for _, s in _quotes("p2.txt")) == "Jane Doe"


def test_a_turn_repeated_after_a_colon_stays() -> None:
    # "…, meinte ihn aber ernst:" then the lone turn: the colon must not reach the next paragraph
    texts = [t for t, _ in _quotes("t4.txt")]
    assert texts == ["Ich halte diesen Plan für einen schweren Fehler."] * 2


def test_a_quotation_the_next_paragraph_points_back_to_stays() -> None:
    # "„Wir geben diese Stadt niemals auf.“" then "Das sagte Bürgermeisterin Anna Lenz …"
    article = source.load(str(_DATA / "t2.txt"))
    assert article.text.count("„Wir geben diese Stadt niemals auf.“") == 2


def test_a_refrain_said_alone_twice_stays_twice() -> None:
    article = source.load(str(_DATA / "t3.txt"))
    assert article.text.count("„Wir sind hier und wir bleiben hier!“") == 2


def test_english_and_russian_pointers_back_and_dashes_keep_the_quotation() -> None:
    cued = "The plan will cost the city far more than it saves, she told the council later on."
    lone = '"The plan will cost the city far more than it saves."'
    for after in ("That was the verdict of the treasurer.", "— said the treasurer.", "said Ann."):
        text = source.clean_text(f"Intro text of the story.\n\n{lone}\n\n{after}\n\n{cued}")
        assert text.count(lone) == 1, after
    # a plain next paragraph: the lone copy of a cued quotation is a pull quote and goes
    plain = f'"{lone[1:-2]}," she told the council.'
    intro = "Intro text of the story."
    text = source.clean_text(f"{intro}\n\n{lone}\n\nThe vote is in May.\n\n{plain}")
    assert lone not in text
