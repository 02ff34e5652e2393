"""Pass 2: what a quotation is: speech, or a title, name or term that nobody says."""
