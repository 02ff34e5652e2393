"""The verifier: every quote proven verbatim against the source and credited to its speaker."""
