"""English: a question in a paragraph of its own right after an answer to a question is the
asker's turn as likely as the answerer's, so it goes on from neither."""
# The engineer's own sentences (session 20, fixF), modelled on two-person fiction and court news.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_FICTION = (
    "Tom Hale looked at his sister.\n\n"
    "“Where were you last night?” he asked.\n\n"
    "“Out,” Ann said.\n\n"
    "“Out where?”\n\n"
    "“With friends.”"
)
_COURT = "“Did you know?” the judge asked.\n\n“No,” Smith said.\n\n"


def test_the_next_question_is_not_the_answerers() -> None:
    quotes = find_quotes(_FICTION, "en", "")
    assert quotes[1].speaker == "Ann"
    assert all(q.speaker is None for q in quotes[2:])


def test_a_question_after_an_answer_in_court_is_nobodys() -> None:
    assert find_quotes(_COURT + "“Why would I?”", "en", "")[-1].speaker is None


@pytest.mark.parametrize(
    "text",
    [
        _COURT + "“I never saw the papers.”",  # a statement: the answerer going on
        "“I have not decided,” Smith said.\n\n“Will I run? Maybe.”",  # no question answered
    ],
)
def test_the_answerer_still_goes_on(text: str) -> None:
    assert find_quotes(text, "en", "")[-1].speaker == "Smith"


def test_many_question_turns_stay_linear() -> None:
    text = "\n\n".join(["“Where?” he asked.", "“Out,” Ann said.", "“Out where?”"] * 3000)
    assert len(find_quotes(text, "en", "")) == 9000
