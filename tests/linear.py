"""A guard against quadratic work, shared by the bad-input tests (speed targets live in bench/)."""

QUADRATIC_GUARD = 30.0
"""Seconds. Each guarded input takes well under a second on an idle machine, and minutes if a
pass were quadratic, so a busy machine cannot fail the test while a quadratic pass still does."""
