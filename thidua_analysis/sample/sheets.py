"""A sheet as a plain map of cells, written to .xlsx (xlsxwriter or openpyxl) or .xls (xlwt).

``Sheet.formulas`` hold ``(formula, cached)``; ``cached=None`` writes the formula with no cached
value (what a file saved by a generator that never calculated looks like).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError

__all__ = ["Sheet", "write_workbook"]


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], object] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    formulas: dict[tuple[int, int], tuple[str, float | None]] = field(default_factory=dict)
    bold_rows: set[int] = field(default_factory=set)
    widths: dict[int, float] = field(default_factory=dict)
    hidden: bool = False

    def put(self, row: int, col: int, value: object) -> None:
        self.cells[(row, col)] = value

    def merge(self, r1: int, c1: int, r2: int, c2: int, value: object) -> None:
        if (r1, c1) != (r2, c2):  # a "merge" of one cell (a summary of one unit) is the cell
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
        if sheet.hidden:
            ws.hide()
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
        if sheet.hidden:
            ws.sheet_state = "hidden"
        for (r, c), value in sheet.cells.items():
            ws.cell(row=r + 1, column=c + 1, value=value)
        for r1, c1, r2, c2 in sheet.merges:
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        for (r, c), (formula, _cached) in sheet.formulas.items():
            ws.cell(row=r + 1, column=c + 1, value="=" + formula.lstrip("="))
    book.save(path)


def _write_xlwt(path: Path, sheets: list[Sheet]) -> None:
    try:
        import xlwt
    except ImportError:  # an extra: pip install "thidua_analysis[sample]"
        raise UsageError(
            "Dữ liệu mẫu có cả tệp .xls đời cũ, cần gói xlwt: hãy cài 'pip install \"thidua_analysis[sample]\"' "
            "(hoặc 'conda install -c conda-forge xlwt') rồi chạy lại."
        ) from None

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


_ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" \
manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
_ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2">'
    "<office:body><office:spreadsheet>"
)


def _ods_cell(value: object, formula: tuple[str, float | None] | None, span: str) -> str:
    from xml.sax.saxutils import escape, quoteattr

    attrs = span
    if formula is not None:
        attrs += f" table:formula={quoteattr('of:=' + formula[0].lstrip('='))}"
        value = formula[1]
    if isinstance(value, str):
        return (
            f'<table:table-cell office:value-type="string"{attrs}>'
            f"<text:p>{escape(value)}</text:p></table:table-cell>"
        )
    if value is None:
        return f"<table:table-cell{attrs}/>"
    return f'<table:table-cell office:value-type="float" office:value="{value!r}"{attrs}/>'


def _write_ods(path: Path, sheets: list[Sheet]) -> None:
    """A minimal OpenDocument spreadsheet, as LibreOffice Calc users send."""
    import zipfile
    from xml.sax.saxutils import quoteattr

    parts = [_ODS_HEAD]
    for sheet in sheets:
        parts.append(f"<table:table table:name={quoteattr(sheet.name)}>")
        keys = set(sheet.cells) | set(sheet.formulas)
        n_rows = max((r for r, _ in keys), default=-1) + 1
        n_cols = max((c for _, c in keys), default=-1) + 1
        spans = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in sheet.merges}
        covered = {
            (r, c)
            for r1, c1, r2, c2 in sheet.merges
            for r in range(r1, r2 + 1)
            for c in range(c1, c2 + 1)
            if (r, c) != (r1, c1)
        }
        for r in range(n_rows):
            parts.append("<table:table-row>")
            for c in range(n_cols):
                if (r, c) in covered:
                    parts.append("<table:covered-table-cell/>")
                    continue
                span = ""
                if (r, c) in spans:
                    rows, cols = spans[(r, c)]
                    span = (
                        f' table:number-rows-spanned="{rows}" table:number-columns-spanned="{cols}"'
                    )
                parts.append(_ods_cell(sheet.cells.get((r, c)), sheet.formulas.get((r, c)), span))
            parts.append("</table:table-row>")
        parts.append("</table:table>")
    parts.append("</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        z.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
        z.writestr("content.xml", "".join(parts))


def write_workbook(path: Path, sheets: list[Sheet], *, engine: str = "xlsxwriter") -> None:
    """Write ``sheets`` to ``path`` with ``engine``: ``xlsxwriter``, ``openpyxl``, ``xlwt``
    or ``ods``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writers = {
        "xlsxwriter": _write_xlsxwriter,
        "openpyxl": _write_openpyxl,
        "xlwt": _write_xlwt,
        "ods": _write_ods,
    }
    writers[engine](path, sheets)
