"""What goes back to the units: the issues workbook (every issue, grouped by file) and, per
unit, a copy of each of its files with the flagged cells highlighted and commented.

The copies are made with openpyxl, which keeps formulas as text and never calculates them; a
file is re-inspected (size, cell count) before it is opened, and one that loading could not read
gets only the list. .xls and .ods files cannot be annotated in place, so they get an .xlsx with
the list of issues and the sheet and cell of each.
"""

from __future__ import annotations

import hashlib
import math
import re
import zipfile
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path

import pandas as pd
import xlsxwriter

from ..config import VERSION
from ..issue_codes import SEVERITY_VI, for_unit, title_of
from ..reading import inspect_file
from ..reference import Reference, load_registry, reference_of
from ..reference.registry import unit_in_name
from ..schema import ISSUE_COLUMNS, ordered_issues
from ..text.periods import end_month, name_periods
from .completeness import completeness_grid, missing_report_issues
from .summary import file_owners
from .xlsx_rows import row_xml, splice_rows

__all__ = ["issues_digest", "workbook_digest", "write_explanation", "write_feedback", "write_issues_workbook"]

HEADERS = {"severity": "Mức độ", "code": "Mã lỗi", "message": "Nội dung và cách sửa",
           "source_file": "Tệp", "source_sheet": "Trang tính", "source_cell": "Ô",
           "unit_id": "Đơn vị", "year": "Năm", "period": "Kỳ", "indicator": "Chỉ tiêu"}  # fmt: skip


# the workbook's layout: a change to how it is written changes this, so older workbooks are redone
_LAYOUT = "1"
_DIGEST_PROPERTY = "thidua_issues"


def issues_digest(issues: pd.DataFrame) -> str:
    """A fingerprint of ``issues`` and of the workbook's layout: the same issues give the same
    workbook, so one written from them need not be written again."""
    text = issues[ISSUE_COLUMNS].fillna("").astype(str)
    rows = pd.util.hash_pandas_object(text, index=False).to_numpy()
    return hashlib.sha256(f"{VERSION}/{_LAYOUT}/".encode() + rows.tobytes()).hexdigest()


