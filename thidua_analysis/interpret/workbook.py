"""One file, end to end, in one process: inspect → read cells → fix legacy text → interpret.

Returns plain lists of dicts (cheap to send back from a worker process). Never raises for a bad
file: every problem becomes an issue naming the file, sheet and cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..issue_codes import advice
from ..reading import Inspection, SheetCells, inspect_file, is_reader_panic, read_workbook
from ..reading.doc import DocProblem, read_doc
from ..reading.html import read_html
from ..reading.inspect import NOT_A_WORKBOOK
from ..reading.word import read_word
from ..reading.xmlsheet import read_xml_workbook
from ..reference import load_catalog, load_registry, match_indicator, match_unit
from ..reference.catalog import header_measure, same_group, says_which
from ..reference.files import Reference, per_reference, reference_of
from ..reference.registry import merged_into, unit_in_name, unit_label, unit_level, unit_valid
from ..schema import a1, issue
from ..text.legacy import detect_legacy_many, fix_legacy
from ..text.vietnamese import clean_text
from .cells import figure_in_label, numeric_like
from .evidence import names_a_unit
from .grid import Grid
from .narrative import text_candidates
from .recipes import find_recipe, load_recipes
from .sheet import Context, SheetTrace, interpret_sheet, locate, text_of
from .table import side_by_side
from .title import TitleBlock, lines_before_narrative, read_title
from .vocabulary import load_vocabulary

__all__ = ["Cells", "FileReading", "interpret_file", "open_cells"]



@per_reference
def _base_units(ref: Reference) -> dict[str, str]:
    catalog = load_catalog(ref=ref)
    return dict(zip(catalog["code"], catalog["base_unit"], strict=True))


@per_reference
def _money(ref: Reference) -> frozenset[str]:
    return frozenset(code for code, unit in _base_units(ref).items() if unit == "đồng")


@per_reference
def _fractional(ref: Reference) -> frozenset[str]:
    """Indicators whose figures may have decimals: money and scores (93,5 điểm); counts may not."""
    catalog = load_catalog(ref=ref)
    return _money(ref) | frozenset(catalog.loc[catalog["kind"] == "score", "code"])


@per_reference
def _stocks(ref: Reference) -> frozenset[str]:
    """Indicators whose figure is a level at the period's end (a board's members), not a flow."""
    catalog = load_catalog(ref=ref)
    return frozenset(catalog.loc[catalog["kind"] == "stock", "code"])


@per_reference
def _membership(ref: Reference) -> tuple[dict[tuple[str, int], tuple[str, str]], dict[str, str]]:
    """``{(unit_id, year): (cluster_id, unit_name)}`` and ``{unit_id: unit_name}``."""
    registry = load_registry(ref=ref)
    first = registry.drop_duplicates(["unit_id", "year"])
    members = {
        (unit, int(year)): (cluster, name)
        for unit, year, cluster, name in zip(
            first["unit_id"], first["year"], first["cluster_id"], first["unit_name"], strict=True
        )
    }
    named = registry.drop_duplicates("unit_id")
    return members, dict(zip(named["unit_id"], named["unit_name"], strict=True))


def place_values(values: list[tuple], issues: list[dict], ref: Reference) -> list[tuple]:
    """Values in ``schema.DATA_COLUMNS`` order, with the cluster the registry puts the unit in
    that year and the registry's name of the unit; a unit in no cluster that year is a
    ``unit.not_in_cluster`` warning, once per unit and year of the file."""
    members, names = _membership(ref)
    placed, told = [], set()
    for value in values:
        unit_id, year = value[0], value[2]
        member = members.get((unit_id, year))
        if member is None:
            member = ("", names.get(unit_id, unit_id))
            if (unit_id, year) not in told:
                told.add((unit_id, year))
                issues.append(issue(
                    "warning", "unit.not_in_cluster",
                    f"Đơn vị {unit_label(unit_id, ref=ref)} ({unit_id}) không thuộc cụm nào trong năm {year} theo danh "
                    "mục; hãy cập nhật membership.csv nếu đơn vị đã chuyển cụm.", value[7], value[8], value[9],
                    unit_id=unit_id, year=year))  # fmt: skip
        placed.append((unit_id, member[1], member[0], *value[2:]))
    return placed


def _file_issue(code: str, message: str, rel: str, sheet: str = "", cell: str = "") -> dict:
    return issue("error", code, f"{message} {advice(code)}".strip(), rel, sheet, cell)


def warm_up(ref: Reference) -> Reference:
    """Build ``ref``'s lookups once, so that worker processes started afterwards (forked, or sent
    the object) have them instead of each building its own."""
    _money(ref)
    load_vocabulary(ref=ref)
    load_recipes(ref=ref)
    match_indicator("Số hội nghị tuyên truyền", unit_text="Hội nghị", ref=ref)
    match_unit("Đống Đa", ref=ref)
    _membership(ref)
    # what the first files read would build in each worker otherwise (0.07 s there, each time)
    _fractional(ref)
    _stocks(ref)
    unit_valid("phuong_ba_dinh", (2025, 7), ref=ref)
    unit_level("phuong_ba_dinh", ref=ref)
    unit_label("phuong_ba_dinh", ref=ref)
    unit_in_name("Ba Đình", ref=ref)
    merged_into("Quán Thánh", ref=ref)
    match_indicator("Giám sát, phối hợp giám sát", unit_text="Cuộc", topic="CÔNG TÁC GIÁM SÁT", ref=ref)
    match_indicator("Giám sát, phản biện xã hội", unit_text="Cuộc", ref=ref)
    says_which("Số cuộc giám sát", "cuoc_giam_sat", ref=ref)
    same_group("suat_qua", "gia_tri_qua", ref=ref)
    header_measure("Số cuộc", ref=ref)
    return ref


class FileReading(NamedTuple):
    """What one report file gave: its values (``data``, tuples in ``schema.DATA_COLUMNS``
    order), its issues (dicts in the §4 columns) and the file's fingerprint when it was read:
    ``(sha256 of the bytes, size, mtime_ns)``, ``("", 0, 0)`` when it could not be read."""

    data: list[tuple]
    issues: list[dict]
    fingerprint: tuple[str, int, int]
    traces: tuple[SheetTrace, ...] = ()  # what was decided on each sheet, when asked for
    candidates: tuple[tuple, ...] = ()  # figures of a Word report's sentences, to review (narrative)


def interpret_file(
    path: str | Path, rel: str, *, trace: bool = False, targets: bool = False, ref: Reference | None = None
) -> FileReading:
    """Values and issues of one report file; ``rel`` is the name used in provenance. With
    ``trace``, the decisions taken on each sheet come back too (``thidua explain``); with
    ``targets``, the file registers targets and its target columns give the values. ``ref``
    is the reference data to read it with (the project's when not given)."""
    return _interpret_file(Path(path), rel, trace, targets, reference_of(None, ref))


# Cleaned text per legacy encoding, kept across the files a process reads: report files share
# most of their labels, so each distinct string is cleaned once per process, not once per file.
_CLEANED: dict[str | None, dict[str, str]] = {}


@dataclass
class Cells:
    """A workbook's sheets with their text already cleaned, and what inspection found."""

    sheets: list[SheetCells]
    inspection: Inspection
    paragraphs: list[str] = field(default_factory=list)  # a Word report's narrative


def open_cells(path: str | Path, rel: str) -> tuple[Cells | None, list[dict]]:
    """Inspect the file, read its cells and fix legacy encodings and Unicode forms once per
    distinct string: ``(cells, issues)``, ``cells`` None when the file cannot be read. Shared by
    every reader of workbooks (reports, targets, scoring sheets)."""
    cells, issues, _fingerprint = _open(Path(path), rel)
    return cells, issues


# the readers of documents, whose tables are sheets under the lines above them
_DOCUMENTS = {"docx": read_word, "doc": read_doc, "html": read_html}


def _open(path: Path, rel: str) -> tuple[Cells | None, list[dict], tuple[str, int, int]]:
    try:
        inspection = inspect_file(path)
    except OSError as exc:
        issues = [_file_issue("file.unreadable", f"Không mở được tệp ({exc}).", rel)]
        return None, issues, ("", 0, 0)
    fingerprint = (inspection.sha256, inspection.size, inspection.mtime_ns)
    if inspection.problem:
        p = inspection.problem
        if p.code == "file.not_a_workbook" and p.message == NOT_A_WORKBOOK and path.suffix.lower() in (".doc", ".docx"):
            message = (f"Tệp có đuôi {path.suffix} nhưng không phải văn bản Word đọc được. Hãy mở bằng Word, chọn Lưu "
                       "thành (Save As) dạng .docx rồi gửi lại.")  # fmt: skip
            return None, [issue("error", p.code, message, rel)], fingerprint
        return None, [_file_issue(p.code, p.message, rel, p.sheet, p.cell)], fingerprint
    if inspection.kind in ("docx", "doc") and path.suffix.lower() != f".{inspection.kind}":
        message = (f"Tệp có đuôi {path.suffix} nhưng là văn bản Word; hãy đổi đuôi thành .{inspection.kind} (khi "
                   "đó bảng trong văn bản được đọc), hoặc gửi lại bảng tính Excel.")  # fmt: skip
        return None, [issue("error", "file.not_a_workbook", message, rel)], fingerprint
    try:
        content = inspection.content if inspection.content is not None else path
        paragraphs: list[str] = []
        if inspection.kind in _DOCUMENTS:  # a Word report or a web page: its tables, the lines above them
            raw = content if isinstance(content, bytes) else Path(content).read_bytes()
            sheets, paragraphs = _DOCUMENTS[inspection.kind](raw)
        elif inspection.kind == "xml":  # an Excel 2003 XML spreadsheet: its hidden parts and errors as a workbook's
            raw = content if isinstance(content, bytes) else Path(content).read_bytes()
            found = read_xml_workbook(raw)
            sheets, inspection.hidden, inspection.cell_errors = found.sheets, found.hidden, found.errors
        else:
            sheets = read_workbook(content, merges=inspection.merges)
    except DocProblem as exc:  # an old Word document this reader cannot read: which, and what to do
        if exc.protected:
            code, message = "file.encrypted", ("Văn bản Word (.doc) được đặt mật khẩu, không đọc được. Hãy bỏ mật khẩu "
                                               "(File > Info > Protect Document) rồi gửi lại.")  # fmt: skip
        else:
            code, message = "file.corrupt", (f"Không đọc được văn bản Word cũ (.doc): {exc}. Hãy mở bằng Word, chọn "
                                             "Lưu thành (Save As) dạng .docx rồi gửi lại.")  # fmt: skip
        return None, [issue("error", code, message, rel)], fingerprint
    except BaseException as exc:  # the reader's own errors (zip, xml, ole) are many and untyped
        if isinstance(exc, MemoryError) or not (isinstance(exc, Exception) or is_reader_panic(exc)):
            raise  # out of memory is no fact about the file; KeyboardInterrupt, SystemExit
        name = type(exc).__name__
        said = f"{name} {exc}".lower()  # the reader says "password protected" for a protected .xls
        code = "file.encrypted" if "password" in said or "encrypt" in said else "file.corrupt"
        issues = [_file_issue(code, f"Không đọc được tệp ({name}: {exc}).", rel)]
        return None, issues, fingerprint
    strings = [v for s in sheets for row in s.rows for v in row if v.__class__ is str and v]
    encoding = detect_legacy_many(strings + paragraphs)
    cleaned = _CLEANED.setdefault(encoding, {})
    if len(cleaned) > 100_000:  # a bound on memory over a long batch
        cleaned.clear()
    for value in strings:
        if value not in cleaned:  # plain ASCII ("47.530", "Q1") has no tone and no legacy code
            cleaned[value] = " ".join(value.split()) if value.isascii() else clean_text(
                fix_legacy(value, encoding)[0])  # fmt: skip
    for sheet in sheets:
        sheet.rows = [
            [cleaned[v] if v.__class__ is str and v else v for v in row] for row in sheet.rows
        ]
    issues = []
    if inspection.kind == "html":
        issues.append(issue(
            "info", "file.web_page",
            f"Tệp mang đuôi {path.suffix} nhưng là trang web (HTML, như các phần mềm xuất \"ra Excel\" hay \"ra Word\"); "
            "các bảng trong trang được đọc như bảng của báo cáo Word ('bảng 1', 'bảng 2'…).", rel))  # fmt: skip
    if encoding:
        issues.append(issue(
            "info", "text.legacy_encoding",
            f"Tệp dùng bảng mã cũ {encoding.upper()} (phông .VnTime/VNI); đã chuyển sang Unicode. "
            "Lần sau hãy dùng phông Unicode (Times New Roman).", rel))  # fmt: skip
    inspection.content = None  # read; no need to keep the bytes
    paragraphs = [clean_text(fix_legacy(p, encoding)[0]) for p in paragraphs]
    return Cells(sheets, inspection, paragraphs), issues, fingerprint


def _interpret_file(path: Path, rel: str, trace: bool, targets: bool, ref: Reference) -> FileReading:
    cells, issues, fingerprint = _open(path, rel)
    if cells is None:
        return FileReading([], issues, fingerprint)
    sheets, inspection = cells.sheets, cells.inspection
    vocab = load_vocabulary(ref=ref)
    recipe = find_recipe(rel, load_recipes(ref=ref))
    base = Context(rel, "", path.stem, set(), _base_units(ref), vocab, recipe, money=_money(ref),
                   fractional=_fractional(ref), stocks=_stocks(ref), targets=targets)  # fmt: skip
    traces: list[SheetTrace] = []
    chosen: list[tuple[SheetCells, Grid]] = []
    for sheet in sheets:
        skip = _skip_sheet(sheet, recipe, vocab)
        if skip:
            severity, code, message = skip
            if severity:
                issues.append(issue(severity, code, message, rel, sheet.name))
            if trace:
                traces.append(SheetTrace(sheet.name, skipped=[("", message)]))
            continue
        hidden = inspection.hidden.get(sheet.name)
        said = _without_hidden_figures(sheet, *hidden) if hidden else ""
        if said:
            issues.append(issue(
                "warning", "sheet.hidden_cells",
                f"Trang '{sheet.name}': {said} bị ẩn nhưng có số liệu; các số đó không được nạp (số liệu ở "
                "dòng, cột ẩn thường là bản cũ hoặc bản nháp). Nếu cần nạp, hãy bỏ ẩn (chuột phải > Unhide) "
                "rồi gửi lại.", rel, sheet.name))  # fmt: skip
        chosen.append((sheet, Grid(sheet.rows, sheet.top, sheet.left, sheet.merges)))
    # the first titled table gives a period and year to sheets that state none (a sheet per unit)
    located = _located(chosen, base)
    first_title, first_sheet = None, ""
    for (sheet, _grid), (table, title) in located:
        if table is not None and first_title is None and (title.periods or title.weak_years or title.years):
            first_title, first_sheet = title, sheet.name
    opening = None if first_title is not None else next(
        (item for item in located if any(text_of(v) for row in item[0][1].rows for v in row)), None)
    if opening is not None and opening[1][0] is None:
        # the report's words on the first sheet, its figures in an appendix sheet after it: the
        # title above the narrative gives them their period, year and unit
        (sheet, grid), _place = opening
        title = _narrative_title(grid, vocab)
        if title is not None:
            first_title, first_sheet = title, sheet.name
    unit_sheets = sum(1 for sheet, _ in chosen if match_unit(sheet.name, suggest=False, ref=ref).known
                      or names_a_unit(sheet.name, ref=ref)) >= 2  # fmt: skip
    values: list[tuple] = []
    found = False
    for (sheet, grid), place in located:
        ctx = base.but(
            sheet=sheet.name, cell_errors=inspection.cell_errors.get(sheet.name, {}),
            formula_gaps={*inspection.formula_gaps.get(sheet.name, []), *inspection.cell_errors.get(sheet.name, {})},
            first_title=first_title, first_sheet=first_sheet, unit_sheets=unit_sheets,
        )  # fmt: skip
        try:
            result = interpret_sheet(grid, ctx, trace=trace, located=place)
        except MemoryError:
            raise  # the worker leaves; the file is read again alone
        except Exception as exc:  # a sheet no rule foresaw: said, and the file's other sheets still load
            issues.append(issue(
                "error", "sheet.unreadable",
                f"Trang '{sheet.name}' không đọc được do lỗi của phần mềm ({type(exc).__name__}: {exc}); "
                "không nạp số nào của trang này, các trang khác vẫn được nạp. Hãy báo cho người quản lý "
                "phần mềm kèm tệp này.", rel, sheet.name))  # fmt: skip
            continue
        found = found or result.found_table
        values.extend(result.values)
        issues.extend(result.issues)
        if result.trace is not None:
            traces.append(result.trace)
    # the narrative's unit and period: its own title lines, else those above the report's tables
    # (a header block laid out as a table)
    narrative = base.but(first_title=first_title, first_sheet=first_sheet)
    candidates = text_candidates(cells.paragraphs, narrative) if cells.paragraphs and not targets else []
    if candidates:
        issues.append(issue(
            "info", "text.candidates",
            f"{len(candidates)} số liệu viết trong câu văn của báo cáo được đề xuất, chờ duyệt trong bảng "
            "duyệt số liệu từ văn bản (chỉ số được nhận mới vào dữ liệu).", rel))  # fmt: skip
    elif not found and not any(i["code"] in ("sheet.no_table", "sheet.hidden", "sheet.unreadable", "sheet.a_list") for i in issues):
        issues.append(issue("warning", "file.no_table",
                            "Không tìm thấy bảng báo cáo nào trong tệp (cần cột 'Nội dung' hoặc 'Đơn vị').",
                            rel))  # fmt: skip
    elif found and not values and not any(i["severity"] in ("error", "warning") or i["code"] == "sheet.a_list"
                                          for i in issues):  # fmt: skip
        issues.append(_no_figures(located, rel))
    return FileReading(place_values(values, issues, ref), issues, fingerprint, tuple(traces), tuple(candidates))


def _narrative_title(grid: Grid, vocab) -> TitleBlock | None:
    """The title block of a sheet of narrative with no table (its lines down to the first
    sentence), when one of its lines is a report's title ("BÁO CÁO …", "Kết quả công tác …")
    and it names a period or a year; None otherwise."""
    cells = ((a1(r, c), text) for r in range(grid.top, grid.height) for c in range(grid.left, grid.width)
             if (text := text_of(grid.raw(r, c))))  # fmt: skip
    lines = lines_before_narrative(cells)
    if not any(vocab.matches("report_title", text) for _, text in lines):
        return None
    title = read_title(lines, vocab)
    return title if title.periods or title.weak_years or title.years else None


def _no_figures(located: list[tuple[tuple, tuple]], rel: str) -> dict:
    """The warning for a file whose tables hold no figure at all (a form sent back blank, or
    figures written into the label cells: "Số hội nghị: 45 hội nghị"), naming such a label."""
    (sheet, grid), (table, _title) = next(item for item in located if item[1][0] is not None)
    written = next(((r, text) for r in range(table.first_row, grid.height)
                    if figure_in_label(text := text_of(grid.raw(r, table.label_col)))), None)  # fmt: skip
    where = f"ô {a1(written[0], table.label_col)}: '{written[1][:80]}'" if written else ""
    return issue(
        "warning", "file.no_figures",
        f"Trang '{sheet.name}' có bảng báo cáo (dòng tiêu đề {table.header_top + 1}) nhưng không có số liệu nào ở "
        "cột kết quả; không nạp được số nào của tệp. "
        + (f"Số liệu được viết trong ô nội dung ({where}). " if written else "")
        + "Hãy ghi mỗi số liệu vào một ô của cột 'Kết quả' rồi gửi lại.",
        rel, sheet.name, a1(written[0], table.label_col) if written else "")  # fmt: skip


def _located(chosen: list[tuple[SheetCells, Grid]], base: Context) -> list[tuple[tuple, tuple]]:
    """``((sheet, grid), (table, title))`` for each sheet: its table and title block, and for two
    tables printed side by side, a grid for each (the title above them shared)."""
    out = []
    for sheet, grid in chosen:
        while True:
            table, title = locate(grid, base.but(sheet=sheet.name))
            split = side_by_side(grid, table, text_of, base.ref) if table is not None else None
            if split is None:
                out.append(((sheet, grid), (table, title)))
                break
            left = grid.columns(grid.left, split, from_row=table.header_top)
            out.append(((sheet, left), locate(left, base.but(sheet=sheet.name))))
            grid = grid.columns(split, grid.width, from_row=table.header_top)
    return out


def _without_hidden_figures(sheet: SheetCells, rows: frozenset[int], columns: frozenset[int]) -> str:
    """Blank the figures of the sheet's hidden rows and columns (their words stay: a title or a
    header may run over them); "" when there were none, else which ones held them ("cột D, dòng
    12"), as a person names them."""
    had_rows: set[int] = set()
    had_columns: set[int] = set()
    for i, row in enumerate(sheet.rows):
        r = sheet.top + i
        for j, value in enumerate(row):
            c = sheet.left + j
            if (r in rows or c in columns) and numeric_like(value):
                row[j] = ""
                if r in rows:
                    had_rows.add(r)
                else:
                    had_columns.add(c)
    parts = []
    if had_columns:
        parts.append("cột " + ", ".join(a1(0, c)[:-1] for c in sorted(had_columns)))
    if had_rows:
        parts.append("dòng " + ", ".join(str(r + 1) for r in sorted(had_rows)))
    return " và ".join(parts)


def _skip_sheet(sheet: SheetCells, recipe, vocab) -> tuple[str, str, str] | None:
    """``(severity, code, message)`` when the sheet is not read; severity "" says nothing."""
    if recipe is not None and recipe.sheets and sheet.name not in recipe.sheets:
        return "info", "sheet.skipped", f"Trang '{sheet.name}' không được đọc theo công thức '{recipe.name}'."
    if recipe is not None and sheet.name in recipe.skip_sheets:
        return "info", "sheet.skipped", f"Trang '{sheet.name}' bỏ qua theo công thức '{recipe.name}'."
    if vocab.matches("guide_sheet", sheet.name) and not (recipe is not None and sheet.name in recipe.sheets):
        figures = any(isinstance(v, int | float) for row in sheet.rows for v in row)
        return "info" if figures else "", "sheet.guide", (
            f"Trang '{sheet.name}' là trang hướng dẫn hoặc danh mục, không phải báo cáo; không đọc. Nếu "
            "đây là trang báo cáo, hãy đổi tên trang hoặc nêu tên trang trong công thức đọc (recipes.toml, "
            "khóa sheets).")
    if not sheet.visible and not (recipe is not None and sheet.name in recipe.sheets):
        if not any(v not in (None, "") for row in sheet.rows for v in row):
            return "", "", f"Trang ẩn '{sheet.name}' trống."
        return "warning", "sheet.hidden", (
            f"Trang tính ẩn '{sheet.name}' không được đọc: số liệu ở trang ẩn thường là bản nháp hoặc "
            "bản cũ. Nếu đây là trang báo cáo, hãy bỏ ẩn trang (chuột phải vào tên trang > Unhide) "
            "rồi gửi lại, hoặc nêu tên trang trong công thức đọc (recipes.toml, khóa sheets).")
    return None
