"""Run the per-file work in worker processes that cannot take the batch down.

Each worker has an address-space limit (``MEMORY_LIMIT``); at most two tasks per worker are in
flight (one being read, one waiting, so that no worker sits idle between tasks). A file has
``TIMEOUT`` seconds (a task of several files, that budget and a little per file). When a worker
dies (the reader aborted, or hit the memory limit) or time runs out, the tasks that were in
flight are either reported at once (the caller reads a chunk's files again one by one) or run
again one at a time in a fresh process, so that only the file that really fails is reported.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

try:  # not on Windows: there the memory limit is not set (said once in the log)
    import resource
except ImportError:  # pragma: no cover - platform dependent
    resource = None  # type: ignore[assignment]

__all__ = ["EXIT_OUT_OF_MEMORY", "MEMORY_LIMIT", "TIMEOUT", "give_back_memory", "run_isolated", "start_method"]

log = logging.getLogger(__name__)

MEMORY_LIMIT = 3 * 1024**3
# the exit status of a worker that ran out of memory: it leaves at once (whatever it held may be
# half-made), and the file is reported the same way whatever else was in the batch
EXIT_OUT_OF_MEMORY = 86
TIMEOUT = 10.0  # seconds a file may take: far above any real report (about a millisecond)

Task = tuple  # the arguments of one call: (path, rel), or a chunk of such pairs
Outcome = tuple[Task, object | None, str | None]  # (task, result, failure code)


def _die_with_parent(parent: int) -> None:
    """A worker ends when the process that started it (``parent``) ends, however it ends (``kill
    -9`` included): on Linux the kernel sends it SIGKILL; elsewhere a thread watches the parent."""
    if os.getppid() != parent:  # it ended while this worker was starting
        os._exit(1)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
                if os.getppid() != parent:  # the parent died before the call
                    os._exit(1)
                return

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _start(parent: int, limit: int, initializer: Callable | None, initargs: tuple) -> None:
    """What each worker does once when it starts: to die with its parent, its memory limit, then
    the caller's set-up (the reference data it reads with)."""
    _die_with_parent(parent)
    if resource is not None:
        with contextlib.suppress(ValueError, OSError):  # platforms without the limit
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if initializer is not None:
        initializer(*initargs)


def give_back_memory() -> None:
    """Hand the memory freed so far back to the system (the C library keeps freed blocks for
    reuse; after the workers' many small tables are gathered into one, that is hundreds of MB at
    national scale). Only where the C library can (Linux); elsewhere nothing happens."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).malloc_trim(0)


def start_method() -> str:
    """``fork`` where the platform has it (workers share the parent's reference lookups),
    ``spawn`` elsewhere (Windows) or when ``THIDUA_START_METHOD=spawn`` asks for it."""
    wanted = os.environ.get("THIDUA_START_METHOD", "").strip().lower()
    available = multiprocessing.get_all_start_methods()
    if wanted in available:
        return wanted
    return "fork" if "fork" in available else "spawn"


_SAID: set[str] = set()


def _pool(jobs: int, limit: int, start: tuple = (None, ())) -> ProcessPoolExecutor:
    if resource is None and "memory" not in _SAID:
        _SAID.add("memory")
        log.info("Hệ điều hành này không giới hạn được bộ nhớ của tiến trình đọc tệp; vẫn giới hạn thời gian.")
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=multiprocessing.get_context(start_method()),
        initializer=_start, initargs=(os.getpid(), limit, *start),
    )  # fmt: skip


def _kill(pool: ProcessPoolExecutor) -> None:
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def _solo(fn: Callable, task: Task, limit: int, timeout: float, start: tuple) -> Outcome:
    pool = _pool(1, limit, start)
    try:
        future = pool.submit(fn, *task)
        workers = list(getattr(pool, "_processes", {}).values())
        done, _ = wait([future], timeout=timeout)
        if not done:
            _kill(pool)
            return task, None, "file.timeout"
        try:
            return task, future.result(), None
        except MemoryError:
            return task, None, "file.out_of_memory"
        except Exception:  # the process died (BrokenProcessPool), raised, or could not reply
            if any(_exit_status(worker) == EXIT_OUT_OF_MEMORY for worker in workers):
                return task, None, "file.out_of_memory"
            return task, None, "file.reader_crashed"
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _exit_status(worker, wait: float = 2.0) -> int | None:
    """A dead worker's exit status. The pool's own thread may reap it at the same moment (then
    this thread's look finds nothing, and the status appears a moment later)."""
    deadline = time.monotonic() + wait
    worker.join(wait)
    while worker.exitcode is None and time.monotonic() < deadline:
        time.sleep(0.01)
    return worker.exitcode


def run_isolated(
    fn: Callable, tasks: list[Task], *, jobs: int, memory_limit: int = MEMORY_LIMIT,
    timeout: float = TIMEOUT, initializer: Callable | None = None, initargs: tuple = (),
    alone: bool = True,
) -> Iterator[Outcome]:  # fmt: skip
    """Yield ``(task, fn(*task), None)`` or ``(task, None, failure_code)`` for every task.
    ``initializer(*initargs)`` runs once in each worker as it starts (under ``spawn`` the
    arguments are sent to it once, not with every task). With ``alone`` False, the tasks in
    flight when a worker died or time ran out are reported failed at once instead of being run
    again one at a time (the caller splits them; no budget is spent twice on one file)."""
    queue = list(reversed(tasks))
    start = (initializer, initargs)
    pool = _pool(jobs, memory_limit, start)
    in_flight: dict = {}
    try:
        while queue or in_flight:
            while queue and len(in_flight) < 2 * jobs:  # one waiting per worker: no idle gap
                task = queue.pop()
                in_flight[pool.submit(fn, *task)] = task
            done, _ = wait(list(in_flight), timeout=timeout, return_when=FIRST_COMPLETED)
            broken = not done
            for future in done:
                task = in_flight.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    in_flight[future] = task
                    broken = True
                    break
                except MemoryError:
                    yield task, None, "file.out_of_memory"
                    continue
                except Exception:  # the worker raised, or its result could not be sent back
                    yield task, None, "file.reader_crashed"
                    continue
                yield task, result, None
            if broken:
                suspects = list(in_flight.values())
                in_flight.clear()
                _kill(pool)
                for task in suspects:
                    if alone:
                        yield _solo(fn, task, memory_limit, timeout, start)
                    else:
                        yield task, None, "file.timeout" if not done else "file.reader_crashed"
                pool = _pool(jobs, memory_limit, start)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
