"""The regression gate: golden cases, recorded replies, scores, floors and reports."""
