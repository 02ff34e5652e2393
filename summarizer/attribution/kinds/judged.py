"""A short quotation that a verb of calling or judging gives as its subject's label."""
# "Jean Dupont a qualifié la réforme d'« inacceptable »", "Juan Pérez tildó la decisión de
# «absurda»", "Лавров назвал решение «ошибкой»": the verb, its object and a link; "a dénoncé une
# « mascarade »", "habló de una «traición»": the verb, a link and an article. As German
# `german_governed` and English "called the decision “a disgrace”", such a label is the
# subject's words; who that subject is, the cues decide. Lower case only: a capitalised
# quotation is a name given ("a baptisé son bateau « Liberté »", "назвал сына «Иваном»").

from __future__ import annotations

import re
from typing import NamedTuple

from summarizer import _data
from summarizer.attribution.kinds.clause_cut import clause_cut
from summarizer.attribution.kinds.german_titles import STOP, WORD
from summarizer.attribution.kinds.judged_opening import personal_in, proper_opening
from summarizer.attribution.kinds.word_index import surnames_in_full, whole_word, words_in
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.russian_names import HIS_IN_A, MENS
from summarizer.attribution.marks.marks import Span

_DATA = _data.load_toml("terms.toml")


def _phrases(table: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A table of verb phrases per language, each phrase as its words."""
    return {lang: tuple(tuple(p.split()) for p in words) for lang, words in _DATA[table].items()}


_JUDGING = _phrases("judging")
_DECRYING = _phrases("decrying")
_LINKS = {lang: frozenset(words) for lang, words in _DATA["judging_links"].items()}
_CLITICS = {lang: frozenset(words) for lang, words in _DATA["judging_clitics"].items()}
_OBLIQUE = {lang: tuple(words) for lang, words in _DATA["judging_oblique"].items()}
_OBJECTS = {lang: tuple(words) for lang, words in _DATA["judging_objects"].items()}
_PERSONAL = {lang: frozenset(words) for lang, words in _DATA["judging_personal"].items()}
_NOUNS = {lang: tuple(words) for lang, words in _DATA["judging_nouns"].items()}
_GENITIVES = {lang: tuple(words) for lang, words in _DATA["judging_genitives"].items()}
_HERS = {lang: tuple(words) for lang, words in _DATA["judging_her_genitives"].items()}
_HIS = frozenset(n.lower() for n in MENS | HIS_IN_A)
_SENTENCE_END = re.compile(r"[.!?\n]|$")
_SUBJECT_WORDS = 3
_REACH = 60
_ELIDED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "l'a" is two words, "d'« … »" one
_LABEL_WORDS = 3
_OBJECT_WORDS = 3
_SURNAME_LETTERS = 4  # "Лавров", "Песков"; "Лев": too short to tell
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _clause(text: str, span: Span) -> tuple[int, list[str]]:
    """Where the quotation's clause starts (within reach) and its words up to the quotation."""
    cut = clause_cut(text, span.open_at, _REACH)
    return cut, _ELIDED.findall(text, cut, span.open_at)


class Label(NamedTuple):
    """Where a judged quotation's clause starts, its words before the verb and after it."""

    cut: int
    before: list[str]
    after: tuple[str, ...] = ()  # "lo calificó Feijóo de «…»": the words in the object's place


# Read once a quotation (find.py): whether it is a title or a term, and how sure its speaker is
# (`unsure_label`), all ask it.
def label_subject(text: str, span: Span, cues: Cues) -> Label | None:
    """The clause of a verb of calling whose label the quotation is, a name before the verb."""
    subject = _subject(text, span, cues)
    return (
        subject
        if subject is not None and _named_subject(text, subject.cut, subject.before, cues)
        else None
    )


def _subject(text: str, span: Span, cues: Cues) -> Label | None:
    """The clause of a verb of calling whose label the quotation is: its words around the verb."""
    judging = _JUDGING.get(cues.family)
    if judging is None or not span.marked:
        return None
    inner = text[span.start : span.end]
    if not inner[:1].islower() or STOP.search(inner) or len(WORD.findall(inner)) > _LABEL_WORDS:
        return None  # a name ("« Liberté »"), or a sentence quoted
    cut, written = _clause(text, span)
    words = [w.lower() for w in written]
    if words and words[-1] in cues.articles:
        if words[-1] not in cues.indefinite:
            return None  # "a évoqué la « loi travail »": a thing the text names so
        words.pop()  # "une « mascarade »"
    if words and words[-1] in _LINKS[cues.family]:
        words.pop()  # "d'« inacceptable »", "как «сложную»"
    if words and words[-1] in cues.governing and words[-1] not in cues.articles:
        return None  # "llamó a una «reflexión»": a preposition's object, no label
    for size in range(min(_OBJECT_WORDS, len(words)) + 1):
        head = words[: len(words) - size]
        verbs = judging if size else (*judging, *_DECRYING[cues.family])
        verb = next((v for v in verbs if tuple(head[-len(v) :]) == v), None)
        if verb is not None:
            return Label(
                cut, written[: len(head) - len(verb)], tuple(written[len(head) : len(words)])
            )
    return None


# "Le ministre Jean Dupont a qualifié", "Министр Лавров назвал": a capitalised word right before
# the verb (past an object clitic, "Jean Dupont l'a qualifié") that does not open its sentence,
# where any noun is capitalised ("L'opposition dénonce", "Песков назвал" stay as they were).
# A common noun ("Le syndicat a qualifié"), a pronoun, "on" or "se" names nobody, nor does a name
# after a preposition, which is its object and never the subject ("Министр после встречи с
# Иваном Петровым назвал", "el Gobierno de Pedro Sánchez calificó"; an article is no preposition).
def _named_subject(text: str, cut: int, before: list[str], cues: Cues) -> bool:
    """Whether the words before the verb end in a name inside their sentence."""
    before = _unclitic(before, cues)
    if not before or not before[-1][:1].isupper():
        return False
    run = len(before)
    while run and before[run - 1][:1].isupper():
        run -= 1
    ahead = before[run - 1].lower() if run else ""
    if ahead in cues.governing and ahead not in cues.articles:
        return False
    lone = len(before) == 1 and _opens(text, cut)
    return not lone or proper_opening(text, before[0], cues) or _in_full(text, before[0], cues)


# "Дмитрий Песков … Песков назвал решение «…»": a sentence-first word the article writes after a
# capitalised word (no article or preposition) is a surname, no common noun.
def _in_full(text: str, word: str, cues: Cues) -> bool:
    """Whether `text` writes `word` as the last word of a full name somewhere."""
    if whole_word(word):
        return word in surnames_in_full(text, cues)
    pattern = re.compile(rf"([^\W\d_][\w-]*) +{re.escape(word)}(?![\w-])")
    barred = cues.stop | cues.governing
    return any(
        m.group(1)[:1].isupper() and m.group(1).lower() not in barred
        for m in pattern.finditer(text)
    )


def _unclitic(before: list[str], cues: Cues) -> list[str]:
    """The words before the verb without the object pronouns right before it ("l'a qualifié")."""
    clitics = _CLITICS.get(cues.family, frozenset())
    while before and before[-1].lower() in clitics:
        before = before[:-1]
    return before


def _opens(text: str, cut: int) -> bool:
    """Whether the clause that starts at `cut` opens its sentence."""
    return cut == 0 or text[cut - 1] in ".!?\n"


# "El Gobierno calificó la reforma de «inaceptable»": a body gives the label at most as surely as
# a German group does ("Die Regierung nannte die Lage „…“": low); "Iván Petrov contó que Ana Berg
# calificó el plan de «…»": one reports another's label, which is never sure either. Nor is any
# subject but a person's full name written as the sentence's subject (`_plain`).
def unsure_label(text: str, label: Label | None, speaker: str, cues: Cues) -> bool:
    """Whether a label a verb of calling gives has no plainly named person as its subject."""
    if label is None:
        return False
    words = speaker.split()
    body = bool(words) and words[-1].lower() in cues.orgs
    reported = any(w.lower() in cues.complementizers for w in label.before)
    return body or reported or not _plain(text, label.cut, label.before, words, cues)


# Sure only where the capitalised words right before the verb are the speaker's full name (or its
# surname, the full name written elsewhere), after nothing but titles and articles (`titles`:
# "La ministre Sylvie Garnier", "Депутат Ольга Смирнова") from the sentence's start. A lone
# word may be a place or an outlet ("Bruxelles", "Москва", "Le Monde"); a name after a
# preposition ("с Иваном Петровым"), a possessor ("el Gobierno de Pedro Sánchez"), an
# adverbial's comma ("Selon elle, Jean Dupont") or an object ("Вчера Анну Смирнову назвала") is
# not surely the subject; a sentence-first noun before a surname ("Решение Лавров") ends as no
# Russian first name does in the nominative (`judging_oblique`).
def _plain(text: str, cut: int, before: list[str], speaker: list[str], cues: Cues) -> bool:
    """Whether the sentence's subject before the verb is the speaker's full name, titles aside."""
    before = _unclitic(before, cues)
    if len(speaker) < 2 or not _opens(text, cut):
        return False
    lead = 0
    while lead < len(before) and before[lead].lower() in cues.titles:
        lead += 1
    name = before[lead:]
    if not name or len(name) > len(speaker) or speaker[-len(name) :] != name:
        return False
    oblique = _OBLIQUE.get(cues.family, ())
    return not any(w.lower().endswith(oblique) for w in name[:-1])


# "Вчера Анну Смирнову назвала «…» Мария Иванова", "A Juan Pérez Ana López lo calificó de «…»":
# a name before the verb whose last two words end in the accusative (one word, "Шойгу", may be a
# nominative) or after a personal "a" (also "Al presidente", "A la ministra": past titles) is the
# verb's object, which never gives the label; so is a sentence-first noun phrase (`_headed`).
def object_first(text: str, label: Label | None, cues: Cues) -> bool:
    """Whether a label's verb of calling (`label`: `label_subject`'s) has its object before it."""
    if label is None:
        return False
    before = _unclitic(label.before, cues)
    run = _run_start(before)
    name = before[run:]
    personal = _PERSONAL.get(cues.family, frozenset())
    titled = run
    while titled and before[titled - 1].lower() in cues.titles:
        titled -= 1  # "A la ministra Ana López": "la", "ministra" are titles
    marked = titled < run and titled > 0 and before[titled - 1].lower() in personal
    personal_a = marked or personal_in(name, personal, cues)
    endings = _OBJECTS.get(cues.family, ("\0",))
    accusative = len(name) > 1 and all(w.endswith(endings) for w in name[-2:])  # "Вчера Анну …"
    # "Тимур Лановой назвал решение «…»": with its object after it the run before is no object
    placed = any(word[:1].islower() for word in label.after)
    return personal_a or accusative or (not placed and _headed(text, label.cut, before, cues))


def _run_start(before: list[str]) -> int:
    """Where the run of capitalised words that ends `before` starts."""
    run = len(before)
    while run and before[run - 1][:1].isupper():
        run -= 1
    return run


# "Решение Москвы назвал «…» Песков", "Слова Зеленского назвал …": a sentence-first noun whose
# ending no first name has (a neuter's "Решение"), or before a genitive no nominative name ends so
# ("Зеленского", "Москвы"), or that the article writes in lower case elsewhere ("Их действия").
def _headed(text: str, cut: int, before: list[str], cues: Cues) -> bool:
    """Whether the words before the verb open their sentence with a noun and its genitive."""
    nouns = _NOUNS.get(cues.family)
    if nouns is None or len(before) < 2 or _run_start(before) or not _opens(text, cut):
        return False
    head, owner = before[0].lower(), before[1].lower()
    lower = (
        head in words_in(text)
        if whole_word(head)
        else re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text) is not None
    )
    # "Слова Пугачевой": her genitive; after a man's first name a man's own "Андрей Луговой"
    hers = owner.endswith(_HERS.get(cues.family, ("\0",))) and head not in _HIS
    return head.endswith(nouns) or owner.endswith(_GENITIVES[cues.family]) or lower or hers


