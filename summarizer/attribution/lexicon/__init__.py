"""The cue words of each language, read from data/cues.toml, compiled into patterns."""
