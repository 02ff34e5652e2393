"""Who answers an interview, read from its introduction and its turn tags: a sentence's end
closes a name ("Eastwick. We"), the name right after "Interview mit", an outlet's name with
its article asks ("Le Monde :")."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes


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


def test_the_interviewee_is_the_name_right_after_interview_with() -> None:
    text = (
        "Im Interview mit dem Förster Jonas Albrecht geht es um kranke Fichten und Wälder.\n\n"
        "Frage: Wie steht es um den Wald?\n\nAntwort: Schlecht.\n\n"
        "Frage: Was pflanzen Sie?\n\nAntwort: Eichen und Buchen."
    )
    assert {q.speaker for q in find_quotes(text, "de")} == {"Jonas Albrecht"}


RUSSIAN_TURNS = (
    "\n\nВопрос: Что вы увидели?\n\nОтвет: Ледник отступил.\n\nВопрос: А дальше?\n\nОтвет: Паводки."
)


def test_a_russian_role_opening_the_sentence_is_no_word_of_the_name() -> None:
    text = "Гляциолог Павел Никитин рассказал об экспедиции." + RUSSIAN_TURNS
    assert {q.speaker for q in find_quotes(text, "ru")} == {"Павел Никитин"}


def test_a_russian_name_with_its_patronymic_stays_whole() -> None:
    text = "Павел Сергеевич Никитин рассказал об экспедиции." + RUSSIAN_TURNS
    assert {q.speaker for q in find_quotes(text, "ru")} == {"Павел Сергеевич Никитин"}