# "Заявление Байдена Песков назвал «…»", "Решение Лавров назвал …": after the sentence-first
# noun phrase, a last word in a consonant is a man's nominative, the verb's subject.
def subject_within(text: str, subject: Label | None, cues: Cues) -> str | None:
    """The surname right before the verb after a sentence-first noun phrase, or None."""
    if subject is None or cues.family not in _NOUNS:
        return None
    before = _unclitic(subject.before, cues)
    last = before[-1] if before else ""
    man = len(last) >= _SURNAME_LETTERS and last[-1].lower() in _CONSONANTS
    return last if man and _headed(text, subject.cut, before, cues) else None


# "«героиней» Мария Иванова.": capitalised words from the label's close to the sentence's end,
# none in the object's case, are the verb's subject, put after it.
def subject_after(text: str, span: Span, cues: Cues) -> str | None:
    """The name that ends the label's sentence right after it, or None."""
    end = _SENTENCE_END.search(text, span.close_at + 1)
    stop = end.start() if end else len(text)
    words = text[span.close_at + 1 : stop].split()
    endings = _OBJECTS.get(cues.family, ("\0",))
    named = 0 < len(words) <= _SUBJECT_WORDS and all(w[:1].isupper() for w in words)
    return " ".join(words) if named and not any(w.endswith(endings) for w in words) else None


