"""The issues workbook an analyst sends back to units: issues grouped by file, in Vietnamese."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

__all__ = ["write_issues_workbook"]

HEADERS = {"severity": "Mức độ", "code": "Mã lỗi", "message": "Nội dung và cách sửa",
           "source_file": "Tệp", "source_sheet": "Trang tính", "source_cell": "Ô"}  # fmt: skip


def write_issues_workbook(issues: pd.DataFrame, path: str | Path) -> Path:
    """One sheet, one block per file (file name as a bold heading), errors before warnings."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = issues.assign(_order=issues["severity"].map({"error": 0, "warning": 1}))
    frame = frame.sort_values(
        ["source_file", "_order", "source_sheet", "source_cell"], kind="stable"
    )
    with pd.ExcelWriter(path, engine="xlsxwriter") as writer:
        book = writer.book
        ws = book.add_worksheet("Vấn đề theo tệp")
        head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        group = book.add_format({"bold": True, "font_size": 12, "bg_color": "#F2F2F2"})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        error = book.add_format({"font_color": "#C00000", "bold": True, "valign": "top"})
        columns = ["severity", "code", "source_sheet", "source_cell", "message"]
        for c, name in enumerate(columns):
            ws.write(0, c, HEADERS[name], head)
        ws.freeze_panes(1, 0)
        ws.set_column(0, 0, 10)
        ws.set_column(1, 1, 26)
        ws.set_column(2, 3, 12)
        ws.set_column(4, 4, 100)
        row = 1
        for source, block in frame.groupby("source_file", sort=False):
            errors = int((block["severity"] == "error").sum())
            ws.merge_range(
                row,
                0,
                row,
                4,
                f"{source or '(toàn bộ lô)'} — {errors} lỗi, {len(block) - errors} cảnh báo",
                group,
            )
            row += 1
            for item in block.itertuples(index=False):
                ws.write(
                    row,
                    0,
                    "Lỗi" if item.severity == "error" else "Cảnh báo",
                    error if item.severity == "error" else wrap,
                )
                ws.write(row, 1, item.code, wrap)
                ws.write(row, 2, item.source_sheet, wrap)
                ws.write(row, 3, item.source_cell, wrap)
                ws.write(row, 4, item.message, wrap)
                row += 1
        frame.drop(columns="_order").rename(columns=HEADERS).to_excel(
            writer, sheet_name="Danh sách", index=False
        )
    return path
