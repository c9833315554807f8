"""Look at a file before any spreadsheet reader touches it.

The reader allocates a dense grid for every sheet, so a crafted file that claims (or holds) a
cell at the far corner of the sheet, or a zip bomb, could ask for tens of GB. Here we check, by
reading only the archive's directory and streaming the sheet XML:

* the file is not empty, is a zip (.xlsx/.xlsm/.ods) or an OLE file (.xls), and not an encrypted
  or Word document;
* the archive's uncompressed size, compression ratio and entry count are within limits;
* each sheet's real extent (the largest row and column of any cell) is within the cell limit;
* which formula cells have no cached value (reported, never calculated).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..schema import a1

__all__ = ["LIMITS", "NOT_A_WORKBOOK", "FileProblem", "Inspection", "file_sha256", "inspect_file", "ole_stream"]

NOT_A_WORKBOOK = "Tệp không phải bảng tính Excel."  # (said of a file of no known kind)

LIMITS = {
    "file_bytes": 50 * 1024**2,
    "uncompressed_bytes": 200 * 1024**2,
    "ratio": 150,
    "entries": 5_000,
    "cells": 2_000_000,
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Every pattern run on a file's content is bounded: an attribute list longer than 500 bytes is no
# cell of a real sheet, and no pattern may scan to the end of the data for each of many tags.
# A tag may carry a namespace prefix ("<x:c r=…>"), as some writers put it.
_PREFIX = rb"(?:[A-Za-z_][\w.-]{0,15}:)?"
_CELL_OPEN = re.compile(rb"<" + _PREFIX + rb"c(?=[\s>/])")
_CELL_CLOSE = re.compile(rb"</" + _PREFIX + rb"c>")
_FORMULA = re.compile(rb"<" + _PREFIX + rb"f[\s>/]")
_VALUE = re.compile(rb"<" + _PREFIX + rb"v>\s*[^<\s]")
_CELL_TAG = re.compile(rb"<" + _PREFIX + rb"c\s")
_ERROR_VALUE = re.compile(rb"<" + _PREFIX + rb"v>([^<]{0,40})</")
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')
# every cell reference's column and row, however the cell element is written
_CELL_REF = re.compile(rb"<" + _PREFIX + rb'c\b[^>]{0,500}?\br="([A-Z]+)(\d+)"')
# the quick look, for cells written as Excel writes them (the reference first)
_CELL_ROW_FIRST = re.compile(rb'<c r="[A-Z]+(\d+)"')
_CELL_COLUMN_FIRST = re.compile(rb'<c r="([A-Z]+)')
# a reference beyond column ZZ or row 999, in a sheet written as Excel writes it: below both, a
# sheet holds at most 999 × 702 cells (under the limit) whatever its references, which then need
# not all be read
_FAR = re.compile(rb'<c r="(?:[A-Z]{3}|[A-Z]{1,2}\d{4})|<row r="\d{4}')
_SMALL = 999 * 702
_ROW_TAG = re.compile(rb"<" + _PREFIX + rb'row\b[^>]{0,500}?\br="(\d{1,7})"')
_ROW_PLAIN = re.compile(rb'<row\b[^>]{0,500}?\br="(\d{1,7})"')
_DIMENSION = re.compile(rb"<" + _PREFIX + rb'dimension ref="(?:[A-Z]+\d+:)?([A-Z]{1,3})(\d{1,7})"')
_COL_TAG = re.compile(rb"<" + _PREFIX + rb"col\b([^>]{0,500})>")
_ROW_OPEN = re.compile(rb"<" + _PREFIX + rb"row\b([^>]{0,500})>")
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_NUMBER_ATTRIBUTE = re.compile(rb'\b(min|max|r)="(\d{1,7})"')
_SHEET = re.compile(rb"<" + _PREFIX + rb'sheet\b[^>]{0,2000}?name="([^"]*)"[^>]{0,2000}?r:id="([^"]*)"')
_REL_ELEMENT = re.compile(rb"<" + _PREFIX + rb"Relationship\b[^>]{0,2000}>")
_REL_ATTRIBUTE = re.compile(rb'\b(Id|Type|Target)="([^"]*)"')


@dataclass(frozen=True)
class FileProblem:
    code: str
    message: str
    cell: str = ""
    sheet: str = ""


@dataclass
class Inspection:
    kind: str | None = None  # "xlsx", "xls", "ods", "docx", "doc", "html", "xml"
    problem: FileProblem | None = None
    formula_gaps: dict[str, list[str]] = field(default_factory=dict)  # sheet -> A1 refs
    # sheet -> {A1 ref: the error a cell holds ("#DIV/0!", "#REF!")}: the reader gives them as empty
    cell_errors: dict[str, dict[str, str]] = field(default_factory=dict)
    # sheet -> (hidden rows, hidden columns), 0-based, as the file says (.xlsx, .ods, .xls)
    hidden: dict[str, tuple[frozenset[int], frozenset[int]]] = field(default_factory=dict)
    # sheet -> merged ranges (r1, c1, r2, c2), for formats whose merges the reader does not give
    merges: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=dict)
    sha256: str = ""  # of the bytes inspected
    size: int = 0  # and the file's size and modification time when it was read
    mtime_ns: int = 0
    # The bytes inspected, for the reader: what was checked is exactly what is read, even if the
    # file changes on disk in between. None when the file was not read whole (too large).
    content: bytes | None = field(default=None, repr=False, compare=False)


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _unescape(name: bytes) -> str:
    text = name.decode("utf-8", "replace")
    for a, b in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(a, b)
    return text


def _relationships(read: Callable[[str], bytes]) -> list[dict[bytes, bytes]]:
    """The workbook's relationships, each as ``{b"Id": …, b"Type": …, b"Target": …}`` (the
    attributes it has)."""
    try:
        rels = read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return []
    return [dict(_REL_ATTRIBUTE.findall(element)) for element in _REL_ELEMENT.findall(rels)]


def _sheet_members(read: Callable[[str], bytes]) -> list[str]:
    """Paths inside the archive of every part the workbook's relationships point to that may be
    a sheet: a part whose relationship type says it is something else (styles, theme, shared
    strings) is skipped, one with no type is scanned like a sheet."""
    return [
        _member_path(rel[b"Target"].decode())
        for rel in _relationships(read)
        if b"Target" in rel and b"sheet" in rel.get(b"Type", b"sheet").lower()
    ]


def _member_path(target: str) -> str:
    return target.lstrip("/") if target.startswith("/") else "xl/" + target


def _sheet_names(read: Callable[[str], bytes]) -> dict[str, str]:
    """Path inside the archive → sheet name, read only when a sheet has something to report."""
    try:
        book = read("xl/workbook.xml")
    except KeyError:
        return {}
    targets = {rel.get(b"Id"): rel.get(b"Target", b"") for rel in _relationships(read)}
    return {
        _member_path(targets.get(rid, b"").decode()): _unescape(name)
        for name, rid in _SHEET.findall(book)
    }


def _scan_sheet(data: bytes) -> tuple[int, list[str], int]:
    """(cells in the real extent, or a bound of it when it is plainly small; formula cells
    without a cached value; declared extent)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # sheet XML written in UTF-16
        data = data.decode("utf-16", "replace").encode("utf-8")
    usual = b":c" not in data and b"<c>" not in data  # no prefixed cell, no cell without attributes
    gaps = _formula_gaps(data) if (b"<f" in data or b":f" in data) and _FORMULA.search(data) else []
    declared = 0
    dim = _DIMENSION.search(data[:4096])
    if dim:
        declared = _col_number(dim.group(1)) * int(dim.group(2))
    if (usual and data.count(b"<c ") == data.count(b'<c r="') and data.count(b"<row ") == data.count(b'<row r="')
            and not _FAR.search(data)):  # every reference first, none far: plainly small  # fmt: skip
        return _SMALL, gaps, declared
    row_numbers = _CELL_ROW_FIRST.findall(data)
    if usual and len(row_numbers) == data.count(b"<c "):  # every cell starts with its reference
        columns = _CELL_COLUMN_FIRST.findall(data)
    else:  # prefixed tags, attributes in another order
        if not _tags_close(data):  # a tag never closed: no extent can be trusted
            return LIMITS["cells"] + 1, [], 0
        refs = _CELL_REF.findall(data)
        row_numbers, columns = [r for _c, r in refs], [c for c, _r in refs]
    rows = set(row_numbers)
    rows.update((_ROW_TAG if b":row" in data else _ROW_PLAIN).findall(data))
    max_row = max(map(int, rows), default=0)
    max_col = max(map(_col_number, set(columns)), default=0)
    if not max_col:  # cells written without references: count them
        max_col = len(_CELL_OPEN.findall(data))
    return max_row * max_col, gaps, declared


