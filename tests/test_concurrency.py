"""Loading once: worker threads that ask for the same thing together share one load."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from summarizer.concurrency import once


def test_threads_asking_at_once_share_one_load() -> None:
    loads = []
    start = threading.Barrier(8)

    @once
    def patterns() -> list[str]:
        loads.append(1)
        time.sleep(0.05)  # long enough that every thread asks while the first still loads
        return ["compiled"]

    def ask(_: int) -> list[str]:
        start.wait()
        return patterns()

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(ask, range(8)))
    assert len(loads) == 1
    assert all(g is got[0] for g in got)
