"""Engines turn an article into a summary: the embedded `extract` engine and model engines."""
