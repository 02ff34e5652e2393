"""German short quotations inside a clause: the subject or agent of a verb of calling speaks."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


def _speaker(text: str) -> tuple[str | None, str]:
    quote = only_quote(text, "de")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a passive's agent, right before "als" and the participle that closes the clause
        (
            "Im Gebirge wird das Risiko vom Deutschen Alpenverein als „recht groß“ eingestuft.",
            "Deutschen Alpenverein",
        ),
        ("Die Pläne wurden von Jana Keller als „völlig verfehlt“ bezeichnet.", "Jana Keller"),
        # "von" after a noun is its genitive: the agent is the "von" before "als"
        (
            "Die Gefahr von Stürmen wird vom Landesamt für Umwelt als „hoch“ eingestuft.",
            "Landesamt für Umwelt",
        ),
        (
            "Seine Bilder werden von Ulrich Brand als „Meilensteine der Malerei“ gesehen worden.",
            "Ulrich Brand",
        ),
        # a relative pronoun surely the subject: its antecedent speaks
        (
            "Kritik kommt vom Fahrgastverband Pro Schiene, der die Maßnahme als „Kapitulation“ "
            "vor den Sprayern sieht.",
            "Pro Schiene",
        ),
        (
            "Das Gericht hörte Tom Weber, der den Zeugen als „völlig unglaubwürdig“ bezeichnet "
            "hatte.",
            "Tom Weber",
        ),
        (
            "Die Grünen um Lea Sommer, die den Entwurf als „Murks“ kritisierte, stimmten dagegen.",
            "Lea Sommer",
        ),
        # a passive's agent in a clause whose auxiliary comes last
        ("Es gab Streit, weil der Plan von Jan Roth als „Unsinn“ bezeichnet wurde.", "Jan Roth"),
        # the subject after a conjunction, the verb of calling last
        (
            "Der Bericht ist brisant, weil die Ministerin Eva Roth das Land als „junge "
            "Demokratie“ bezeichnet hat.",
            "Eva Roth",
        ),
        ("Der Plan scheiterte, nachdem der Minister das Vorhaben als „Unsinn“ abtat.", "Minister"),
        # a pronoun that opens the sentence and governs the verb of calling
        ("Paul Meyer verteidigte den Entwurf. Er nannte die Kritik „reine Polemik“.", "Paul Meyer"),
        (
            "Paul Meyer verteidigte den Entwurf. Er halte ihn für vertretbar und bezeichnete die "
            "Änderung als „maßvoll“.",
            "Paul Meyer",
        ),
        ("Anna Roth kam zu spät. Sie hat den Beschluss als „übereilt“ bezeichnet.", "Anna Roth"),
    ],
)
def test_the_clause_of_a_short_quotation_names_its_speaker(text: str, speaker: str) -> None:
    assert _speaker(text) == (speaker, "low")


@pytest.mark.parametrize(
    ("text", "speaker", "confidence"),
    [
        # "Wie X sagte," opens the sentence: its subject speaks, of a quotation of any length
        ("Wie Jan Roth sagte, sei das „ein schwerer Fehler“.", "Jan Roth", "high"),
        (
            "Wie der Richter, Otto Brand, ausführte, hätte es „ein Blutbad mit vielen Toten und "
            "Verletzten unter den Soldaten“ gegeben.",
            "Otto Brand",
            "high",
        ),
        (
            # "feststellt" joined, a derived cue since deverbs26: sure, as "ausführte" above
            "Wie Eva Lind, die im Saal saß, dazu feststellt, fehlt „dem Plan jede Grundlage“.",
            "Eva Lind",
            "high",
        ),
        ("Wie Jan Roth gesagt hatte, sei die Lage „völlig ruhig“.", "Jan Roth", "high"),
        # the prepositional object first, the verb right after the quotation, then its subject
        ("Von „absichtlicher Täuschung“ sprechen Medienberichte heute.", "Medienberichte", "low"),
        ("Von einem „schwarzen Tag“ reden Gewerkschafter seit Montag.", "Gewerkschafter", "low"),
        # a plural noun as a passive's agent, as written
        (
            "Seine Bilder werden von Kunstkennern als „Meilensteine“ bezeichnet.",
            "Kunstkennern",
            "low",
        ),
    ],
)
def test_a_clause_of_saying_around_the_quotation_names_its_speaker(
    text: str, speaker: str, confidence: str
) -> None:
    assert _speaker(text) == (speaker, confidence)


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun is the subject: the noun after the verb is its object, no speaker
        "Der Minister verteidigte den Entwurf. Er bezeichnete die Erweiterung als „maßvoll“.",
        # "sie" before a plural verb: several people
        "Paul Meyer kam spät. Sie nannten den Plan „unsinnig“.",
        # a relative pronoun that may be the object: "die die Regierung"
        "Die Partei, die die Regierung als „unfähig“ bezeichnete, verlor die Wahl.",
        # a one-word genitive after a role is no name
        "Der oberste Führer Irans, der den Sieg als „Fest“ bezeichnete, ordnete eine Prüfung an.",
        # after a conjunction: two phrases that may each be the subject, or one no person
        "Es gab Streit, weil die Partei die Regierung als „unfähig“ bezeichnete.",
        "Es gab Streit, weil die Pläne die Regierung als „unfähig“ bezeichnete.",
        # (not "weil die US-Regierung Georgien als „…“ bezeichnet": a lone capitalised word after
        # a role or body is its object or its name, the role or body speaks; desubj30)
        # a passive after the quotation: the subject is the one called so, by others
        "Es gab Jubel, weil Jan Roth als „großer Held“ bezeichnet wurde.",
        "Es gab Jubel, weil Jan Roth als „großer Held“ bezeichnet worden war.",
        # a body that is no speaker
        "Der Bericht, der die Lage als „dramatisch“ beschreibt, erschien gestern.",
        # a passive whose verb calls nothing
        "Der Plan wurde von Jana Keller als „mutiger Schritt“ vorgestellt.",
        # "Wie" that asks, or whose clause has no verb of saying
        "Wie erwartet, war die Lage „völlig ruhig“.",
        "Wie Jan Roth das Haus fand, war „ein Rätsel“.",
        # an impersonal subject after the verb
        "Von „schweren Fehlern“ sprach man.",
        # the main clause after "Wie X sagte," has a verb of calling of its own: its subject's
        # words, not X's
        "Wie die Polizei mitteilte, nannte der Täter die Tat „eine Warnung“.",
        "Wie Jan Roth sagte, habe Eva Ems den Plan als „Unsinn“ bezeichnet.",
        # a relative clause in the passive: others call the antecedent so
        "Das Gericht hörte Tom Weber, der als „Drahtzieher“ bezeichnet wird.",
        # a name after "von" or a genitive is someone else's: the lawyer, the wife speak
        "Der Anwalt von Tom Weber, der den Zeugen als „unglaubwürdig“ bezeichnete, ging.",
        "Die Frau des Angeklagten Tom Weber, die den Richter als „befangen“ bezeichnete, schwieg.",
        "Die Pläne wurden vom Anwalt von Tom Weber als „verfehlt“ bezeichnet.",
        "Die Pläne wurden von der Frau des Ministers Jan Roth als „verfehlt“ bezeichnet.",
        # a long quotation is a sentence of its own, not a label
        "Die Pläne wurden von Jana Keller als „ein Schritt, der uns allen viel zu weit geht und "
        "schadet“ bezeichnet.",
    ],
)
def test_no_speaker_where_the_clause_is_unsure(text: str) -> None:
    assert _speaker(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a plural put first before a verb in the singular is its object: the subject follows
        (
            "Die jungen Mönche, die an den Protesten beteiligt waren, beschrieb die "
            "Nachrichtenagentur als „aggressiv“.",
            "Nachrichtenagentur",
        ),
        (
            "Die neuen Pläne kritisierte die Gewerkschaft als „Angriff auf die Rente“.",
            "Gewerkschaft",
        ),
        # a plural subject before a plural verb speaks
        ("Die deutschen Behörden erklärten, die Lage sei „ruhig“.", "deutschen Behörden"),
    ],
)
def test_a_plural_speaks_only_with_a_plural_verb(text: str, speaker: str) -> None:
    assert _speaker(text)[0] == speaker


# A clause a conjunction or relative pronoun opens, whose verb closes it in the perfect or with
# the label of "nennen" after its object, or "von" before a verb of speaking of.
@pytest.mark.parametrize(
    "text",
    [
        "Es gab Jubel, nachdem Jan Roth den Plan einen „großen Wurf“ genannt hatte.",
        "Es gab Jubel, nachdem Jan Roth den Plan als „großen Wurf“ gesehen hatte.",
        "Es gab Jubel, während Jan Roth von einem „großen Wurf“ sprach.",
        "Jan Roth, der den Plan einen „großen Wurf“ nannte, reiste ab.",
    ],
)
def test_labels_in_clauses_closed_by_their_verb(text: str) -> None:
    assert _speaker(text) == ("Jan Roth", "low")


@pytest.mark.parametrize(
    "text",
    [
        # a passive: the subject is the one named so
        "Es gab Jubel, weil Jan Roth einen „großen Helden“ genannt wurde.",
        # two phrases that may each be the subject
        "Es gab Jubel, weil die Partei die Regierung einen „großen Wurf“ nannte.",
        # no verb of calling
        "Es gab Jubel, weil Jan Roth den „großen Wurf“ wagte.",
    ],
)
def test_no_label_in_other_clauses(text: str) -> None:
    assert _speaker(text)[0] is None
