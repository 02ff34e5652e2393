"""Two people taking turns (English): an unresolved "he" or "she" is the one its gender picks."""
# One of the exchange's two speakers, when earlier turns marked the gender of both ("“…?” he
# asked." … "“…,” she said.").

from __future__ import annotations

from collections import deque

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.lexicon.cues import gender_of
from summarizer.attribution.lexicon.records import recast
from summarizer.attribution.speakers.names import Resolver

_TURNS = 4  # the recent turns that make the exchange in view
_GAP = 40  # at most this much text between the previous turn and the pronoun's quotation


class Exchange:
    """The speakers of the recent turns, and the gender each earlier turn marked for them."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.turns: deque[str | None] = deque(maxlen=_TURNS)  # None: no turn of anyone's
        self._unread: list[tuple[str, str | None]] = []  # turns whose genders are not read yet
        self._genders: dict[str, str | None] = {}

    # Most quotations never ask (`answer`): a turn's gender is read only when one does.
    def record(self, found: Attribution) -> None:
        """Remember a turn: its speaker, and its mention for the gender it marks."""
        self.turns.append(found.speaker)
        if found.speaker:
            self._unread.append((found.speaker, found.mention))

    @property
    def genders(self) -> dict[str, str | None]:
        """Each speaker's gender, as its pronoun, title or first name marked it at every turn."""
        cues = self.resolver.cues
        for speaker, mention in self._unread:
            word = TOKEN.search(mention or "")  # only the first word marks a gender
            marked = gender_of(word.group(), cues) if word else None
            marked = marked or first_name(speaker, cues.family)  # "said Nora Ellis": a woman
            if marked:  # a person marked with both genders is marked with none
                known = self._genders.setdefault(speaker, marked)
                self._genders[speaker] = known if known == marked else None
        self._unread.clear()
        return self._genders

    # `context`: the text since the previous quotation, which must name nobody else.
    def answer(self, found: Attribution, context: tuple[int, int]) -> Attribution:
        """`found` with the speaker its unresolved "he" or "she" picks in a two-person exchange."""
        if self.resolver.cues.pronoun_guess or found.speaker or found.basis != "pronoun":
            return found
        if context[1] - context[0] > _GAP:  # turns back to back, not a story told between
            return found
        wanted = gender_of(found.mention or "", self.resolver.cues)
        if not self.turns or self.turns[-1] is None:  # the quotation before is nobody's turn
            return found
        pair = [name for name in dict.fromkeys(reversed(self.turns)) if name][:2]
        known = self.genders
        genders = {known.get(name) for name in pair}
        if not wanted or len(pair) != 2 or None in genders or len(genders) != 2:
            return found
        speaker, other = sorted(pair, key=lambda name: known[name] != wanted)
        if self.resolver.others(context, speaker) and self.resolver.others(context, other):
            return found  # a third person named since the previous turn
        return recast(found, speaker=speaker, basis="turn_taking", named=False)