def _hidden_lines(data: bytes) -> tuple[frozenset[int], frozenset[int]]:
    """The rows and columns (0-based) a sheet's XML hides (``<row r="5" hidden="1">``, ``<col
    min="4" max="6" hidden="1"/>``); empty sets when it hides none. A span of columns is bounded
    (a crafted "1:16384" names every column but is not listed one by one beyond the sheet's)."""
    if b'hidden="' not in data or not _HIDDEN.search(data):  # the plain look first: 10× faster
        return frozenset(), frozenset()
    rows: set[int] = set()
    columns: set[int] = set()
    for match in _COL_TAG.finditer(data):
        if _HIDDEN.search(match.group(1)):
            numbers = dict(_NUMBER_ATTRIBUTE.findall(match.group(1)))
            low = int(numbers.get(b"min", 0))
            high = min(int(numbers.get(b"max", low)), low + 1_000, 16_384)
            columns.update(range(max(low, 1) - 1, high))
    for match in _ROW_OPEN.finditer(data):
        if _HIDDEN.search(match.group(1)):
            number = dict(_NUMBER_ATTRIBUTE.findall(match.group(1))).get(b"r")
            if number:
                rows.add(int(number) - 1)
    return frozenset(rows), frozenset(columns)


def _error_cells(data: bytes) -> dict[str, str]:
    """``{A1 ref: error}`` of the cells whose cached value is an error (``t="e"``: "#DIV/0!",
    "#REF!", "#N/A"): from each ``t="e"``, its tag's start and end looked for within bounds (no
    pattern scans ahead per cell)."""
    found: dict[str, str] = {}
    at = data.find(b't="e"')
    while at >= 0 and len(found) < 10_000:
        start = data.rfind(b"<", max(0, at - 500), at)
        end = data.find(b">", at, at + 500)
        if start >= 0 and end > 0 and _CELL_TAG.match(data, start):
            ref = _REF.search(data, start, end)
            close = data.find(b"c>", end, end + 4000) if data[end - 1 : end] != b"/" else -1
            value = _ERROR_VALUE.search(data, end + 1, close) if close > 0 else None
            if ref:
                found[f"{ref.group(1).decode()}{int(ref.group(2))}"] = value.group(1).decode("utf-8", "replace") \
                    if value else "#?"  # fmt: skip
        at = data.find(b't="e"', at + 5)
    return found


