"""Multilingual news summaries with attributed claims and verbatim-proven quotes."""

__version__ = "0.1.0"
