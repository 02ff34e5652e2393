"""The model client: the only package that talks to a model (OpenAI-compatible HTTP), with its
retry policy, response cache and Batch API client."""
