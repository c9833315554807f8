"""``load_reports``: a file, a folder (recursive) or a list of paths → ``.data`` and ``.issues``."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from ..interpret import FileReading, interpret_file, warm_up
from ..interpret.narrative import CANDIDATE_COLUMNS
from ..issue_codes import advice
from ..reading import is_reader_panic
from ..reference.files import Reference, reference_of
from ..schema import DATA_COLUMNS, ISSUE_COLUMNS, issue
from ..text.numbers import format_vn
from .discovery import discover, scan
from .pool import EXIT_OUT_OF_MEMORY, TIMEOUT, give_back_memory, run_isolated

__all__ = [
    "LoadResult",
    "Readings",
    "combine",
    "deduplicate",
    "discover",
    "load_reports",
    "read_files",
    "scan",
    "taken",
    "with_found",
]

FAILURES = {
    "file.timeout": "Đọc tệp quá thời gian cho phép; tệp có thể bị hỏng hoặc cố ý làm chậm.",
    "file.reader_crashed": "Trình đọc bảng tính bị dừng khi đọc tệp này (tệp hỏng hoặc bất thường).",
    "file.out_of_memory": "Đọc tệp cần quá nhiều bộ nhớ.",
}


@dataclass
class LoadResult:
    """``data``: one row per value (docs/design.md §4); ``issues``: one row per problem."""

    data: pd.DataFrame
    issues: pd.DataFrame

    def __repr__(self) -> str:
        errors = int((self.issues["severity"] == "error").sum()) if len(self.issues) else 0
        return f"LoadResult({len(self.data)} giá trị, {len(self.issues)} vấn đề, {errors} lỗi)"


# Files per task: few round trips to a worker (a task that fails is read again file by file).
CHUNK = 128

# What a worker sends back for a chunk of files: the values as an Arrow table (built in the
# worker, in parallel; sent as buffers, and gathered with no per-value work), the issues as
# dicts, and each file's fingerprint (sha256, size, mtime_ns).
Packed = tuple[pa.Table | None, list[dict], dict[str, tuple[str, int, int]], list[tuple]]
# Strings are "large" (64-bit offsets), the kind pandas keeps its text columns in: the gathered
# table becomes a frame without another copy.
VALUE_SCHEMA = pa.schema(
    [(name, pa.float64() if name == "value" else pa.int64() if name == "year" else pa.large_string())
     for name in DATA_COLUMNS]
)  # fmt: skip


@dataclass
class Readings:
    """Per-file results of a batch, before de-duplication: ``data`` (DATA_COLUMNS), ``issues``
    (ISSUE_COLUMNS), in file order, and each file's ``(sha256, size, mtime_ns)`` as it was read
    (``("", 0, 0)`` if it could not be)."""

    data: pd.DataFrame
    issues: pd.DataFrame
    fingerprints: dict[str, tuple[str, int, int]]
    candidates: pd.DataFrame = None  # type: ignore[assignment]  # CANDIDATE_COLUMNS: figures in sentences


def _pack(readings: list[tuple[str, FileReading]]) -> Packed:
    rows = [v for _rel, reading in readings for v in reading.data]
    table = None
    if rows:  # text columns dictionary-encoded: a file's name, unit and labels repeat on every row,
        # and the gathering process holds every table until the last one arrives
        columns = zip(*rows, strict=True)
        table = pa.table({
            field.name: pa.array(column, field.type).dictionary_encode()
            if field.type == pa.large_string() else pa.array(column, field.type)
            for field, column in zip(VALUE_SCHEMA, columns, strict=True)
        })  # fmt: skip
    issues = [i for _rel, reading in readings for i in reading.issues]
    candidates = [c for _rel, reading in readings for c in reading.candidates]
    return table, issues, {rel: reading.fingerprint for rel, reading in readings}, candidates


# The reference data a worker process reads with: handed to it once, as it starts (set by
# _start_worker; None in the main process, where callers pass theirs).
_WORKER_REF: Reference | None = None


def _start_worker(ref: Reference) -> None:
    global _WORKER_REF
    _WORKER_REF = ref


def _read_one(path: str, rel: str, targets: bool = False, ref: Reference | None = None) -> FileReading:
    """One file's reading; an unexpected failure is that file's issue, not the batch's end. A
    worker that runs out of memory leaves at once: its files are read again one at a time, each
    in a fresh process, so that the file at fault gets the same issue in any batch."""
    try:
        return interpret_file(path, rel, targets=targets, ref=ref if ref is not None else _WORKER_REF)
    except MemoryError:
        if _WORKER_REF is not None:  # in a worker process
            os._exit(EXIT_OUT_OF_MEMORY)
        message = f"{FAILURES['file.out_of_memory']} {advice('file.out_of_memory')}"
        return FileReading([], [issue("error", "file.out_of_memory", message, rel)], ("", 0, 0))
    except BaseException as exc:  # a file no rule foresaw: report it, go on with the others
        if not (isinstance(exc, Exception) or is_reader_panic(exc)):
            raise  # KeyboardInterrupt, SystemExit
        message = (f"Không đọc được tệp ({type(exc).__name__}: {exc}). Hãy mở tệp trong Excel, lưu "
                   "lại dạng .xlsx và gửi lại; nếu vẫn lỗi, hãy báo cho người quản lý phần mềm.")  # fmt: skip
        return FileReading([], [issue("error", "file.unreadable", message, rel)], ("", 0, 0))


def _work(path: str, rel: str, targets: bool = False) -> Packed:
    return _pack([(rel, _read_one(path, rel, targets))])


def _work_chunk(*tasks: tuple[str, str, bool]) -> Packed:
    return _pack([(rel, _read_one(path, rel, targets)) for path, rel, targets in tasks])


def read_files(
    files: list[tuple[Path, str]], *, jobs: int | None = None, progress=None, targets: bool = False,
    ref: Reference | None = None,
) -> Readings:
    """Read report files in isolated workers; see :class:`Readings`. With ``targets``, the
    files are target registrations and the target columns ("Chỉ tiêu đăng ký") are read.
    ``ref`` is the reference data they are read with (the project's when not given): built
    once here and handed to each worker as it starts.

    Files go to the workers in chunks; a chunk whose worker dies or times out is read again one
    file at a time, so that only the file at fault is reported.
    """
    jobs = max(1, jobs or os.cpu_count() or 1)
    tasks = [(str(p), rel, targets) for p, rel in files]
    parts: dict[tuple, Packed] = {}
    if tasks:
        ref = warm_up(reference_of(None, ref))
        # What the workers inherit is never garbage: keep their collector off it (faster, and
        # the pages stay shared with this process instead of being copied).
        gc.freeze()
        try:
            parts = _read_chunks(tasks, jobs, progress, ref)
        finally:
            gc.unfreeze()
    ordered = [parts.pop(key) for key in sorted(parts)]
    issues = pd.DataFrame([i for part in ordered for i in part[1]], columns=ISSUE_COLUMNS)
    fingerprints = {rel: mark for part in ordered for rel, mark in part[2].items()}
    candidates = pd.DataFrame([c for part in ordered for c in part[3]], columns=CANDIDATE_COLUMNS)
    tables = [part[0] for part in ordered if part[0] is not None]
    del ordered  # the tables are let go as they are gathered
    values = _gathered(tables)
    give_back_memory()
    return Readings(values, issues, fingerprints, candidates)


def _gathered(tables: list[pa.Table]) -> pd.DataFrame:
    """One frame from the workers' tables, a column at a time: each column's pieces are joined
    into one array and let go before the next, so the values are never held twice (at national
    scale a copy is about 700 MB)."""
    pieces = {name: [chunk for t in tables for chunk in t.column(name).chunks] for name in DATA_COLUMNS}
    tables.clear()
    columns = {}
    for field in VALUE_SCHEMA:
        chunks = [c.dictionary_decode() if pa.types.is_dictionary(c.type) else c for c in pieces.pop(field.name)]
        columns[field.name] = pa.concat_arrays(chunks or [pa.array([], field.type)])
        del chunks
    return pa.table(columns, schema=VALUE_SCHEMA).to_pandas()


def _read_chunks(
    tasks: list[tuple[str, str, bool]], jobs: int, progress, ref: Reference
) -> dict[tuple, Packed]:
    """Packed results keyed by (chunk, position) so that they can be put back in file order."""
    size = max(1, min(CHUNK, len(tasks) // (jobs * 4)))
    chunks = [tuple(tasks[i : i + size]) for i in range(0, len(tasks), size)]
    index = {chunk: n for n, chunk in enumerate(chunks)}
    parts: dict[tuple, Packed] = {}
    again: list[tuple[str, str, bool]] = []
    place: dict[str, tuple[int, int]] = {}
    start = {"initializer": _start_worker, "initargs": (ref,)}
    # a chunk that fails or runs out of time is read again file by file, each with its own budget
    chunk_budget = TIMEOUT + 0.1 * size
    for chunk, result, failure in run_isolated(_work_chunk, chunks, jobs=jobs, timeout=chunk_budget,
                                               alone=False, **start):  # fmt: skip
        if failure is None:
            parts[(index[chunk], 0)] = result  # type: ignore[assignment]
            if progress is not None:
                for _path, rel, _targets in chunk:
                    progress(rel)
        else:
            for position, (path, rel, targets) in enumerate(chunk):
                again.append((path, rel, targets))
                place[rel] = (index[chunk], position)
    for (_path, rel, _targets), result, failure in run_isolated(_work, again, jobs=jobs, timeout=TIMEOUT,
                                                                **start):  # fmt: skip
        if failure:
            result = (None, [issue("error", failure, f"{FAILURES[failure]} {advice(failure)}", rel)],
                      {rel: ("", 0, 0)}, [])  # fmt: skip
        parts[place[rel]] = result  # type: ignore[assignment]
        if progress is not None:
            progress(rel)
    return parts


def combine(
    values: pd.DataFrame, issues: pd.DataFrame, mtimes: dict[str, float]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One frame of values and one of issues from per-file ones; the newer file wins a clash, the
    clash is an issue. The frame is ordered by year, period, unit and indicator."""
    kept, _dropped, found = deduplicate(values, mtimes)
    return taken(values, kept), with_found(issues, found)


def deduplicate(values: pd.DataFrame, mtimes: dict[str, float]) -> tuple[np.ndarray, np.ndarray, list[dict]]:
    """``(kept, dropped, issues)``: the positions of the rows kept, in the combined frame's order
    (year, period, unit, indicator), those of the rows that lost a clash (a unit's own report
    beats a "cùng kỳ" column; then the newest file wins), and one issue per clash."""
    found: list[dict] = []
    data = values.reset_index(drop=True)
    keep = np.ones(len(data), dtype=bool)
    if not len(data):
        return np.flatnonzero(keep), np.flatnonzero(~keep), found
    key = ["unit_id", "year", "period", "indicator"]
    # each key column as sorted integer codes, once: they find the clashes and give the order
    codes = {c: pd.factorize(data[c], sort=True, use_na_sentinel=False)[0].astype(np.int64) for c in key}
    combined = np.zeros(len(data), dtype=np.int64)
    for c in key:
        combined = combined * (int(codes[c].max()) + 1) + codes[c]
    clash = pd.Series(combined).duplicated(keep=False).to_numpy()
    if clash.any():
        rivals = data.loc[clash, [*key, "source_file", "source_sheet", "source_cell", "value"]].assign(
            _own=(data.loc[clash, "column_role"] != "prior").astype(int),
            _mtime=data.loc[clash, "source_file"].map(mtimes),
        )
        rivals = rivals.fillna({"_mtime": 0.0}).sort_values(
            ["_own", "_mtime", "source_file", "source_sheet", "source_cell"], kind="stable"
        )
        losing = rivals.duplicated(key, keep="last")
        winners, dropped = rivals[~losing], rivals[losing]
        pairs = dropped.merge(winners[[*key, "source_file", "source_sheet", "source_cell", "value",
                                       "_own"]], on=key, suffixes=("", "_new"))  # fmt: skip
        found.extend(_clash_issues(pairs))
        keep[dropped.index.to_numpy()] = False
    # one reordering of the whole frame: the kept rows by year, period, unit and indicator
    kept = np.flatnonzero(keep)
    by = ["year", "period", "unit_id", "indicator"]  # np.lexsort: the last key sorts first
    order = np.lexsort([codes[c][kept] for c in reversed(by)])
    return kept[order], np.flatnonzero(~keep), found


def taken(frame: pd.DataFrame, positions: np.ndarray, *, consume: bool = False) -> pd.DataFrame:
    """The rows of ``frame`` at ``positions``, in ``DATA_COLUMNS`` with their types. With
    ``consume``, each column of ``frame`` is dropped from it once taken, so that the values
    are never held twice."""
    if not len(frame.columns):
        return pd.DataFrame(columns=DATA_COLUMNS)
    columns = {}
    for name in DATA_COLUMNS:
        column = frame.pop(name) if consume else frame[name]
        columns[name] = column.take(positions).reset_index(drop=True)
        del column
    data = pd.DataFrame(columns)
    return data.astype({"value": "float64", "year": "int64"}) if len(data) else pd.DataFrame(columns=DATA_COLUMNS)


def _clash_issues(pairs: pd.DataFrame) -> list[dict]:
    """One issue per pair of files (or sheets) that clashed, saying what really clashed: a "cùng
    kỳ" figure against the unit's own report of that period (only where they differ), two sheets
    of one file, or an older file against a newer one."""
    prior = (pairs["_own"] == 0) & (pairs["_own_new"] == 1)
    pairs = pairs[~prior | (pairs["value"] != pairs["value_new"])]
    groups = ["source_file", "source_file_new", "_own", "_own_new"]
    counts = pairs.groupby(groups, sort=True).size()
    firsts = pairs.drop_duplicates(groups).set_index(groups).loc[counts.index]
    out = []
    for (old, new, own, own_new), n, f in zip(counts.index, counts.to_numpy(), firsts.itertuples(index=False),
                                              strict=True):  # fmt: skip
        example = (f"ô {f.source_cell} trang '{f.source_sheet}' và ô {f.source_cell_new} trang "
                   f"'{f.source_sheet_new}'")  # fmt: skip
        if not own and own_new:
            code = "value.prior_differs"
            message = (f"{n} số 'cùng kỳ' của tệp '{old}' khác số trong báo cáo của chính kỳ đó (tệp "
                       f"'{new}'), ví dụ ô {f.source_cell}: {format_vn(f.value)} so với "
                       f"{format_vn(f.value_new)} ở ô {f.source_cell_new}. Đã giữ số của báo cáo kỳ đó; "
                       "hãy kiểm tra nếu đơn vị đã sửa số.")  # fmt: skip
        elif old == new:
            code = "value.duplicate"
            message = (f"{n} giá trị của tệp này ghi cùng đơn vị, kỳ và chỉ tiêu ở hai trang ({example}); "
                       "đã giữ số của trang sau. Hãy bỏ trang trùng hoặc sửa cho thống nhất.")  # fmt: skip
        else:
            code = "report.superseded"
            message = (f"{n} giá trị của tệp '{old}' trùng đơn vị, kỳ và chỉ tiêu với tệp mới hơn '{new}' "
                       f"({example}); đã giữ số liệu của tệp mới hơn. Nếu tệp cũ là bản sai, có thể xóa "
                       "khỏi thư mục.")  # fmt: skip
        out.append(issue("warning", code, message, old, str(f.source_sheet), str(f.source_cell)))
    return out


def with_found(issues: pd.DataFrame, found: list[dict]) -> pd.DataFrame:
    frame = issues[ISSUE_COLUMNS].reset_index(drop=True)
    if found:
        frame = pd.concat([frame, pd.DataFrame(found, columns=ISSUE_COLUMNS)], ignore_index=True)
    return frame


def load_reports(
    source: str | Path | Iterable[str | Path],
    *,
    jobs: int | None = None,
    progress=None,
    targets: bool = False,
    ref: Reference | None = None,
) -> LoadResult:
    """Load report files into one tidy frame. Never raises for a bad input file. With
    ``targets``, the files are target registrations: their target columns are read instead.
    ``ref``: the reference data to read with (``Reference(folder)``; the project's when not given)."""
    found = scan(source)
    readings = read_files(found.files, jobs=jobs, progress=progress, targets=targets, ref=ref)
    mtimes = {rel: _mtime(p, readings.fingerprints[rel][2]) for p, rel in found.files}
    data, issues = combine(readings.data, readings.issues, mtimes)
    if found.issues():
        issues = pd.concat([issues, pd.DataFrame(found.issues(), columns=ISSUE_COLUMNS)], ignore_index=True)
    return LoadResult(data, issues)


def _mtime(path: Path, read_ns: int) -> float:
    """When the file was changed, in seconds: as it was read, else as it is now (0 if gone)."""
    if read_ns:
        return read_ns / 1e9
    try:
        return path.stat().st_mtime_ns / 1e9
    except OSError:
        return 0.0
