"""A guard against quadratic work, shared by the bad-input tests (speed targets live in bench/)."""

# CPU seconds of the test's own process (`time.process_time`): other processes on a busy machine
# do not count. Each guarded input takes at most a few seconds; a quadratic pass takes minutes.
QUADRATIC_GUARD = 30.0
