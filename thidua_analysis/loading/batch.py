"""``load_reports``: a file, a folder (recursive) or a list of paths → ``.data`` and ``.issues``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..interpret import interpret_file, warm_up
from ..reference import load_registry
from ..schema import DATA_COLUMNS, ISSUE_COLUMNS, issue
from .pool import run_isolated

__all__ = ["REPORT_SUFFIXES", "LoadResult", "discover", "load_reports"]

REPORT_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
FAILURES = {
    "file.timeout": "Đọc tệp quá thời gian cho phép; tệp có thể bị hỏng hoặc cố ý làm chậm. Hãy lưu lại "
    "bằng Excel và gửi lại.",
    "file.reader_crashed": "Trình đọc bảng tính bị dừng khi đọc tệp này (tệp hỏng hoặc bất thường). "
    "Hãy lưu lại bằng Excel và gửi lại.",
    "file.too_large": "Đọc tệp cần quá nhiều bộ nhớ; hãy chỉ giữ trang báo cáo và gửi lại.",
}


@dataclass
class LoadResult:
    """``data``: one row per value (DESIGN.md §4); ``issues``: one row per problem."""

    data: pd.DataFrame
    issues: pd.DataFrame

    def __repr__(self) -> str:
        errors = int((self.issues["severity"] == "error").sum()) if len(self.issues) else 0
        return f"LoadResult({len(self.data)} giá trị, {len(self.issues)} vấn đề, {errors} lỗi)"


def discover(source: str | Path | Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Report files under ``source`` as ``(path, name used in provenance)``, sorted.

    Folders are searched recursively; hidden files and Excel's lock files ("~$…") are skipped.
    """
    items = [source] if isinstance(source, str | Path) else list(source)
    found: list[tuple[Path, str]] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if (
                    sub.is_file()
                    and sub.suffix.lower() in REPORT_SUFFIXES
                    and not sub.name.startswith(("~$", "."))
                ):
                    found.append((sub, sub.relative_to(path).as_posix()))
        elif path.is_file():
            found.append((path, path.name))
    return found


CHUNK = 32  # files per task: enough to hide the cost of a round trip to a worker


def _work(path: str, rel: str) -> tuple[list[dict], list[dict]]:
    return interpret_file(path, rel)


def _work_chunk(*tasks: tuple[str, str]) -> list[tuple[list[dict], list[dict]]]:
    return [interpret_file(path, rel) for path, rel in tasks]


def read_files(
    files: list[tuple[Path, str]], *, jobs: int | None = None, progress=None
) -> dict[str, tuple[list[dict], list[dict]]]:
    """Per-file results ``{rel: (values, issues)}`` from isolated workers.

    Files go to the workers in chunks; a chunk whose worker dies or times out is read again one
    file at a time, so that only the file at fault is reported.
    """
    jobs = max(1, jobs or os.cpu_count() or 1)
    out: dict[str, tuple[list[dict], list[dict]]] = {}
    tasks = [(str(p), rel) for p, rel in files]
    warm_up()
    size = max(1, min(CHUNK, len(tasks) // (jobs * 4)))
    chunks = [tuple(tasks[i : i + size]) for i in range(0, len(tasks), size)]
    again: list[tuple[str, str]] = []
    for chunk, result, failure in run_isolated(_work_chunk, chunks, jobs=jobs):
        if failure is None:
            for (_path, rel), one in zip(chunk, result, strict=True):  # type: ignore[arg-type]
                out[rel] = one
                if progress is not None:
                    progress(rel)
        else:
            again.extend(chunk)  # type: ignore[arg-type]
    for (_path, rel), result, failure in run_isolated(_work, again, jobs=jobs):
        if failure:
            out[rel] = ([], [issue("error", failure, FAILURES[failure], rel)])
        else:
            out[rel] = result  # type: ignore[assignment]
        if progress is not None:
            progress(rel)
    return out


def combine(
    results: dict[str, tuple[list[dict], list[dict]]], mtimes: dict[str, float]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One frame of values and one of issues; the newer file wins a clash, the clash is an issue."""
    values = [v for rel in sorted(results) for v in results[rel][0]]
    issues = [i for rel in sorted(results) for i in results[rel][1]]
    data = pd.DataFrame(values, columns=[c for c in DATA_COLUMNS if c != "cluster_id"])
    if len(data):
        key = ["unit_id", "year", "period", "indicator"]
        data["_mtime"] = data["source_file"].map(mtimes).fillna(0.0)
        data = data.sort_values(
            ["_mtime", "source_file", "source_sheet", "source_cell"], kind="stable"
        )
        newest = data.drop_duplicates(key, keep="last")
        dropped = data.drop(newest.index)
        for (old, new), group in dropped.merge(
            newest[[*key, "source_file"]], on=key, suffixes=("", "_new")
        ).groupby(["source_file", "source_file_new"], sort=True):
            where = "trong cùng tệp" if old == new else f"tệp mới hơn '{new}'"
            code = "value.duplicate" if old == new else "report.superseded"
            issues.append(issue(
                "warning", code,
                f"{len(group)} giá trị của tệp '{old}' trùng đơn vị, kỳ và chỉ tiêu với {where}; đã giữ "
                "số liệu của tệp mới hơn. Nếu tệp cũ là bản sai, có thể xóa khỏi thư mục.",
                old, str(group["source_sheet"].iloc[0]), str(group["source_cell"].iloc[0])))  # fmt: skip
        data = newest.drop(columns="_mtime")
        data = _attach_registry(data, issues)
    else:
        data = pd.DataFrame(columns=DATA_COLUMNS)
    data = data[DATA_COLUMNS].sort_values(["year", "period", "unit_id", "indicator"], kind="stable")
    data["value"] = data["value"].astype("float64")
    data["year"] = data["year"].astype("int64")
    issue_frame = pd.DataFrame(issues, columns=ISSUE_COLUMNS)
    return data.reset_index(drop=True), issue_frame


def _attach_registry(data: pd.DataFrame, issues: list[dict]) -> pd.DataFrame:
    registry = load_registry()[["unit_id", "year", "cluster_id", "unit_name"]]
    data = data.drop(columns="unit_name").merge(registry, on=["unit_id", "year"], how="left")
    missing = data[data["cluster_id"].isna()].drop_duplicates(["unit_id", "year", "source_file"])
    for row in missing.itertuples(index=False):
        issues.append(issue(
            "warning", "unit.not_in_cluster",
            f"Đơn vị '{row.unit_id}' không thuộc cụm nào trong năm {row.year} theo danh mục; hãy cập nhật "
            "membership.csv nếu đơn vị đã chuyển cụm.", row.source_file, row.source_sheet, row.source_cell))  # fmt: skip
    names = load_registry().drop_duplicates("unit_id").set_index("unit_id")["unit_name"]
    data["unit_name"] = data["unit_name"].fillna(data["unit_id"].map(names)).fillna(data["unit_id"])
    data["cluster_id"] = data["cluster_id"].fillna("")
    return data


def load_reports(
    source: str | Path | Iterable[str | Path], *, jobs: int | None = None, progress=None
) -> LoadResult:
    """Load report files into one tidy frame. Never raises for a bad input file."""
    files = discover(source)
    results = read_files(files, jobs=jobs, progress=progress)
    mtimes = {rel: p.stat().st_mtime for p, rel in files}
    data, issues = combine(results, mtimes)
    return LoadResult(data, issues)
