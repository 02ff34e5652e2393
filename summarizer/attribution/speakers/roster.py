"""The article's multi-word names, found once: by each of their words and by the title before."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import defaultdict
from operator import itemgetter

from summarizer.attribution.frames.canonical import canonical_once
from summarizer.attribution.frames.capital_runs import capital_runs
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.complement_split import holds_role, name_after
from summarizer.attribution.frames.headlines import headings
from summarizer.attribution.frames.listeners import past_place, past_told
from summarizer.attribution.frames.lone_opener import lone_subject
from summarizer.attribution.frames.modifier import modifier_run
from summarizer.attribution.frames.opening_place import past_opening
from summarizer.attribution.frames.owned import owned_titles
from summarizer.attribution.frames.regnal import any_numeral, numbered, numeral
from summarizer.attribution.frames.roles import complement_dropped
from summarizer.attribution.frames.runs import preposition
from summarizer.attribution.frames.subjects import is_subject
from summarizer.attribution.frames.written_words import WrittenWords
from summarizer.attribution.german.casing import attributive_noun, past_light_noun
from summarizer.attribution.german.roles import compound_title
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.agreement import past_tense
from summarizer.attribution.speakers.comitative import comitative_name, in_instrumental
from summarizer.attribution.speakers.ranks import same_rank
from summarizer.attribution.speakers.title_abbreviations import spelled_out
from summarizer.attribution.speakers.verb_opener import verb_opened

# A closing double mark right after a run, past a comma or full stop set inside the quotation.
_CLOSED = re.compile(r"[,.]?[”\"»“]")
_OPENED = frozenset('“"«„')
_GAP = re.compile(r"[ \t]*(,?)[ \t]*$")  # the spaces, maybe a comma, between a title and a name

_LEAD = 40  # how far before a name the words that open it are read
_SHORT_LEAD = 30  # ... tried first: four words fit in most
_QUALIFIER = 40  # how far before a titled name its title's qualifiers may stand
_COMPLEMENT = 3  # words of a complement between a title and its name
_OWNER = re.compile(r"(\S+(?: \S+)+?)['’]s ")  # two words or more that own the rest of a run
WEIGHED = 12  # names of a surname weighed from the start of the article

_canonical = canonical_once  # articles of a story share names
Placed = list[tuple[int, str]]  # names with where each stands, in text order


class Roster:
    """Every multi-word name of one article, indexed when first asked for."""

    def __init__(self, text: str, cues: Cues) -> None:
        self.text, self.cues = text, cues
        self.written = WrittenWords(text)  # the words before each word: also the frames pass's
        self._index: dict[str, Placed] | None = None
        self._titled: dict[str, Placed] = defaultdict(list)
        self._sole: dict[tuple[str, str], tuple[int, str | None, bool]] = {}
        self._subjects: dict[tuple[int, int], bool] = {}
        self._cued: dict[tuple[int, int], bool] = {}
        self._names: dict[tuple[str, int], str] = {}  # each run's name, where it stands
        self._numbered: frozenset[str] | None = None
        self.linked: dict[int, str] = {}  # roles taken up again, by their mention (taken_up)
        self._owners: frozenset[str | None] = frozenset()  # found with the names, by `by_word`
        self.titles, self.orgs = frozenset(cues.titles), frozenset(cues.orgs)  # sets, to look up

    def by_word(self) -> dict[str, Placed]:
        """Every multi-word name in the article, by each of its words."""
        if self._index is None:
            self._index = defaultdict(list)
            lines = iter(headings(self.text) if not self.cues.nouns_capitalized else [])
            heading, plain, owners = next(lines, None), set(), set()
            for match in capital_runs(self.text):
                while heading and heading[1] <= match.start():
                    heading = next(lines, None)
                modifier = modifier_run(self.text, match, self.cues)  # "Prominent Canadian …"
                if (not heading or match.start() < heading[0]) and not modifier:
                    if owner := _OWNER.match(match.group()):  # "Ada Moss’s This Shape": a name
                        owners.add(self._register(self._index, match.start(), owner.group(1)))
                    plain.add(self._register(self._index, match.start(), match.group()))
            self._owners = frozenset(owners - plain)  # "Marco Rubio … Marco Rubio’s campaign"
        return self._index

    @property
    def owners(self) -> frozenset[str | None]:
        """The names only ever written as an owner ("Ada Moss’s This Shape"), found with all."""
        self.by_word()
        return self._owners

    def titled(self, title: str) -> Placed:
        """The names that stand right after `title` (lower case), in text order."""
        self.by_word()
        return self._titled.get(title, [])

    # A bisection, so an article of many titled names stays linear.
    def titled_before(self, title: str, at: int) -> Placed:
        """The names that stand right after `title` before `at`, in text order."""
        placed = self.titled(title)
        return placed[: bisect_left(placed, (at, ""))]

    # Quotations come in text order, so each title's names are weighed once for a role, not again
    # at every quotation (an article of many titled names stays linear).
    def sole(self, title: str, role: str, at: int) -> tuple[bool, str | None]:
        """Whether `role` qualifies a name given `title` before `at`, and that name if only one."""
        placed = self.titled(title)
        end = bisect_left(placed, (at, ""))
        seen, first, many = self._sole.get((title, role), (0, None, False))
        if end < seen:
            seen, first, many = 0, None, False
        for pos, name in placed[seen:end]:
            if self.qualified(role, pos, name):
                # one of another rank ("Vice President X" for "the president") is a rival, never it
                ranked = same_rank(self.text, role, pos, name, self.cues)
                many = many or not ranked or (first is not None and name != first)
                first = first or (name if ranked else None)
        self._sole[title, role] = (end, first, many)
        return first is not None, None if many else first

    # "FBI" in "the FBI director"; `name` is registered at `pos`. "DHS Director Ann Roe" is no
    # FBI director. With `every`, each word of the role must: "министр обороны" is not the
    # "министр финансов" named before.
    def qualified(self, role: str, pos: int, name: str, every: bool = False) -> bool:
        """Whether the words that qualify `role` stand in the title before `name`."""
        begin = self.text.find(name, pos)
        lead = self.text[max(0, pos - _QUALIFIER) : begin if begin >= 0 else pos]
        if every:
            lead = lead.lower()
            words = [w.lower() for w in TOKEN.findall(role) if w.lower() not in self.cues.stop]
        else:
            words = [w for w in TOKEN.findall(role) if w[0].isupper()]
        return all(w.lower() in self.titles or w in lead for w in words)

    # Each quotation looks back over the runs before it (`Resolver.recent_people`): a run's answer
    # is kept, so that a paragraph of many short quotations is not weighed again at each one.
    def subject(self, run: re.Match[str]) -> bool:
        """`is_subject` for `run`, computed once per span."""
        if run.span() not in self._subjects:
            subject = is_subject(self.text, run, self.cues)
            self._subjects[run.span()] = subject or holds_role(self.text, run, self.cues)
        return self._subjects[run.span()]

    def cued(self, run: re.Match[str]) -> bool:
        """`lone_subject` for `run`, computed once per span."""
        if run.span() not in self._cued:
            self._cued[run.span()] = lone_subject(self.text, run, self.cues)
        return self._cued[run.span()]

    # Once per run, not at each quotation whose window holds it (`SubjectRuns`, `Resolver.others`).
    def name(self, words: str, at: int = -1) -> str:
        """`canonical` for `words` (past a role's complement that opens them at `at`), once each."""
        if (words, at) not in self._names:
            cut = past_opening(words, self.cues, self.written)  # "In Leeds Ann Roe": Ann Roe
            cut = name_after(self.text, at, cut, self.cues) if at >= 0 else cut
            self._names[words, at] = numbered(_canonical(cut, self.cues), cut, [], self.numbered())
        return self._names[words, at]

    # Read over the whole article before any name, so a name's numeral never depends on whether
    # the titled name comes before or after it ("“…,” Charles III said. King Charles III …").
    def numbered(self) -> frozenset[str]:
        """The names the article writes with a regnal numeral ("King Charles III": Charles III)."""
        if self._numbered is None:
            runs = capital_runs(self.text) if any_numeral(self.text) else []
            kept = (
                numbered(_canonical(run.group(), self.cues), run.group(), self._lead(run.start()))
                for run in runs
                if numeral(run.group().rsplit(" ", 1)[-1])
            )
            self._numbered = frozenset(name for name in kept if numeral(name.rsplit(" ", 1)[-1]))
        return self._numbered

    def determined(self, pos: int) -> bool:
        """Whether a determiner comes right before `pos`: a noun follows, not a name."""
        lead = TOKEN.findall(self.text, max(0, pos - 20), pos) if self.cues.determiners else []
        return bool(lead) and lead[-1].lower() in self.cues.determiners

    def _register(self, index: dict[str, Placed], pos: int, run: str) -> str | None:
        lowers = [t.lower() for t in TOKEN.findall(run)]
        lead = self._lead(pos)
        opening = self.cues.oblique_endings and " " in run and preposition(lowers[0], self.cues)
        if opening:  # "В Москве Песков" opening a sentence: the preposition
            lead = [run.split()[0]]
            pos, run = pos + len(lead[0]) + 1, run.split(" ", 1)[1]
            lowers = lowers[1:]
        governed = lead and lead[-1].lower() in self.cues.governing
        if governed and not in_instrumental(self.text, pos, run, self.cues):
            run = past_place(run, self.cues)  # "в Москве Песков" names Песков, not "Москве Песков"
        run = past_told(run, lead, self.cues, self.text)
        noun = attributive_noun(run, lead, self.cues) if self.cues.nouns_capitalized else 0
        if noun and run[:noun].split()[0].lower() not in self.titles:  # a title is its own
            lead, pos, run = [*lead, run[:noun].strip()], pos + noun, run[noun:]
        colon = self.text.startswith(":", pos + len(run)) if self.cues.nouns_capitalized else None
        run = complement_dropped(past_light_noun(run, colon), lead, self.cues)
        name = comitative_name(self.text, pos, self.name(self._uninverted(pos, run)), self.cues)
        name = numbered(name, run, lead)  # "el papa Juan Pablo II"
        orgs = not self.orgs.isdisjoint(name.lower().split())  # no generator per run
        if " " not in name or orgs or two_people(index, name):  # "Scholz Macron": pairs.py
            return None
        if self.cues.nouns_capitalized and not self.cues.pronouns.isdisjoint(name.lower().split()):
            return None  # "Präsident: Sind Sie Kramm?": a question after a label, no name
        # "der Verteidigungsminister Leon Panetta": the article goes with the title, not the name
        determined = self.determined(pos) and not compound_title(TOKEN.findall(run), 0, self.cues)
        if determined or self._quoted(pos, run):
            return None
        for word in name.split():
            index[word].append((pos, name))
        owned = owned_titles(lowers)
        for word in self._titles(lead, lowers, run, name) + self._complemented(pos, run):
            if word.lower().rstrip(".") in self.titles and word.lower() not in owned:
                for title in spelled_out(word.lower(), self.cues.family):  # "Sen.": "senator"
                    self._titled[title].append((pos, name))
        return name

    # Only the last three words before a name are read (`complement_dropped`); those of a short
    # window are the same once it holds a fourth, which may be cut, so most names skip the long one.
    def _lead(self, pos: int) -> list[str]:
        """The last words in the `_LEAD` characters before `pos`, at most three."""
        lead = TOKEN.findall(self.text, max(0, pos - _SHORT_LEAD), pos)
        if len(lead) < 4 and pos > _SHORT_LEAD:
            lead = TOKEN.findall(self.text, max(0, pos - _LEAD), pos)
        return lead[-3:]

    # "Said Smith: “…”", "Explained Smith, “…”", "Sagte Merkel, „…“": the verb first, then the
    # name ("Said Jalili said" keeps its given name; a comma counts only before a quotation)
    def _uninverted(self, pos: int, run: str) -> str:
        """The run without a reporting verb that opens it before a colon or a comma and quote."""
        after = self.text[pos + len(run) : pos + len(run) + 4].replace(" ", "")
        introduces = after[:1] == ":" or (after[:1] == "," and after[1:2] in _OPENED)
        first = TOKEN.match(run) if introduces else None  # most runs: no colon, no match
        if first and " " in run.strip() and self.cues.verbs.fullmatch(first.group()):
            return run[first.end() :].lstrip()
        return verb_opened(self.text, pos, run, self.cues, lower_words)  # "Llegó Rajoy."

    def _quoted(self, pos: int, run: str) -> bool:
        """Whether the run at `pos` fills a quotation alone: a title ("his “Hale Method”")."""
        opened = pos > 0 and self.text[pos - 1] in _OPENED
        return opened and bool(_CLOSED.match(self.text, pos + len(run)))

    # Only where roles are read by every word (not German), and the complement looks like one:
    # "de"/"du" first in French and Spanish, no past-tense verb in Russian ("министр приехал").
    # "der Anwalt von Tom Weber": a preposition right before the name makes it the owner's, so the
    # title before it is no title of that name; in German only the title after the last genitive
    # is ("der Sprecher der Ministerin Eva Ems": Eva Ems is the minister, not the spokesman).
    def _titles(self, lead: list[str], lowers: list[str], run: str, name: str) -> list[str]:
        """The words that may title the name `name` in `run`: the word before and the run's own."""
        before = TOKEN.findall(run, 0, cut) if (cut := run.find(name)) > 0 else []  # most: none
        if before and before[-1].islower() and before[-1] in self.cues.governing:
            return []
        joints = [i for i, w in enumerate(before) if w.islower() and w in self.cues.governing]
        if self.cues.nouns_capitalized and joints and joints[-1] > 0:
            return [w.lower() for w in before[joints[-1] + 1 :]]
        return [*lead[-1:], *lowers]

    def _complemented(self, pos: int, run: str) -> list[str]:
        """The title before a complement before the name at `pos` ("министр финансов X")."""
        bare = not (self.cues.complements or self.cues.oblique_endings)  # `_complement`: never
        gap = None if bare else _GAP.search(self.text[max(0, pos - 3) : pos])
        closed = self.text[pos + len(run) : pos + len(run) + 1] in (",", "")
        if self.cues.nouns_capitalized or not gap or (gap.group(1) and not closed):
            return []
        end = pos - len(gap.group())
        words = list(TOKEN.finditer(self.text, max(0, end - _QUALIFIER), end))[-_COMPLEMENT - 1 :]
        found: list[str] = []
        if not words or words[-1].end() != end:  # no word ends at the gap: no title before it
            return found
        for index in range(len(words) - 2, -1, -1):
            if self.text[words[index].end() : words[index + 1].start()].strip():
                break  # the later joints held at the words before: only this one is new
            title = words[index].group().lower()
            if title in self.titles and title not in self.cues.stop:
                if not self._complement([w.group().lower() for w in words[index + 1 :]]):
                    break
                found.append(title)  # "министр иностранных дел X": each title word
        return found

    def _complement(self, words: list[str]) -> bool:
        """Whether `words` after a title make its complement, not a clause going on."""
        if self.cues.complements:
            return words[0] in self.cues.complements
        verbs = [w for w in words if past_tense(w, self.cues) and w not in self.titles]
        return bool(self.cues.oblique_endings) and not verbs


def two_people(index: dict[str, Placed], name: str) -> list[set[str]]:
    """For two surnames of two people named before ("Scholz Macron"): each one's full names."""
    words = name.split()  # the first few names of each word only: an article stays linear
    owners: list[set[str]] = []
    pair = len(words) == 2 and not numeral(words[1])  # "Leo XIV": a numeral, no surname
    for w in words if pair else []:  # most runs: no pair, so no sets to build
        named = set(map(itemgetter(1), index.get(w, [])[:WEIGHED]))  # in C: names come again
        owners.append({n for n in named if n != name and n.endswith(w)})
        if not owners[-1]:
            return []  # the first word owns no other name: the second is not weighed
    return owners if owners and not owners[0] & owners[1] else []


@functools.lru_cache(maxsize=8)
def lower_words(text: str) -> frozenset[str]:
    """Every lower-case word of `text`, found once per article."""
    return frozenset(w for w in set(TOKEN.findall(text)) if w.islower())  # each word tried once
