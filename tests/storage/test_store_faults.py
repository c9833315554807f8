"""The store changes as a whole: a kill at any write leaves the previous generation in use and the
next run gives what a clean run gives; a damaged store is rebuilt; one ingest at a time; a write
that fails says so and leaves the old store intact."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from thidua_analysis.errors import StoreError
from thidua_analysis.storage import ingest, load_processed
from thidua_analysis.storage import store as store_module
from thidua_analysis.storage.store import current_generation

from ..interpret.corpus import CASES
from ..interpret.test_corpus import write_case


class Killed(BaseException):
    """What a kill -9 looks like from inside: nothing after it runs."""


def _raw(tmp_path: Path, cases) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    for case in cases:
        write_case(case, raw)
    return raw


def _frame(folder: Path) -> pd.DataFrame:
    data = load_processed(folder).data
    return data.sort_values(["source_file", "source_cell", "indicator"]).reset_index(drop=True)


def _cold(tmp_path: Path, raw: Path) -> pd.DataFrame:
    ingest(raw, out=tmp_path / "cold", jobs=1)
    return _frame(tmp_path / "cold")


WRITES = ["data.parquet", "dropped.parquet", "issues.parquet", "all_issues.parquet", "manifest.json", "CURRENT"]


@pytest.mark.parametrize("killed_at", WRITES)
def test_a_kill_at_any_write_keeps_the_old_store_and_heals(tmp_path, monkeypatch, killed_at) -> None:
    raw = _raw(tmp_path, CASES[:4])
    out = tmp_path / "store"
    ingest(raw, out=out, jobs=1)
    before = _frame(out)
    write_case(CASES[4], raw)  # a new report: the next ingest writes a new generation
    real_parquet, real_text = pd.DataFrame.to_parquet, Path.write_text

    def parquet(self, path, *args, **kwargs):
        if Path(path).name == killed_at:
            raise Killed
        return real_parquet(self, path, *args, **kwargs)

    def text(self, *args, **kwargs):
        if self.name == killed_at or (killed_at == "CURRENT" and self.name.startswith(".CURRENT")):
            raise Killed
        return real_text(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_parquet", parquet)
    monkeypatch.setattr(Path, "write_text", text)
    with pytest.raises(Killed):
        ingest(raw, out=out, jobs=1)
    monkeypatch.setattr(pd.DataFrame, "to_parquet", real_parquet)
    monkeypatch.setattr(Path, "write_text", real_text)
    pd.testing.assert_frame_equal(_frame(out), before)  # readers still see the old generation whole
    again = ingest(raw, out=out, jobs=1)
    assert again.changed
    pd.testing.assert_frame_equal(_frame(out), _cold(tmp_path, raw))
    assert [p.name for p in out.glob("g*")] == [current_generation(out).name]  # leftovers removed


def test_a_damaged_store_is_rebuilt_with_a_note(tmp_path) -> None:
    raw = _raw(tmp_path, CASES[:4])
    out = tmp_path / "store"
    ingest(raw, out=out, jobs=1)
    (current_generation(out) / "manifest.json").write_text("{garbage", "utf-8")
    summary = ingest(raw, out=out, jobs=1)
    assert summary.changed and "store.rebuilt" in set(summary.issues["code"])
    pd.testing.assert_frame_equal(_frame(out), _cold(tmp_path, raw))
    write_case(CASES[4], raw)
    (current_generation(out) / "dropped.parquet").write_bytes(b"PAR1 truncated")
    healed = ingest(raw, out=out, jobs=1)
    assert "store.rebuilt" in set(healed.issues["code"])
    pd.testing.assert_frame_equal(_frame(out), _cold(tmp_path / "again", raw))


def test_a_damaged_store_read_directly_says_so(tmp_path) -> None:
    raw = _raw(tmp_path, CASES[:2])
    ingest(raw, out=tmp_path / "store", jobs=1)
    (current_generation(tmp_path / "store") / "data.parquet").write_bytes(b"not parquet")
    with pytest.raises(StoreError, match="hỏng"):
        load_processed(tmp_path / "store")


def test_one_ingest_at_a_time(tmp_path) -> None:
    raw = _raw(tmp_path, CASES[:2])
    out = tmp_path / "store"
    out.mkdir()
    with store_module._locked(out), pytest.raises(StoreError, match="đang ghi"):
        ingest(raw, out=out, jobs=1)
    assert ingest(raw, out=out, jobs=1).changed  # the lock went with its holder


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system: workers share no file")
def test_a_worker_forked_during_an_ingest_does_not_keep_its_lock(tmp_path) -> None:
    import multiprocessing
    import time

    out = tmp_path / "store"
    out.mkdir()
    with store_module._locked(out):  # a worker started meanwhile, still alive when the ingest ends
        worker = multiprocessing.get_context("fork").Process(target=time.sleep, args=(5,))
        worker.start()
    try:
        with store_module._locked(out):  # the next ingest of this process is not refused
            pass
    finally:
        worker.terminate()
        worker.join()


def test_a_write_that_fails_leaves_the_old_store(tmp_path, monkeypatch) -> None:
    raw = _raw(tmp_path, CASES[:3])
    out = tmp_path / "store"
    ingest(raw, out=out, jobs=1)
    before = _frame(out)
    write_case(CASES[3], raw)
    real_mkdir = Path.mkdir

    def full_disk(self, *args, **kwargs):
        if self.parent == out and self.name.startswith("g"):
            raise OSError(28, "No space left on device")
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", full_disk)
    with pytest.raises(StoreError, match="Kho cũ vẫn nguyên"):
        ingest(raw, out=out, jobs=1)
    monkeypatch.setattr(Path, "mkdir", real_mkdir)
    pd.testing.assert_frame_equal(_frame(out), before)
    assert json.loads((current_generation(out) / "manifest.json").read_text("utf-8"))["files"]
