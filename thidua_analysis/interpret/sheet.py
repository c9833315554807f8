"""Interpret one sheet's cells: table, column roles, unit and period with their evidence, rows.

The steps, each a small function over the grid (see ``table`` and ``title`` for their rules):

1. :func:`~.table.locate_table` finds the header band and the label column;
   :func:`~.table.column_roles` gives every column its role from its header words.
2. :func:`~.title.read_title` reads the lines above the header: periods, years and the unit named
   there, and what is ignored (date line, document number, motto, plans for later periods).
3. :func:`~.evidence.resolve_period` and :func:`~.evidence.resolve_unit` decide from the title, the sheet name, the
   file's first titled sheet and the file name, in that order; two sources that disagree are an
   error and the sheet loads nothing. A column header naming a period or unit overrides them.
4. The rows: the numbering row, group rows (I, II…) and headings are skipped; a row naming a unit
   and holding no figures opens that unit's section ("I. Huyện Đan Phượng"); a total section or
   row ("Tổng cộng", "Toàn cụm") is checked against the sum of the units, never loaded; the
   signature block ("Nơi nhận", "TM. BAN THƯỜNG TRỰC") ends the table; each label is mapped with
   its ĐVT (:func:`~thidua_analysis.reference.catalog.match_indicator`).
5. Values: only from ``result``-like columns (kết quả, trong quý, lũy kế) and ``prior`` ones (cùng
   kỳ, loaded under their own year); never from target, comparison, note or unknown columns.
   Two cells of the sheet giving one unit, period and indicator different values load neither.
"""

from __future__ import annotations

from ..reference.registry import match_unit
from ..schema import a1
from ..text.periods import end_month
from ..text.vietnamese import match_key
from .cells import is_figure
from .context import ROLE_VI, Context, SheetResult, SheetTrace, text_of
from .evidence import resolve_period
from .grid import Grid
from .rows import RowWalk, list_issue
from .table import LINE_LABELS, Table, column_roles, locate_table, turned
from .title import Mention, TitleBlock, read_title

__all__ = ["Context", "Grid", "SheetResult", "SheetTrace", "interpret_sheet", "locate", "text_of"]


def locate(grid: Grid, ctx: Context) -> tuple[Table | None, TitleBlock]:
    """The table and its title block (empty when there is no table)."""
    recipe = ctx.recipe
    table = locate_table(
        grid, ctx.vocab, text_of,
        header_row=recipe.header_row if recipe else None,
        label_col=recipe.label_column if recipe else None,
    )  # fmt: skip
    if table is None:
        return None, TitleBlock()
    lines = [line for r in range(grid.top, table.header_top) for line in title_lines(grid, r)]
    return table, read_title(lines, ctx.vocab)


def title_lines(grid: Grid, r: int) -> list[tuple[str, str]]:
    """The ``(where, text)`` lines of row ``r`` above a table: each filled cell, but a cell that
    ends with a colon, or holds only a line's label ("Quý", "Năm", "Tháng"), is read with the next
    filled one ("Kỳ báo cáo:" | "Quý III" is "Kỳ báo cáo: Quý III", from "A2:B2")."""
    out: list[tuple[str, str]] = []
    label = None
    for c in range(grid.left, grid.width):
        text = text_of(grid.raw(r, c))
        if not text:
            continue
        if label is not None:
            out.append((f"{label[0]}:{a1(r, c)}", f"{label[1]} {text}"))
            label = None
        elif (text.rstrip().endswith(":") and len(text.split()) <= 4) or match_key(text) in LINE_LABELS:
            label = (a1(r, c), text.rstrip())
        else:
            out.append((a1(r, c), text))
    if label is not None:
        out.append(label)
    return out


def _has_numbers(grid: Grid) -> bool:
    return any(is_figure(v) for row in grid.rows for v in row)


def _list_line(grid: Grid, ctx: Context) -> Mention | None:
    """A line near the top of a sheet with no table that titles it as a list ("DANH SÁCH HỘ
    ĐƯỢC TẶNG QUÀ"), or None."""
    for r in range(grid.top, min(grid.height, grid.top + 8)):
        for c in range(grid.left, min(grid.width, grid.left + 10)):
            text = text_of(grid.raw(r, c))
            if text and ctx.vocab.matches("list_title", text):
                return Mention(None, a1(r, c), text)
    return None


def _unknown_units(grid: Grid, ctx: Context) -> tuple[str, str, list[str]] | None:
    """``(A1, header, names)`` of a column headed as the units' ("Đơn vị", "Tên đơn vị") whose
    names below are none of them a known unit (old communes, a misspelt list), or None."""
    for r in range(grid.top, min(grid.height, grid.top + 30)):
        for c in range(grid.left, grid.width):
            header = text_of(grid.raw(r, c))
            if not header or not ctx.vocab.matches("unit_header", header):
                continue
            names = [t for rr in range(r + 1, min(grid.height, r + 40)) if (t := text_of(grid.raw(rr, c)))
                     and any(ch.isalpha() for ch in t) and not ctx.vocab.matches("total", t)]  # fmt: skip
            if len(names) >= 2 and not any(match_unit(n, suggest=False, ref=ctx.ref).known for n in names):
                return a1(r, c), header, names
    return None


