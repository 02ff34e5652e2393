"""Pass 3: the cue frame of each quotation: its cue, where it stands, its subject."""
