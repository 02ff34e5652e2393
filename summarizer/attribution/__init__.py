"""Who said what: quotation marks, quote spans, reporting cues, speakers and their names."""