def _formula_gaps(data: bytes) -> list[str]:
    """The references of formula cells with no cached value: each cell's opening, its formula and
    its closing taken in one pass over their positions (no pattern scans ahead per cell)."""
    opens = [m.start() for m in _CELL_OPEN.finditer(data)]
    closes = [m.start() for m in _CELL_CLOSE.finditer(data)]
    formulas = [m.start() for m in _FORMULA.finditer(data)]
    gaps: list[str] = []
    c = f = 0
    for i, start in enumerate(opens):
        limit = opens[i + 1] if i + 1 < len(opens) else len(data)
        while c < len(closes) and closes[c] < start:
            c += 1
        end = closes[c] if c < len(closes) and closes[c] < limit else None
        while f < len(formulas) and formulas[f] < start:
            f += 1
        if end is None or f >= len(formulas) or formulas[f] > end:
            continue  # no body, or no formula in it
        head_end = data.find(b">", start, start + 600)
        ref = _REF.search(data, start, head_end if head_end > 0 else start)
        if ref and not _VALUE.search(data, formulas[f], end):
            gaps.append(f"{ref.group(1).decode()}{int(ref.group(2))}")
    return gaps


_ODS_TAG = re.compile(  # attributes bounded: a tag with no end never makes the pattern scan the rest
    rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]{0,16000}?)(/?)>",
    re.DOTALL,
)
_ODS_TEXT = re.compile(rb"\s*<text:p[^>]{0,200}>([^<]{0,40})<")
_ODS_OPEN = re.compile(rb"<table:(?:table|table-row|table-cell|covered-table-cell)(?=[\s/>])")
_ODS_ATTR = re.compile(rb'table:(name|number-(?:rows|columns)-(?:repeated|spanned))="([^"]*)"')


def _scan_ods(content: bytes) -> dict[str, tuple[int, list[str], list[tuple[int, int, int, int]], dict[str, str]]]:
    """Per sheet of an OpenDocument spreadsheet: (cells in the real extent, formula gaps, merges,
    cells holding a formula's error ``{A1 ref: "#DIV/0!"}``).

    LibreOffice writes runs of empty rows and cells as one element with a repeat count, which is
    harmless; a *valued* cell repeated a million times is what would make a reader allocate.
    """
    sheets: dict[str, tuple[int, list[str], list[tuple[int, int, int, int]], dict[str, str]]] = {}
    name, row, row_repeat, col, max_row, max_col = "", 0, 1, 0, 0, 0
    gaps: list[str] = []
    merges: list[tuple[int, int, int, int]] = []
    errors: dict[str, str] = {}
    for match in _ODS_TAG.finditer(content):
        close, tag, attrs, empty = match.groups()
        values = {k: v for k, v in _ODS_ATTR.findall(attrs)}
        if tag == b"table":
            if close:
                sheets[name] = (max_row * max_col, gaps, merges, errors)
            else:
                name = _unescape(values.get(b"name", b""))
                row = max_row = max_col = 0
                gaps, merges, errors = [], [], {}
        elif tag == b"table-row" and not close:
            row_repeat = int(values.get(b"number-rows-repeated", b"1") or 1)
            row, col = row + 1, 0
            if empty:
                row += row_repeat - 1
        elif tag == b"table-row":
            row += row_repeat - 1
        elif not close:
            repeat = int(values.get(b"number-columns-repeated", b"1") or 1)
            valued = b"office:value-type" in attrs or not empty
            if valued:
                max_row = max(max_row, row + row_repeat - 1)
                max_col = max(max_col, col + repeat)
            if b"table:formula" in attrs and b"office:value-type" not in attrs:
                gaps.append(a1(row - 1, col))
            elif b'value-type="error"' in attrs and len(errors) < 10_000:  # "#DIV/0!" as its text
                said = _ODS_TEXT.match(content, match.end(), match.end() + 200)
                errors[a1(row - 1, col)] = _unescape(said.group(1)) if said else "#?"
            rows_spanned = int(values.get(b"number-rows-spanned", b"1") or 1)
            cols_spanned = int(values.get(b"number-columns-spanned", b"1") or 1)
            if rows_spanned > 1 or cols_spanned > 1:
                merges.append((row - 1, col, row + rows_spanned - 2, col + cols_spanned - 1))
            col += repeat
    return sheets


