"""Pass 1: quotation marks and dialogue dashes to quotation spans."""
