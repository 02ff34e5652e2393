"""Pronoun and surname carry-over only when unambiguous: a wrong name is far worse than none."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _last(text: str, lang: str) -> Quote:
    return find_quotes(text, lang)[-1]


# Two people of one surname joined by a conjunction: the bare surname may be either, at the cue
# and for a pronoun after it.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Pete Varga and Rob Varga run the farm. Varga said the harvest was late. "
            "“We lost a week to rain,” he said.",
        ),
        ("en", "Sara Pike and Dan Pike run the bakery. “We open at six,” Pike said."),
        (
            "en",
            "Both Glen Archer and Neil Archer declined to comment. "
            "“We have nothing to add,” Archer said later.",
        ),
        (
            "de",
            "Karl Weber und Ingo Weber leiten die Firma. „Wir bleiben unabhängig“, sagte Weber.",
        ),
        (
            "de",
            "Peter Brandt und Klaus Brandt führen den Hof. Brandt sagte, die Ernte sei spät. "
            "„Der Regen hat uns eine Woche gekostet“, sagte er.",
        ),
        (
            "fr",
            "Marc Roux et Luc Roux dirigent l'entreprise. "
            "« Nous restons indépendants », a déclaré Roux.",
        ),
        (
            "fr",
            "Pierre Morel et Luc Morel dirigent la ferme. Morel a dit que la récolte était "
            "tardive. « La pluie nous a coûté une semaine », a-t-il ajouté.",
        ),
        (
            "es",
            "Marta Ríos y Diego Ríos dirigen la empresa. «Seguimos independientes», afirmó Ríos.",
        ),
        (
            "es",
            "Juan Pérez y Luis Pérez dirigen la granja. Pérez dijo que la cosecha llegó tarde. "
            "«La lluvia nos costó una semana», añadió.",
        ),
        (
            "ru",
            "Андрей Козлов и Николай Козлов руководят компанией. "
            "«Мы остаёмся независимыми», — заявил Козлов.",
        ),
        (
            "ru",
            "Иван Петров и Олег Петров руководят фермой. Петров сказал, что урожай поздний. "
            "«Дождь стоил нам недели», — добавил он.",
        ),
    ],
)
def test_a_surname_two_people_side_by_side_bear_is_nobody(lang: str, text: str) -> None:
    assert _last(text, lang).speaker is None


# A namesake named apart (kin, later, or with the same speaker named in full) keeps the surname.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Dale Ford and his brother, Sam Ford, opened the mill in 1990. "
            "“It was hard,” Ford said.",
            "Dale Ford",
        ),
        (
            "Ben Tate, whose father Hugh Tate founded the firm, spoke first. "
            "“We stay independent,” Tate said.",
            "Ben Tate",
        ),
        (
            "Greg Lyle and Ben Lyle lead the club. “We will win,” Greg Lyle said. "
            "“The fans deserve it,” Greg Lyle added. “It is our year,” he said.",
            "Greg Lyle",
        ),
        (
            "Ivy Marsh runs the inn. Later, Rob Marsh, a cousin, joined her. Marsh said the "
            "season was long. “We are tired,” she said.",
            "Ivy Marsh",
        ),
    ],
)
def test_a_namesake_named_apart_keeps_the_surname(text: str, who: str) -> None:
    assert _last(text, "en").speaker == who


# A capitalised run with no first name before a plural noun, its verb and an object of lower-case
# words ending in a plural modifies that noun; a run a first name opens is a person.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Prominent Canadian examples include mining firms. “They pay well,” he added.", None),
        ("Several British retailers include two chains. “They struggle,” he said.", None),
        ("Tom Hale wants local voters to decide. “It is their town,” he said.", "Tom Hale"),
        ("Ruth Lane backs small farms across the region. “They feed us,” she said.", "Ruth Lane"),
        (
            "Mara Quist examines old records every week. “They tell stories,” she said.",
            "Mara Quist",
        ),
    ],
)
def test_a_plural_nouns_modifier_is_nobody(text: str, who: str | None) -> None:
    assert _last(text, "en").speaker == who


# Two people joined as one subject: "he" or "er" may be either.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Tom Hale and Jim Roe spoke to reporters. “The vote was fair,” he said."),
        ("de", "Uwe Lenz und Frank Marx sprachen mit Journalisten. „Die Wahl war fair“, sagte er."),
        (
            "fr",
            "Paul Girard et Marc Lefèvre ont parlé aux journalistes. "
            "« Le vote était juste », a-t-il dit.",
        ),
        (
            "es",
            "Carlos Vega y Pablo Ortiz hablaron con periodistas. «La votación fue justa», dijo.",
        ),
        (
            "ru",
            "Сергей Волков и Павел Орлов поговорили с журналистами. "
            "«Голосование было честным», — сказал он.",
        ),
    ],
)
def test_a_joint_subject_is_nobody(lang: str, text: str) -> None:
    assert _last(text, lang).speaker is None


# A passive's subject with a named agent is no more the doer than the agent.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Victor Crane was sentenced by Judge Alan Price. “You showed no remorse,” he said.",
            None,
        ),
        ("Tom Hale was praised by voters. “I am grateful,” he said.", "Tom Hale"),
        ("Tom Hale was elected in May. “I am grateful,” he said.", "Tom Hale"),
    ],
)
def test_a_passives_subject_with_a_named_agent_is_nobody(text: str, who: str | None) -> None:
    assert _last(text, "en").speaker == who


# The subject of the sentence before, the other man its object: nobody, or that subject at low.
@pytest.mark.parametrize(
    ("lang", "text", "subject"),
    [
        ("en", "Tom Hale met Jim Roe on Monday. “We agreed on nothing,” he said.", "Tom Hale"),
        (
            "en",
            "Mark Dunn, the mayor, called Paul Grey after the flood. "
            "“It was a long night,” he said.",
            "Mark Dunn",
        ),
        ("en", "Jim Roe praised Tom Hale for the plan.\n\n“It will work,” he said.", "Jim Roe"),
        ("en", "Noah Penn told Eric Shaw the deal was off. “I am sorry,” he said.", "Noah Penn"),
        (
            "en",
            "Chief executive Ray Monk sacked his deputy, Carl Finch. “It was time,” he said.",
            "Ray Monk",
        ),
        (
            "en",
            "Judge Alan Price sentenced Victor Crane to ten years. "
            "“You showed no remorse,” he said.",
            "Alan Price",
        ),
        (
            "en",
            "Ivan Holt said the bridge would close. Owen Reed, his deputy, disagreed. "
            "“It can stay open,” he said.",
            "Owen Reed",
        ),
        (
            "en",
            "Ken Bryce spoke on Friday. His son, Luke Bryce, was at his side. "
            "“We are grateful,” he said.",
            "Ken Bryce",
        ),
        (
            "de",
            "Peter Brandt traf Jonas Keller in Berlin. „Wir sind uns einig“, sagte er.",
            "Peter Brandt",
        ),
        (
            "de",
            "Der Bürgermeister Uwe Lenz kritisierte Frank Marx scharf. "
            "„Das ist unverantwortlich“, sagte er.",
            "Uwe Lenz",
        ),
        (
            "de",
            "Uwe Lenz lobte seinen Sohn Felix Lenz. „Er hat es verdient“, sagte er.",
            "Uwe Lenz",
        ),
        (
            "de",
            "Richter Hans Stoll verurteilte Rainer Kolb zu zehn Jahren. "
            "„Sie zeigten keine Reue“, sagte er.",
            "Hans Stoll",
        ),
        (
            "fr",
            "Pierre Morel a rencontré Jean Dubois lundi. « Nous sommes d'accord », a-t-il dit.",
            "Pierre Morel",
        ),
        (
            "fr",
            "Le maire Paul Girard a critiqué Marc Lefèvre. « C'est irresponsable », a-t-il dit.",
            "Paul Girard",
        ),
        (
            "fr",
            "Le juge Alain Petit a condamné Victor Caron à dix ans. "
            "« Vous n'avez montré aucun remords », a-t-il dit.",
            "Alain Petit",
        ),
        (
            "es",
            "Juan Pérez se reunió con Luis Gómez el lunes. «Estamos de acuerdo», dijo.",
            "Juan Pérez",
        ),
        (
            "es",
            "El alcalde Carlos Vega criticó a Pablo Ortiz. «Es irresponsable», dijo.",
            "Carlos Vega",
        ),
        (
            "ru",
            "Иван Петров встретился с Олегом Смирновым в понедельник. "
            "«Мы договорились», — сказал он.",
            "Иван Петров",
        ),
        (
            "ru",
            "Мэр Сергей Волков раскритиковал Павла Орлова. «Это безответственно», — сказал он.",
            "Сергей Волков",
        ),
        (
            "ru",
            "Судья Алексей Зуев приговорил Виктора Маркова к десяти годам. "
            "«Вы не раскаялись», — сказал он.",
            "Алексей Зуев",
        ),
    ],
)
def test_the_subject_over_its_object_is_at_most_a_guess(lang: str, text: str, subject: str) -> None:
    found = _last(text, lang)
    assert found.speaker is None or (found.speaker, found.confidence) == (subject, "low")


# One person of the pronoun's gender in view: that one, never the other gender.
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("en", "Ann Cole met Tom Hale on Monday. “We agreed on nothing,” she said.", "Ann Cole"),
        (
            "en",
            "Lisa Moor and her husband, Karl Moor, own the shop. Moor said sales fell. "
            "“It was a bad year,” she said.",
            "Lisa Moor",
        ),
        (
            "en",
            "Officials gave no figures. Dave Kern, who met Ron Mills last week, said the talks "
            "stalled. “Nobody moved,” he said.",
            "Dave Kern",
        ),
        (
            "en",
            "Asked by a reporter whether he would run, Tom Hale paused. “Not this year,” he said.",
            "Tom Hale",
        ),
    ],
)
def test_one_person_of_the_pronouns_gender(lang: str, text: str, who: str) -> None:
    assert _last(text, lang).speaker == who


# No carry-over may be both wrong and sure: every probe above, and the ones with no clear answer.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Victor Crane was sentenced by Judge Alan Price. “You showed no remorse,” he said."),
        ("en", "Sara Pike and Dan Pike run the bakery. “We open at six,” Mr. Pike said."),
        ("de", "Anna Vogt traf Jonas Keller in Berlin. „Wir sind uns einig“, sagte er."),
        ("de", "Die Ministerin Eva Roth traf Jan Beck.\n\n„Wir sind uns einig“, sagte er."),
        ("es", "Ana Ruiz se reunió con Luis Gómez el lunes. «Estamos de acuerdo», dijo él."),
        (
            "ru",
            "Анна Петрова встретилась с Олегом Смирновым в понедельник. "
            "«Мы договорились», — сказал он.",
        ),
    ],
)
def test_no_carry_over_is_high(lang: str, text: str) -> None:
    found = _last(text, lang)
    assert found.speaker is None or found.confidence == "low"


def test_many_namesakes_stay_linear() -> None:
    def run(n: int) -> None:
        text = " ".join(f"Ann{i} Varga and Bob{i} Varga met. Varga said no." for i in range(n))
        find_quotes(text + " “Fine,” he said.", "en")

    assert_linear(run, 100)