_ODS_LINE = re.compile(rb"<table:(table|table-column|table-row)(?=[\s/>])([^>]{0,16000}?)/?>")
_ODS_HIDDEN = re.compile(rb'table:visibility="(?:collapse|filter)"')
_ODS_REPEAT = re.compile(rb'table:number-(?:columns|rows)-repeated="(\d{1,7})"')
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')


def _ods_hidden(content: bytes) -> dict[str, tuple[frozenset[int], frozenset[int]]]:
    """Per sheet of an OpenDocument spreadsheet, the rows and columns (0-based) it hides
    (``table:visibility="collapse"``); a repeated hidden line counts at most a thousand times."""
    if not _ODS_HIDDEN.search(content):
        return {}
    out: dict[str, tuple[frozenset[int], frozenset[int]]] = {}
    name, rows, columns, row, column = "", set(), set(), 0, 0
    for tag, attrs in _ODS_LINE.findall(content):
        repeat = int((_ODS_REPEAT.search(attrs) or [b"", b"1"])[1] or 1)
        hidden = _ODS_HIDDEN.search(attrs) is not None
        if tag == b"table":
            if rows or columns:
                out[name] = (frozenset(rows), frozenset(columns))
            found = _ODS_NAME.search(attrs)
            name, rows, columns, row, column = _unescape(found[1]) if found else "", set(), set(), 0, 0
        elif tag == b"table-column":
            if hidden:
                columns.update(range(column, column + min(repeat, 1_000)))
            column += repeat
        else:
            if hidden:
                rows.update(range(row, row + min(repeat, 1_000)))
            row += repeat
    if rows or columns:
        out[name] = (frozenset(rows), frozenset(columns))
    return out


def _tags_close(xml: bytes) -> bool:
    """True when every "<" of ``xml`` is closed by a ">" before the next "<" (as in any
    well-formed XML): then no pattern over its tags scans past the tag it is in."""
    import numpy as np

    marks = np.frombuffer(xml, dtype=np.uint8)
    at = np.flatnonzero((marks == 60) | (marks == 62))
    opening = marks[at] == 60
    return not bool(np.any(opening[1:] & opening[:-1])) and not (len(opening) and opening[-1])


def _inspect_ods(content: bytes) -> Inspection:
    result = Inspection(kind="ods")
    if not _tags_close(content) or len(_ODS_OPEN.findall(content)) != len(
            [m for m in _ODS_TAG.finditer(content) if not m.group(1)]):  # fmt: skip
        result.problem = FileProblem(  # a tag too long or never closed: its extent cannot be known
            "file.corrupt", "Bảng tính ODS có thẻ không đóng hoặc dài bất thường; không đọc được an toàn.")
        return result
    result.hidden = _ods_hidden(content)
    for sheet, (cells, gaps, merges, errors) in _scan_ods(content).items():
        result.merges[sheet] = merges
        if cells > LIMITS["cells"]:
            result.problem = FileProblem(
                "file.too_many_cells",
                f"Trang tính có vùng dữ liệu quá lớn ({cells:,} ô).",
                sheet=sheet,
            )
            return result
        if gaps:
            result.formula_gaps[sheet] = gaps
        if errors:
            result.cell_errors[sheet] = errors
    return result


