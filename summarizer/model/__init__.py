"""The model client: the only package that talks to a model (OpenAI-compatible HTTP)."""
