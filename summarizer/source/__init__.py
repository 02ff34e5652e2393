"""The input stage: read a file, stdin or URL, decode it, extract and clean the article."""

from summarizer.source.cleaning import clean_text
from summarizer.source.encoding import decode
from summarizer.source.read import ANY_LETTERS, MIN_LETTERS, load, load_bytes, read_text

__all__ = [
    "ANY_LETTERS",
    "MIN_LETTERS",
    "clean_text",
    "decode",
    "load",
    "load_bytes",
    "read_text",
]
