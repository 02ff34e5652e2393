"""German grammar: noun phrases, the verb bracket, word order and a cue's subject."""
