"""Work done in a forked child process while this one goes on (the machines this runs on have
two cores, and the last steps of an ingest are single-threaded pandas and spreadsheet writing).

``Background(fn)`` starts ``fn`` in a child; ``.result()`` waits for it and returns what it
returned. Where there is no fork (Windows), or the child fails in any way (killed, out of
memory, an exception), ``fn`` is simply run here by ``.result()``: the outcome never depends on
the child, only the time does. Start one before any thread of yours: a fork copies only the
thread that calls it.
"""

from __future__ import annotations

import gc
import os
import pickle
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Background"]

T = TypeVar("T")


class Background(Generic[T]):
    def __init__(self, fn: Callable[[], T]) -> None:
        self._fn = fn
        self._pid = 0
        self._pipe = -1
        if not hasattr(os, "fork"):
            return
        reading, writing = os.pipe()
        # what the child inherits is never garbage: its collector leaves it alone, so the pages
        # stay shared with this process instead of being copied as the collector walks them
        gc.freeze()
        try:
            pid = os.fork()
        except OSError:  # no process to be had: the work is done here, by result()
            gc.unfreeze()
            os.close(reading)
            os.close(writing)
            return
        if pid:
            gc.unfreeze()
        if pid == 0:  # the child: compute, send, and leave at once (no clean-up of the parent's)
            status = 1
            try:
                os.close(reading)
                with os.fdopen(writing, "wb") as pipe:
                    pickle.dump(fn(), pipe, protocol=pickle.HIGHEST_PROTOCOL)
                status = 0
            finally:
                os._exit(status)
        os.close(writing)
        self._pid, self._pipe = pid, reading

    def result(self) -> T:
        """What ``fn`` returned, from the child or, failing that, computed here."""
        if not self._pid:
            return self._fn()
        outcome: tuple | None = None
        with os.fdopen(self._pipe, "rb") as pipe:
            try:
                outcome = (pickle.load(pipe),)
            except Exception:  # the child died or sent nothing whole
                outcome = None
        _pid, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if outcome is None or status != 0:
            return self._fn()
        return outcome[0]
