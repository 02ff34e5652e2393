"""Pass 4 for Chinese fiction dialogue: who speaks each line of a scene."""
