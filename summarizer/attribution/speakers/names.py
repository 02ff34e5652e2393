"""From a raw mention to a canonical speaker: titles stripped; surnames, pronouns, roles carried."""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.attribution.frames.adjacent import adjacent_quotes, answers
from summarizer.attribution.frames.arabic_holder import role_holder
from summarizer.attribution.frames.bare_name import bare_name
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.genders import gender
from summarizer.attribution.frames.lone_opener import crowded
from summarizer.attribution.frames.modifier import modifies_noun, placed_word
from summarizer.attribution.frames.runs import unlisted
from summarizer.attribution.frames.subjects import goes_on, joined, last_sentence
from summarizer.attribution.han.cjk import han_people
from summarizer.attribution.han.hanname import han_person, han_role, ja_holder, ja_same
from summarizer.attribution.han.zhsubject import whole_name
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of
from summarizer.attribution.speakers.addressee import addressed
from summarizer.attribution.speakers.agreement import marked_as, says, tied
from summarizer.attribution.speakers.arabic_going_on import going_on
from summarizer.attribution.speakers.bare_words import first_named, heads
from summarizer.attribution.speakers.bodies import org_speaker
from summarizer.attribution.speakers.cataphora import before_opening
from summarizer.attribution.speakers.epithets import described, taken_up, unheld
from summarizer.attribution.speakers.gendered import learned, only_of_gender, rivalled
from summarizer.attribution.speakers.governed import governed
from summarizer.attribution.speakers.honored import honoured, namesake_choice
from summarizer.attribution.speakers.lone_surnames import nominative, surname_forms, unowned
from summarizer.attribution.speakers.met_pair import german_pronoun
from summarizer.attribution.speakers.neuter import expanded_acronym, neuter_body
from summarizer.attribution.speakers.office_epithets import office_role
from summarizer.attribution.speakers.openers import opened_by_other
from summarizer.attribution.speakers.pairs import first_of_two
from summarizer.attribution.speakers.persons import agreeing, firm, not_person
from summarizer.attribution.speakers.pronoun_fit import body, passed_over
from summarizer.attribution.speakers.ranked_surnames import ranked_surname
from summarizer.attribution.speakers.ranks import rivalless
from summarizer.attribution.speakers.shared_roster import roster_for
from summarizer.attribution.speakers.standing import held, opening_roles
from summarizer.attribution.speakers.subject_runs import SubjectRuns

People = list[tuple[str, str | None, int]]  # names, the gender marked for each, where each stands


