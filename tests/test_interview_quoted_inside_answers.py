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


def test_a_sentence_ending_before_a_name_opens_no_run_into_it() -> None:
    text = (
        "Anna Berg, 54, is the mayor of Eastwick. We spoke to her about the tram.\n\n"
        "Q: Why a tram?\n\nA: It has its own lane.\n\nQ: When?\n\nA: In the spring."
    )
    assert {q.speaker for q in find_quotes(text, "en")} == {"Anna Berg"}


def test_initials_stay_one_run() -> None:
    text = (
        "An interview with the novelist J. K. Marsh about her new book.\n\n"
        "Q: Why the sea?\n\nA: My grandfather fished.\n\nQ: Next?\n\nA: A lighthouse."
    )
    assert {q.speaker for q in find_quotes(text, "en")} == {"J. K. Marsh"}


def test_an_outlet_with_its_article_asks_and_its_tag_is_no_speech() -> None:
    text = (
        "Entretien avec Claire Dumas, maire de Saint-Aubin.\n\n"
        "Le Monde : Pourquoi cette classe ?\n\nClaire Dumas : Sans elle, les familles partent.\n\n"
        "Le Monde : Irez-vous au tribunal ?\n\nClaire Dumas : S'il le faut, oui."
    )
    found = [(q.text, q.speaker) for q in find_quotes(text, "fr")]
    assert found == [
        ("Sans elle, les familles partent.", "Claire Dumas"),
        ("S'il le faut, oui.", "Claire Dumas"),
    ]
