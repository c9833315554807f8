"""Interpret one sheet's cells: find the table, attach headers to values by position, map labels.

Readable rules (unpivotr-style, "I, not AI"):

* **Header row**: the first row holding "Nội dung" / "Chỉ tiêu" (indicators as rows) or "Đơn vị" /
  "Tên đơn vị" (units as rows). The header band extends down over the rows its merged cells
  cover; merged header cells are spread to every column they cover.
* **Indicators as rows**: the label column is the header's column; "ĐVT" names the unit-of-measure
  column; every other header column is a value column — "Kết quả", "Số lượng", "Thực hiện"… are
  the reporting unit's own figures (the unit comes from the title block or the file name), a unit
  name makes a column of that unit, "Tổng cộng"/"Cộng" is a total checked against the sum,
  "STT" and "Ghi chú" hold no values.
* **Units as rows**: each column right of the unit column is an indicator (its lowest header
  cell, with its group header as a fallback); a "Tổng cộng" row is checked against the sum.
* **Rows**: a group row (I, II… or a heading without figures) is skipped; "Trong đó:" rows load
  only when they name an indicator other than the row above, else they are details named by a
  warning; a label that maps to no indicator but has figures is a ``row.unmapped_label`` warning.
* **Period** from the title block, then the sheet name, then the file name; the same for the year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..reference.catalog import label_unit, match_indicator
from ..reference.registry import match_unit
from ..schema import a1, issue
from ..text.numbers import format_vn, parse_number, scale_from_text
from ..text.periods import parse_period
from ..text.vietnamese import match_key

__all__ = ["SheetResult", "interpret_sheet"]

LABEL_HEADERS = {"noi dung", "chi tieu", "noi dung cong tac", "noi dung chi tieu", "ten chi tieu",
                 "cac chi tieu", "noi dung hoat dong"}  # fmt: skip
UNIT_HEADERS = {"don vi", "ten don vi", "don vi bao cao", "cac don vi", "dia phuong"}
UOM_HEADERS = {"dvt", "don vi tinh", "d v t"}
RESULT_HEADERS = {"ket qua", "so luong", "thuc hien", "so lieu", "ket qua thuc hien", "ket qua dat duoc",
                  "tong so", "so lieu bao cao", "chi tieu dang ky", "dang ky", "ke hoach",
                  "muc dang ky", "chi tieu nam"}  # fmt: skip
TOTAL_LABELS = {
    "tong cong",
    "cong",
    "tong",
    "tong so",
    "toan cum",
    "tong cong toan cum",
    "tong hop",
}
SKIP_HEADERS = {"stt", "tt", "so tt", "ghi chu", "so thu tu"}
ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "a", "b", "c", "d"}
FOOTER = ("noi nhan", "nguoi lap", "tm ban thuong truc", "tm uy ban", "chu tich", "nguoi lap bieu")
MONEY = ("gia_tri_qua", "kinh_phi_nha_dai_doan_ket", "quy_vi_nguoi_ngheo")


@dataclass
class SheetResult:
    # (unit_id, unit_name, year, period, indicator, value, unit_of_measure, source_file,
    # source_sheet, source_cell): DATA_COLUMNS but the cluster, which the registry gives later
    values: list[tuple] = field(default_factory=list)
    issues: list[dict] = field(default_factory=list)
    found_table: bool = False


@dataclass
class Context:
    source_file: str
    sheet: str
    file_stem: str
    text: Callable[[object], str]  # cell value -> clean Unicode text (legacy fixed)
    formula_gaps: set[str]
    base_units: dict[str, str]


class Grid:
    """Absolute-position access to a sheet's cells, with merged cells spread for headers."""

    def __init__(self, rows: list[list[object]], top: int, left: int, merges) -> None:
        self.rows, self.top, self.left = rows, top, left
        self.height = top + len(rows)
        self.width = left + max((len(r) for r in rows), default=0)
        for row in rows:  # every row as wide as the sheet: a cell is rows[r - top][c - left]
            if len(row) < self.width - left:
                row.extend([""] * (self.width - left - len(row)))
        self.spread: dict[tuple[int, int], tuple[int, int]] = {}
        for r1, c1, r2, c2 in merges:
            if (r2 - r1 + 1) * (c2 - c1 + 1) > 10_000:
                continue
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.spread[(r, c)] = (r1, c1)
        self.merge_bottom = {(r1, c1): r2 for r1, c1, r2, _c2 in merges}

    def raw(self, r: int, c: int) -> object:
        rr, cc = r - self.top, c - self.left
        if rr >= 0 and cc >= 0:
            try:
                return self.rows[rr][cc]
            except IndexError:
                pass
        return ""

    def header(self, r: int, c: int) -> object:
        return self.raw(*self.spread.get((r, c), (r, c)))


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def interpret_sheet(grid: Grid, ctx: Context) -> SheetResult:
    result = SheetResult()
    found = _find_header(grid, ctx)
    if found is None:
        if _has_numbers(grid):
            result.issues.append(issue(
                "warning", "sheet.no_table",
                "Trang tính có số liệu nhưng không tìm thấy bảng báo cáo (thiếu cột 'Nội dung' hoặc "
                "'Đơn vị'). Hãy dùng mẫu báo cáo chuẩn.", ctx.source_file, ctx.sheet))  # fmt: skip
        return result
    result.found_table = True
    kind, hr, hc = found
    band_end = hr
    for c in range(grid.left, grid.width):
        band_end = max(band_end, grid.merge_bottom.get((hr, c), hr))
    title_texts = [ctx.text(v) for row in grid.rows[: hr - grid.top] for v in row]
    title_texts = [t for t in title_texts if t]
    year, period = _period(title_texts, ctx)
    if period is None or year is None:
        result.issues.append(issue(
            "error", "period.unknown",
            "Không xác định được kỳ báo cáo (quý, 6 tháng, 9 tháng, năm) và năm. Hãy ghi rõ trong tiêu "
            "đề, ví dụ 'BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2021'.", ctx.source_file, ctx.sheet,
            a1(grid.top, grid.left)))  # fmt: skip
        return result
    meta = {"year": year, "period": period}
    if kind == "rows":
        _indicators_as_rows(grid, ctx, hr, hc, band_end, title_texts, meta, result)
    else:
        _units_as_rows(grid, ctx, hr, hc, band_end, meta, result)
    return result


