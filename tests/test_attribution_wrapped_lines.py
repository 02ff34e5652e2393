"""Text set in wrapped lines with no blank line between paragraphs (each line reaches the rules as
a paragraph) reads as its paragraphs: a quotation or a cue cut by a line's end is one again, and
a hyphen at a line's end before a lower-case letter divides one word."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

_STORY = (
    "Der alte Müller saß am Abend vor seiner Mühle und sah den Bauern zu, die vom\n\n"
    "Felde heimkehrten. Der Knecht trat zu ihm und sagte: „Die Ernte ist gut in\n\n"
    "diesem Jahre, und wir werden bald dreschen müssen.“ Der Müller nickte\n\n"
    "langsam und schwieg eine Weile. Dann sprach er: „Wir wollen morgen früh an-\n\n"
    "fangen, wenn das Wetter hält.“ Der Knecht ging in den Stall zurück und\n\n"
    "fütterte die Pferde, während die Sonne hinter den Hügeln versank und der\n\n"
    "Wind über die Felder strich. Im Dorfe läuteten die Glocken zum Abend, und\n\n"
    "die Kinder liefen heim zu ihren Müttern, die schon an den Thüren warteten.\n\n"
    "Es war ein stiller Abend."
)


def _speech(text: str) -> list[Quote]:
    """The quotations of `text` that are speech (titles left out)."""
    return [q for q in find_quotes(text, "de") if q.kind != "title"]


def test_a_quotation_cut_by_a_wrapped_line_is_one() -> None:
    quotes = _speech(_STORY)
    assert [(" ".join(q.text.split()), q.speaker) for q in quotes] == [
        ("Die Ernte ist gut in diesem Jahre, und wir werden bald dreschen müssen.", "Knecht"),
        ("Wir wollen morgen früh an- fangen, wenn das Wetter hält.", None),
    ]
    # read as the paragraph set in one line reads: the same speakers and bases
    joined = _speech(_STORY.replace("-\n\n", "").replace("\n\n", " "))
    assert [(q.speaker, q.basis) for q in quotes] == [(q.speaker, q.basis) for q in joined]
    # what the reader sees is the text as it stands, line breaks and all
    assert all(_STORY[q.start : q.end] == q.text for q in quotes)
    assert "\n\n" in quotes[0].text


def test_paragraphs_that_end_their_sentences_stay_paragraphs() -> None:
    # every paragraph ends a sentence: no line is wrapped, an unclosed quotation stays unclosed
    text = "\n\n".join(["Der Knecht kam spät heim. Er sagte: „Wir kommen"] + ["Es regnete."] * 9)
    assert not any("Es regnete" in q.text for q in _speech(text))


def test_a_short_text_is_never_read_as_wrapped() -> None:
    text = "Er sagte: „Wir kommen\n\nmorgen wieder.“ Dann ging er"
    assert [q.text for q in _speech(text)] != ["Wir kommen\n\nmorgen wieder."]


def test_many_wrapped_lines_stay_linear() -> None:
    assert_linear(lambda n: find_quotes("Er sagte: „Wir kom-\n\nmen und\n\n" * n, "de"), 100)
