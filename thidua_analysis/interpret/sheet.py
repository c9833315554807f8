"""Interpret one sheet's cells: table, column roles, unit and period with their evidence, rows.

The steps, each a small function over the grid (see ``table`` and ``title`` for their rules):

1. :func:`~.table.locate_table` finds the header band and the label column;
   :func:`~.table.column_roles` gives every column its role from its header words.
2. :func:`~.title.read_title` reads the lines above the header: periods, years and the unit named
   there, and what is ignored (date line, document number, motto, plans for later periods).
3. :func:`resolve_period` and :func:`resolve_unit` decide from the title, the sheet name, the
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

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..reference.catalog import clean_label, label_unit, match_indicator
from ..reference.files import resolve_user_dir
from ..reference.registry import LEVEL_ORDER, is_province_name, match_unit, unit_level, unit_valid
from ..schema import a1, issue
from ..text.numbers import format_vn, parse_number, scale_from_text
from ..text.periods import end_month
from ..text.vietnamese import match_key
from .grid import Grid
from .recipes import Recipe
from .table import DATA_ROLES, Column, Table, column_roles, locate_table
from .title import TitleBlock, name_periods, read_title
from .vocabulary import Vocabulary, load_vocabulary

__all__ = ["Context", "Grid", "SheetResult", "SheetTrace", "interpret_sheet", "locate", "text_of"]

ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "a", "b", "c", "d", "e"}
QUARTER_OF = {"Q1": "Q1", "Q2": "Q2", "Q3": "Q3", "Q4": "Q4", "H1": "Q2", "9M": "Q3", "FY": "Q4",
              "H2": "Q4"}  # fmt: skip
TO_DATE = {"Q1": "Q1", "Q2": "H1", "Q3": "9M", "Q4": "FY", "H1": "H1", "9M": "9M", "FY": "FY",
           "H2": "H2"}  # fmt: skip
ROLE_VI = {
    "label": "nội dung", "skip": "không phải số liệu", "uom": "đơn vị tính", "result": "kết quả",
    "prior": "cùng kỳ (nạp vào năm của nó)", "in_quarter": "trong quý", "in_period": "trong kỳ",
    "to_date": "lũy kế", "target": "kế hoạch, chỉ tiêu (không nạp)",
    "compare": "so sánh, tỷ lệ (không nạp)", "total": "tổng (đối chiếu)",
    "unknown": "không rõ (không nạp)", "empty": "",
}  # fmt: skip


def text_of(value: object) -> str:
    """A cell as text (already cleaned by the reader): numbers as written, "" for empty."""
    if value.__class__ is str:
        return value  # type: ignore[return-value]
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass
class SheetTrace:
    """What was decided on a sheet and why (``thidua explain``)."""

    sheet: str
    table: str = ""
    kind: str = ""
    header: str = ""
    label_letter: str = ""  # the label column
    columns: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # letter, header,
    #                                                                 role, note, deciding cell
    decisions: list[tuple[str, str, str]] = field(default_factory=list)  # what, value, from where
    rows: list[tuple[int, str, str, str, str]] = field(default_factory=list)  # row, label, code,
    #                                                                           alias, status
    skipped: list[tuple[str, str]] = field(default_factory=list)  # where, why


@dataclass
class SheetResult:
    # (unit_id, unit_name, year, period, indicator, value, unit_of_measure, source_file,
    # source_sheet, source_cell, label, period_source, unit_source, column_role): DATA_COLUMNS
    # but the cluster, which the registry gives later
    values: list[tuple] = field(default_factory=list)
    issues: list[dict] = field(default_factory=list)
    found_table: bool = False
    trace: SheetTrace | None = None


@dataclass
class Context:
    source_file: str
    sheet: str
    file_stem: str
    formula_gaps: set[str]
    base_units: dict[str, str]
    vocab: Vocabulary
    recipe: Recipe | None = None
    first_title: TitleBlock | None = None  # the file's first sheet with a titled table
    first_sheet: str = ""
    unit_sheets: bool = False  # the workbook holds a sheet per unit
    money: frozenset[str] = frozenset()
    targets: bool = False  # a target registration: its target columns are the values
    when: tuple[int, int] | None = None  # (year, month) the figures are for, once known: it tells
    #                                      an old district from the new commune of the same name

    def issue(self, severity: str, code: str, message: str, cell: str = "") -> dict:
        return issue(severity, code, message, self.source_file, self.sheet, cell)


@dataclass(frozen=True)
class Decision:
    value: object
    where: str


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
    lines = [
        (a1(r, c), text_of(grid.raw(r, c)))
        for r in range(grid.top, table.header_top)
        for c in range(grid.left, grid.width)
        if text_of(grid.raw(r, c))
    ]
    return table, read_title(lines, ctx.vocab)


_RATIO = re.compile(r"\d\s*/\s*\d")
_SUB_ITEM = re.compile(r"^\s*(?:[-–•*·]|[a-zđ]\s*[).]|\d+\.\d+\.?\s)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _label_facts(label: str, user_dir: str, stamp: str) -> tuple[str, bool, bool, bool]:
    """``(key, is_total, is_detail, is_sub_item)`` of a row label: a total row or section
    ("Tổng cộng", "TOÀN CỤM", not an indicator starting with the same word), a "Trong đó" / "+"
    detail, a dashed or sub-numbered item ("- Quà Tết", "a) …", "1.1 …")."""
    clean = clean_label(label)
    key = match_key(clean)
    vocab = load_vocabulary(user_dir=user_dir)
    is_total = bool(key and vocab.matches("total", clean)) and match_indicator(clean, user_dir=user_dir).code is None
    plain = match_key(label)
    is_detail = key.startswith(("trong do", "td ")) or plain.startswith(("trong do", "td ")) \
        or label.lstrip().startswith("+")  # fmt: skip
    return key, is_total, is_detail, _SUB_ITEM.match(label) is not None


@lru_cache(maxsize=16384)
def _money_scale(unit_text: str, label: str) -> int:
    """The scale of a money row: its ĐVT ("Triệu đồng"), else its label's bracket, else 1."""
    return scale_from_text(unit_text) or scale_from_text(label_unit(label)) or scale_from_text(label) or 1


