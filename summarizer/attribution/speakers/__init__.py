"""Pass 4: each cue frame's subject resolved to a speaker, in text order."""