# "Al Gobierno lo calificó Feijóo de «okupa»": with the object put first and taken up by a clitic
# before the verb, the capitalised words in the object's place after the verb are the subject.
def subject_between(subject: Label | None, cues: Cues) -> str | None:
    """The name between the verb of calling and its label after a fronted object, or None."""
    if subject is None or cues.family not in _CLITICS or not subject.before or not subject.after:
        return None
    last = subject.before[-1].lower()
    taken_up = last in _CLITICS[cues.family] and last not in cues.negations
    named = all(w[:1].isupper() for w in subject.after)
    return " ".join(subject.after) if taken_up and named else None


# "Действия Киева назвала «провокацией» Захарова.": the run before the verb and the name after the
# label, in the verb's gender (a woman's -а, -я after "-ла", a man's consonant after "-л"), may
# each be the subject; which, no ending tells: the one before is never sure. Such a run of
# capitals is always a named subject, so `label_subject`'s label is the one to read.
def doubted_order(text: str, span: Span, subject: Label | None, cues: Cues, verb: str) -> bool:
    """Whether both a sentence-first run before the verb and a name after the label may speak."""
    if subject is None or cues.family not in _NOUNS or not _opens(text, subject.cut):
        return False
    before = _unclitic(subject.before, cues)
    after = subject_after(text, span, cues)
    if len(before) < 2 or _run_start(before) or after is None:
        return False
    last = after.split()[-1].lower()
    woman = verb.endswith("ла")
    return last.endswith(("а", "я")) if woman else verb.endswith("л") and last[-1] in _CONSONANTS