def workbook_digest(path: str | Path) -> str | None:
    """The fingerprint :func:`write_issues_workbook` stored in the workbook at ``path``; None when
    there is no such file or it holds none (written by an older version, or edited and saved)."""
    try:
        with zipfile.ZipFile(path) as book:
            custom = book.read("docProps/custom.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return None
    found = re.search(r'name="' + _DIGEST_PROPERTY + r'"[^>]*>\s*<vt:lpwstr>([0-9a-f]{64})<', custom)
    return found.group(1) if found else None


def write_issues_workbook(issues: pd.DataFrame, path: str | Path, *, digest: str | None = None) -> Path:
    """One sheet, one block per file (file name as a bold heading), errors before warnings. The
    issues' fingerprint (:func:`issues_digest`; ``digest`` when the caller has it) is kept in the
    workbook's properties."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = ordered_issues(issues, ["source_file", "severity", "source_sheet", "source_cell"])
    text = frame[ISSUE_COLUMNS].fillna("").astype(str)
    frame_of = BytesIO()  # xlsxwriter writes the frame and the heading rows; the rows are spliced in
    with xlsxwriter.Workbook(frame_of, {"in_memory": True}) as book:
        book.set_custom_property(_DIGEST_PROPERTY, digest or issues_digest(issues))
        ws = book.add_worksheet("Vấn đề theo tệp")
        head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        group = book.add_format({"bold": True, "font_size": 12, "bg_color": "#F2F2F2"})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        error = book.add_format({"font_color": "#C00000", "bold": True, "valign": "top"})
        columns = ["severity", "code", "source_sheet", "source_cell", "message"]
        for c, name in enumerate(columns):
            ws.write(0, c, HEADERS[name], head)
        for c, style in enumerate((group, wrap, error)):  # a cell in each, so each has its number
            ws.write_blank(1, c, None, style)
        ws.freeze_panes(1, 0)
        _for_print(ws)
        ws.set_column(0, 0, 10)
        ws.set_column(1, 1, 34)
        ws.set_column(2, 3, 12)
        ws.set_column(4, 4, 100)
        flat = book.add_worksheet("Danh sách")
        flat.write_row(0, 0, [HEADERS[c] for c in ISSUE_COLUMNS], head)
        flat.freeze_panes(1, 0)
        _for_print(flat)
        flat.autofilter(0, 0, len(text), len(ISSUE_COLUMNS) - 1)
        for c, width in enumerate((10, 26, 90, 40, 14, 8, 16, 6, 6, 22)):
            flat.set_column(c, c, width, wrap)
    styles = {"group": group.xf_index, "wrap": wrap.xf_index, "error": error.xf_index}
    return splice_rows(frame_of.getvalue(), path, {
        1: (1, len(columns) - 1, _blocks_by_file(frame, text, styles)),
        2: (1, len(ISSUE_COLUMNS) - 1, _flat_list(text, styles["wrap"])),
    })  # fmt: skip


def _blocks_by_file(frame: pd.DataFrame, text: pd.DataFrame, styles: dict[str, int]) -> list[str]:
    """The first sheet's rows: a heading row for each file, then its issues."""
    sources = frame["source_file"].fillna("").astype(str)
    is_error = frame["severity"].eq("error")
    errors = is_error.groupby(sources, sort=False).sum().to_dict()
    notes = frame["severity"].eq("info").groupby(sources, sort=False).sum().to_dict()
    totals = sources.value_counts(sort=False).to_dict()
    group, wrap, error = styles["group"], styles["wrap"], styles["error"]
    rows, number, current = [], 2, None
    for source, severity, code, sheet, cell, message in zip(
        sources.tolist(), *(text[name].tolist() for name in ("severity", "code", "source_sheet", "source_cell",
                                                             "message")), strict=True,
    ):  # fmt: skip
        if source != current:  # a heading for each file's block
            current, n_errors, n_notes = source, int(errors[source]), int(notes[source])
            # the heading runs over the empty cells beside it, the row shaded as one (a merge
            # looks the same and costs a tenth of the whole workbook's time)
            heading = (f"{source or '(toàn bộ lô)'} — {n_errors} lỗi, {int(totals[source]) - n_errors - n_notes} "
                       "cảnh báo" + (f", {n_notes} ghi chú" if n_notes else ""))  # fmt: skip
            rows.append(row_xml(number, [(0, heading, group)], style=group))
            number += 1
        named = f"{title_of(code)} ({code})" if title_of(code) else code
        rows.append(row_xml(number, [(0, SEVERITY_VI.get(severity, severity), error if severity == "error" else wrap),
                                     (1, named, wrap), (2, sheet, wrap), (3, cell, wrap), (4, message, wrap)],
                            height=max(_height(message, 100), _height(named, 30))))  # fmt: skip
        number += 1  # (the code's title wraps too)
    return rows


def _flat_list(text: pd.DataFrame, wrap: int) -> list[str]:
    """The second sheet's rows: the same issues as a flat list, for filtering and sorting (an
    empty cell left out, a written one in its column's style)."""
    column = {name: text[name].tolist() for name in ISSUE_COLUMNS}
    column["severity"] = [SEVERITY_VI.get(s, s) for s in column["severity"]]
    message_at = ISSUE_COLUMNS.index("message")
    return [row_xml(r, [(c, value, wrap) for c, value in enumerate(values) if value],
                    height=_height(values[message_at], 90))
            for r, values in enumerate(zip(*column.values(), strict=True), start=2)]  # fmt: skip


def _height(text: str, width: int) -> float:
    """Row height (points) for ``text`` wrapped in a column ``width`` characters wide: viewers
    do not grow rows for wrapped text themselves."""
    return 15.0 * max(1, math.ceil(len(str(text)) / (width * 1.05)))


def _for_print(sheet) -> None:
    """Landscape, as wide as one page, the heading row on every page."""
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


FILLS = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7"}  # Excel's "bad", "neutral"
# what ``thidua explain`` paints, most telling first
EXPLAIN_KINDS = {
    "error": ("Lỗi", "FFC7CE"), "warning": ("Cảnh báo", "FFEB9C"),
    "decision": ("Căn cứ kỳ, năm, đơn vị", "F8CBAD"), "value": ("Số liệu được nạp", "C6EFCE"),
    "column": ("Cột số liệu", "9BC2E6"), "label": ("Nội dung → chỉ tiêu", "DDEBF7"),
    "skipped_column": ("Cột không nạp", "D9D9D9"), "skipped": ("Bỏ qua", "EDEDED"),
    "info": (SEVERITY_VI["info"], "DDEBF7"),
}  # fmt: skip
EXPLAIN_SHEET = "Giải thích"
LIST_SHEET = "Phản hồi kiểm tra"
LIST_COLUMNS = ["severity", "source_sheet", "source_cell", "message", "code"]
LIST_WIDTHS = (20, 16, 8, 100, 26)
AUTHOR = "Kiểm tra số liệu"


def write_feedback(
    issues: pd.DataFrame,
    data: pd.DataFrame,
    out: str | Path,
    *,
    sources: str | Path | Mapping[str, str | Path],
    registry: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> list[Path]:
    """A folder per unit under ``out`` with an annotated copy of each of its files that has
    issues, and ``danh_sach_van_de.xlsx`` listing all of the unit's issues (missing reports too).

    Only units get folders, and only what they can act on: a file is the unit's whose figures it
    holds, or, when nothing in it could be read, the unit its name names; an issue of a file of
    several units (a cluster's summary) goes to the unit it is about. Issues for the analyst
    (codes not ``for_unit``, a file of no known unit) and the analyst's instructions in the
    messages (reference files, recipes) stay in the analyst's issues workbook.

    ``sources`` is the raw folder the ``source_file`` paths are relative to, or a mapping from
    ``source_file`` to the file's path. Returns the files written.
    """
    out = Path(out)
    ref = reference_of(None, ref)
    registry = load_registry(ref=ref) if registry is None else registry
    units = set(registry["unit_id"])
    owners = file_owners(data).set_index("source_file")["owner"].to_dict()
    written: list[Path] = []
    by_owner: dict[str, list[pd.DataFrame]] = {}
    with_file = issues[(issues["source_file"].fillna("") != "") & issues["code"].map(for_unit)]
    with_file = with_file.assign(message=with_file["message"].map(_for_unit_message))
    for source, block in with_file.groupby("source_file", sort=True):
        owner = owners.get(source) or _named_unit(Path(source).stem, ref) or ""
        if owner in units:
            parts = {owner: block}
        else:  # several units in one file: each issue to the unit it is about, if known
            about = block["unit_id"].fillna("") if "unit_id" in block else pd.Series("", index=block.index)
            parts = {unit: rows for unit, rows in block.groupby(about) if unit in units}
        for unit, rows in parts.items():
            by_owner.setdefault(unit, []).append(rows)
            path = _source_path(sources, source)
            target = out / unit / f"{Path(source).stem}_phan_hoi.xlsx"
            written.append(_feedback_copy(rows, path, target, source))
    if issues["code"].eq("report.missing").any():
        grid = completeness_grid(data, registry=registry)
        missing = grid[grid["status"] == "missing"]
        for unit_id, rows in missing.groupby("unit_id"):
            by_owner.setdefault(str(unit_id), []).append(missing_report_issues(rows))
    for owner, blocks in sorted(by_owner.items()):
        written.append(write_issues_workbook(pd.concat(blocks, ignore_index=True),
                                             out / owner / "danh_sach_van_de.xlsx"))  # fmt: skip
    return written


# what tells the analyst what to change in the reference files is not for the unit: the clause
# "hoặc thêm bí danh vào indicator_aliases.csv", else the whole sentence
_ANALYST = r"(?:recipes\.toml|indicator_aliases\.csv|membership\.csv|units\.csv|vocabulary\.csv|công thức đọc)"
_ANALYST_CLAUSE = re.compile(r",?\s*hoặc\s[^.;]*" + _ANALYST + r"[^.;]*")
_ANALYST_SENTENCE = re.compile(r"[^.;]*" + _ANALYST + r"[^.;]*[.;]?")


def _for_unit_message(message: str) -> str:
    """The message without its instructions for the analyst (what to add to a reference file)."""
    cleaned = _ANALYST_SENTENCE.sub("", _ANALYST_CLAUSE.sub("", message))
    cleaned = re.sub(r"\s{2,}", " ", cleaned).strip(" ,;")
    return cleaned if cleaned.endswith((".", "?", "!")) or not cleaned else cleaned + "."


def _named_unit(stem: str, ref: Reference) -> str | None:
    """The unit a file's name names, at the date its name gives ("hoan_kiem_2022_FY": the quận;
    "phuong_hoan_kiem_2026_Q1": the phường)."""
    periods, years, _weak = name_periods(stem)
    when = (years[0], max(end_month(p) for p in periods) if periods else 12) if years else None
    return unit_in_name(stem, when=when, ref=ref)


def _source_path(sources, source: str) -> Path | None:
    if isinstance(sources, Mapping):
        found = sources.get(source)
        return Path(found) if found is not None else None
    return Path(sources) / source


def _feedback_copy(block: pd.DataFrame, path: Path | None, target: Path, source: str) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fatal = block["code"].str.startswith("file.").any()
    suffix = path.suffix.lower() if path is not None else ""
    if (
        path is not None
        and path.is_file()
        and not fatal
        and suffix in (".xlsx", ".xlsm")
        and inspect_file(path).problem is None
    ):
        try:
            return _annotate(block, path, target)
        except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
            return _list_only(block, target, source, f"Không tạo được bản sao có ghi chú ({exc}).")
    why = (
        "Tệp gốc không mở được nên không ghi chú trực tiếp được."
        if fatal or path is None or not path.is_file()
        else f"Tệp gốc định dạng {suffix or 'khác'} không ghi chú trực tiếp được; danh sách dưới "
        "đây chỉ rõ trang tính và ô cần sửa."
    )
    return _list_only(block, target, source, why)


def _annotate(
    block: pd.DataFrame, path: Path, target: Path, *, kinds: Mapping[str, tuple[str, str]] | None = None,
    list_sheet: str = LIST_SHEET,
) -> Path:  # fmt: skip
    """A copy of the workbook at ``path`` with each cell of ``block`` filled and commented, and a
    first sheet listing them. ``kinds`` maps a row's ``severity`` to (Vietnamese name, fill),
    most telling first (a cell gets the fill of its most telling row)."""
    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill

    kinds = kinds or {k: (SEVERITY_VI[k], FILLS[k]) for k in SEVERITY_VI}
    rank = {k: n for n, k in enumerate(kinds)}
    book = load_workbook(path, keep_vba=False, keep_links=False)
    notes: dict[tuple[str, str], list] = {}
    for item in block.itertuples(index=False):
        if item.source_sheet in book.sheetnames and _is_cell(item.source_cell):
            notes.setdefault((item.source_sheet, item.source_cell), []).append(item)
    for (sheet, ref), items in notes.items():
        cell = book[sheet][ref]
        if not hasattr(cell, "column_letter"):  # inside a merged range: list only
            continue
        worst = min((i.severity for i in items), key=lambda k: rank.get(k, len(rank)))
        fill = kinds.get(worst, ("", "FFFFFF"))[1]
        cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        text = "\n\n".join(f"{kinds.get(i.severity, (i.severity,))[0]}: {i.message}" for i in items)
        comment = Comment(text, AUTHOR)
        comment.width, comment.height = 360, min(60 + 14 * len(text) // 45, 400)
        cell.comment = comment
    sheet = book.create_sheet(list_sheet, 0)
    sheet.append([HEADERS[c] for c in LIST_COLUMNS])
    for c in sheet[1]:
        c.font = Font(bold=True)
    for row in _list_rows(block, kinds):
        sheet.append(row)
        _severity, where, ref = row[:3]
        if where in book.sheetnames and _is_cell(ref):
            link = sheet.cell(sheet.max_row, 3)
            link.hyperlink = f"#'{where}'!{ref}"
            link.style = "Hyperlink"
    for letter, width in zip("ABCDE", LIST_WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    per_line = max(10, int(LIST_WIDTHS[3] * 1.1))  # characters a line of column D holds
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=cell.column == 4, vertical="top")
        lines = -(-len(str(row[3].value or "")) // per_line)  # the height the wrapped text needs, set:
        sheet.row_dimensions[row[0].row].height = 15 * max(1, lines)  # printing does not measure it
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.active = 0
    target = target.with_suffix(".xlsx")
    book.save(target)
    return target


def write_explanation(notes: pd.DataFrame, path: str | Path, target: str | Path) -> Path:
    """A copy of the report at ``path`` with what the loader decided painted on its cells
    (``notes`` from :meth:`~thidua_analysis.interpret.explain.Explanation.notes`): the cells
    that gave the period and unit, the data columns, each label and value loaded, what was
    skipped, and the issues; a first sheet lists them all. .xls/.ods: the list only."""
    path, target = Path(path), Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    block = notes.rename(columns={"kind": "severity"}).assign(code="")
    if path.suffix.lower() in (".xlsx", ".xlsm") and inspect_file(path).problem is None:
        return _annotate(block, path, target, kinds=EXPLAIN_KINDS, list_sheet=EXPLAIN_SHEET)
    return _list_only(block, target.with_suffix(".xlsx"), path.name,
                      "Tệp gốc không ghi chú trực tiếp được; danh sách chỉ rõ trang tính và ô.",
                      kinds=EXPLAIN_KINDS)  # fmt: skip


def _list_only(block: pd.DataFrame, target: Path, source: str, why: str, *, kinds=None) -> Path:
    with pd.ExcelWriter(target, engine="xlsxwriter") as writer:
        book = writer.book
        sheet = book.add_worksheet(LIST_SHEET)
        bold = book.add_format({"bold": True})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        sheet.write(0, 0, f"Tệp: {source}", bold)
        sheet.write(1, 0, why)
        for c, name in enumerate(LIST_COLUMNS):
            sheet.write(3, c, HEADERS[name], bold)
        for r, row in enumerate(_list_rows(block, kinds), start=4):
            for c, value in enumerate(row):
                sheet.write(r, c, value, wrap)
        for c, width in enumerate(LIST_WIDTHS):
            sheet.set_column(c, c, width)
        _for_print(sheet)
    return target


def _list_rows(block: pd.DataFrame, kinds=None) -> list[list[str]]:
    """The rows of a list sheet (``LIST_COLUMNS``), errors first, then by sheet and cell."""
    if kinds is None:
        frame = ordered_issues(block, ["severity", "source_sheet", "source_cell"])
        frame = frame.assign(severity=frame["severity"].map(SEVERITY_VI))
    else:
        rank = {k: n for n, k in enumerate(kinds)}
        frame = block.assign(_rank=block["severity"].map(rank)).sort_values(
            ["_rank", "source_sheet", "source_cell"], kind="stable")
        frame = frame.assign(severity=frame["severity"].map(lambda k: kinds.get(k, (k,))[0]))
    return frame[LIST_COLUMNS].fillna("").to_numpy().tolist()


def _is_cell(ref: object) -> bool:
    return isinstance(ref, str) and re.fullmatch(r"[A-Z]{1,3}[1-9][0-9]{0,6}", ref) is not None
