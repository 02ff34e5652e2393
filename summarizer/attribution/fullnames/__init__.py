"""Pass 5: one person, one name: the fullest form of it that the article uses."""