def interpret_sheet(
    grid: Grid, ctx: Context, *, trace: bool = False, located: tuple | None = None
) -> SheetResult:
    """Values and issues of one sheet; ``located`` is :func:`locate`'s answer when the caller
    has it already."""
    result = SheetResult(trace=SheetTrace(ctx.sheet) if trace else None)
    table, title = located if located is not None else locate(grid, ctx)
    if table is not None and table.implied and any(
            ctx.vocab.matches("target", m.text) or ctx.vocab.matches("target", m.text.split(" ", 2)[-1])
            for m in title.lines):  # fmt: skip
        table = None  # figures with no header under "ĐĂNG KÝ CHỈ TIÊU…": targets, never results
    if table is None:
        if (listed := _list_line(grid, ctx)) is not None and _has_numbers(grid):
            result.issues.append(list_issue(ctx, listed))  # a list with no table of figures: said, not a fault
        elif _has_numbers(grid):
            unknown = _unknown_units(grid, ctx)
            result.issues.append(ctx.issue(
                "warning", "sheet.no_table",
                f"Cột '{unknown[1]}' (ô {unknown[0]}) ghi tên đơn vị nhưng không tên nào có trong danh mục đơn "
                f"vị ({', '.join(repr(n) for n in unknown[2][:3])}…); không tìm thấy bảng báo cáo. Hãy ghi tên "
                "theo danh mục, hoặc thêm tên vào unit_aliases.csv (đơn vị chưa có: units.csv)."
                if unknown else
                "Trang tính có số liệu nhưng không tìm thấy bảng báo cáo (thiếu cột 'Nội dung' hoặc "
                "'Đơn vị'). Hãy dùng mẫu báo cáo chuẩn, hoặc viết công thức đọc (recipes.toml) chỉ "
                "ra dòng tiêu đề.", unknown[0] if unknown else ""))  # fmt: skip
        return result
    result.found_table = True
    given = dict(ctx.recipe.columns) if ctx.recipe else None
    table.columns = column_roles(grid, table, ctx.vocab, text_of, given=given)
    way = turned(grid, table, ctx.vocab, text_of) if given is None else ""
    if way:  # "Nội dung | Hội nghị | Lượt người": the indicators run across, units or kinds down
        table.kind, table.one_unit = "units", way == "one_unit"
        table.columns = column_roles(grid, table, ctx.vocab, text_of)
    if table.implied:
        value_col = next(c for c, role in table.implied.items() if role == "result")
        result.issues.append(ctx.issue(
            "info", "sheet.no_header",
            f"Bảng không có dòng tiêu đề cột; cột {a1(0, value_col)[:-1]} (cột số liệu duy nhất) được đọc "
            "là kết quả của kỳ báo cáo, cột "
            f"{a1(0, table.label_col)[:-1]} là nội dung. Nên thêm dòng tiêu đề 'STT | Nội dung | ĐVT | "
            "Kết quả' phía trên bảng.", a1(table.first_row, value_col)))  # fmt: skip
    tr = result.trace
    if tr is not None:
        tr.table, tr.kind = table.range_a1(grid), "one_unit" if table.one_unit else table.kind
        tr.label_letter = a1(0, table.label_col)[:-1]
        rows = f"{table.header_top + 1}" + (
            f"–{table.header_bottom + 1}" if table.header_bottom > table.header_top else "")
        tr.header = f"dòng {rows}" + (
            f", dòng đánh số cột {table.numbering_row + 1}" if table.numbering_row is not None else "")
        for m in title.ignored:
            tr.skipped.append((m.where, f"{m.value}: '{m.text}'"))
    period = resolve_period(title, ctx, result, table.columns)
    if period is None:
        _trace_columns(tr, table)
        return result
    periods, period_where, year, year_where = period
    ctx = ctx.but(when=(year, max(end_month(p) for p in periods)))
    if tr is not None:
        tr.decisions.append(("kỳ", " và ".join(periods), period_where))
        tr.decisions.append(("năm", str(year), year_where))
    walk = RowWalk(grid, ctx, table, title, periods, period_where, year, year_where, result)
    if table.kind == "rows":
        walk.indicators_as_rows()
    else:
        walk.units_as_rows()
    walk.finish()
    _trace_columns(tr, table)
    return result


def _trace_columns(tr: SheetTrace | None, table: Table) -> None:
    if tr is None:
        return
    for c, col in sorted(table.columns.items()):
        if col.role == "empty":
            continue
        note = ", ".join(x for x in (
            f"kỳ {col.period}" if col.period else "", f"năm {col.year}" if col.year else "",
            f"đơn vị {col.unit_id}" if col.unit_id else "",
            f"tính bằng {'tiền' if col.measure == 'money' else col.measure}" if col.measure else "", col.why) if x)  # fmt: skip
        tr.columns.append((a1(0, c)[:-1], col.header, ROLE_VI.get(col.role, col.role), note, col.where))


# --- the period, the year and the unit, with their evidence ------------------------------------


