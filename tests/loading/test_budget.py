"""A file that takes too long costs its own budget, not the batch's: the others are read, it is
named with file.timeout, and the batch ends soon after the budget (not after minutes)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from thidua_analysis.loading import batch
from thidua_analysis.loading.pool import start_method
from thidua_analysis.sample import generate_sample

SLOW = "2021/ha_noi_cum_3/tong_hop_cum_3_2021_H1.xlsx"


def _slow_on_one(path, rel, targets=False, ref=None):
    if rel.replace("\\", "/") == SLOW:
        time.sleep(120)  # a file built to hold its reader
    return _real(path, rel, targets=targets, ref=ref)


_real = batch.interpret_file


@pytest.mark.skipif(start_method() != "fork", reason="the slow reader is put in place by forking the test")
def test_a_slow_file_costs_its_budget_not_the_batch(tmp_path: Path, monkeypatch) -> None:
    sample = generate_sample(tmp_path / "raw", years=[2021], units=["gia_lam", "dong_anh", "me_linh"],
                             bad_files=False, scoring=False)  # fmt: skip
    monkeypatch.setattr(batch, "interpret_file", _slow_on_one)
    monkeypatch.setattr(batch, "TIMEOUT", 1.0)
    files = batch.discover(sample.out)
    started = time.perf_counter()
    readings = batch.read_files(files, jobs=2)
    took = time.perf_counter() - started
    slow = [rel for _p, rel in files if rel.replace("\\", "/") == SLOW]
    assert slow, [rel for _p, rel in files]
    timed_out = set(readings.issues.loc[readings.issues["code"] == "file.timeout", "source_file"])
    assert timed_out == set(slow)
    others = {rel for _p, rel in files} - set(slow)
    assert others <= set(readings.data["source_file"]) | set(readings.issues["source_file"])
    assert set(readings.data["source_file"]) & others  # the other files were read
    assert took < 15, took  # chunk budget, then the file alone: seconds, not minutes
