"""Tables written to Excel the way Vietnamese readers read numbers: 1.124 and 1,25, whatever the
regional settings of the computer that opens the file.

An Excel number format's "," and "." are placeholders that the viewer's settings turn into its
own separators, so "#,##0" shows 1,124 on an English-language computer. Here:

* whole numbers use a format whose dots are literal text, chosen by the size of the number
  (``[>=1000000]#"."###"."##0;[>=1000]#"."##0;0``): 1.124 and 3.904.800 everywhere, and the cell
  still holds the number (sums, sorting and filters work);
* numbers with decimals get, cell by cell, a format that is their own text ("14,8"): the cell
  holds the exact number, the reader sees the Vietnamese text (a format cannot move a decimal
  comma in any other way). The table is a report: its numbers are not meant to be edited;
* money is shown in triệu đồng with the unit in the header (``money_in_millions``).
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from ..text.numbers import format_vn

__all__ = ["MILLION", "WHOLE_FORMAT", "decimal_format", "money_in_millions", "save_table", "write_table"]

WHOLE_FORMAT = '[>=1000000]#"."###"."##0;[>=1000]#"."##0;0'
MILLION = 1_000_000


def decimal_format(value: float, decimals: int = 1) -> str:
    """The format that shows ``value`` as Vietnamese text with up to ``decimals`` places:
    ``"14,8"``."""
    return '"' + format_vn(round(value, decimals)) + '"'


def money_in_millions(frame: pd.DataFrame, *, unit_column: str, value_columns: list[str]) -> pd.DataFrame:
    """Rows whose ĐVT (``unit_column``) is "đồng" in triệu đồng: their ``value_columns`` divided
    by a million and the ĐVT "triệu đồng"."""
    frame = frame.copy()
    money = frame[unit_column].eq("đồng")
    for column in value_columns:
        if column in frame:
            frame[column] = frame[column].astype("float64")
            frame.loc[money, column] = frame.loc[money, column] / MILLION
    frame.loc[money, unit_column] = "triệu đồng"
    return frame


def write_table(
    book, ws, frame: pd.DataFrame, *, start_row: int = 0, decimals: dict[str, int] | None = None,
    header_format=None, max_width: int = 60,
) -> None:  # fmt: skip
    """``frame`` into the xlsxwriter sheet ``ws`` from ``start_row``: a wrapped header row, then
    the values; numbers as Vietnamese readers read them (see the module), whole numbers unless
    ``decimals`` names the column's places; widths from the contents; empty cells for missing
    values (never "nan"); A4, landscape, one page wide, the header on every page."""
    decimals = decimals or {}
    header_format = header_format or book.add_format(
        {"bold": True, "text_wrap": True, "valign": "vcenter", "align": "center",
         "bg_color": "#DDEBF7", "border": 1})  # fmt: skip
    whole = book.add_format({"num_format": WHOLE_FORMAT})
    literal: dict[str, object] = {}
    header_lines = 1

    def literal_format(text: str):
        if text not in literal:
            literal[text] = book.add_format({"num_format": text, "align": "right"})
        return literal[text]

    for c, column in enumerate(frame.columns):
        ws.write_string(start_row, c, str(column), header_format)
        values = frame[column]
        numeric = pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)
        places = decimals.get(str(column), 0)
        shown: list[str] = []
        for r, value in enumerate(values.tolist(), start=start_row + 1):
            if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
                continue
            if numeric:
                number = float(value)
                if places and not float(round(number, places)).is_integer():
                    ws.write_number(r, c, number, literal_format(decimal_format(number, places)))
                    shown.append(format_vn(round(number, places)))
                else:
                    is_year = str(column).strip().lower() in ("năm", "year") and number.is_integer()
                    ws.write_number(r, c, number, None if is_year else whole)
                    shown.append(str(int(number)) if is_year else format_vn(round(number)))
            elif isinstance(value, bool):
                ws.write_string(r, c, "có" if value else "không")
                shown.append("không")
            else:
                ws.write_string(r, c, str(value))
                shown.append(str(value))
        longest = max([len(s) for s in shown[:500]] or [0])
        header_width = max(len(word) for word in str(column).split()) + 2 if str(column).split() else 8
        width = min(max(longest + 2, header_width, 8 if numeric else 10), max_width)
        ws.set_column(c, c, width)
        header_lines = max(header_lines, _lines(str(column), width))
    ws.set_row(start_row, 15 * min(header_lines, 5) + 4)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(start_row)
    ws.freeze_panes(start_row + 1, 0)
    if len(frame.columns):
        ws.autofilter(start_row, 0, start_row + len(frame), len(frame.columns) - 1)


def _lines(text: str, width: float) -> int:
    """Lines ``text`` takes wrapped at word boundaries in a column ``width`` characters wide."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > width - 1:
            lines, used = lines + 1, len(word)
        else:
            used += (1 if used else 0) + len(word)
    return lines


def save_table(frame: pd.DataFrame, path: str | Path, *, sheet: str = "Kết quả",
               decimals: dict[str, int] | None = None) -> Path:  # fmt: skip
    """``frame`` as a one-sheet .xlsx written by :func:`write_table`; decimals of a numeric
    column with fractions default to two places."""
    import xlsxwriter

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if decimals is None:
        decimals = {
            str(c): 2 for c in frame.columns
            if pd.api.types.is_float_dtype(frame[c]) and not (frame[c].dropna() % 1 == 0).all()
        }  # fmt: skip
    with xlsxwriter.Workbook(str(path)) as book:
        write_table(book, book.add_worksheet(sheet[:31]), frame, decimals=decimals)
    return path
