"""Workers die with the process that started them, even when it is killed (kill -9)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

SCRIPT = """
import time
from thidua_analysis.loading.pool import run_isolated
list(run_isolated(time.sleep, [(60,)], jobs=1))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal")
def test_workers_end_when_the_ingest_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", SCRIPT])
    try:
        deadline = time.monotonic() + 30
        children: list[psutil.Process] = []
        while time.monotonic() < deadline and not children:  # the worker is up and sleeping
            time.sleep(0.2)
            children = [c for c in psutil.Process(parent.pid).children(recursive=True)
                        if "resource_tracker" not in " ".join(c.cmdline())]  # fmt: skip
        assert children, "no worker started"
        time.sleep(1.5)  # under spawn: long enough to be past its start, or still in it: both count
        children = psutil.Process(parent.pid).children(recursive=True)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        _gone, alive = psutil.wait_procs(children, timeout=10)
        assert not alive, [p.pid for p in alive]
    finally:
        if parent.poll() is None:
            parent.kill()