def _numeric_like(value: object) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    return value.__class__ is str and bool(value) and parse_number(value).ok


def _has_numbers(grid: Grid) -> bool:
    return any(isinstance(v, int | float) and not isinstance(v, bool) for row in grid.rows for v in row)


def interpret_sheet(
    grid: Grid, ctx: Context, *, trace: bool = False, located: tuple | None = None
) -> SheetResult:
    """Values and issues of one sheet; ``located`` is :func:`locate`'s answer when the caller
    has it already."""
    result = SheetResult(trace=SheetTrace(ctx.sheet) if trace else None)
    table, title = located if located is not None else locate(grid, ctx)
    if table is None:
        if _has_numbers(grid):
            result.issues.append(ctx.issue(
                "warning", "sheet.no_table",
                "Trang tính có số liệu nhưng không tìm thấy bảng báo cáo (thiếu cột 'Nội dung' hoặc "
                "'Đơn vị'). Hãy dùng mẫu báo cáo chuẩn, hoặc viết công thức đọc (recipes.toml) chỉ "
                "ra dòng tiêu đề."))  # fmt: skip
        return result
    result.found_table = True
    given = dict(ctx.recipe.columns) if ctx.recipe else None
    table.columns = column_roles(grid, table, ctx.vocab, text_of, given=given)
    tr = result.trace
    if tr is not None:
        tr.table, tr.kind = table.range_a1(grid), table.kind
        tr.label_letter = a1(0, table.label_col)[:-1]
        rows = f"{table.header_top + 1}" + (
            f"–{table.header_bottom + 1}" if table.header_bottom > table.header_top else "")
        tr.header = f"dòng {rows}" + (
            f", dòng đánh số cột {table.numbering_row + 1}" if table.numbering_row is not None else "")
        for m in title.ignored:
            tr.skipped.append((m.where, f"{m.value}: '{m.text}'"))
    period = resolve_period(title, ctx, result)
    if period is None:
        _trace_columns(tr, table)
        return result
    periods, period_where, year, year_where = period
    ctx = replace(ctx, when=(year, max(end_month(p) for p in periods)))
    if tr is not None:
        tr.decisions.append(("kỳ", " và ".join(periods), period_where))
        tr.decisions.append(("năm", str(year), year_where))
    walk = _Walk(grid, ctx, table, title, periods, period_where, year, year_where, result)
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
            f"đơn vị {col.unit_id}" if col.unit_id else "", col.why) if x)  # fmt: skip
        tr.columns.append((a1(0, c)[:-1], col.header, ROLE_VI.get(col.role, col.role), note, col.where))


# --- the period, the year and the unit, with their evidence ------------------------------------


def _first(mentions, sheet: str) -> str:
    return f"'{sheet}'!{mentions[0].where}" if mentions else ""


def resolve_period(
    title: TitleBlock, ctx: Context, result: SheetResult
) -> tuple[tuple[str, ...], str, int, str] | None:
    """``(periods, where, year, where)`` of the sheet, or None after an error issue.

    Sources in order: the sheet's own title, the sheet name, the file's first titled sheet, the
    file name; a recipe overrides them. Two that disagree are ``period.conflict``."""
    recipe = ctx.recipe
    sheet_p, sheet_y, sheet_weak = name_periods(ctx.sheet)
    file_p, file_y, file_weak = name_periods(ctx.file_stem)
    own = tuple(dict.fromkeys(m.value for m in title.periods))
    own_where = title.periods[0].where if title.periods else ""
    own_weak = False
    if not own and title.weak_years:
        own, own_where, own_weak = ("FY",), title.weak_years[0].where, True
    first: tuple[str, ...] = ()
    first_where, first_weak = "", False
    if ctx.first_title is not None and ctx.first_sheet != ctx.sheet:
        first = tuple(dict.fromkeys(m.value for m in ctx.first_title.periods))
        first_where = _first(ctx.first_title.periods, ctx.first_sheet)
        if not first and ctx.first_title.weak_years:
            first, first_weak = ("FY",), True
            first_where = _first(ctx.first_title.weak_years, ctx.first_sheet)
    sources = [(own, own_where, own_weak), (sheet_p, "sheet name", sheet_weak),
               (first, first_where, first_weak), (file_p, "file name", file_weak)]  # fmt: skip
    strong = [s for s in sources if s[0] and not s[2]]
    chosen = (strong or [s for s in sources if s[0]] or [((), "", False)])[0]
    periods, where = chosen[0], chosen[1]
    # what must agree: the title with the sheet name, and the chosen period with the file name
    rivals = [(sheet_p, "sheet name", sheet_weak)] if chosen[1] != "sheet name" else []
    if chosen[1] != "file name":
        rivals.append((file_p, "file name", file_weak))
    if chosen[1] in ("sheet name",) and own and not own_weak:
        rivals.append((own, own_where, False))
    if recipe and recipe.period:
        periods, where, rivals = (recipe.period,), recipe.source, []
    for other, other_where, weak in rivals:
        if other and not weak and not set(other) & set(periods) and not (chosen[2] and other_where == "sheet name"):
            _conflict(ctx, result, "period.conflict", "kỳ báo cáo",
                      (" và ".join(periods), where), (" và ".join(other), other_where))  # fmt: skip
            return None
    year = _resolve_year(title, ctx, result, own_where, sheet_y, file_y)
    if year is False:
        return None
    if not periods or year is None:
        missing = "kỳ báo cáo (quý, 6 tháng, 9 tháng, năm)" if not periods else "năm báo cáo"
        result.issues.append(ctx.issue(
            "error", "period.unknown",
            f"Không xác định được {missing} từ tiêu đề, tên trang tính hay tên tệp (dòng ngày tháng "
            "và số văn bản không được dùng). Hãy ghi rõ trong tiêu đề, ví dụ 'BÁO CÁO KẾT QUẢ CÔNG "
            "TÁC QUÝ III NĂM 2023', hoặc viết công thức đọc (recipes.toml).", own_where or ""))  # fmt: skip
        return None
    return periods, where, year[0], year[1]


