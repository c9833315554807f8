"""The data contracts of docs/design.md §4: column names of ``.data`` and ``.issues``, and cell refs.

Besides the provenance (file, sheet, cell), each value carries the evidence of the decisions
taken: ``label`` (the row or column text mapped to the indicator), ``period_source`` and
``unit_source`` (the A1 cell, or ``sheet name`` / ``file name`` / ``recipe: NAME``, that decided
them) and ``column_role`` (``result``, or ``prior`` for a "cùng kỳ" column loaded under its own
year, which a unit's own report of that year overrides).
"""

from __future__ import annotations

import pandas as pd

from .issue_codes import check

__all__ = [
    "CONTEXT_COLUMNS",
    "DATA_COLUMNS",
    "ISSUE_COLUMNS",
    "a1",
    "column_index",
    "empty_data",
    "empty_issues",
    "issue",
    "ordered_issues",
]

DATA_COLUMNS = [
    "unit_id",
    "unit_name",
    "cluster_id",
    "year",
    "period",
    "indicator",
    "value",
    "unit_of_measure",
    "source_file",
    "source_sheet",
    "source_cell",
    "label",
    "period_source",
    "unit_source",
    "column_role",
]
# what each issue says and where, then what it is about where known ("" otherwise; the year as
# text, so that a problem of no year stays blank)
CONTEXT_COLUMNS = ["unit_id", "year", "period", "indicator"]
ISSUE_COLUMNS = ["severity", "code", "message", "source_file", "source_sheet", "source_cell", *CONTEXT_COLUMNS]


SEVERITIES = ("error", "warning", "info")


def _letters(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


_COLUMN_LETTERS = tuple(_letters(c) for c in range(1024))


def a1(row: int, col: int) -> str:
    """Zero-based (row, col) → "A1" reference: ``a1(0, 0) == "A1"``, ``a1(6, 27) == "AB7"``; a
    negative row is a line above a Word table (``a1(-2, 0) == "dòng 2 trên bảng"``)."""
    if row < 0:
        return f"dòng {-row} trên bảng"
    letters = _COLUMN_LETTERS[col] if 0 <= col < 1024 else _letters(col)
    return f"{letters}{row + 1}"


def column_index(letters: str) -> int:
    """A column's letters → its zero-based index: ``column_index("AB") == 27``."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def issue(
    severity: str,
    code: str,
    message: str,
    source_file: str = "",
    source_sheet: str = "",
    source_cell: str = "",
    *,
    unit_id: str = "",
    year: int | str | None = "",
    period: str = "",
    indicator: str = "",
) -> dict[str, str]:
    """One row of the issues frame: what, where, and the unit, year, period and indicator it is
    about where known."""
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {SEVERITIES}, not {severity!r}")
    check(severity, code)
    return {
        "severity": severity,
        "code": code,
        "message": message,
        "source_file": source_file,
        "source_sheet": source_sheet,
        "source_cell": source_cell,
        "unit_id": unit_id or "",
        "year": "" if year in (None, "") else str(int(year)),
        "period": period or "",
        "indicator": indicator or "",
    }


def empty_data() -> pd.DataFrame:
    return pd.DataFrame(
        {c: pd.Series(dtype="float64" if c == "value" else "object") for c in DATA_COLUMNS}
    )


def empty_issues() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in ISSUE_COLUMNS})


def ordered_issues(issues: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """``issues`` sorted by ``keys`` (stable), where ``"severity"`` puts errors before warnings."""
    rank = {"error": 0, "warning": 1, "info": 2}
    return issues.sort_values(
        keys, key=lambda col: col.map(rank) if col.name == "severity" else col, kind="stable"
    )
