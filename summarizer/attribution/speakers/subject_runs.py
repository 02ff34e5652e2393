"""The capitalised runs of a window before a quotation, and what the article alone tells of each."""
# `Resolver.recent_people` reads the window before a German pronoun's quotation twice (for the
# pronoun, then whether a role stands for the speaker found), and what it learns there from the
# text alone is the same both times: each run, the run before it, its name, whether a title
# follows it and the gender the article marks for it. Only what the speakers so far tell (a lone
# surname's full name) is read again.
#
# A quotation looks back over the runs of a window of up to 600 characters, so in dialogue a run
# is weighed again at each of the quotations after it ("—No—aseguró ella —No—…", a thousand
# times): what the text tells of a run is read once, and a run that can name nobody is passed
# over with one look-up. A lone word is nobody when no full name holds it (`Resolver._full_name`
# finds none: no speaker's name and no name of the article's roster holds any of its forms).

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.genders import gender
from summarizer.attribution.german.german_inverted import titled_inverted
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.german_runs import people_runs
from summarizer.attribution.speakers.roster import Roster

# a run, the run before it (None for the first), its name ("" for none) and whether a title
# follows it ("sagte Ministerin X": `titled_inverted`)
Named = tuple[re.Match[str], re.Match[str] | None, str, bool]
# Whether a run may name someone: always (None), never (()), or only if a speaker's name holds
# one of these forms of its lone word
Forms = tuple[str, ...] | None
# a run's name, whether a title follows it, whether `recent_people` and `others` may weigh it
Read = tuple[str, bool, Forms, Forms]


class SubjectRuns:
    """The runs of each window asked about, and the marked genders, each read once per text."""

    def __init__(self, text: str, roster: Roster, cues: Cues) -> None:
        self.text, self.roster, self.cues = text, roster, cues
        self._last: tuple[tuple[int, int], list[tuple[Named, Forms]]] = ((0, -1), [])  # read again
        self._genders: dict[tuple[tuple[int, int], int], str | None] = {}
        self._read: dict[tuple[int, int], Read] = {}  # by each run's span
        self._unheld: dict[str, Forms] = {}  # a lone word's forms, if no roster name holds one

    def weighed(self, context: tuple[int, int], spoken: Mapping[str, str]) -> Iterator[Named]:
        """The runs of `context` in order ("Olaf Kern den Plan": two runs), each with its name,
        that may name a subject: not "The" (no name), no noun after its article, no lone word a
        cue's subject skips ("No") that no full name holds (`spoken`: speakers by their words)."""
        if self._last[0] != context:
            runs: list[tuple[Named, Forms]] = []
            before: re.Match[str] | None = None
            for run in people_runs(self.text, context, self.cues):
                name, titled, weigh, _ = self._read.get(run.span()) or self._of(run)
                runs.append(((run, before, name, titled), weigh))
                before = run
            self._last = (context, runs)
        keys = spoken.keys()
        return (run for run, forms in self._last[1] if forms is None or not keys.isdisjoint(forms))

    def held(self, context: tuple[int, int], spoken: Mapping[str, str]) -> Iterator[re.Match[str]]:
        """The capitalised runs of `context` with a name, none a lone word no full name holds
        (`Resolver.others`: such a word names nobody)."""
        keys, read = spoken.keys(), self._read
        for run in single_run().finditer(self.text, *context):
            forms = (read.get(run.span()) or self._of(run))[3]
            if forms is None or not keys.isdisjoint(forms):  # a name of a full name's word
                yield run

    def _of(self, run: re.Match[str]) -> Read:
        """What the text alone tells of `run`, read once."""
        name = self.roster.name(run.group(), run.start())
        titled = bool(name) and titled_inverted(self.text, run.span(), self.cues)
        lone = self._lone(name) if name and " " not in name else None
        noun = not name or (not titled and self.roster.determined(run.start()))
        weigh = () if noun else lone if name.lower() in self.cues.skip else None
        self._read[run.span()] = (name, titled, weigh, lone if name else ())
        return self._read[run.span()]

    def _lone(self, word: str) -> Forms:
        """The forms of the lone `word` (`Cues.nominatives`) if no name of the roster holds one."""
        if word not in self._unheld:
            forms, index = self.cues.nominatives(word), self.roster.by_word()
            self._unheld[word] = None if any(form in index for form in forms) else tuple(forms)
        return self._unheld[word]

    def gender(self, span: tuple[int, int], limit: int) -> str | None:
        """The gender the article marks for the subject in `span` (module `gender` with names),
        read once per span and limit."""
        if (span, limit) not in self._genders:
            self._genders[span, limit] = gender(self.text, span, self.cues, limit, names=True)
        return self._genders[span, limit]