def _find_header(grid: Grid, ctx: Context) -> tuple[str, int, int] | None:
    """The first cell (within the first 60 rows and 30 columns) naming a label column."""
    for r, row in enumerate(grid.rows[:60], start=grid.top):
        for c, value in enumerate(row[:30], start=grid.left):
            if value.__class__ is not str or not value:  # header names are text
                continue
            key = match_key(ctx.text(value))
            if key in LABEL_HEADERS:
                return "rows", r, c
            if key in UNIT_HEADERS:
                return "units", r, c
    return None


def _has_numbers(grid: Grid) -> bool:
    return any(
        isinstance(v, int | float) and not isinstance(v, bool) for row in grid.rows for v in row
    )


def _period(title_texts: list[str], ctx: Context) -> tuple[int | None, str | None]:
    year = period = None
    for text in [*title_texts, ctx.sheet, ctx.file_stem]:
        parsed = parse_period(text)
        period = period or parsed.period
        year = year or parsed.year
        if year and period:
            break
    return year, period


def _header_text(grid: Grid, ctx: Context, hr: int, band_end: int, c: int) -> tuple[str, str]:
    """(lowest header text, highest header text) of column ``c`` in the header band."""
    texts = [ctx.text(grid.header(r, c)) for r in range(hr, band_end + 1)]
    texts = [t for t in texts if t]
    if not texts:
        return "", ""
    return texts[-1], texts[0]


