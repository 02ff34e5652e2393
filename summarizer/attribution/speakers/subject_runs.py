"""The capitalised runs of a window before a quotation, and what the article alone tells of each."""
# `Resolver.recent_people` reads the window before a German pronoun's quotation twice (for the
# pronoun, then whether a role stands for the speaker found), and what it learns there from the
# text alone is the same both times: each run, the run before it, its name, whether a title
# follows it and the gender the article marks for it. Only what the speakers so far tell (a lone
# surname's full name) is read again.

from __future__ import annotations

import re

from summarizer.attribution.frames.genders import gender
from summarizer.attribution.german.german_inverted import titled_inverted
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.german_runs import people_runs
from summarizer.attribution.speakers.roster import Roster

# a run, the run before it (None for the first), its name ("" for none) and whether a title
# follows it ("sagte Ministerin X": `titled_inverted`)
Named = tuple[re.Match[str], re.Match[str] | None, str, bool]


class SubjectRuns:
    """The runs of each window asked about, and the marked genders, each read once per text."""

    def __init__(self, text: str, roster: Roster, cues: Cues) -> None:
        self.text, self.roster, self.cues = text, roster, cues
        self._runs: dict[tuple[int, int], list[Named]] = {}
        self._genders: dict[tuple[tuple[int, int], int], str | None] = {}

    def named(self, context: tuple[int, int]) -> list[Named]:
        """The runs of `context` in order ("Olaf Kern den Plan": two runs), each with its name."""
        if context not in self._runs:
            runs: list[Named] = []
            before: re.Match[str] | None = None
            for run in people_runs(self.text, context, self.cues):
                name = self.roster.name(run.group(), run.start())
                titled = bool(name) and titled_inverted(self.text, run.span(), self.cues)
                runs.append((run, before, name, titled))
                before = run
            self._runs[context] = runs
        return self._runs[context]

    def gender(self, span: tuple[int, int], limit: int) -> str | None:
        """The gender the article marks for the subject in `span` (module `gender` with names),
        read once per span and limit."""
        if (span, limit) not in self._genders:
            self._genders[span, limit] = gender(self.text, span, self.cues, limit, names=True)
        return self._genders[span, limit]
