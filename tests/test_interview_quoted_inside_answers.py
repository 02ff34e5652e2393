"""Words in quotation marks inside an interview answer are someone the interviewee quotes:
nobody's, never the interviewee's; a whole sentence in marks after a colon stands on its own."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

TEXT = (
    "Interview with Maria Lind, the head of the port authority.\n\n"
    "Q: Will the port close?\n\n"
    "A: No. Minister Paul Verne said: “We will pay for the new cranes.” I believe him.\n\n"
    "Q: And the dockers?\n\n"
    "A: One of them told me: “We are tired of waiting.” They want a date."
)


def speakers() -> dict[str, tuple[str | None, str]]:
    return {q.text: (q.speaker, q.basis) for q in find_quotes(TEXT, "en")}


def test_the_answer_is_the_interviewees() -> None:
    assert speakers()["I believe him."] == ("Maria Lind", "interview_turn")
    assert speakers()["They want a date."] == ("Maria Lind", "interview_turn")


# its cue stands in the answer's own sentence, which is the interviewee's: an honest null
def test_a_quotation_of_someone_named_is_not_the_interviewees() -> None:
    assert speakers()["We will pay for the new cranes."][0] is None


def test_a_quotation_of_someone_unnamed_is_nobodys() -> None:
    assert speakers()["We are tired of waiting."][0] is None


def test_a_quotation_after_a_comma_in_an_answer_is_not_the_interviewees() -> None:
    text = TEXT.replace("One of them told me: ", "One of them told me, ")
    found = {q.text: q.speaker for q in find_quotes(text, "en")}
    assert found["We are tired of waiting."] is None
    assert found["They want a date."] == "Maria Lind"
