"""Engines turn an article into a summary: the embedded `extract` engine and the model engines
(prompts, chunks, token counts, reply parsing, llama.cpp's server)."""
