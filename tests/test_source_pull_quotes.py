"""A pull quote (a paragraph that is only a quotation the article quotes elsewhere too) is page
furniture: `summarize quotes` lists the quotation once, where its cue is
(summarizer/source/pullquotes.py)."""

from __future__ import annotations

from summarizer import source
from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_BODY = (
    '"This is the most important decision this council has taken in a generation," council '
    "leader Maria Okafor told reporters after the vote."
)
_PULL = '"This is the most important decision this council has taken in a generation"'
_OTHER = "Opponents said the cost would fall on small businesses along the quay and the harbour."


def _page(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:2])
    pull = f'<blockquote class="pull-quote">{paragraphs[2]}</blockquote>' if paragraphs[2:] else ""
    rest = "".join(f"<p>{p}</p>" for p in paragraphs[3:])
    return f"<html><body><article>{body}{pull}{rest}</article></body></html>"


def test_a_pull_quote_in_the_body_is_listed_once() -> None:
    html = _page(_OTHER, _BODY, _PULL, _OTHER.replace("quay", "river"))
    article = source.load_bytes(html.encode(), name="p.html", min_letters=source.ANY_LETTERS)
    quotes = find_quotes(article.text, "en", "")
    assert [(q.speaker, q.confidence) for q in quotes] == [("Maria Okafor", "high")]


def test_a_pull_quote_before_its_sentence_goes_too() -> None:
    text = source.clean_text(f"{_OTHER}\n\n{_PULL}\n\n{_BODY}")
    assert [q.speaker for q in find_quotes(text, "en", "")] == ["Maria Okafor"]


# A short reply may recur in a scene ("“Yes, I do.”"); a quotation repeated in two sentences
# with their cues is the article's own; one said alone twice is a refrain and stays twice.
def test_short_replies_and_cued_repeats_stay() -> None:
    short = '"Yes, I do."'
    text = source.clean_text(f"{_OTHER}\n\n{short}\n\n{_OTHER}\n\n{short}")
    assert text.count(short) == 2
    text = source.clean_text(f"{_BODY}\n\n{_OTHER}\n\n{_BODY.replace('told', 'later told')}")
    assert len(find_quotes(text, "en", "")) == 2
    text = source.clean_text(f"{_OTHER}\n\n{_PULL}\n\n{_OTHER}\n\n{_PULL}")
    assert text.count(_PULL) == 2


def test_many_lone_quotations_read_in_linear_time() -> None:
    def run(n: int) -> None:
        lines = [f'"Line {i} of a long list of quoted words here"' for i in range(n)]
        cued = [f'{line[:-1]}," she said.' for line in lines[: n // 10]]
        text = source.clean_text("\n\n".join([_OTHER, *lines, *cued]))
        assert text.count('"Line 5 of a long') == 1

    assert_linear(run, 1000)
