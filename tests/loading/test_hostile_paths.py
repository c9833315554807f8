"""A batch never raises for what is in its folders: each odd path is an issue naming it, and the
rest of the batch loads."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from thidua_analysis import load_reports
from thidua_analysis.loading.batch import read_files
from thidua_analysis.loading.discovery import scan

from ..interpret.corpus import CASES
from ..interpret.test_corpus import write_case

GOOD, OTHER = CASES[0], CASES[2]

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and byte file names are POSIX")


def _good(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_case(GOOD, folder)


@posix_only
def test_odd_paths_each_give_an_issue_and_the_batch_goes_on(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _good(raw / "cum_1")
    os.close(os.open(os.fsencode(raw) + b"/bad\xff name.xlsx", os.O_CREAT | os.O_WRONLY))  # not UTF-8
    os.symlink("loop.xlsx", raw / "loop.xlsx")  # a link to itself
    os.symlink(tmp_path / "gone.xlsx", raw / "dangling.xlsx")  # a link to nothing
    os.mkfifo(raw / "pipe.xlsx")
    levels = [raw / "sau"]
    levels[0].mkdir()
    for _ in range(1500):  # deeper than Python's recursion limit (made level by level)
        levels.append(levels[-1] / "d")
        levels[-1].mkdir()
    deep_file = write_case(OTHER, levels[-1])
    try:
        loaded = load_reports([raw, tmp_path / "khong_co"], jobs=1)
    finally:  # removed level by level too: a recursive removal would fail as the walk once did
        deep_file.unlink()
        for level in reversed(levels):
            level.rmdir()
    by_file = {i.source_file: i.code for i in loaded.issues.itertuples()}
    assert by_file["bad\ufffd name.xlsx"] == "file.unreadable"
    assert by_file["loop.xlsx"] == "file.unreadable"
    assert by_file["dangling.xlsx"] == "file.unreadable"
    assert by_file["pipe.xlsx"] == "file.not_read"
    assert by_file[str(tmp_path / "khong_co")] == "file.not_found"
    sources = set(loaded.data["source_file"])
    assert f"cum_1/{GOOD.file}" in sources
    assert any(s.startswith("sau/d/d/") and s.endswith(OTHER.file) for s in sources)  # 1500 levels down
    assert len(loaded.data) == len(GOOD.expected) + len(OTHER.expected)


def test_a_file_gone_between_discovery_and_reading_is_its_issue(tmp_path: Path) -> None:
    path = _good(tmp_path / "raw")
    found = scan(tmp_path / "raw")
    path.unlink()
    readings = read_files(found.files, jobs=1)
    assert readings.data.empty
    assert set(readings.issues["code"]) <= {"file.unreadable", "file.corrupt"} and len(readings.issues) == 1


def test_two_files_of_one_name_keep_their_own_provenance(tmp_path: Path) -> None:
    a = _good(tmp_path / "a")
    b = _good(tmp_path / "b")
    files = scan([a, b]).files
    assert [rel for _p, rel in files] == [str(a), str(b)]


@posix_only
def test_a_fifo_given_directly_is_named(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    found = scan(tmp_path / "pipe")
    assert not found.files and [p["code"] for p in found.problems] == ["file.not_read"]
