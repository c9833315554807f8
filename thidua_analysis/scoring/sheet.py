"""A cluster's own scoring sheet (bảng chấm điểm thi đua), read and compared with the computed
scores.

The sheet the clusters use: criteria as rows (STT | Tiêu chí | Điểm tối đa), then for each unit a
merged header over two columns, "Tự chấm" (the unit's self-score) and "Cụm chấm" (the cluster's
score). Criteria are matched to the scheme by their wording (``label_vi``, compared without
accents, case or punctuation), bonus and deduction rows likewise; group rows (I, II…) and the
"Tổng cộng" row are not criteria. The file is inspected and read in an isolated worker like a
report, and nothing in it is calculated.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..interpret.grid import Grid
from ..interpret.vocabulary import load_vocabulary
from ..interpret.workbook import open_cells
from ..loading.batch import FAILURES
from ..loading.pool import run_isolated
from ..reference import Reference, match_unit, reference_of
from ..schema import ISSUE_COLUMNS, a1, issue
from ..text.numbers import parse_number
from ..text.periods import parse_period
from ..text.vietnamese import match_key

__all__ = ["SHEET_COLUMNS", "compare_scores", "manual_points", "read_scoring_sheet"]

SHEET_COLUMNS = ["unit_id", "year", "criterion", "max_points", "self_score", "cluster_score",
                 "source_file", "source_sheet", "source_cell"]  # fmt: skip
CRITERION_HEADERS = {"tieu chi", "noi dung", "noi dung tieu chi", "noi dung cham diem",
                     "tieu chi cham diem", "cac tieu chi"}  # fmt: skip
MAX_HEADERS = {"diem toi da", "diem chuan", "thang diem", "diem"}
SELF_HEADERS = {"tu cham", "diem tu cham", "don vi tu cham"}
CLUSTER_HEADERS = {"cum cham", "diem cum cham", "cum thi dua cham", "khoi cham", "diem khoi cham"}


def read_scoring_sheet(
    path: str | Path, *, scheme: pd.DataFrame, source_file: str | None = None, ref: Reference | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(scores, issues)``: one row per unit and criterion with the self-score and the cluster's
    score (and the cell of the latter), and the problems found, in the issues frame."""
    path = Path(path)
    rel = source_file or path.name
    issues: list[dict] = []
    [(_task, result, failure)] = list(run_isolated(open_cells, [(str(path), rel)], jobs=1))
    if failure is not None:
        issues.append(issue("error", failure, FAILURES[failure], rel))
        return pd.DataFrame(columns=SHEET_COLUMNS), pd.DataFrame(issues, columns=ISSUE_COLUMNS)
    cells, found = result
    issues.extend(found)
    if cells is None:
        return pd.DataFrame(columns=SHEET_COLUMNS), pd.DataFrame(issues, columns=ISSUE_COLUMNS)
    labels = {match_key(label): c for label, c in zip(scheme["label_vi"], scheme["criterion"],
                                                      strict=True)}  # fmt: skip
    rows: list[tuple] = []
    for sheet in cells.sheets:
        grid = Grid(sheet.rows, sheet.top, sheet.left, sheet.merges)
        gaps = set(cells.inspection.formula_gaps.get(sheet.name, []))
        rows += _read_sheet(grid, sheet.name, rel, labels, gaps, issues, reference_of(None, ref))
    if not rows and not any(i["severity"] == "error" for i in issues):
        issues.append(issue("error", "scoring.no_table",
                            "Không tìm thấy bảng chấm điểm (cần cột 'Tiêu chí', 'Điểm tối đa' và "
                            "các cột 'Tự chấm', 'Cụm chấm' dưới tên từng đơn vị).", rel))  # fmt: skip
    return pd.DataFrame(rows, columns=SHEET_COLUMNS), pd.DataFrame(issues, columns=ISSUE_COLUMNS)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""  # already cleaned by open_cells


