"""The capitalised runs of a window before a quotation, and what the article alone tells of each."""
# `Resolver.recent_people` reads the window before a German pronoun's quotation twice (for the
# pronoun, then whether a role stands for the speaker found), and what it learns there from the
# text alone is the same both times: each run, the run before it, its name, whether a title
# follows it and the gender the article marks for it. Only what the speakers so far tell (a lone
# surname's full name) is read again.

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.genders import gender
from summarizer.attribution.german.german_inverted import titled_inverted
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.german_runs import people_runs
from summarizer.attribution.speakers.roster import Roster

# a run, the run before it (None for the first), its name ("" for none) and whether a title
# follows it ("sagte Ministerin X": `titled_inverted`)
Named = tuple[re.Match[str], re.Match[str] | None, str, bool]

# A quotation looks back over the runs of a window of up to 600 characters, so a run is weighed
# again at each of the quotations after it ("—No—aseguró ella —No—…" a thousand times): what the
# text tells of it is read once per run, and a run that can name nobody is passed over at once.


class SubjectRuns:
    """The runs of each window asked about, and the marked genders, each read once per text."""

    def __init__(self, text: str, roster: Roster, cues: Cues) -> None:
        self.text, self.roster, self.cues = text, roster, cues
        self._runs: dict[tuple[int, int], list[Named]] = {}
        self._genders: dict[tuple[tuple[int, int], int], str | None] = {}
        self._read: dict[tuple[int, int], tuple[str, bool]] = {}  # each run's name and title
        self._forms: dict[str, tuple[str, ...] | None] = {}  # a lone word's forms, if unheld

    def named(self, context: tuple[int, int]) -> list[Named]:
        """The runs of `context` in order ("Olaf Kern den Plan": two runs), each with its name."""
        if context not in self._runs:
            runs: list[Named] = []
            before: re.Match[str] | None = None
            for run in people_runs(self.text, context, self.cues):
                if run.span() not in self._read:
                    name = self.roster.name(run.group(), run.start())
                    titled = bool(name) and titled_inverted(self.text, run.span(), self.cues)
                    self._read[run.span()] = (name, titled)
                runs.append((run, before, *self._read[run.span()]))
                before = run
            self._runs[context] = runs
        return self._runs[context]

    def weighed(self, context: tuple[int, int], spoken: Container[str]) -> Iterator[Named]:
        """The runs of `context` that may name a subject (`Resolver.recent_people`): not "The"
        (no name), no noun after its article, no lone word a cue's subject skips ("No") that no
        full name holds."""
        for named in self.named(context):
            run, _, name, titled = named
            if not name or (" " not in name and name.lower() in self.cues.skip):
                if not name or self.unheld(name, spoken):
                    continue  # "No": nobody, as `Resolver._full_name` finds no full name
            if not titled and self.roster.determined(run.start()):
                continue  # a noun after its article: skipped before its subject is weighed
            yield named

    def held(self, context: tuple[int, int], spoken: Container[str]) -> Iterator[re.Match[str]]:
        """The capitalised runs of `context` with a name, none a lone word no full name holds
        (`Resolver.others`: a name but the full name of a lone word is nobody)."""
        for run in single_run().finditer(self.text, *context):
            name = self.roster.name(run.group(), run.start())
            if name and (" " in name or not self.unheld(name, spoken)):
                yield run

    def unheld(self, word: str, spoken: Container[str]) -> bool:
        """Whether no form of the lone `word` (`Cues.nominatives`) is a word of a speaker's name
        (`spoken`) or of a full name in the article: `Resolver._full_name` finds none."""
        if word not in self._forms:
            forms, index = self.cues.nominatives(word), self.roster.by_word()
            self._forms[word] = None if any(form in index for form in forms) else tuple(forms)
        forms = self._forms[word]
        return forms is not None and not any(form in spoken for form in forms)

    def gender(self, span: tuple[int, int], limit: int) -> str | None:
        """The gender the article marks for the subject in `span` (module `gender` with names),
        read once per span and limit."""
        if (span, limit) not in self._genders:
            self._genders[span, limit] = gender(self.text, span, self.cues, limit, names=True)
        return self._genders[span, limit]