def inspect_file(path: str | Path) -> Inspection:
    """Classify ``path`` and check it against :data:`LIMITS` without reading its cells.

    The file is read once; its bytes and their sha256 travel with the inspection.
    """
    path = os.fspath(path)
    stat = os.stat(path)  # a plain call, not pathlib's: this runs once for each of many small files
    size = stat.st_size
    if size == 0:
        result = Inspection(problem=FileProblem("file.empty", "Tệp rỗng (0 byte)."),
                            sha256=hashlib.sha256(b"").hexdigest())  # fmt: skip
    elif size > LIMITS["file_bytes"]:
        result = Inspection(problem=FileProblem("file.too_large", f"Tệp quá lớn ({size:,} byte)."),
                            sha256=file_sha256(path))  # fmt: skip
    else:
        with open(path, "rb") as handle:
            data = handle.read()
        result = _inspect_bytes(data)
        result.sha256 = hashlib.sha256(data).hexdigest()
        if result.problem is None:
            result.content = data
    result.size, result.mtime_ns = size, stat.st_mtime_ns
    return result


def file_sha256(path: str | Path) -> str:
    """sha256 of a file, read in blocks (for files too large to hold, or not inspected)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def looks_like_html(lead: bytes) -> bool:
    """True when the first bytes of a file are a web page's (after a byte-order mark, spaces,
    an XML declaration or a comment)."""
    text = lead.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<html", b"<!doctype html", b"<table", b"<meta")) or (
        text.startswith((b"<?xml", b"<!--")) and _HTML_TAG.search(text[:4096]) is not None)  # fmt: skip


_HTML_TAG = re.compile(rb"<html[\s>]")


def _inspect_bytes(data: bytes) -> Inspection:
    if data[:8] == _OLE:
        return _inspect_ole(data)
    if data[:2] != b"PK":
        lead = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if lead.startswith(b"{\\rtf"):  # Word's "Rich Text" saved with the name of a .doc
            return Inspection(problem=FileProblem(
                "file.not_a_workbook", "Tệp là văn bản định dạng RTF, không đọc được; hãy mở bằng Word, chọn Lưu "
                "thành (Save As) dạng .docx rồi gửi lại."))  # fmt: skip
        if lead.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in lead:
            return Inspection(kind="xml")  # an XML spreadsheet (Excel 2003), as many programs export
        if looks_like_html(lead):  # a web page saved as an .xls or a .doc: its tables are read
            return Inspection(kind="html")
        if lead.startswith(b"<?xml"):  # another XML file
            return Inspection(problem=FileProblem(
                "file.not_a_workbook", "Tệp là tệp XML mang đuôi của bảng tính hoặc văn bản, không đọc được; hãy "
                "mở bằng Excel hoặc Word rồi lưu thành .xlsx hoặc .docx."))  # fmt: skip
        return Inspection(problem=FileProblem("file.not_a_workbook", NOT_A_WORKBOOK))
    try:
        entries = _central_directory(data)
        if entries is None:  # zip64, bytes before the archive, anything unusual: the library's way
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                entries = [_Entry(i.filename, i.header_offset, i.compress_type, i.flag_bits,
                                  i.compress_size, i.file_size) for i in z.infolist()]  # fmt: skip
        return _inspect_zip(entries, data)
    except (zipfile.BadZipFile, EOFError, OSError, KeyError, ValueError, zlib.error,
            NotImplementedError, struct.error) as exc:  # fmt: skip
        return Inspection(
            problem=FileProblem("file.corrupt", f"Tệp bị hỏng hoặc không đầy đủ ({exc}).")
        )
    except RuntimeError:  # zipfile: a member is encrypted and needs a password
        return Inspection(problem=FileProblem("file.encrypted", "Tệp được đặt mật khẩu."))


class _Entry(NamedTuple):
    """One member of a zip archive, as its central directory describes it."""

    name: str
    offset: int  # of its local header
    method: int
    flags: int
    compressed: int
    size: int


_END = b"PK\x05\x06"
_END_FORMAT = struct.Struct("<4s4H2LH")
_CENTRAL = b"PK\x01\x02"
_CENTRAL_FORMAT = struct.Struct("<4s6H3L5H2L")


def _central_directory(data: bytes) -> list[_Entry] | None:
    """The archive's members from its central directory, read straight from the bytes (the
    library's reader builds far more than this for each member); None when the archive is not
    the plain kind (zip64, split, bytes before it), which the library then reads."""
    end = data.rfind(_END, max(0, len(data) - 65_557))
    if end < 0 or end + _END_FORMAT.size > len(data):
        return None
    _sig, disk, cd_disk, _here, count, cd_size, cd_offset, _comment = _END_FORMAT.unpack_from(data, end)
    if disk or cd_disk or count == 0xFFFF or cd_offset == 0xFFFFFFFF or cd_offset + cd_size != end:
        return None
    entries, at = [], cd_offset
    for _ in range(count):
        if data[at : at + 4] != _CENTRAL or at + _CENTRAL_FORMAT.size > end:
            return None
        (_sig, _made, _needed, flags, method, _time, _date, _crc, compressed, size, name_length,
         extra_length, comment_length, _disk, _internal, _external, offset) = _CENTRAL_FORMAT.unpack_from(data, at)  # fmt: skip
        if 0xFFFFFFFF in (compressed, size, offset):
            return None  # zip64 sizes
        raw = data[at + 46 : at + 46 + name_length]
        name = raw.decode("utf-8" if flags & 0x800 else "cp437")
        entries.append(_Entry(name, offset, method, flags, compressed, size))
        at += 46 + name_length + extra_length + comment_length
    return entries


def _inspect_ole(data: bytes) -> Inspection:
    if (
        "EncryptionInfo".encode("utf-16-le") in data
        or "EncryptedPackage".encode("utf-16-le") in data
    ):
        return Inspection(problem=FileProblem("file.encrypted", "Tệp được đặt mật khẩu."))
    if "WordDocument".encode("utf-16-le") in data:  # an old Word report (.doc): its tables are read
        return Inspection(kind="doc")
    stream = ole_stream(data, ("workbook", "book"))
    if stream is not None:
        encrypted, cells = _biff_extent(stream)
        if encrypted:
            return Inspection(problem=FileProblem("file.encrypted", "Tệp được đặt mật khẩu."))
        if cells > LIMITS["cells"]:
            return Inspection(problem=FileProblem(
                "file.too_many_cells", f"Trang tính có vùng dữ liệu quá lớn ({cells:,} ô)."))  # fmt: skip
        return Inspection(kind="xls", hidden=_biff_hidden(stream), cell_errors=_biff_errors(stream))
    return Inspection(kind="xls")


_END_OF_CHAIN = 0xFFFFFFFE


def ole_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """The first stream of a compound file (the container of .xls) whose name is one of
    ``names`` (any case), read by following its sector chain; None when the file is not laid
    out as the format says (the reader then decides). Every chain is bounded by the number of
    sectors, so a loop in a crafted file ends."""
    try:
        shift, mini_shift = struct.unpack_from("<HH", data, 30)
        if not (7 <= shift <= 16 and mini_shift < shift):
            return None
        size, mini_size = 1 << shift, 1 << mini_shift
        n_sectors = max(0, (len(data) - 512) // size + 1)
        fat_count, dir_start = struct.unpack_from("<II", data, 44)  # header fields at 44, 48,
        cutoff, mini_fat_start = struct.unpack_from("<II", data, 56)  # 56, 60,
        difat_start, difat_count = struct.unpack_from("<II", data, 68)  # 68 and 72
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 76) if s < n_sectors]
        at, seen = difat_start, 0
        while at < n_sectors and seen < difat_count and seen <= n_sectors:  # the FAT's own list, continued
            entries = struct.unpack_from(f"<{size // 4}I", data, 512 + at * size)
            fat_sectors += [s for s in entries[:-1] if s < n_sectors]
            at, seen = entries[-1], seen + 1
        fat_sectors = fat_sectors[: max(fat_count, 0) or len(fat_sectors)]
        fat: list[int] = []
        for sector in fat_sectors:
            fat.extend(struct.unpack_from(f"<{size // 4}I", data, 512 + sector * size))

        def chain(start: int, table: list[int], limit: int) -> list[int]:
            out = []
            while start < len(table) and start < limit and len(out) <= limit:
                out.append(start)
                start = table[start]
            return out

        def read(start: int) -> bytes:
            return b"".join(data[512 + s * size : 512 + (s + 1) * size] for s in chain(start, fat, n_sectors))

        directory = read(dir_start)
        root_start = root_size = None
        found = None
        for at in range(0, len(directory) - 127, 128):
            length = struct.unpack_from("<H", directory, at + 64)[0]
            kind = directory[at + 66]
            name = directory[at : at + max(0, min(length, 64) - 2)].decode("utf-16-le", "replace").lower()
            start, stream_size = struct.unpack_from("<II", directory, at + 116)
            if kind == 5:
                root_start, root_size = start, stream_size
            elif kind == 2 and name in names and found is None:
                found = (start, stream_size)
        if found is None:
            return None
        start, stream_size = found
        if stream_size >= cutoff or root_start is None:
            return read(start)[:stream_size]
        mini_fat = list(struct.unpack(f"<{len(raw) // 4}I", raw)) if (raw := read(mini_fat_start)) else []
        mini_stream = read(root_start)[:root_size]
        mini_sectors = len(mini_stream) // mini_size + 1
        return b"".join(mini_stream[s * mini_size : (s + 1) * mini_size]
                        for s in chain(start, mini_fat, mini_sectors))[:stream_size]  # fmt: skip
    except (struct.error, IndexError, ValueError):
        return None


# BIFF records that place one cell (row and column first), and those that place a run of cells
# in one row (MULRK, MULBLANK: the last column at the end)
_BIFF_CELL = frozenset({0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0206, 0x0406, 0x00D6})
_BIFF_RUN = frozenset({0x00BD, 0x00BE})
_BIFF_BOF, _BIFF_FILEPASS = 0x0809, 0x002F
_BIFF_SHEET, _BIFF_ROW, _BIFF_COLINFO = 0x0085, 0x0208, 0x007D


def _byte_class(test: Callable[[int], bool]) -> bytes:
    return b"[" + b"".join(re.escape(bytes([b])) for b in range(256) if test(b)) + b"]"


# a ROW record with its hidden bit, or a COLINFO record with its own (the bytes of a record's head
# may also stand inside another's data: then the walk below, which is exact, decides)
_BIFF_HIDDEN_HINT = re.compile(
    rb"\x08\x02\x10\x00.{12}" + _byte_class(lambda b: bool(b & 0x20))
    + rb"|\x7d\x00\x0c\x00.{8}" + _byte_class(lambda b: bool(b & 0x01)),
    re.DOTALL,
)


_BIFF_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
                0x2A: "#N/A"}  # fmt: skip


def _biff_records(stream: bytes):
    """``(sheet name or None, kind, body offset, length)`` of each record of a BIFF8 workbook
    stream, the sheet being the one whose substream the record is in (the BOUNDSHEET records say
    where each begins); one pass."""
    names: dict[int, str] = {}
    name = None
    at, end = 0, len(stream)
    while at + 4 <= end:
        kind, length = struct.unpack_from("<HH", stream, at)
        body = at + 4
        if kind == _BIFF_SHEET and length >= 8 and body + length <= end:
            position, count, wide = struct.unpack_from("<I", stream, body)[0], stream[body + 6], stream[body + 7] & 1
            raw = stream[body + 8 : body + 8 + count * (2 if wide else 1)]
            names[position] = raw.decode("utf-16-le" if wide else "latin-1", "replace")
        elif kind == _BIFF_BOF:
            name = names.get(at)
        yield name, kind, body, min(length, end - body)
        at = body + length


# a BOOLERR record holding an error, or a FORMULA record whose cached result is one: the quick look
# that spares most workbooks the walk over their records
_BIFF_ERROR_HINT = re.compile(rb"\x05\x02\x08\x00.{7}\x01|\x06\x00.{8}\x02.{5}\xff\xff", re.DOTALL)


def _biff_errors(stream: bytes) -> dict[str, dict[str, str]]:
    """Per sheet of a BIFF8 workbook stream, ``{A1 ref: error}`` of the cells holding an error
    (BOOLERR records, and FORMULA records whose cached result is one)."""
    if not _BIFF_ERROR_HINT.search(stream):
        return {}
    out: dict[str, dict[str, str]] = {}
    for name, kind, body, length in _biff_records(stream):
        error = None
        if kind == 0x0205 and length >= 8 and stream[body + 7] == 1:  # BOOLERR holding an error
            error = stream[body + 6]
        elif kind == 0x0006 and length >= 14 and stream[body + 6] == 2 and stream[body + 12 : body + 14] == b"\xff\xff":
            error = stream[body + 8]  # FORMULA whose cached result is an error
        if error is not None and name is not None:
            row, col = struct.unpack_from("<HH", stream, body)
            found = out.setdefault(name, {})
            found[a1(row, col)] = _BIFF_ERRORS.get(error, "#?")
            if len(found) > 10_000:
                break
    return out


def _biff_hidden(stream: bytes) -> dict[str, tuple[frozenset[int], frozenset[int]]]:
    """Per sheet of a BIFF8 workbook stream, the rows (ROW records marked of zero height) and
    columns (COLINFO records marked hidden) it hides, 0-based; a hidden span of columns counts at
    most a thousand."""
    if not _BIFF_HIDDEN_HINT.search(stream):
        return {}
    rows: dict[str, set[int]] = {}
    columns: dict[str, set[int]] = {}
    for name, kind, body, length in _biff_records(stream):
        if name is None:
            continue
        if kind == _BIFF_ROW and length >= 16 and stream[body + 12] & 0x20:
            rows.setdefault(name, set()).add(struct.unpack_from("<H", stream, body)[0])
        elif kind == _BIFF_COLINFO and length >= 10 and stream[body + 8] & 0x01:
            first, last = struct.unpack_from("<HH", stream, body)
            columns.setdefault(name, set()).update(range(first, min(last, first + 999) + 1))
    return {name: (frozenset(rows.get(name, ())), frozenset(columns.get(name, ()))) for name in {*rows, *columns}}


def _biff_extent(stream: bytes) -> tuple[bool, int]:
    """``(encrypted, cells)``: whether the workbook stream is encrypted, and the largest extent
    (rows × columns of the cells themselves; the declared dimensions are not what the reader
    allocates by) any sheet has. One pass over the records."""
    largest = rows = cols = 0
    at, end = 0, len(stream)
    while at + 4 <= end:
        kind, length = struct.unpack_from("<HH", stream, at)
        body = at + 4
        if kind == _BIFF_FILEPASS:
            return True, 0
        if kind == _BIFF_BOF:  # a new substream (a sheet): its extent starts again
            largest, rows, cols = max(largest, rows * cols), 0, 0
        elif kind in _BIFF_CELL and length >= 4:
            row, col = struct.unpack_from("<HH", stream, body)
            rows, cols = max(rows, row + 1), max(cols, col + 1)
        elif kind in _BIFF_RUN and length >= 6:
            row, = struct.unpack_from("<H", stream, body)
            last, = struct.unpack_from("<H", stream, body + length - 2)
            rows, cols = max(rows, row + 1), max(cols, last + 1)
        at = body + length
    return False, max(largest, rows * cols)


def _member_reader(entries: list[_Entry], data: bytes, plain: list[str]) -> Callable[[str], bytes]:
    """``read(name)``: a member's bytes, taken straight from ``data`` for the plain cases
    (stored or deflated, not encrypted, sizes as declared); anything else goes through zipfile,
    which also gives its errors. A name is found whatever its case and slashes ("XL\\Worksheets\\
    Sheet1.xml"), as readers find it."""
    by_name = dict(zip(plain, entries, strict=True))

    def library(name: str) -> bytes:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.read(name)

    def read(name: str) -> bytes:
        entry = by_name.get(_plain_name(name))
        if entry is None:
            raise KeyError(name)
        name = entry.name
        at = entry.offset
        if (
            entry.flags & 0x1
            or entry.method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
            or data[at : at + 4] != b"PK\x03\x04"
        ):
            return library(name)
        name_length, extra_length = struct.unpack_from("<HH", data, at + 26)
        start = at + 30 + name_length + extra_length
        raw = data[start : start + entry.compressed]
        try:
            body = (
                raw
                if entry.method == zipfile.ZIP_STORED
                else zlib.decompressobj(-15).decompress(raw, entry.size + 1)
            )
        except zlib.error:
            return library(name)
        return body if len(body) == entry.size else library(name)

    return read


def _plain_name(name: str) -> str:
    """A member's name as readers match it: "/" for "\\", any case."""
    return (name.replace("\\", "/").lstrip("/") if "\\" in name or name[:1] == "/" else name).lower()


def _inspect_zip(infos: list[_Entry], data: bytes) -> Inspection:
    size = len(data)
    total = sum(i.size for i in infos)
    if (
        len(infos) > LIMITS["entries"]
        or total > LIMITS["uncompressed_bytes"]
        or (total > 10 * 1024**2 and total / max(size, 1) > LIMITS["ratio"])
    ):
        return Inspection(
            problem=FileProblem(
                "file.too_large",
                f"Tệp nén bất thường: {len(infos)} thành phần, {total:,} byte khi giải nén "
                f"(gấp {total / max(size, 1):.0f} lần).",
            )
        )
    plain = [_plain_name(i.name) for i in infos]
    names = set(plain)
    if "word/document.xml" in names:  # a Word report: its tables are read (reading/word.py)
        return Inspection(kind="docx")
    read = _member_reader(infos, data, plain)
    if "content.xml" in names and "mimetype" in names:
        if "meta-inf/manifest.xml" in names and b"encryption-data" in read("META-INF/manifest.xml"):
            return Inspection(problem=FileProblem("file.encrypted", "Tệp được đặt mật khẩu."))
        return _inspect_ods(read("content.xml"))
    if "xl/workbook.xml" not in names:
        return Inspection(
            problem=FileProblem("file.not_a_workbook", "Tệp nén không chứa bảng tính Excel.")
        )
    result = Inspection(kind="xlsx")
    sheet_names: dict[str, str] | None = None
    for member in _sheet_members(read):
        if _plain_name(member) not in names:
            continue
        data = read(member)
        cells, gaps, declared = _scan_sheet(data)
        too_many = cells > LIMITS["cells"] or declared > LIMITS["cells"] * 50
        hidden = _hidden_lines(data)
        errors = _error_cells(data) if b't="e"' in data else {}
        if not (too_many or gaps or errors or hidden[0] or hidden[1]):
            continue
        sheet_names = _sheet_names(read) if sheet_names is None else sheet_names
        sheet = sheet_names.get(member, member)
        if hidden[0] or hidden[1]:
            result.hidden[sheet] = hidden
        if too_many:
            result.problem = FileProblem(
                "file.too_many_cells",
                f"Trang tính có vùng dữ liệu quá lớn ({max(cells, declared):,} ô).",
                sheet=sheet,
            )
            return result
        if gaps:
            result.formula_gaps[sheet] = gaps
        if errors:
            result.cell_errors[sheet] = errors
    return result