class Resolver:
    """Turns mentions into canonical speakers, remembering who spoke last in the article."""

    def __init__(self, text: str, cues: Cues) -> None:
        self.text, self.cues = text, cues
        self.last_person: str | None = None
        self.spoken: list[str] = []
        self._latest: dict[str, int] = {}  # each speaker, at its last turn
        self._by_word: dict[str, str] = {}  # each word of a speaker's name, its last speaker
        self.genders: dict[str, str] = {}  # each speaker a gendered pronoun stood for, its gender
        self.roster = roster_for(text, cues.family)
        self.runs = SubjectRuns(text, self.roster, cues)  # each window's runs read once
        self.every = cues.role_guess and cues.spaced and not cues.nouns_capitalized  # word by word
        self._marks = (self.roster, cues, self.genders)  # what `only_of_gender` reads

    # `context`: since the previous quotation, spoken by `previous`; `keep`: a test to pass.
    def resolve(
        self,
        mention: Mention,
        context: tuple[int, int],
        previous: str | None = None,
        keep: Callable[[str | None], bool] | None = None,
    ) -> str | None:
        """The canonical speaker for `mention`."""
        at = context[1]
        if mention.kind == "pronoun":  # never past a nearer name of its gender
            told = dict(self.genders)  # as before this pronoun marked its own
            found = self._pronoun(mention, context, previous)
            found = passed_over(self.text, found, mention, self.cues, (told, self.roster))
        elif mention.kind == "role":  # the name its title gives, never just the last one named
            found = self._by_title(office_role(mention.words, self.cues.family), at, mention)
            ja = self.cues.family == "ja"
            found = ja_same(mention.words, found, previous) if ja else found or mention.words
        elif mention.kind == "description":
            # "the moderator" as written; "the report": a body named elsewhere; German head first
            head = TOKEN.findall(mention.words)[0 if self.cues.nouns_capitalized else -1].lower()
            found = None if head.rstrip("s") in self.cues.orgs else mention.words
            found = described(self.roster, found, mention, context)  # "the university": the one
        elif mention.kind == "neuter":  # "it said": a body, never a person
            found = neuter_body(self.text, (context[0], min(at, mention.at)), self.cues, previous)
        elif mention.kind == "org":
            found = org_speaker(self.text, mention, context, self.cues, self._latest)
        else:
            found = self._person(mention, at)
        found = None if keep is not None and not keep(found) else found
        found = expanded_acronym(self.text, found) if found else found  # "CBSA": its expansion
        if found and mention.kind not in ("org", "description", "neuter"):
            self.last_person = found
        if found:
            self.spoken.append(found)
            self._latest.pop(found, None)  # kept in the order of their last turns
            self._latest[found] = len(self.spoken)
            self._by_word.update(dict.fromkeys(found.split(), found))
        return found

    # Capitalised nouns or no capitals: one person in view, else the last speaker; English: sure.
    def _pronoun(
        self, mention: Mention, context: tuple[int, int], previous: str | None
    ) -> str | None:
        """The last subject since the previous quotation (`context`), of no other gender."""
        if mention.cue.lower().split(" ", 1)[0] in self.cues.plural_cues:
            return None  # "« … », ont-ils expliqué": a group's words, never one person's
        if self.cues.family == "ar":  # no capitals to find a subject by: the one going on
            return going_on(self.text, mention, context, previous, self.cues)
        people = before_opening(self.recent_people(context), mention, context)
        if self.cues.nouns_capitalized:  # no "Das Bundeskriminalamt", no one of another gender
            placed = [(name, at) for name, _, at in people if not body(name, self.cues)]
            return german_pronoun(self, mention, placed)  # none placed: one man, one woman
        if not self.cues.spaced:
            unique = {n for n, _, _ in people} or {self.last_person} - {None}
            return unique.pop() if len(unique) == 1 else None
        people = held(people, opening_roles(self.text, context, self.cues), self._by_title)
        wanted = gender_of(mention.words, self.cues)
        people = agreeing(self.text, people, wanted, self.genders, self.cues)  # no "Reuters"
        if crowded(self.text, people, self.cues):
            return None  # "Ann Cole and Ben Ruiz met", "Лавров … Песков отказался": either one
        if self.cues.pronoun_guess:
            return people[-1][0] if people else None
        found = self._sure_pronoun(mention, context, (previous, wanted), people)
        window = (context[0], min(mention.at, context[1]))  # the sentence before: no other she
        found = None if found and rivalled(self.text, window, wanted, found, self._marks) else found
        if not learned(found, wanted, self.cues.family):  # none, or "il" for "Claire Fontaine"
            found = only_of_gender(self.text, window, wanted, previous, self._marks) or found
        found = None if found and opened_by_other(self.text, context, found, self.cues) else found
        objects = addressed(self.text, mention, self.cues)  # "she told Winfrey": not Winfrey
        found = None if found and objects & set(found.split()) else found
        self.genders.update(learned(found, wanted, self.cues.family))
        both = not wanted and found and self.others(context, found)
        return None if both else found  # "Ann Cole met Tom Reyes. “…,” they said": both of them

    # Only these (other guesses were wrong one time in six); `people`: of no other gender.
    def _sure_pronoun(
        self,
        mention: Mention,
        context: tuple[int, int],
        said: tuple[str | None, str | None],
        people: People,
    ) -> str | None:
        """`previous` going on, the one person named just before, or whom the story points to."""
        limit = min(mention.at, context[1])
        previous, wanted = said  # the previous speaker; the gender `_pronoun` read off the pronoun
        alone = not people and previous and not self.others(context, previous, wanted=wanted)
        if alone and says(self.text, mention.words, (context[0], limit)):
            return previous  # "He said as police entered …\n\n“…,” he said": the same "he"
        if alone and marked_as(self.text, (context[0], limit), previous, wanted, self.cues):
            return previous  # the one person named since, of the pronoun's marked gender
        told = self.genders.get(previous or "", wanted) == wanted  # not "he" where "she" stood
        if alone and told and adjacent_quotes(self.text, context, self.cues, self.recent_people):
            return previous  # "“…,” says Tom Hale. “…”\n\n“…,” he added": the same one goes on
        if alone and wanted and self.genders.get(previous or "") == wanted:
            return previous  # "“…,” he said.\n\nThere is fear, he said, …": the same "he"
        if not people:  # the previous quotation's speaker, if named in the sentence before
            begin = last_sentence(self.text, (max(0, context[0] - 600), limit), self.cues)
            named = self.recent_people((begin, context[0])) if begin <= context[0] else []
            if not named and not previous and begin <= context[0]:
                named = self._quoted_before(begin, limit)
            return goes_on(named, previous, wanted)
        name = people[-1][0]
        if name == previous:
            return None if answers(self.text, context[0]) else name
        begin = last_sentence(self.text, (context[0], limit), self.cues)
        there = {other for other, _, at in people if begin <= at < limit}
        if not there and says(self.text, mention.words, (begin, limit)) and begin > context[0]:
            # "Lund spoke. It would hit home, he added.\n\n“…,” he said": the same "he" as before
            begin = last_sentence(self.text, (context[0], begin), self.cues)
            there = {other for other, _, at in people if begin <= at < limit}
        if not there and not self.others((people[-1][2], limit), name, marked=True):
            return name  # named further back, and nobody named since
        return name if there == {name} else None

    # "Lund cited a study. It would “add supply.”", then a paragraph "“…,” he said": he is Lund.
    def _quoted_before(self, begin: int, limit: int) -> People:
        """Who is named in the sentence before `begin`, when nobody is named up to `limit`."""
        earlier = last_sentence(self.text, (max(0, begin - 600), begin), self.cues)
        return [] if self.others((begin, limit), "") else self.recent_people((earlier, begin))

    # No body ("For Ann Roe, …"), for he or she no firm ("Acme Corp."); `marked`: persons only.
    def others(
        self, context: tuple[int, int], person: str, marked: bool = False, wanted: str | None = None
    ) -> bool:
        """Whether `context` names anyone but `person`, as a subject or not."""
        for run in self.runs.held(context, self._by_word):  # "No": nobody
            name = self.roster.name(run.group(), run.start())
            if placed_word(self.text, run, self.cues) or modifies_noun(self.text, run, self.cues):
                continue  # "across Canada" (no "Atlantic Canada"), "Canadian examples include two"
            if name and " " not in name:
                name = self._full_name(name, run.start()) or ""
            bodies = any(w.lower() in self.roster.orgs for w in name.split())
            if not name or name == person or bodies or (wanted and firm(name, self.cues)):
                continue
            sure = name in self._latest or gender(self.text, run.span(), self.cues, context[1])
            if sure or not marked:
                return True
        return False

    def _person(self, mention: Mention, at: int) -> str | None:
        words = mention.words
        if not self.cues.spaced:
            return whole_name(self.text, han_person(self.text, words, self._latest, self.cues))
        name = self.roster.name(words)
        if not name:  # "der Abg. Richter": a surname that is also a role word, after a rank
            return ranked_surname(self.text, mention, self.cues, self._by_title(words, at))
        name, genitive = governed(name, mention, self.cues)  # "цитирует Ольгу Смирнову"
        if " " not in name:  # "по словам Павла": the full name in the nominative, if declined
            forms = surname_forms(self.text, name, mention, self.cues, genitive)
            found = self._full_name(name, at, forms) if forms else None
            chosen = namesake_choice(self.text, (words, name, mention.cue), found, at, self.cues)
            if chosen != found:  # "Mr. Pike" of Sara and Dan Pike: Dan; "Varga" of two: nobody
                return chosen
            if genitive and found and name in found.split():
                return nominative(self.roster, found, self.cues)
            return found or (name if forms and bare_name(self.text, mention, self.cues) else None)
        pair = first_of_two(self.roster.by_word(), name, self.cues, mention.cue)  # "Scholz Macron"
        if pair is not None:
            return pair or None
        if genitive:
            return nominative(self.roster, name, self.cues)
        return unowned(self.text, name, mention, self.cues)

    def _full_name(self, token: str, at: int, forms: list[str] | None = None) -> str | None:
        """The earlier full name containing `token` ("Stoltenberg" -> "Jens Stoltenberg")."""
        forms = forms or self.cues.nominatives(token)
        spoken = [self._by_word[form] for form in forms if form in self._by_word]
        if spoken:  # the last speaker of that name, from an index: linear in the article
            return max(spoken, key=self._latest.__getitem__)
        index = self.roster.by_word()
        candidates = next((index[f] for f in forms if f in index), [])
        return first_named(candidates, at, self.roster.owners)

    # Never merely a capitalised word (a place, a company); in Chinese and Japanese also every
    # name the text repeats before its cues, but not a title ("局長表示").
    def recent_people(self, context: tuple[int, int]) -> People:
        """The people in `context` who are a subject or carry a title, with gender and place."""
        if self.cues.family == "ar" or not self.cues.spaced:  # no capitals, or no spaces
            return [] if self.cues.family == "ar" else han_people(self.text, context, self.cues)
        found: People = []
        for run, earlier, name, titled in self.runs.weighed(context, self._by_word):
            partner = self._partner(earlier, run, context[1])
            if not (partner or titled or self.roster.subject(run)):
                continue
            if " " not in name:
                full = self._full_name(name, run.start())  # or alone: "Myers said", "Mr. Roe is"
                cued = self.roster.cued(run) or honoured(self.text, run.start(), self.cues, found)
                name = full or (name if name.lower() not in self.cues.skip and cued else "")
            if not_person(name, self.cues):  # "Because", "Gestern Abend"
                continue
            if name and not any(w.lower() in self.roster.orgs for w in name.split()):
                marked = self.runs.gender(run.span(), context[1])
                found += [*partner, (name, marked, run.start())]
        return found

    # "Ann Cole and Ben Ruiz met": placed where `run` stands, so that no pronoun tells them apart.
    def _partner(self, first: re.Match[str] | None, run: re.Match[str], end: int) -> People:
        """The other name of a joint subject ending in `run`."""
        if first is None or not joined(self.text, first, run, self.cues):
            return []
        name = self.roster.name(first.group(), first.start())
        if name and " " not in name:  # "Lund and Reyes", not "Innovation, Science and Culture"
            full = self._full_name(name, first.start())
            name = full or unlisted(self.text, first, name, self.cues)
        if not name or any(w.lower() in self.roster.orgs for w in name.split()):
            return []
        return [(name, gender(self.text, first.span(), self.cues, end, names=True), run.start())]

    # By its title, or the last subject: the previous speaker going on or the one person named in
    # the sentence before; in Japanese only "同" and a title, the last one with it (`ja_holder`).
    def sure_role(self, speaker: str, context: tuple[int, int], previous: str | None) -> bool:
        """Whether a guessed role (`role_guess`) surely stands for `speaker`, its resolution."""
        people = [] if self.cues.family == "ja" else self.recent_people(context)
        if not people or people[-1][0] != speaker or speaker == previous:
            return True
        begin = last_sentence(self.text, context, self.cues)
        return {name for name, _, at in people if at >= begin} == {speaker}

    # A role stands only for a name the article gave that title, never for the one person named.
    def _by_title(self, words: str, at: int, role: Mention | None = None) -> str | None:
        if self.cues.family == "ja":
            return ja_holder(self.text, words[1:], at, self.cues.titles)
        if self.cues.family == "ar":
            return role_holder(self.text, words, role.at if role else at, self.cues)
        if not self.cues.spaced:
            return han_role(self.text, words, at, self.cues.titles)
        for word in reversed(roles := rivalless(self.text, heads(words, self.cues), at, self.cues)):
            earlier = self.roster.titled_before(word.lower(), at)
            if earlier and self.cues.role_guess:
                return tied(self.roster, words, earlier, role) if self.every else earlier[-1][1]
            if (sole := self.roster.sole(word.lower(), words, at))[0]:
                return sole[1]
        return taken_up(self.roster, words, at, role) if roles else unheld(self.roster, words, role)
