"""A Chinese coverb (和, 同, 向 …) right before the verb has no object: it ends the name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of `text` (Chinese)."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "zh")]


# "苗同和说" is 苗同和 speaking, never 苗同 and a dangling "和", nor a title run into 苗.
@pytest.mark.parametrize(
    "text",
    [
        "“我们会继续努力。”苗同和说。",
        "“我们会继续努力。”局长苗同和表示。",
        "“我们会继续努力。”院长苗同和说。",
        "苗同和说：“我们会继续努力。”苗同和说：“明年再来。”",
    ],
)
def test_a_name_ending_in_a_coverb_is_whole(text: str) -> None:
    assert {speaker for speaker, _ in _said(text)} == {"苗同和"}


# Where the name cannot be confirmed it is no one, never the cut form.
@pytest.mark.parametrize(
    "text",
    [
        "该校校长苗同和说，“我们会继续努力。”",
        "该校校长苗同和也说，“我们会继续努力。”",
        "院长苗同和说：“我们会继续努力。”",
    ],
)
def test_a_cut_coverb_name_is_never_given(text: str) -> None:
    speakers = {speaker for speaker, _ in _said(text)}
    assert speakers <= {"苗同和", None}


# Negatives: a coverb with its object ("向记者", "和记者") or an adverb ("对此", "同时") after a
# name still ends the name before it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“我们会继续努力。”局长苗林向记者表示。", "苗林"),
        ("“我们会继续努力。”局长苗林和记者说。", "苗林"),
        ("“我们会继续努力。”副局长苗林对此说。", "苗林"),
        ("“我们会继续努力。”副局长苗林同时表示。", "苗林"),
    ],
)
def test_a_coverb_with_an_object_still_ends_the_name(text: str, speaker: str) -> None:
    [(found, _)] = _said(text)
    assert found is not None and found.endswith(speaker)


def test_many_coverb_names_stay_linear() -> None:
    text = "“我们会继续努力。”局长苗同和同和同和表示。" * 2000
    assert len(find_quotes(text, "zh")) == 2000
