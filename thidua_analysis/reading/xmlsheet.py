"""Read an Excel 2003 XML spreadsheet ("XML Spreadsheet 2003", what many programs export under an
.xls name) as the cells of its worksheets.

Only the values the file holds are read (a formula's cached value, never its formula). Merged
cells (``MergeAcross``, ``MergeDown``), hidden worksheets, rows and columns, and error values
are kept, so that the interpretation treats them as a workbook's.
"""

from __future__ import annotations

import datetime
from xml.etree import ElementTree

from ..schema import a1
from .workbook import SheetCells

__all__ = ["XmlSheets", "read_xml_workbook"]

_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_X = "{urn:schemas-microsoft-com:office:excel}"
_MOST_ROWS, _MOST_COLUMNS = 1_048_576, 16_384  # Excel's own limits
_MOST_CELLS = 2_000_000  # of a sheet's grid: more is no report


class XmlSheets:
    """The worksheets (``sheets``), and per worksheet its hidden rows and columns (``hidden``)
    and its error values by cell (``errors``), as the inspection of a workbook gives them."""

    def __init__(self) -> None:
        self.sheets: list[SheetCells] = []
        self.hidden: dict[str, tuple[frozenset[int], frozenset[int]]] = {}
        self.errors: dict[str, dict[str, str]] = {}


def read_xml_workbook(content: bytes) -> XmlSheets:
    root = ElementTree.fromstring(content)
    if root.tag != _SS + "Workbook":
        raise ValueError("không phải bảng tính XML của Excel")
    out = XmlSheets()
    for n, sheet in enumerate(root.findall(_SS + "Worksheet"), start=1):
        name = sheet.get(_SS + "Name") or f"Sheet{n}"
        shown = sheet.find(f"{_X}WorksheetOptions/{_X}Visible")
        visible = shown is None or (shown.text or "").strip() not in ("SheetHidden", "SheetVeryHidden")
        table = sheet.find(_SS + "Table")
        cells: dict[tuple[int, int], object] = {}
        merges: list[tuple[int, int, int, int]] = []
        hidden_rows: set[int] = set()
        hidden_columns: set[int] = set()
        errors: dict[str, str] = {}
        if table is not None:
            c = 0
            for column in table.findall(_SS + "Column"):
                c = _index(column, c, _MOST_COLUMNS)
                span = _number(column.get(_SS + "Span"), 0, _MOST_COLUMNS)
                if column.get(_SS + "Hidden") == "1":
                    hidden_columns.update(range(c, min(c + span + 1, _MOST_COLUMNS)))
                c += span + 1
            r = 0
            for row in table.findall(_SS + "Row"):
                r = _index(row, r, _MOST_ROWS)
                if row.get(_SS + "Hidden") == "1":
                    hidden_rows.add(r)
                c = 0
                for cell in row.findall(_SS + "Cell"):
                    c = _index(cell, c, _MOST_COLUMNS)
                    across = _number(cell.get(_SS + "MergeAcross"), 0, _MOST_COLUMNS)
                    down = _number(cell.get(_SS + "MergeDown"), 0, _MOST_ROWS)
                    value, error = _value(cell.find(_SS + "Data"))
                    if value is not None:
                        if len(cells) >= _MOST_CELLS:
                            raise ValueError("bảng tính XML có quá nhiều ô")
                        cells[(r, c)] = value
                    if error:
                        errors[a1(r, c)] = error
                    if across or down:
                        merges.append((r, c, r + down, c + across))
                    c += across + 1
                r += 1
        rows: list[list[object]] = []
        if cells:
            height = max(r for r, _ in cells) + 1
            width = max(c for _, c in cells) + 1
            if height * width > 4 * _MOST_CELLS:
                raise ValueError("bảng tính XML có ô ở quá xa vùng báo cáo")
            rows = [[None] * width for _ in range(height)]
            for (r, c), value in cells.items():
                rows[r][c] = value
        out.sheets.append(SheetCells(name, rows, 0, 0, merges, visible))
        if hidden_rows or hidden_columns:
            out.hidden[name] = (frozenset(hidden_rows), frozenset(hidden_columns))
        if errors:
            out.errors[name] = errors
    return out


def _index(element: ElementTree.Element, at: int, most: int) -> int:
    """The 0-based place an element gives itself (``ss:Index``, from 1), else ``at``."""
    said = _number(element.get(_SS + "Index"), 0, most)
    return said - 1 if said > 0 else min(at, most - 1)


def _number(text: str | None, default: int, most: int) -> int:
    text = (text or "").strip()
    return min(int(text), most) if text.isdigit() and len(text) < 9 else default


def _value(data: ElementTree.Element | None) -> tuple[object, str]:
    """``(value, error)`` of a cell's data: a number, a text (its formatted runs joined), a date,
    a truth value; an error value ("#REF!") is no value."""
    if data is None:
        return None, ""
    kind = data.get(_SS + "Type", "String")
    text = "".join(data.itertext())
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text or None, ""
        return number, ""  # (a float, as the workbook reader gives every number)
    if kind == "DateTime":
        try:
            return datetime.datetime.fromisoformat(text.strip()[:19]), ""
        except ValueError:
            return text or None, ""
    if kind == "Boolean":
        return text.strip() == "1", ""
    if kind == "Error":
        return None, text.strip() or "#N/A"
    return (text if text != "" else None), ""