def _read_sheet(
    grid: Grid, name: str, rel: str, labels: dict, gaps: set[str], issues: list, ref: Reference
) -> list[tuple]:
    header = None
    for r in range(grid.top, min(grid.height, grid.top + 30)):
        keys = {c: match_key(_text(grid.header(r, c))) for c in range(grid.left, grid.width)}
        label_col = next((c for c, k in keys.items() if k in CRITERION_HEADERS), None)
        max_col = next((c for c, k in keys.items() if k in MAX_HEADERS), None)
        if label_col is not None and max_col is not None:
            header = r, label_col, max_col
            break
    if header is None:
        return []
    hr, label_col, max_col = header
    title = " ".join(_text(grid.raw(r, c)) for r in range(grid.top, hr)
                     for c in range(grid.left, grid.width))  # fmt: skip
    year = parse_period(title).year
    if year is None:
        issues.append(issue("error", "period.unknown",
                            "Không xác định được năm của bảng chấm điểm; hãy ghi trong tiêu đề, ví "
                            "dụ 'BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2022'.", rel, name, a1(grid.top, grid.left)))  # fmt: skip
    sub = hr + 1
    columns: dict[int, tuple[str, str]] = {}  # column -> (unit_id, "self" | "cluster")
    for c in range(max_col + 1, grid.width):
        unit_text = _text(grid.header(hr, c))
        role_key = match_key(_text(grid.header(sub, c)))
        role = (
            "self"
            if role_key in SELF_HEADERS
            else "cluster"
            if role_key in CLUSTER_HEADERS
            else None
        )
        if not unit_text or role is None:
            continue
        hit = match_unit(unit_text, when=(year, 12) if year else None, ref=ref)
        if hit.unit_id is None:
            hint = f" Có phải là '{hit.suggestion}'?" if hit.suggestion else ""
            issues.append(issue("error", "unit.unknown",
                                f"Tên đơn vị '{unit_text}' ở đầu cột không có trong danh mục.{hint}",
                                rel, name, a1(hr, c)))  # fmt: skip
            continue
        columns[c] = (hit.unit_id, role)
    out = []
    for r in range(sub + 1, grid.height):
        label = _text(grid.raw(r, label_col))
        key = match_key(label)
        if not key:
            continue
        if load_vocabulary().matches("total", label, key=key):
            continue
        criterion = labels.get(key)
        scores: dict[str, dict[str, tuple[float | None, str]]] = {}
        for c, (unit_id, role) in columns.items():
            if a1(r, c) in gaps:
                issues.append(issue("error", "cell.formula_without_value",
                                    f"Ô {a1(r, c)} là công thức nhưng không có giá trị đã tính. Hãy mở "
                                    "tệp trong Excel, nhấn F9 rồi lưu lại, hoặc nhập điểm trực tiếp.",
                                    rel, name, a1(r, c)))  # fmt: skip
                continue
            raw = grid.raw(r, c)
            parsed = parse_number(_text(raw) if isinstance(raw, str) else raw)
            if parsed.empty:
                continue
            if not parsed.ok:
                issues.append(issue("error", "cell.not_a_number",
                                    f"Ô {a1(r, c)} ghi '{raw}', không đọc được thành điểm số.",
                                    rel, name, a1(r, c)))  # fmt: skip
                continue
            scores.setdefault(unit_id, {})[role] = (parsed.value, a1(r, c))
        if criterion is None:
            if scores:
                issues.append(issue("warning", "scoring.unmapped_criterion",
                                    f"Tiêu chí '{label}' (dòng {r + 1}) không có trong bảng tiêu chí "
                                    "chấm điểm (scoring_scheme.csv); điểm của dòng này không được so "
                                    "sánh. Hãy dùng đúng tên tiêu chí.", rel, name, a1(r, label_col)))  # fmt: skip
            continue
        maximum = parse_number(grid.raw(r, max_col)).value
        for unit_id, got in scores.items():
            self_score, _ = got.get("self", (np.nan, ""))
            cluster_score, cell = got.get("cluster", (np.nan, ""))
            out.append((unit_id, year, criterion, maximum, self_score, cluster_score, rel, name,
                        cell))  # fmt: skip
    return out


def manual_points(sheet: pd.DataFrame, scheme: pd.DataFrame) -> pd.DataFrame:
    """The cluster's scores of the criteria scored by hand, as ``criterion_points(manual=...)``
    takes them: unit_id, criterion, points."""
    by_hand = set(scheme.loc[scheme["method"] == "manual", "criterion"])
    rows = sheet[sheet["criterion"].isin(by_hand)]
    return rows.rename(columns={"cluster_score": "points"})[["unit_id", "criterion", "points"]]


def compare_scores(
    points: pd.DataFrame, sheet: pd.DataFrame, *, tolerance: float = 0.05
) -> pd.DataFrame:
    """The computed points beside the sheet's self-score and cluster score, per unit and
    criterion, with a ``total`` row per unit. ``differs`` marks a cluster score more than
    ``tolerance`` points away from the computed one (on criteria the scheme computes).

    Columns: cluster_id, unit_id, unit_name, criterion, label_vi, kind, method, max_points,
    computed, self_score, cluster_score, difference, differs, source_file, source_cell.
    """
    merged = points.merge(
        sheet[["unit_id", "criterion", "self_score", "cluster_score", "source_file",
               "source_cell"]],
        on=["unit_id", "criterion"],
        how="left",
    ).rename(columns={"points": "computed"})  # fmt: skip
    merged = merged[merged["unit_id"].isin(sheet["unit_id"])]
    sign = merged["kind"].map({"deduction": -1.0}).fillna(1.0)
    totals = (
        merged.assign(computed=merged["computed"].fillna(0) * sign,
                      self_score=merged["self_score"] * sign,
                      cluster_score=merged["cluster_score"] * sign)
        .groupby(["cluster_id", "unit_id", "unit_name"], as_index=False)[
            ["computed", "self_score", "cluster_score"]
        ]
        .sum(min_count=1)
        .assign(criterion="tong", label_vi="Tổng cộng", kind="total", method="", max_points=np.nan,
                source_file="", source_cell="")
    )  # fmt: skip
    out = pd.concat([merged, totals], ignore_index=True)
    out["difference"] = out["cluster_score"] - out["computed"]
    out["differs"] = (out["method"] != "manual") & (out["difference"].abs() > tolerance)
    columns = ["cluster_id", "unit_id", "unit_name", "criterion", "label_vi", "kind", "method",
               "max_points", "computed", "self_score", "cluster_score", "difference", "differs",
               "source_file", "source_cell"]  # fmt: skip
    return out[columns].reset_index(drop=True)
