"""One reading of a German cue window, made once and shared by the readers of `noun_subject`."""
# Ten of the fifteen German readers of a window's subject read only a frame that ends in a colon
# ("Dazu sagte X:", "Sein Fazit:", "Abg. Roth:"), and each sliced and stripped the window to
# tell: the window is read once here, and those readers are not asked about any other window.

from __future__ import annotations

from dataclasses import dataclass

from summarizer.attribution.lexicon.cues import Window


@dataclass(frozen=True)
class WindowReading:
    """A cue window before a quotation as the German readers of its subject first read it."""

    window: Window
    head_end: int  # where the window's words end (before its trailing white space)
    colon: bool  # whether they end in a colon: a frame ("Dazu sagte X:", "Sein Fazit:")


def read_window(text: str, window: Window) -> WindowReading:
    """The reading of `window` in `text`."""
    head = text[window[0] : window[1]].rstrip()
    return WindowReading(window, window[0] + len(head), head.endswith(":"))
