"""Read a workbook's cells with python-calamine: cached values only, never a formula's logic."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import python_calamine

__all__ = ["SheetCells", "is_reader_panic", "read_workbook"]


def is_reader_panic(exc: BaseException) -> bool:
    """True for the reader's own panics: a bug the malformed file hit in the Rust code, which
    reaches Python as a ``BaseException`` (not an ``Exception``) and must not end the batch."""
    return type(exc).__name__ == "PanicException"


@dataclass
class SheetCells:
    """The cells of one sheet: ``rows[r][c]`` is the cell at ``(top + r, left + c)`` (0-based)."""

    name: str
    rows: list[list[object]]
    top: int
    left: int
    merges: list[tuple[int, int, int, int]]  # (r1, c1, r2, c2), absolute, inclusive
    visible: bool = True  # False for a hidden or very hidden sheet


def read_workbook(
    source: str | Path | bytes,
    *,
    merges: dict[str, list[tuple[int, int, int, int]]] | None = None,
) -> list[SheetCells]:
    """All worksheets of a file (its path, or its bytes as read once for inspection); chart and
    macro sheets are skipped, hidden ones included and marked (``visible``).

    ``merges`` gives merged ranges per sheet name where the reader gives none (OpenDocument).
    """
    if isinstance(source, bytes):
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(source))
    else:
        book = python_calamine.CalamineWorkbook.from_path(str(source))
    sheets = []
    try:
        for index, meta in enumerate(book.sheets_metadata):
            if str(meta.typ).rsplit(".", 1)[-1] not in ("WorkSheet",):
                continue
            sheet = book.get_sheet_by_index(index)
            rows = sheet.to_python(skip_empty_area=True)
            top, left = sheet.start or (0, 0)
            ranges = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
            if not ranges and merges:
                ranges = list(merges.get(meta.name, []))
            visible = str(meta.visible).rsplit(".", 1)[-1] == "Visible"
            sheets.append(SheetCells(meta.name, rows, top, left, ranges, visible))
    finally:
        book.close()
    return sheets