def _resolve_year(title, ctx, result, period_where, sheet_y, file_y):
    """``(year, where)``, None when unknown, False after a conflict issue."""
    recipe = ctx.recipe
    if recipe and recipe.year:
        return recipe.year, recipe.source
    # the title's years, those on the line that names the period first
    own = sorted(title.years, key=lambda m: m.where != period_where)
    own_years = tuple(dict.fromkeys(m.value for m in own))
    if len(own_years) > 1 and period_where:
        on_line = tuple(dict.fromkeys(m.value for m in own if m.where == period_where))
        own_years = on_line or own_years
    first_years: tuple = ()
    first_where = ""
    if ctx.first_title is not None and ctx.first_sheet != ctx.sheet:
        first_years = tuple(dict.fromkeys(m.value for m in ctx.first_title.years))
        first_where = _first(ctx.first_title.years, ctx.first_sheet)
    sources = [(own_years, own[0].where if own else ""), (sheet_y, "sheet name"),
               (first_years, first_where), (file_y, "file name")]  # fmt: skip
    chosen = next((s for s in sources if s[0]), None)
    if chosen is None:
        return None
    if len(chosen[0]) > 1:
        _conflict(ctx, result, "period.conflict", "năm báo cáo",
                  (str(chosen[0][0]), chosen[1]), (str(chosen[0][1]), chosen[1]))  # fmt: skip
        return False
    year = chosen[0][0]
    for other, where in sources:
        if other and where != chosen[1] and year not in other and where in ("sheet name", "file name"):
            if where == "sheet name" and chosen[1] in ("file name",):
                continue
            _conflict(ctx, result, "period.conflict", "năm báo cáo", (str(year), chosen[1]),
                      (", ".join(map(str, other)), where))  # fmt: skip
            return False
    return year, chosen[1]


_WHERE_VI = {"sheet name": "tên trang tính", "file name": "tên tệp"}


def _conflict(ctx, result, code, what, a, b) -> None:
    def say(pair):
        value, where = pair
        return f"'{value}' ({_WHERE_VI.get(where, 'ô ' + where if where else 'không rõ')})"

    cell = a[1] if a[1] not in _WHERE_VI and not a[1].startswith(("'", "recipe")) else ""
    result.issues.append(ctx.issue(
        "error", code,
        f"Hai nguồn ghi {what} khác nhau: {say(a)} và {say(b)}. Không nạp số liệu của trang này để "
        "tránh ghi sai kỳ, đơn vị. Hãy sửa cho thống nhất (tiêu đề, tên trang tính, tên tệp), hoặc "
        "viết công thức đọc (recipes.toml) ghi rõ.", cell))  # fmt: skip


def _name_spans(stem: str) -> list[str]:
    """Runs of up to eight words in a file name, longest first; runs of three letters or fewer
    are too short to name a unit."""
    words = [w for w in re.split(r"[\s_\-.]+", stem) if w]
    spans = [" ".join(words[i:j]) for i in range(len(words))
             for j in range(i + 1, min(len(words), i + 8) + 1)]  # fmt: skip
    return sorted((s for s in spans if len(s) > 3), key=len, reverse=True)


def _file_unit(stem: str, when: tuple[int, int] | None) -> str | None:
    return _file_unit_for(stem, when, *resolve_user_dir(None))


@lru_cache(maxsize=4096)
def _file_unit_for(stem: str, when, user_dir: str, stamp: str) -> str | None:
    del user_dir, stamp  # the cache key: another reference folder names other units
    for piece in _name_spans(stem):
        hit = match_unit(piece, when=when, suggest=False)
        if hit.unit_id and not is_province_name(piece):
            return hit.unit_id
    return None


def _at(candidates: tuple[str, ...], when: tuple[int, int] | None) -> str:
    """The one unit of ``candidates`` that existed ``when``, or ""."""
    if when is not None:
        candidates = tuple(u for u in candidates if unit_valid(u, when))
    return candidates[0] if len(candidates) == 1 else ""