def _name_spans(stem: str) -> list[str]:
    """Runs of words in a file name, longest first: "ba_dinh_2022_FY" → "ba dinh 2022 FY", …,
    "ba dinh", …; runs of three letters or fewer are too short to name a unit."""
    words = [w for w in re.split(r"[\s_\-.]+", stem) if w]
    spans = [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
    return sorted((s for s in spans if len(s) > 3), key=len, reverse=True)


def _unit_for_file(title_texts: list[str], ctx: Context) -> tuple[str | None, dict | None]:
    for text in title_texts:
        # a whole title line ("QUẬN BA ĐÌNH"), or one part of it ("BÁO CÁO … - QUẬN BA ĐÌNH")
        for part in [text, *re.split(r"\s[-–—:]\s", text)]:
            hit = match_unit(part, suggest=False)
            if hit.unit_id:
                return hit.unit_id, None
    for piece in _name_spans(ctx.file_stem):
        hit = match_unit(piece, suggest=False)
        if hit.unit_id:
            return hit.unit_id, None
    for text in title_texts:  # nothing matched: the closest name is only a suggestion
        hit = match_unit(text)
        if hit.suggestion:
            return None, {"text": text, "unit_id": hit.suggestion}
    return None, None


def _value(raw: object, *, scale: int, ref: str, ctx: Context, result: SheetResult) -> float | None:
    if ref in ctx.formula_gaps:
        result.issues.append(issue(
            "error", "cell.formula_without_value",
            f"Ô {ref} là công thức nhưng không có giá trị đã tính. Hãy mở tệp trong Excel, nhấn F9 "
            "rồi lưu lại, hoặc nhập số trực tiếp.", ctx.source_file, ctx.sheet, ref))  # fmt: skip
        return None
    if raw.__class__ is float and scale == 1:  # the common case: a number typed as a number
        if raw < 0:
            result.issues.append(issue("error", "cell.negative_value", f"Ô {ref} là số âm ({raw}); số liệu báo cáo không được âm.",
                                       ctx.source_file, ctx.sheet, ref))  # fmt: skip
            return None
        return raw
    if isinstance(raw, str):
        raw = ctx.text(raw)
    if not isinstance(raw, str | int | float) or isinstance(raw, bool):
        if _is_empty(raw):
            return None
        result.issues.append(issue("error", "cell.not_a_number", f"Ô {ref} chứa '{raw}' thay vì một số; hãy nhập số.",
                                   ctx.source_file, ctx.sheet, ref))  # fmt: skip
        return None
    parsed = parse_number(raw, scale=scale)
    if parsed.empty:
        return None
    if parsed.problem == "number.ambiguous":
        result.issues.append(issue(
            "error", "cell.ambiguous_number",
            f"Ô {ref} ghi '{raw}': không rõ dấu chấm là phân cách hàng nghìn hay thập phân. Hãy ghi số "
            "theo kiểu Việt Nam (1.124 là một nghìn một trăm hai mươi tư; 1,5 là một phẩy năm).",
            ctx.source_file, ctx.sheet, ref))  # fmt: skip
        return None
    if parsed.problem:
        result.issues.append(issue("error", "cell.not_a_number",
                                   f"Ô {ref} ghi '{raw}', không đọc được thành số; hãy chỉ nhập số.",
                                   ctx.source_file, ctx.sheet, ref))  # fmt: skip
        return None
    if parsed.value is not None and parsed.value < 0:
        result.issues.append(issue("error", "cell.negative_value", f"Ô {ref} là số âm ({raw}); số liệu báo cáo không được âm.",
                                   ctx.source_file, ctx.sheet, ref))  # fmt: skip
        return None
    return parsed.value


def _emit(result: SheetResult, ctx: Context, *, unit_id: str, unit_name: str, meta: dict,
          indicator: str, value: float, ref: str) -> None:  # fmt: skip
    result.values.append((
        unit_id, unit_name, meta["year"], meta["period"], indicator, float(value),
        ctx.base_units.get(indicator, ""), ctx.source_file, ctx.sheet, ref,
    ))  # fmt: skip


def _scale(code: str, unit_text: str, label: str) -> int:
    if code not in MONEY:
        return 1
    return scale_from_text(unit_text) or scale_from_text(label_unit(label)) or 1


def _indicators_as_rows(grid, ctx, hr, hc, band_end, title_texts, meta, result) -> None:
    uom_col = None
    value_cols: list[tuple[int, str | None]] = []  # (column, unit_id or None for the file's unit)
    total_col = None
    unknown_cols: list[tuple[int, str, dict | None]] = []
    for c in range(hc + 1, grid.width):
        low, high = _header_text(grid, ctx, hr, band_end, c)
        key, high_key = match_key(low), match_key(high)
        if not key:
            continue
        if key in UOM_HEADERS:
            uom_col = c
        elif key in SKIP_HEADERS:
            continue
        elif key in TOTAL_LABELS or high_key in TOTAL_LABELS:
            total_col = c
        elif key in RESULT_HEADERS or parse_period(low).period or key.startswith("ket qua"):
            value_cols.append((c, None))
        else:
            hit = match_unit(low)
            if hit.unit_id:
                value_cols.append((c, hit.unit_id))
            else:
                unknown_cols.append(
                    (c, low, {"unit_id": hit.suggestion} if hit.suggestion else None)
                )
    file_unit = None
    if any(u is None for _, u in value_cols):
        file_unit, suggestion = _unit_for_file(title_texts, ctx)
        if file_unit is None:
            hint = f" Có phải là '{suggestion['unit_id']}'?" if suggestion else ""
            result.issues.append(issue(
                "error", "unit.unknown",
                "Không xác định được đơn vị báo cáo từ tiêu đề hoặc tên tệp." + hint +
                " Hãy ghi tên đơn vị ở đầu báo cáo, ví dụ 'ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA'.",
                ctx.source_file, ctx.sheet, a1(grid.top, grid.left)))  # fmt: skip
            value_cols = [(c, u) for c, u in value_cols if u is not None]
    for c, text, suggestion in unknown_cols:
        if any(_numeric_like(grid.raw(r, c)) for r in range(band_end + 1, grid.height)):
            hint = f" Có phải là '{suggestion['unit_id']}'?" if suggestion else ""
            result.issues.append(issue(
                "error", "unit.unknown", f"Cột '{text}' có số liệu nhưng không phải tên đơn vị nào trong danh mục."
                + hint + " Hãy sửa tên đơn vị hoặc thêm bí danh vào unit_aliases.csv.",
                ctx.source_file, ctx.sheet, a1(hr, c)))  # fmt: skip
    parent, parent_values = None, {}
    left, text = grid.left, ctx.text
    for r, cells in enumerate(grid.rows[band_end + 1 - grid.top :], start=band_end + 1):
        label = text(cells[hc - left])
        stt = match_key(text(cells[hc - 1 - left])) if hc > left else ""
        # text is already cleaned (stripped), so an empty cell is None or ""
        numbers = [(c, u) for c, u in value_cols if cells[c - left] not in (None, "")]
        key = match_key(label)
        if key.startswith(FOOTER):
            break
        if not label:
            if numbers:
                result.issues.append(issue("warning", "row.unmapped_label",
                                           f"Dòng {r + 1} có số liệu nhưng không có nội dung (tên chỉ tiêu).",
                                           ctx.source_file, ctx.sheet, a1(r, hc)))  # fmt: skip
            continue
        unit_text = text(cells[uom_col - left]) if uom_col is not None else ""
        is_detail = key.startswith(("trong do", "td ")) or label.lstrip().startswith(("+",))
        match = match_indicator(label, unit_text=unit_text or None)
        code = match.code
        if (stt in ROMAN and not numbers) or (not numbers and code is None):
            continue
        if is_detail and (code is None or code == parent):
            if numbers:
                result.issues.append(issue(
                    "warning", "row.detail_not_loaded",
                    f"Dòng chi tiết '{label}' (dòng {r + 1}) là một phần của chỉ tiêu phía trên; số liệu "
                    "chi tiết không được nạp.", ctx.source_file, ctx.sheet, a1(r, hc)))  # fmt: skip
                _check_part(grid, ctx, result, r, numbers, parent_values, _scale(parent, unit_text, label)
                            if parent else 1, label)  # fmt: skip
            continue
        if code is None:
            what = (
                "khớp nhiều chỉ tiêu: " + ", ".join(match.candidates)
                if match.ambiguous
                else "không khớp chỉ tiêu nào"
            )
            result.issues.append(issue(
                "warning", "row.unmapped_label",
                f"Nội dung '{label}' (dòng {r + 1}) {what}; số liệu của dòng này không được nạp. Hãy dùng "
                "tên chỉ tiêu theo mẫu hoặc thêm bí danh vào indicator_aliases.csv.",
                ctx.source_file, ctx.sheet, a1(r, hc)))  # fmt: skip
            continue
        if not is_detail:
            parent, parent_values = code, {}
        scale = _scale(code, unit_text, label)
        total = 0.0
        for c, unit in value_cols:
            ref = a1(r, c)
            value = _value(cells[c - left], scale=scale, ref=ref, ctx=ctx, result=result)
            if value is None:
                continue
            if not is_detail:
                parent_values[c] = value
            total += value
            _emit(result, ctx, unit_id=unit or file_unit, unit_name="", meta=meta, indicator=code,
                  value=value, ref=ref)  # fmt: skip
        if total_col is not None and not _is_empty(cells[total_col - left]):
            _check_total(cells[total_col - left], total, scale, r, total_col, ctx, result)


def _numeric_like(value: object) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and parse_number(value).ok


def _check_part(grid, ctx, result, r, numbers, parent_values, scale, label) -> None:
    """A "Trong đó" detail must not exceed the row it is part of (``row.part_exceeds_whole``)."""
    for c, _unit in numbers:
        raw = grid.raw(r, c)
        part = parse_number(ctx.text(raw) if isinstance(raw, str) else raw, scale=scale).value
        whole = parent_values.get(c)
        if part is None or whole is None or part <= whole + 1e-9 * abs(whole):
            continue
        result.issues.append(issue(
            "error", "row.part_exceeds_whole",
            f"Dòng chi tiết '{label}' ghi {format_vn(part / scale)}, lớn hơn chỉ tiêu mà nó là một phần "
            f"({format_vn(whole / scale)}). Phần không thể lớn hơn tổng; hãy kiểm tra lại hai ô này.",
            ctx.source_file, ctx.sheet, a1(r, c)))  # fmt: skip


def _check_total(raw, total, scale, r, c, ctx, result) -> None:
    stated = parse_number(ctx.text(raw) if isinstance(raw, str) else raw, scale=scale).value
    if stated is None:
        return
    if abs(stated - total) > max(0.5, 1e-9 * abs(total)) * scale:
        result.issues.append(issue(
            "error", "total.mismatch",
            f"Ô tổng {a1(r, c)} ghi {stated / scale:,.6g} nhưng tổng các đơn vị là {total / scale:,.6g}. "
            "Hãy kiểm tra lại số liệu các đơn vị hoặc công thức tổng.",
            ctx.source_file, ctx.sheet, a1(r, c)))  # fmt: skip


def _units_as_rows(grid, ctx, hr, hc, band_end, meta, result) -> None:
    columns: list[tuple[int, str, str]] = []  # (col, code, header text)
    for c in range(hc + 1, grid.width):
        low, high = _header_text(grid, ctx, hr, band_end, c)
        if not low:
            continue
        key = match_key(low)
        if key in SKIP_HEADERS or key in UOM_HEADERS:
            continue
        match = match_indicator(low)
        if match.code is None and high and high != low:
            match = match_indicator(f"{high} {low}")
        if match.code is None:
            if any(_numeric_like(grid.raw(r, c)) for r in range(band_end + 1, grid.height)):
                result.issues.append(issue(
                    "warning", "row.unmapped_label",
                    f"Cột '{low}' không khớp chỉ tiêu nào; số liệu của cột này không được nạp. Hãy thêm "
                    "bí danh vào indicator_aliases.csv.", ctx.source_file, ctx.sheet, a1(hr, c)))  # fmt: skip
            continue
        columns.append((c, match.code, low))
    sums = dict.fromkeys((c for c, _, _ in columns), 0.0)
    for r in range(band_end + 1, grid.height):
        name = ctx.text(grid.raw(r, hc))
        key = match_key(name)
        if not name:
            continue
        if key.startswith(FOOTER):
            break
        if key in TOTAL_LABELS:
            for c, code, low in columns:
                if not _is_empty(grid.raw(r, c)):
                    _check_total(grid.raw(r, c), sums[c], _scale(code, "", low), r, c, ctx, result)
            continue
        hit = match_unit(name)
        if hit.unit_id is None:
            if any(not _is_empty(grid.raw(r, c)) for c, _, _ in columns):
                hint = f" Có phải là '{hit.suggestion}'?" if hit.suggestion else ""
                result.issues.append(issue(
                    "error", "unit.unknown", f"Tên đơn vị '{name}' (dòng {r + 1}) không có trong danh mục." + hint
                    + " Hãy sửa tên hoặc thêm bí danh vào unit_aliases.csv.",
                    ctx.source_file, ctx.sheet, a1(r, hc)))  # fmt: skip
            continue
        for c, code, low in columns:
            scale = _scale(code, "", low)
            ref = a1(r, c)
            value = _value(grid.raw(r, c), scale=scale, ref=ref, ctx=ctx, result=result)
            if value is None:
                continue
            sums[c] += value
            _emit(
                result,
                ctx,
                unit_id=hit.unit_id,
                unit_name=name,
                meta=meta,
                indicator=code,
                value=value,
                ref=ref,
            )
