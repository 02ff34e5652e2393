"""Chinese and Japanese, written without spaces or capitals: names and a cue's subject."""
