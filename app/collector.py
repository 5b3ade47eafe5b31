"""The garbage-collector pause the process owners (the server's store, the CLI) put around a
comparison; the comparison core itself never touches process-wide switches.

A comparison of two long texts keeps hundreds of thousands of small objects alive, which makes
the cyclic collector sweep the heap again and again (a third of the time on a 1.2 MB pair). The
comparison makes no reference cycles, so reference counting frees everything. The switch is
process-wide and the server compares in a thread pool, so overlapping comparisons share one
pause: the first one in pauses the collector, the last one out resumes it, and only if it was
running when the first one came in.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector paused (see the module docstring)."""
    global _active, _resume
    with _lock:
        if not _active:
            _resume = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if not _active and _resume:
                gc.enable()