def resolve_unit(title: TitleBlock, ctx: Context) -> tuple[Decision | None, str]:
    """The reporting unit of the sheet's own figures, and the Vietnamese problem when there is
    none: sources in order, the sheet's title, the sheet name, the file's first titled sheet,
    the file name; a recipe overrides them."""
    if ctx.recipe and ctx.recipe.unit:
        return Decision(ctx.recipe.unit, ctx.recipe.source), ""
    mentions = [replace(m, value=_at(m.value, ctx.when)) for m in title.units]
    mentions = [m for m in mentions if m.value]
    own = list(dict.fromkeys(m.value for m in mentions))
    if len(own) > 1:  # the superior committee above the unit's own: the more specific level
        rank = {u: LEVEL_ORDER.index(unit_level(u)) if unit_level(u) in LEVEL_ORDER else 9 for u in own}
        best = min(rank.values())
        own = [u for u in own if rank[u] == best]
        mentions = [m for m in mentions if m.value in own]
    if len(own) > 1:
        return None, (f"Tiêu đề nêu nhiều đơn vị ({', '.join(own)}); không rõ số liệu của đơn vị nào.")
    sheet = match_unit(ctx.sheet, when=ctx.when, suggest=False).unit_id
    first = None
    if ctx.first_title is not None and ctx.first_sheet != ctx.sheet and not sheet:
        names = list(dict.fromkeys(u for m in ctx.first_title.units if (u := _at(m.value, ctx.when))))
        if len(names) == 1:
            first = Decision(names[0], _first(ctx.first_title.units, ctx.first_sheet))
    from_file = _file_unit(ctx.file_stem, ctx.when)
    chosen = (
        Decision(own[0], mentions[0].where) if own else
        Decision(sheet, "sheet name") if sheet else first or
        (Decision(from_file, "file name") if from_file else None)
    )  # fmt: skip
    if chosen is None:
        named = [u for m in title.units for u in m.value]
        hint = named[0] if named else next(
            (h for h in (match_unit(t).suggestion for t in [ctx.sheet, ctx.file_stem]) if h), "")
        when = f" (kỳ báo cáo {ctx.when[1]:02d}/{ctx.when[0]})" if ctx.when and named else ""
        return None, "Không xác định được đơn vị báo cáo từ tiêu đề, tên trang tính hoặc tên tệp" + when + "." + (
            f" Có phải là '{hint}'?" if hint else "")
    if sheet and own and sheet != own[0]:
        return None, (f"Tiêu đề ghi đơn vị '{own[0]}' nhưng tên trang tính là '{ctx.sheet}' "
                      f"('{sheet}').")  # fmt: skip
    if from_file and from_file != chosen.value and not ctx.unit_sheets:
        return None, (f"Đơn vị '{chosen.value}' ({_WHERE_VI.get(chosen.where, 'ô ' + chosen.where)}) "
                      f"khác đơn vị trong tên tệp ('{from_file}').")  # fmt: skip
    return chosen, ""


# --- rows and values ---------------------------------------------------------------------------


