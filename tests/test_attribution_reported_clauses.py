"""A quotation inside a reported clause with its own subject and verb of saying is
that subject's (German), and a pronoun never jumps back over a nearer unnamed speaker of its
gender (every spaced language); own sentences, no corpus text."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from summarizer.attribution.speakers.pronoun_fit import sentence_opener


def last(text: str, lang: str) -> Quote:
    """The last quotation of `text`."""
    return find_quotes(text, lang)[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roth wies darauf hin, dass die Ministerin Anna Berger den Plan „unsinnig“ nannte.",
        "Jan Roth sagte, dass Anna Berger den Vorschlag als „völlig verfehlt“ bezeichnet habe.",
        "Jan Roth betonte, Anna Berger habe den Plan „unsinnig“ genannt.",
        "Die Opposition kritisierte, dass Anna Berger die Reform als „großen Wurf“ gelobt hatte.",
    ],
)
def test_german_reported_clause_with_its_own_verb_of_saying(text: str) -> None:
    found = last(text, "de")
    assert (found.speaker, found.confidence) == ("Anna Berger", "low")


@pytest.mark.parametrize(
    "text",
    [
        # no verb of saying closes the reported clause: the reporter's words
        "Jan Roth sagte, dass die Ministerin Anna Berger den Plan „nicht verstanden“ habe.",
        "Jan Roth kritisierte, dass Anna Berger „keine Ahnung“ habe.",
        # a pronoun or an object opens it: nobody new
        "Jan Roth sagte, dass er den Plan „unsinnig“ nannte.",
        "Jan Roth erklärte, dass ihn die Ministerin Anna Berger „einen Lügner“ nannte.",
        # a passive: the subject is the one called so
        "Jan Roth sagte, die Regierung sei als „unfähig“ bezeichnet worden.",
        "Jan Roth sagte, dass die Ministerin als „Lügnerin“ bezeichnet wurde.",
        # a relative clause after the quotation
        "Jan Roth sagte, die Reform werde „ein großer Wurf“ sein, den Anna Berger gelobt hatte.",
    ],
)
def test_german_reported_clause_stays_the_reporters(text: str) -> None:
    assert last(text, "de").speaker == "Jan Roth"


# The reported clause's verb of asking or saying comes before the clause that holds the
# quotation ("ob", "was", "dass"): that clause is its subject's question or words.
@pytest.mark.parametrize(
    "text",
    [
        "Der Sender will wissen, dass Anna Berger den Mann gefragt habe, was er „vorhabe“.",
        "Die Zeitung berichtet, Anna Berger habe die Helfer gefragt, ob sie „genug Wasser“ hätten.",
        "Jan Roth sagte, Anna Berger habe erklärt, dass der Plan „unsinnig“ sei.",
    ],
)
def test_german_reported_clause_whose_verb_of_asking_comes_first(text: str) -> None:
    found = last(text, "de")
    assert (found.speaker, found.confidence) == ("Anna Berger", "low")


@pytest.mark.parametrize(
    "text",
    [
        # the quotation's own clause has a cue of its own
        "Jan Roth sagte, dass Anna Berger gefragt habe, was Eva Ems dazu sagte: „Nichts.“",
        # no verb of asking or saying closes the clause before
        "Der Sender meldet, dass Anna Berger den Plan gelobt habe, weil er „gut“ sei.",
        # a reported perfect, but the quotation stands in a clause of its own after it
        "Der Sender meldet, dass Anna Berger den Plan gelobt habe, weil die Stadt ihn „gut“ finde.",
        # a name in the clause before, but no reported clause: a main clause of its own
        "Jan Roth sagte das, Anna Berger fragte, ob das „gut“ sei.",
    ],
)
def test_german_clause_before_the_quotations_own_names_nobody_new(text: str) -> None:
    assert last(text, "de").speaker != "Anna Berger"


_HALE = "Tom Hale spoke to reporters on Monday. “We are ready,” Hale said.\n"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            _HALE + "A senior official said the talks had stalled. “Nobody is moving,” he said.",
            "en",
        ),
        (
            _HALE + "An aide told reporters the talks had stalled. “Nobody is moving,” he added.",
            "en",
        ),
        (_HALE + "An official said the talks had stalled. He added: “Nobody is moving.”", "en"),
        (
            "Jan Roth sprach am Montag. „Wir sind bereit“, sagte Roth. Ein Sprecher erklärte, die"
            " Gespräche stockten. „Niemand bewegt sich“, fügte er hinzu.",
            "de",
        ),
        (
            "Paul Martin a parlé lundi. « Nous sommes prêts », a dit Martin. Un porte-parole a"
            " affirmé que les discussions étaient bloquées. « Personne ne bouge », a-t-il dit.",
            "fr",
        ),
        (
            "Juan Pérez habló el lunes. «Estamos listos», dijo Pérez. Un portavoz dijo que las"
            " conversaciones estaban estancadas. «Nadie se mueve», añadió él.",
            "es",
        ),
        (
            "Иван Петров говорил с журналистами. «Мы готовы», — сказал Петров. Один из чиновников"
            " заявил, что переговоры зашли в тупик. «Никто не двигается», — сказал он.",
            "ru",
        ),
    ],
)
def test_pronoun_never_jumps_over_an_unnamed_speaker(text: str, lang: str) -> None:
    assert last(text, lang).speaker is None


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # the unnamed speaker's own noun marks the other gender
        (
            _HALE + "A spokeswoman said the talks had stalled. “Nobody is moving,” he said.",
            "en",
            "Tom Hale",
        ),
        # the name stands nearer than the unnamed speaker
        (
            _HALE + "A senior official said the talks had stalled. Hale disagreed. “Nobody is"
            " moving,” he said.",
            "en",
            "Tom Hale",
        ),
        # nobody spoke between
        (_HALE + "The talks had stalled. “Nobody is moving,” he said.", "en", "Tom Hale"),
        (
            "Paul Martin a parlé lundi. « Nous sommes prêts », a dit Martin. Une porte-parole a"
            " affirmé que les discussions étaient bloquées. « Personne ne bouge », a-t-il ajouté.",
            "fr",
            "Paul Martin",
        ),
        (
            "Иван Петров говорил с журналистами. «Мы готовы», — сказал Петров. Чиновница"
            " заявила, что переговоры зашли в тупик. «Никто не двигается», — сказал он.",
            "ru",
            "Иван Петров",
        ),
    ],
)
def test_pronoun_still_goes_back_to_the_name(text: str, lang: str, speaker: str) -> None:
    assert last(text, lang).speaker == speaker


def test_russian_sentence_opening_word_is_no_pronouns_speaker() -> None:
    text = (
        "Иван Петров говорил с журналистами. «Мы готовы», — сказал Петров. Высокопоставленный"
        " чиновник заявил, что переговоры зашли в тупик. «Никто не двигается», — сказал он."
    )
    assert last(text, "ru").speaker != "Высокопоставленный"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Juan Pérez aseguró que Ana Ruiz tachó el plan de «absurdo».", "es", "Juan Pérez"),
        (
            # a verb of calling would make the label Анна Берг's: test_attribution_judged_labels
            "Иван Петров рассказал, что Анна Берг отвергла план как «абсурдный».",
            "ru",
            "Иван Петров",
        ),
        (
            "Tom Hale argued that Ann Roe had ignored “the plain facts of the case.”",
            "en",
            "Tom Hale",
        ),
    ],
)
def test_cue_before_a_clause_with_its_own_named_subject_is_never_sure(
    text: str, lang: str, speaker: str
) -> None:
    found = last(text, lang)
    assert (found.speaker, found.confidence) == (speaker, "low")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Juan Pérez aseguró que el plan era «absurdo».", "es", "Juan Pérez"),
        ("Иван Петров рассказал, что план «абсурдный».", "ru", "Иван Петров"),
        # a possessive: the name owns the subject, it is not the subject
        (
            "The New York Post reports that Hillary Clinton’s team avoided the hospital to “keep"
            " the details private.”",
            "en",
            "New York Post",
        ),
        # the clause's own cue names its subject as the speaker
        ("Tom Hale noted that Senator Ann Roe had called the plan “absurd.”", "en", "Ann Roe"),
    ],
)
def test_cue_before_a_plain_clause_stays_sure(text: str, lang: str, speaker: str) -> None:
    found = last(text, lang)
    assert (found.speaker, found.confidence) == (speaker, "high")


@pytest.mark.parametrize(
    ("text", "word", "opener"),
    [
        ("Высокопоставленный чиновник заявил, что устал.", "Высокопоставленный", True),
        ("Устал. Петров заявил это. Слова Петрова повторили.", "Петров", False),  # inflected again
        ("Депутат Петров заявил это.", "Петров", False),  # inside its sentence
        ("Один из чиновников заявил это.", "Иван", False),  # not written at all
    ],
)
def test_a_sentence_opener_is_a_word_written_once_at_a_sentence_start(
    text: str, word: str, opener: bool
) -> None:
    """A lone capitalised word counts as a sentence opener only when written once, there."""
    assert sentence_opener(text, word) is opener
