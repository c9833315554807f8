"""The scoring scheme (bảng tiêu chí chấm điểm) as a data file an analyst edits.

``scoring_scheme.csv``, one row per criterion: ``group``, ``group_name``, ``group_max`` (the
group's maximum), ``criterion`` (an id), ``label_vi`` (as the cluster's scoring sheet words it),
``indicator`` (a catalogue code, for computed criteria), ``method``, ``max_points``, ``param``,
``basis`` and ``kind`` (``criterion``, ``bonus`` or ``deduction``). Methods:

* ``attainment`` — points in proportion to target attainment, capped:
  ``max_points × min(actual ÷ target ÷ param, 1)``; ``param`` is the attainment that earns full
  points (1 = 100 %).
* ``rank`` — by rank among the cluster's units on the indicator (``basis`` ``per_commune`` to
  compare per commune): the first gets ``max_points``, the last ``param × max_points``, linearly
  in between; ties share the better rank.
* ``manual`` — entered by hand: the cluster's score from its scoring sheet.
* ``reports`` — ``max_points`` less ``param`` points per report the unit did not send
  (``report.missing`` of the quality checks), not below 0.

The packaged scheme is an example; an analyst's ``data/reference/scoring_scheme.csv`` replaces
it as a whole. :func:`load_scheme` checks it and reports every problem at once.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ReferenceDataError
from ..reference import Reference, load_catalog
from ..reference.files import number_cell, read_whole_reference

__all__ = ["KINDS", "METHODS", "load_grades", "load_scheme", "scheme_problems"]

COLUMNS = ["group", "group_name", "group_max", "criterion", "label_vi", "indicator", "method",
           "max_points", "param", "basis", "kind"]  # fmt: skip
METHODS = ("attainment", "rank", "manual", "reports")
KINDS = ("criterion", "bonus", "deduction")
DEFAULT_PARAM = {"attainment": 1.0, "rank": 0.5, "reports": 1.0}


def load_scheme(path: str | Path | None = None, *, ref: Reference | None = None) -> pd.DataFrame:
    """The scheme, checked; numbers as floats, an empty ``param`` filled with its default."""
    frame, where = read_whole_reference("scoring_scheme.csv", COLUMNS, path=path, ref=ref)
    problems = scheme_problems(frame, ref=ref)
    if problems:
        raise ReferenceDataError(
            f"Bảng tiêu chí chấm điểm {where} có {len(problems)} lỗi:\n- " + "\n- ".join(problems)
        )
    frame = frame.copy()
    for column in ("group_max", "max_points"):
        frame[column] = frame[column].map(number_cell)
    frame["param"] = [
        (number_cell(p) if str(p).strip() else DEFAULT_PARAM[m]) if m in DEFAULT_PARAM else np.nan
        for p, m in zip(frame["param"], frame["method"], strict=True)
    ]
    return frame


def scheme_problems(frame: pd.DataFrame, *, ref: Reference | None = None) -> list[str]:
    """Every problem of a scheme, in Vietnamese, naming the row (line numbers as in Excel)."""
    problems = []
    codes = set(load_catalog(ref=ref)["code"])
    seen: set[str] = set()
    for i, row in enumerate(frame.itertuples(index=False), start=2):
        where = f"dòng {i} ({row.criterion or 'chưa có mã'})"
        if not row.criterion:
            problems.append(f"{where}: thiếu mã tiêu chí (cột criterion).")
        elif row.criterion in seen:
            problems.append(f"{where}: mã tiêu chí '{row.criterion}' bị trùng.")
        seen.add(row.criterion)
        if row.method not in METHODS:
            problems.append(
                f"{where}: cách tính '{row.method}' không có; dùng một trong: {', '.join(METHODS)}."
            )
        if row.kind not in KINDS:
            problems.append(f"{where}: loại '{row.kind}' không có; dùng: {', '.join(KINDS)}.")
        if row.method in ("attainment", "rank") and row.indicator not in codes:
            problems.append(
                f"{where}: cách tính {row.method} cần mã chỉ tiêu có trong danh mục; "
                f"'{row.indicator}' không có."
            )
        points = number_cell(row.max_points)
        if points is None or points <= 0:
            problems.append(f"{where}: điểm tối đa '{row.max_points}' phải là số dương.")
        if str(row.param).strip() and row.method in DEFAULT_PARAM:
            param = number_cell(row.param)
            if param is None or param <= 0 or (row.method == "rank" and param > 1):
                problems.append(
                    f"{where}: tham số '{row.param}' không hợp lệ (attainment: mức đạt được điểm "
                    "tối đa, ví dụ 1 = 100%; rank: tỷ lệ điểm của đơn vị xếp cuối, từ 0 đến 1)."
                )
        if row.basis not in ("", "value", "per_commune"):
            problems.append(f"{where}: basis '{row.basis}' phải để trống, value hoặc per_commune.")
    for group, rows in frame.groupby("group", sort=False):
        maxima = {number_cell(m) for m in rows["group_max"]}
        if len(maxima) != 1 or None in maxima:
            problems.append(f"nhóm {group}: cột group_max phải ghi cùng một số ở mọi dòng.")
            continue
        group_max = maxima.pop()
        points = sum(number_cell(p) or 0 for p in rows["max_points"])
        if abs(points - group_max) > 1e-9 and set(rows["kind"]) == {"criterion"}:
            problems.append(
                f"nhóm {group} ({rows['group_name'].iloc[0]}): tổng điểm tối đa các tiêu chí là "
                f"{points:g}, khác điểm tối đa của nhóm {group_max:g}."
            )
        elif points > group_max + 1e-9:
            problems.append(
                f"nhóm {group}: tổng điểm tối đa các dòng ({points:g}) vượt điểm tối đa của nhóm "
                f"({group_max:g})."
            )
        if len(set(rows["kind"])) > 1:
            problems.append(f"nhóm {group}: không được trộn tiêu chí, điểm thưởng và điểm trừ.")
    return problems


def load_grades(path: str | Path | None = None, *, ref: Reference | None = None) -> pd.DataFrame:
    """Grades by minimum total score, highest first (``scoring_grades.csv``)."""
    frame, where = read_whole_reference("scoring_grades.csv", ["grade", "min_score"], path=path, ref=ref)
    frame = frame.assign(min_score=frame["min_score"].map(number_cell))
    if frame["min_score"].isna().any() or frame.empty:
        raise ReferenceDataError(f"{where}: cột min_score phải là số ở mọi dòng.")
    return frame.sort_values("min_score", ascending=False).reset_index(drop=True)