class _Walk:
    """One pass over the rows of a located table, emitting values and issues."""

    def __init__(self, grid, ctx, table, title, periods, period_where, year, year_where, result):
        self.grid, self.ctx, self.table, self.title = grid, ctx, table, title
        self.periods, self.period_where = periods, period_where
        self.year, self.year_where = year, year_where
        self.result = result
        self.trace = result.trace
        self.unit: Decision | None = None
        self.unit_problem: str | None = None  # unresolved until a value needs the file's unit
        self.values: dict[tuple, list[tuple]] = {}
        self.totals: dict[tuple, tuple[float, str, int]] = {}  # (indicator, col) → stated
        self.sums: dict[tuple, float] = {}
        self.columns = self._value_columns()

    # columns ----------------------------------------------------------------------------------

    def _value_columns(self) -> list[tuple[Column, str, int, str, str, str]]:
        """``(column, period, year, period_where, year_where, role)`` of the columns that give
        values; every other column with figures is said once."""
        out = []
        ctx, base = self.ctx, self.periods
        wanted = DATA_ROLES
        if ctx.targets and any(col.role == "target" for col in self.table.columns.values()):
            wanted = ("target",)  # a registration's own columns, or a unit's columns, are targets
        if any(col.unit_text for col in self.table.columns.values()):
            for col in self.table.columns.values():  # "Tổng số" beside the units' columns: their total
                if col.role == "result" and not col.unit_text and match_key(col.texts[-1] if col.texts else "") in (
                        "tong so", "tong", "cong", "tong cong"):  # fmt: skip
                    col.role = "total"
        for c, col in sorted(self.table.columns.items()):
            if col.unit_text:
                col.unit_id = match_unit(col.unit_text, when=ctx.when, suggest=False).unit_id
                if col.unit_id is None and col.role in wanted:
                    self._column_issue(col, "unit.unknown",
                                       f"Cột '{col.header}' mang tên đơn vị nhưng không rõ là đơn vị nào vào "
                                       "kỳ báo cáo này (quận/huyện cũ hay phường/xã mới); không được nạp. Hãy "
                                       "ghi rõ 'Phường …', 'Xã …' hoặc 'Quận …'.")  # fmt: skip
                    continue
            if col.role in wanted:
                decided = self._column_period(col, base)
                if decided is None:
                    self._column_issue(col, "column.period_unknown",
                                       f"Cột '{col.header}' không nêu kỳ, trong khi tiêu đề nêu nhiều kỳ "
                                       f"({' và '.join(base)}); số liệu của cột không được nạp. Hãy ghi kỳ "
                                       "trong tiêu đề cột, ví dụ 'Quý III', 'Lũy kế 9 tháng'.")  # fmt: skip
                    continue
                period, pwhere = decided
                year, ywhere = (col.year, col.period_where or col.where) if col.year else (self.year, self.year_where)
                role = "result" if ctx.targets else col.role
                if role == "prior" and not col.year:
                    year, ywhere = self.year - 1, col.where
                if year != self.year and role != "prior":
                    role = "prior"
                out.append((col, period, year, pwhere, ywhere, "prior" if role == "prior" else "result"))
            elif col.role in ("unknown", "empty") and self._column_has_numbers(c):
                self._column_issue(col, "column.unknown_role",
                                   f"Cột '{col.header or a1(self.table.header_top, c)}' có số liệu nhưng "
                                   "không rõ là kết quả, kế hoạch hay so sánh; không được nạp. Hãy ghi "
                                   "tiêu đề cột ('Kết quả', 'Kế hoạch', 'Cùng kỳ'…), hoặc chỉ rõ vai trò "
                                   "cột trong công thức đọc (recipes.toml).")  # fmt: skip
            elif col.role in ("target", "compare", *DATA_ROLES) and self.trace is not None:
                self.trace.skipped.append((col.where, f"cột '{col.header}': {ROLE_VI[col.role]}"))
        return out

    def _column_period(self, col: Column, base: tuple[str, ...]) -> tuple[str, str] | None:
        if col.period:
            return col.period, col.period_where
        quarter = next((p for p in base if p in QUARTER_OF and p.startswith("Q")), None)
        cumulative = next((p for p in base if not p.startswith("Q")), None)
        if col.role == "in_quarter":
            source = quarter or cumulative or base[0]
            return QUARTER_OF[source], col.where
        if col.role == "to_date":
            source = cumulative or quarter or base[0]
            return TO_DATE[source], col.where
        if len(base) > 1:
            return None
        return base[0], self.period_where

    def _column_has_numbers(self, c: int) -> bool:
        grid = self.grid
        for r in range(self.table.first_row, min(grid.height, self.table.first_row + 200)):
            v = grid.raw(r, c)
            if isinstance(v, int | float) and not isinstance(v, bool):
                return True
            if v.__class__ is str and v and parse_number(v).ok:
                return True
        return False

    def _column_issue(self, col: Column, code: str, message: str) -> None:
        self.result.issues.append(self.ctx.issue("warning", code, message, col.where))
        if self.trace is not None:
            self.trace.skipped.append((col.where, message))

    # the unit of the sheet's own figures --------------------------------------------------------

    def file_unit(self) -> Decision | None:
        if self.unit is None and self.unit_problem is None:
            self.unit, problem = resolve_unit(self.title, self.ctx)
            self.unit_problem = problem
            if self.unit is None:
                self.result.issues.append(self.ctx.issue(
                    "error", "unit.unknown" if "Không xác định" in problem else "unit.conflict",
                    problem + " Không nạp số liệu của trang này. Hãy ghi tên đơn vị ở đầu báo cáo, "
                    "ví dụ 'ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA', hoặc viết công thức đọc "
                    "(recipes.toml).", a1(self.grid.top, self.grid.left)))  # fmt: skip
            elif self.trace is not None:
                self.trace.decisions.append(("đơn vị", str(self.unit.value), self.unit.where))
        return self.unit

    # rows: indicators as rows -------------------------------------------------------------------

    def _label(self, r: int) -> str:
        """The row's label: the label column's text (a label merged down over rows counts for
        each), joined with the next columns the label header covers ("1.1 | Số hội nghị")."""
        grid, table = self.grid, self.table
        if table.label_end <= table.label_col:
            return text_of(grid.header(r, table.label_col))
        parts = [text_of(grid.header(r, c)) for c in range(table.label_col, table.label_end + 1)]
        parts = [p for p in parts if p]
        if len(parts) > 1 and len(parts[0]) <= 5:
            parts = parts[1:]  # a sub-numbering column under the same header
        return " ".join(dict.fromkeys(parts))

    def _is_total(self, label: str) -> bool:
        return _label_facts(label, *resolve_user_dir(None))[1]

    def _is_stop(self, cells: list[object]) -> bool:
        first = next((text_of(v) for v in cells if text_of(v)), "")
        return bool(first) and bool(self.ctx.vocab.matches("stop", first))

    def indicators_as_rows(self) -> None:
        grid, ctx, table = self.grid, self.ctx, self.table
        hc, left, gaps = table.label_col, grid.left, ctx.formula_gaps
        uom = next((c for c, col in table.columns.items() if col.role == "uom"), None)
        stt = next((c for c, col in table.columns.items() if col.role == "skip" and c < hc), None)
        section: Decision | None = None
        in_total = False
        parent, parent_values = None, {}
        extra = ctx.recipe.aliases if ctx.recipe else ()
        reference = resolve_user_dir(None)
        total_col = next((c for c, col in table.columns.items() if col.role == "total"), None)
        measured = any(col.measure for col, *_ in self.columns)
        value_cols = [(entry, entry[0].col - left) for entry in self.columns]
        for r in range(table.first_row, grid.height):
            cells = grid.rows[r - grid.top]
            label = self._label(r)
            filled = [(entry, cells[i]) for entry, i in value_cols
                      if cells[i] not in (None, "") or (gaps and a1(r, entry[0].col) in gaps)]  # fmt: skip
            if not any(v.__class__ is float or _numeric_like(v) for _c, v in filled) and self._is_stop(cells):
                self._skip(a1(r, hc), "hết bảng: " + next(text_of(v) for v in cells if text_of(v)))
                break
            number_mark = match_key(text_of(cells[stt - left])) if stt is not None else ""
            key, is_total, is_detail, sub_item = _label_facts(label, *reference)
            if not filled:
                if key and is_total:
                    section, in_total = None, True
                    self._row(r, label, "", "", "mục tổng: đối chiếu, không nạp")
                    continue
                hit = match_unit(clean_label(label), when=ctx.when, suggest=False) if key else None
                if hit and hit.unit_id and match_indicator(label, extra=extra).code is None:
                    section, in_total = Decision(hit.unit_id, a1(r, hc)), False
                    self._row(r, label, "", "", f"mục của đơn vị {hit.unit_id}")
                    continue
                if label:
                    self._row(r, label, "", "", "dòng nhóm hoặc không có số liệu")
                continue
            if not label:
                self.result.issues.append(ctx.issue(
                    "warning", "row.unmapped_label",
                    f"Dòng {r + 1} có số liệu nhưng không có nội dung (tên chỉ tiêu); không được nạp.",
                    a1(r, hc)))  # fmt: skip
                continue
            if is_total:
                self._row(r, label, "", "", "dòng tổng: không nạp")
                self.result.issues.append(ctx.issue(
                    "info", "row.total_not_loaded",
                    f"Dòng tổng '{label}' (dòng {r + 1}) không phải số liệu của một chỉ tiêu; không nạp.",
                    a1(r, hc)))  # fmt: skip
                continue
            unit_text = text_of(cells[uom - left]) if uom is not None else ""
            if measured:  # "Số lượng" | "Kinh phí (triệu đồng)"
                if is_detail:
                    self.result.issues.append(ctx.issue(
                        "info", "row.detail_not_loaded",
                        f"Dòng chi tiết '{label}' (dòng {r + 1}) là một phần của chỉ tiêu phía trên; số "
                        "liệu chi tiết không được nạp.", a1(r, hc)))  # fmt: skip
                    continue
                self._measured_row(r, label, unit_text, cells, extra, section, in_total)
                continue
            match = match_indicator(label, unit_text=unit_text or None, extra=extra)
            code = match.code
            if number_mark in ROMAN and code is None:
                self._row(r, label, "", "", "dòng nhóm")
                continue
            if (is_detail and (code is None or code == parent)) or (sub_item and code is not None and code == parent):
                self.result.issues.append(ctx.issue(
                    "info", "row.detail_not_loaded",
                    f"Dòng chi tiết '{label}' (dòng {r + 1}) là một phần của chỉ tiêu phía trên; số liệu "
                    "chi tiết không được nạp.", a1(r, hc)))  # fmt: skip
                self._row(r, label, code or "", match.alias, "chi tiết: không nạp")
                if parent:
                    self._check_part(r, filled, parent_values, self._scale(parent, unit_text, label), label)
                continue
            if code is None:
                if match.mismatch:
                    what = (f"có tên giống chỉ tiêu {', '.join(match.candidates) or 'khác'} nhưng đơn vị tính "
                            f"'{unit_text}' không hợp")  # fmt: skip
                    issue_code = "row.measure_mismatch"
                elif match.ambiguous:
                    what, issue_code = "khớp nhiều chỉ tiêu: " + ", ".join(match.candidates), "row.unmapped_label"
                else:
                    what, issue_code = "không khớp chỉ tiêu nào", "row.unmapped_label"
                self.result.issues.append(ctx.issue(
                    "warning", issue_code,
                    f"Nội dung '{label}' (dòng {r + 1}) {what}; số liệu của dòng này không được nạp. Hãy "
                    "dùng tên chỉ tiêu theo mẫu hoặc thêm bí danh vào indicator_aliases.csv.",
                    a1(r, hc)))  # fmt: skip
                self._row(r, label, "", "", "không nạp: " + what)
                continue
            if not is_detail:
                parent, parent_values = code, {}
            scale = self._scale(code, unit_text, label)
            unit = section
            for col, period, year, pwhere, ywhere, role in self.columns:
                pwhere = pwhere if ywhere in ("", pwhere) else f"{pwhere}; {ywhere}"
                raw = cells[col.col - left]
                ref = a1(r, col.col)
                if raw in (None, "") and ref not in gaps:
                    continue
                value = self._value(raw, scale=scale, ref=ref, money=code in ctx.money)
                if value is None:
                    continue
                if not is_detail:
                    parent_values[col.col] = value
                if in_total:
                    self.totals[(code, col.col, period, year)] = (value, ref, scale)
                    continue
                who = Decision(col.unit_id, col.unit_where) if col.unit_id else unit or self.file_unit()
                if who is None:
                    continue
                self._emit(who, year, period, code, value, ref, label, pwhere, role)
                self.sums[(code, col.col, period, year)] = self.sums.get((code, col.col, period, year), 0.0) + value
            if total_col is not None and not in_total:
                self._row_total(r, cells, total_col, code, scale)
            self._row(r, label, code, match.alias, "tổng mục" if in_total else "nạp")

    def _measured_row(self, r, label, unit_text, cells, extra, section, in_total) -> None:
        """A row whose value columns each state their measure: each column maps the label with
        its own measure ("Tặng quà" under "Số suất" is suat_qua, under "Trị giá" gia_tri_qua)."""
        left, loaded = self.grid.left, []
        for col, period, year, pwhere, ywhere, role in self.columns:
            raw = cells[col.col - left]
            ref = a1(r, col.col)
            if raw in (None, "") and ref not in self.ctx.formula_gaps:
                continue
            measure = col.measure or unit_text
            if measure == "money":
                measure = unit_text if scale_from_text(unit_text or "") else "đồng"
            match = match_indicator(label, unit_text=measure or None, extra=extra)
            if match.code is None:
                self.result.issues.append(self.ctx.issue(
                    "warning", "row.unmapped_label",
                    f"Nội dung '{label}' (dòng {r + 1}) ở cột '{col.header}' không khớp chỉ tiêu nào; ô "
                    f"{ref} không được nạp. Hãy thêm bí danh vào indicator_aliases.csv.", ref))  # fmt: skip
                continue
            scale = self._scale(match.code, measure if measure != "money" else "", label)
            value = self._value(raw, scale=scale, ref=ref, money=match.code in self.ctx.money)
            if value is None or in_total:
                continue
            who = Decision(col.unit_id, col.unit_where) if col.unit_id else section or self.file_unit()
            if who is None:
                continue
            pwhere = pwhere if ywhere in ("", pwhere) else f"{pwhere}; {ywhere}"
            self._emit(who, year, period, match.code, value, ref, label, pwhere, role)
            loaded.append(match.code)
        self._row(r, label, ", ".join(dict.fromkeys(loaded)), "", "nạp" if loaded else "không nạp")

    def _row_total(self, r, cells, total_col, code, scale) -> None:
        """A "Tổng cộng" column beside the units' columns: checked against their sum."""
        raw = cells[total_col - self.grid.left]
        if raw in (None, ""):
            return
        unit_cols = [col for col, *_ in self.columns if col.unit_id]
        if not unit_cols:
            return
        total = 0.0
        for col in unit_cols:
            v = cells[col.col - self.grid.left]
            total += (parse_number(v, scale=scale).value or 0.0) if v not in (None, "") else 0.0
        self._check_total(parse_number(raw, scale=scale).value, total, scale, a1(r, total_col))

    # rows: units as rows ------------------------------------------------------------------------

    def units_as_rows(self) -> None:
        grid, ctx, table = self.grid, self.ctx, self.table
        hc = table.label_col
        extra = ctx.recipe.aliases if ctx.recipe else ()
        indicators: dict[int, tuple[str, str]] = {}
        kept = []
        for entry in self.columns:
            col = entry[0]
            texts = [t for t in col.texts if not ctx.vocab.matches("result", t) or len(col.texts) == 1]
            match = None
            for t in reversed(texts or list(col.texts)):
                match = match_indicator(t, extra=extra)
                if match.code:
                    break
            if (match is None or match.code is None) and len(col.texts) > 1:
                match = match_indicator(" ".join(col.texts[-2:]), extra=extra)
            if match is None or match.code is None:
                if self._column_has_numbers(col.col):
                    self._column_issue(col, "row.unmapped_label",
                                       f"Cột '{col.header}' không khớp chỉ tiêu nào; số liệu của cột này "
                                       "không được nạp. Hãy thêm bí danh vào indicator_aliases.csv.")  # fmt: skip
                continue
            indicators[col.col] = (match.code, match.alias)
            kept.append(entry)
        self.columns = kept
        for r in range(table.first_row, grid.height):
            cells = grid.rows[r - grid.top]
            name = text_of(grid.raw(r, hc))
            filled = [e for e in self.columns if cells[e[0].col - grid.left] not in (None, "")
                      or a1(r, e[0].col) in ctx.formula_gaps]  # fmt: skip
            if self._is_stop(cells) and not any(_numeric_like(cells[e[0].col - grid.left]) for e in filled):
                self._skip(a1(r, hc), "hết bảng")
                break
            if not name:
                continue
            clean = clean_label(name)
            if self._is_total(name):
                for col, period, year, _pw, _yw, _role in filled:
                    code = indicators[col.col][0]
                    scale = self._scale(code, "", col.header)
                    value = parse_number(cells[col.col - grid.left], scale=scale).value
                    if value is not None:
                        self.totals[(code, col.col, period, year)] = (value, a1(r, col.col), scale)
                self._row(r, name, "", "", "dòng tổng: đối chiếu, không nạp")
                continue
            hit = match_unit(clean or name, when=ctx.when, suggest=bool(filled))
            if hit.unit_id is None:
                if filled:
                    hint = f" Có phải là '{hit.suggestion}'?" if hit.suggestion else ""
                    self.result.issues.append(ctx.issue(
                        "error", "unit.unknown",
                        f"Tên đơn vị '{name}' (dòng {r + 1}) không có trong danh mục.{hint} Hãy sửa tên "
                        "hoặc thêm bí danh vào unit_aliases.csv.", a1(r, hc)))  # fmt: skip
                self._row(r, name, "", "", "không phải đơn vị: không nạp" if filled else "dòng nhóm")
                continue
            who = Decision(hit.unit_id, a1(r, hc))
            for col, period, year, pwhere, ywhere, role in filled:
                pwhere = pwhere if ywhere in ("", pwhere) else f"{pwhere}; {ywhere}"
                code, _alias = indicators[col.col]
                ref = a1(r, col.col)
                scale = self._scale(code, "", col.header)
                value = self._value(cells[col.col - grid.left], scale=scale, ref=ref, money=code in ctx.money)
                if value is None:
                    continue
                self._emit(who, year, period, code, value, ref, col.header, pwhere, role)
                key = (code, col.col, period, year)
                self.sums[key] = self.sums.get(key, 0.0) + value
            self._row(r, name, hit.unit_id, "", "nạp")

    # values -------------------------------------------------------------------------------------

    def _scale(self, code: str, unit_text: str, label: str) -> int:
        return _money_scale(unit_text, label) if code in self.ctx.money else 1

    def _value(self, raw: object, *, scale: int, ref: str, money: bool) -> float | None:
        ctx, issues = self.ctx, self.result.issues
        if ref in ctx.formula_gaps:
            issues.append(ctx.issue(
                "error", "cell.formula_without_value",
                f"Ô {ref} là công thức nhưng không có giá trị đã tính. Hãy mở tệp trong Excel, nhấn F9 "
                "rồi lưu lại, hoặc nhập số trực tiếp.", ref))  # fmt: skip
            return None
        if raw.__class__ is float and scale == 1 and (money or raw.is_integer()):  # type: ignore[attr-defined]
            if raw < 0:  # type: ignore[operator]  # the common case: a number typed as a number
                issues.append(ctx.issue("error", "cell.negative_value",
                                        f"Ô {ref} là số âm ({raw}); số liệu báo cáo không được âm.", ref))
                return None
            return raw  # type: ignore[return-value]
        if not isinstance(raw, str | int | float) or isinstance(raw, bool):
            issues.append(ctx.issue("error", "cell.not_a_number",
                                    f"Ô {ref} chứa '{raw}' thay vì một số; hãy nhập số.", ref))
            return None
        if isinstance(raw, str) and _RATIO.search(raw):
            issues.append(ctx.issue("error", "cell.not_a_number",
                                    f"Ô {ref} ghi '{raw}' (một tỷ số hoặc ngày tháng), không phải một số; "
                                    "không được nạp. Hãy chỉ ghi số kết quả.", ref))  # fmt: skip
            return None
        if isinstance(raw, str) and "%" in raw:
            issues.append(ctx.issue("error", "cell.not_a_number",
                                    f"Ô {ref} ghi '{raw}', là tỷ lệ phần trăm chứ không phải số lượng; "
                                    "không được nạp. Hãy ghi số lượng.", ref))  # fmt: skip
            return None
        parsed = parse_number(raw, scale=scale)
        if parsed.empty:
            return None
        if parsed.problem == "number.ambiguous":
            issues.append(ctx.issue(
                "error", "cell.ambiguous_number",
                f"Ô {ref} ghi '{raw}': không rõ dấu chấm là phân cách hàng nghìn hay thập phân. Hãy ghi "
                "số theo kiểu Việt Nam (1.124 là một nghìn một trăm hai mươi tư; 1,5 là một phẩy năm).",
                ref))  # fmt: skip
            return None
        if parsed.problem:
            issues.append(ctx.issue("error", "cell.not_a_number",
                                    f"Ô {ref} ghi '{raw}', không đọc được thành số; hãy chỉ nhập số.", ref))
            return None
        if parsed.value is not None and parsed.value < 0:
            issues.append(ctx.issue("error", "cell.negative_value",
                                    f"Ô {ref} là số âm ({raw}); số liệu báo cáo không được âm.", ref))
            return None
        if not money and parsed.value is not None and not float(parsed.value).is_integer():
            issues.append(ctx.issue(
                "error", "cell.not_whole",
                f"Ô {ref} ghi '{raw}' nhưng chỉ tiêu này đếm số lượng (hội nghị, người, cuộc…) nên phải là "
                "số nguyên; không được nạp. Nếu dấu phẩy dùng để phân cách hàng nghìn, hãy ghi theo kiểu "
                "Việt Nam (1.124).", ref))  # fmt: skip
            return None
        if parsed.qualifier:
            issues.append(ctx.issue(
                "info", "cell.approximate",
                f"Ô {ref} ghi '{raw}': số ước tính; đã nạp {format_vn(parsed.value)}.", ref))  # fmt: skip
        if not money and parsed.scale not in (1, scale):
            issues.append(ctx.issue(
                "warning", "cell.unexpected_scale",
                f"Ô {ref} ghi '{raw}' (có đơn vị tiền) ở một chỉ tiêu không tính bằng tiền; hãy kiểm tra.",
                ref))  # fmt: skip
        return parsed.value

    def _emit(self, who: Decision, year, period, code, value, ref, label, pwhere, role) -> None:
        key = (who.value, year, period, code)
        self.values.setdefault(key, []).append((
            who.value, "", year, period, code, float(value), self.ctx.base_units.get(code, ""),
            self.ctx.source_file, self.ctx.sheet, ref, label, pwhere, who.where, role,
        ))  # fmt: skip

    def _row(self, r: int, label: str, code: str, alias: str, status: str) -> None:
        if self.trace is not None:
            self.trace.rows.append((r + 1, label, code, alias, status))

    def _skip(self, where: str, why: str) -> None:
        if self.trace is not None:
            self.trace.skipped.append((where, why))

    def _check_part(self, r, filled, parent_values, scale, label) -> None:
        """A "Trong đó" detail must not exceed the row it is part of (``row.part_exceeds_whole``)."""
        for (col, *_rest), raw in filled:
            part = parse_number(raw, scale=scale).value
            whole = parent_values.get(col.col)
            if part is None or whole is None or part <= whole + 1e-9 * abs(whole):
                continue
            self.result.issues.append(self.ctx.issue(
                "error", "row.part_exceeds_whole",
                f"Dòng chi tiết '{label}' ghi {format_vn(part / scale)}, lớn hơn chỉ tiêu mà nó là một "
                f"phần ({format_vn(whole / scale)}). Phần không thể lớn hơn tổng; hãy kiểm tra lại hai ô "
                "này.", a1(r, col.col)))  # fmt: skip

    def _check_total(self, stated: float | None, total: float, scale: int, ref: str) -> None:
        if stated is None:
            return
        if abs(stated - total) > max(0.5, 1e-9 * abs(total)) * scale:
            self.result.issues.append(self.ctx.issue(
                "error", "total.mismatch",
                f"Ô tổng {ref} ghi {format_vn(stated / scale)} nhưng tổng các đơn vị là "
                f"{format_vn(total / scale)}. Hãy kiểm tra lại số liệu các đơn vị hoặc công thức tổng.",
                ref))  # fmt: skip

    def finish(self) -> None:
        """Totals checked against the units' sums; clashing cells of the sheet resolved."""
        for key, (stated, ref, scale) in self.totals.items():
            if key in self.sums:
                self._check_total(stated, self.sums[key], scale, ref)
        for rows in self.values.values():
            if len(rows) == 1:
                self.result.values.append(rows[0])
                continue
            results = [v for v in rows if v[13] == "result"] or rows
            distinct = {v[5] for v in results}
            if len(distinct) == 1:
                self.result.values.append(results[0])
                continue
            cells = ", ".join(f"{v[9]} ({format_vn(v[5])})" for v in results)
            unit, year, period, code = results[0][0], results[0][2], results[0][3], results[0][4]
            self.result.issues.append(self.ctx.issue(
                "error", "value.conflict",
                f"Các ô {cells} cùng ghi chỉ tiêu {code} của đơn vị {unit}, kỳ {period} năm {year} nhưng "
                "khác nhau; không nạp ô nào. Hãy sửa cho thống nhất.", results[0][9]))  # fmt: skip
