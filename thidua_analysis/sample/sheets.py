"""A sheet as a plain map of cells, written to .xlsx (xlsxwriter or openpyxl) or .xls (xlwt).

``Sheet.formulas`` hold ``(formula, cached)``; ``cached=None`` writes the formula with no cached
value (what a file saved by a generator that never calculated looks like).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Sheet", "write_workbook"]


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], object] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    formulas: dict[tuple[int, int], tuple[str, float | None]] = field(default_factory=dict)
    bold_rows: set[int] = field(default_factory=set)
    widths: dict[int, float] = field(default_factory=dict)

    def put(self, row: int, col: int, value: object) -> None:
        self.cells[(row, col)] = value

    def merge(self, r1: int, c1: int, r2: int, c2: int, value: object) -> None:
        self.merges.append((r1, c1, r2, c2))
        self.cells[(r1, c1)] = value


def _write_xlsxwriter(path: Path, sheets: list[Sheet]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    bold = book.add_format(
        {"bold": True, "text_wrap": True, "valign": "vcenter", "align": "center"}
    )
    for sheet in sheets:
        ws = book.add_worksheet(sheet.name)
        for col, width in sheet.widths.items():
            ws.set_column(col, col, width)
        merged = set()
        for r1, c1, r2, c2 in sheet.merges:
            ws.merge_range(r1, c1, r2, c2, sheet.cells.get((r1, c1), ""), bold)
            merged.add((r1, c1))
        for (r, c), value in sheet.cells.items():
            if (r, c) in merged:
                continue
            fmt = bold if r in sheet.bold_rows else None
            if isinstance(value, str):
                ws.write_string(r, c, value, fmt)
            elif value is not None:
                ws.write_number(r, c, value, fmt)
        for (r, c), (formula, cached) in sheet.formulas.items():
            ws.write_formula(r, c, formula, None, cached if cached is not None else "")
    book.close()


def _write_openpyxl(path: Path, sheets: list[Sheet]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet in sheets:
        ws = book.create_sheet(sheet.name)
        for (r, c), value in sheet.cells.items():
            ws.cell(row=r + 1, column=c + 1, value=value)
        for r1, c1, r2, c2 in sheet.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        for (r, c), (formula, _cached) in sheet.formulas.items():
            ws.cell(row=r + 1, column=c + 1, value="=" + formula.lstrip("="))
    book.save(path)


def _write_xlwt(path: Path, sheets: list[Sheet]) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for sheet in sheets:
        ws = book.add_sheet(sheet.name[:31])
        merged = set()
        for r1, c1, r2, c2 in sheet.merges:
            ws.write_merge(r1, r2, c1, c2, sheet.cells.get((r1, c1), ""))
            merged.add((r1, c1))
        for (r, c), value in sheet.cells.items():
            if (r, c) not in merged and value is not None:
                ws.write(r, c, value)
        for (r, c), (formula, _cached) in sheet.formulas.items():
            ws.write(r, c, xlwt.Formula(formula.lstrip("=")))
    book.save(str(path))


def write_workbook(path: Path, sheets: list[Sheet], *, engine: str = "xlsxwriter") -> None:
    """Write ``sheets`` to ``path`` with ``engine``: ``xlsxwriter``, ``openpyxl`` or ``xlwt``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    {"xlsxwriter": _write_xlsxwriter, "openpyxl": _write_openpyxl, "xlwt": _write_xlwt}[engine](
        path, sheets
    )
