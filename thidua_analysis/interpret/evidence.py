"""The period, the year and the unit of a sheet's figures, each with the cell (or sheet name, file
name, recipe) that decided it.

Sources in order: the sheet's own title, the sheet name, the file's first titled sheet (a
workbook with a sheet per unit), the file name; a recipe overrides them all. Two sources that
disagree are an error and the sheet loads nothing (``period.conflict``, ``unit.conflict``); a
unit name shared by an old district and a new commune is told apart by its type word and by the
date of the figures.
"""

from __future__ import annotations

import re

from ..reference.files import Reference
from ..reference.registry import (
    LEVEL_ORDER,
    match_unit,
    merged_into,
    names_a_unit,
    unit_in_name,
    unit_label,
    unit_level,
    unit_lifetime,
    unit_name_keys,
    unit_valid,
)
from ..text.periods import (
    end_month,
    name_periods,
    one_month,
    periods_said,
    short_year,
    title_short_year,
)
from ..text.vietnamese import match_key
from .context import Context, Decision, SheetResult
from .title import Mention, TitleBlock

__all__ = ["names_a_unit", "resolve_period", "resolve_unit", "where_said"]

def _first(mentions, sheet: str) -> str:
    return f"'{sheet}'!{mentions[0].where}" if mentions else ""


def resolve_period(
    title: TitleBlock, ctx: Context, result: SheetResult, columns: dict | None = None
) -> tuple[tuple[str, ...], str, int, str] | None:
    """``(periods, where, year, where)`` of the sheet, or None after an error issue.

    Sources in order: the sheet's own title, the sheet name, the file's first titled sheet, the
    file name; a recipe overrides them. Two that disagree are ``period.conflict``. When none of
    them names the period (or the year), the value columns' headers do ("Kết quả 6 tháng đầu
    năm 2024"): their periods, and their latest year."""
    return _resolve_period(title, ctx, result, columns or {})


def _same_end(a, b) -> bool:
    """Periods ending in the same month ("Quý IV" and "năm"): a lone year in a title cannot tell
    the year's report from the quarter's."""
    return bool({end_month(p) for p in a} & {end_month(p) for p in b})


# the columns of the period's results
_RESULT_ROLES = ("result", "in_quarter", "in_period", "to_date")


def _header_periods(columns: dict) -> tuple[tuple[str, ...], str, int | None, str]:
    """The periods and the latest year the value columns' headers name, with the first cell; a
    year alone names the year ("Năm 2023 | Năm 2024")."""
    cols = [c for c in columns.values() if c.role in _RESULT_ROLES]
    periods = tuple(dict.fromkeys(c.period for c in cols if c.period))
    where = next((c.period_where or c.where for c in cols if c.period), "")
    years = [(c.year, c.period_where or c.where) for c in cols if c.year]
    year, year_where = max(years) if years else (None, "")
    if not periods and year:  # "Năm 2024" alone: the year's report, as a title's lone year
        periods, where = ("FY",), year_where
    return periods, where, year, year_where


def _resolve_period(title, ctx, result, columns):
    recipe = ctx.recipe
    decided = bool(recipe and recipe.period)
    # (a report's title run on to a line of its own, "BÁO CÁO" … "Phương hướng, nhiệm vụ năm 2024", is a report)
    plan = None if ctx.targets or decided or title.line_of(ctx.vocab, "report_title") \
        else title.line_of(ctx.vocab, "plan_title")  # fmt: skip
    said = (title.estimate if not decided else None) or plan
    if said is not None:
        what = ("số liệu của trang là ước tính, chưa phải kết quả" if said is title.estimate
                else "đây là kế hoạch hoặc bản đăng ký chỉ tiêu, không phải báo cáo kết quả")  # fmt: skip
        fix = ("Khi có kết quả, hãy gửi báo cáo có tiêu đề ghi kỳ đã thực hiện" if said is title.estimate
               else "Nếu đây là báo cáo kết quả, hãy ghi tiêu đề như vậy; bản đăng ký chỉ tiêu thì đặt vào thư "
               "mục chỉ tiêu (data/targets)")  # fmt: skip
        result.issues.append(ctx.issue(
            "warning", "sheet.no_result",
            f"Tiêu đề '{said.text}' (ô {said.where}) cho biết {what}; không nạp số nào của trang này. {fix}, "
            "ví dụ 'BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2023'.", said.where))  # fmt: skip
        return None
    sheet_p, sheet_y, sheet_weak = name_periods(ctx.sheet)
    file_p, file_y, file_weak = name_periods(ctx.file_stem)
    if file_weak and _place_before_year(ctx.file_stem, ctx.ref):  # "Linh_Nam_2026": Lĩnh Nam's, no year's report
        file_p, file_weak = (), False
    own = tuple(dict.fromkeys(m.value for m in title.periods))
    own_where = title.periods[0].where if title.periods else ""
    own_weak = False
    month = _single_month(title, ctx)  # "THÁNG 9", a sheet "T2": one month's report
    if own and not own_weak and not decided and title.ranges and (span := next(
            (m for m in title.ranges if m.value not in own and m.value not in _header_periods(columns)[0]), None)):
        # "QUÝ III NĂM 2024", then "(Từ ngày 01/01/2024 đến ngày 30/9/2024)": the figures cover nine months
        _conflict(ctx, result, "period.conflict", "kỳ báo cáo", (periods_said(own), own_where),
                  (periods_said((span.value,)), span.where))  # fmt: skip
        return None
    if not own and title.dated:  # "(Từ ngày 01/01/2024 đến ngày 30/6/2024)"
        own = tuple(dict.fromkeys(m.value for m in title.dated))
        own_where = title.dated[0].where
    elif not own and title.weak_years and not month:
        # (a bare "Năm 2023" under a line "Tháng 9" is the month's year, not the year's report)
        own, own_where, own_weak = ("FY",), title.weak_years[0].where, True
    if not own and not (recipe and recipe.period) and (span := _odd_span(title)):
        # "THÁNG 1-10 NĂM 2023": no period, and no other sheet's or the file's either
        months, where = span
        result.issues.append(ctx.issue(
            "error", "period.unknown",
            f"Tiêu đề ghi số liệu của {months} tháng (ô {where}) — không phải kỳ báo cáo thi đua (quý, 6 "
            "tháng, 9 tháng, năm); không nạp. Hãy gửi số liệu của kỳ báo cáo và ghi rõ trong tiêu đề, ví "
            "dụ 'BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2023'.", where))  # fmt: skip
        return None
    first: tuple[str, ...] = ()
    first_where, first_weak = "", False
    own_years = {m.value for m in title.years}
    if ctx.first_title is not None and ctx.first_sheet != ctx.sheet and not (
            own_years and own_years.isdisjoint(m.value for m in ctx.first_title.years)):
        # (a sheet whose own title names another year than the first sheet's is a report of its own)
        first = tuple(dict.fromkeys(m.value for m in ctx.first_title.periods))
        first_where = _first(ctx.first_title.periods, ctx.first_sheet)
        if not first and ctx.first_title.weak_years and not month:  # (a sheet "T2": its month)
            first, first_weak = ("FY",), True
            first_where = _first(ctx.first_title.weak_years, ctx.first_sheet)
    sources = [(own, own_where, own_weak), (sheet_p, "sheet name", sheet_weak),
               (first, first_where, first_weak), (file_p, "file name", file_weak)]  # fmt: skip
    strong = [s for s in sources if s[0] and not s[2]]
    chosen = (strong or [s for s in sources if s[0]] or [((), "", False)])[0]
    if chosen[1] == "file name" and own_weak and not set(own) & set(file_p) and _same_end(own, file_p):
        # "Quy IV-2024.xlsx" titled "… NĂM 2024": the year's report or the quarter's? Say so.
        _conflict(ctx, result, "period.conflict", "kỳ báo cáo", (periods_said(own), own_where), (periods_said(file_p), "file name"))
        return None
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
        if not other or weak or set(other) & set(periods) or (chosen[2] and other_where == "sheet name"):
            continue
        _conflict(ctx, result, "period.conflict", "kỳ báo cáo",
                  (periods_said(periods), where), (periods_said(other), other_where))  # fmt: skip
        return None
    year = _resolve_year(title, ctx, result, own_where, sheet_y, file_y, columns)
    if year is False:
        return None
    head_p, head_where, head_y, head_y_where = _header_periods(columns)
    if not periods and head_p:
        periods, where = head_p, head_where
    if year is None and head_y:
        year = head_y, head_y_where
    if not periods or year is None:
        if periods:  # (the year is what is missing)
            month = ""
        missing = "kỳ báo cáo (quý, 6 tháng, 9 tháng, năm)" if not periods else "năm báo cáo"
        message = (  # a monthly report is no period of the emulation cycle: say so
            f"Báo cáo của riêng {month} — không phải kỳ báo cáo thi đua (quý, 6 tháng, 9 tháng, năm); "
            "không nạp. Số liệu tháng được tính khi đơn vị gửi báo cáo quý; nếu đây là báo cáo quý, hãy "
            "ghi rõ trong tiêu đề, ví dụ 'BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2024'." if month else
            f"Không xác định được {missing} từ tiêu đề, tên trang tính hay tên tệp (dòng ngày tháng "
            "và số văn bản không được dùng). Hãy ghi rõ trong tiêu đề, ví dụ 'BÁO CÁO KẾT QUẢ CÔNG "
            "TÁC QUÝ III NĂM 2023', hoặc viết công thức đọc (recipes.toml).")  # fmt: skip
        result.issues.append(ctx.issue("error", "period.unknown", message, own_where or ""))
        return None
    return periods, where, year[0], year[1]


_NAM_BEFORE_YEAR = re.compile(r"(\w+) nam (?:199\d|20\d\d)\b")


def _place_before_year(stem: str, ref: Reference) -> bool:
    """Whether the "nam" before a year in a file name typed with no marks closes a unit's name
    ("Linh_Nam_2026": Lĩnh Nam, 2026), not the word for year ("HoangMai_Nam_2024")."""
    found = _NAM_BEFORE_YEAR.search(match_key(stem.replace("_", " ")))
    return found is not None and f"{found.group(1)} nam" in unit_name_keys(ref=ref)


def _single_month(title, ctx) -> str:
    """"tháng 10" when the title or the sheet name names one month and no period ("BÁO CÁO THÁNG
    10 NĂM 2024", a sheet "Tháng 1"), else ""."""
    skipped = {m.text for m in title.ignored}  # the place-and-date line names a month too
    texts = [m.text for m in title.lines if m.text not in skipped] + [ctx.sheet]
    month = next((n for n in map(one_month, texts) if n), None)
    if month is None and (short := _SHORT_MONTH.fullmatch(match_key(ctx.sheet))) and 1 <= int(short.group(1)) <= 12:
        month = int(short.group(1))  # a sheet "T1", "Th10", "T01": a month's, as offices name them
    return f"tháng {month}" if month else ""


_SHORT_MONTH = re.compile(r"th?\s*0?(\d{1,2})")


def _odd_span(title) -> tuple[int, str] | None:
    """``(N, cell)`` when a title line counts N months that make no reporting period ("THÁNG
    1-10 NĂM 2023", "10 THÁNG NĂM 2023")."""
    return (title.odd_months[0].value, title.odd_months[0].where) if title.odd_months else None


_MONTH_YEAR = re.compile(r"\bthang\s*(\d{1,2})\s*(?:nam\s*|/\s*|-\s*)(\d{4})\b")


def _month_years(title: TitleBlock) -> list[Mention]:
    """The years a title line (not the place-and-date line) gives with a month: "THÁNG 9 NĂM
    2024" ("ngày 30 tháng 9 năm 2024" is a date, never read)."""
    skipped = {m.text for m in title.ignored}
    out = []
    for line in title.lines:
        if line.text in skipped or "ngay" in match_key(line.text).split():
            continue
        for m in _MONTH_YEAR.finditer(match_key(line.text)):
            if 1 <= int(m.group(1)) <= 12:
                out.append(Mention(int(m.group(2)), line.where, line.text))
    return out


# the columns of figures whose header may name their own year: the results', and the same
# period's of an earlier year
_DATED_ROLES = (*_RESULT_ROLES, "prior")


def _resolve_year(title, ctx, result, period_where, sheet_y, file_y, columns=None):
    """``(year, where)``, None when unknown, False after a conflict issue. Two years in one
    source ("SO SÁNH … NĂM 2022 VÀ NĂM 2023") are no conflict when every value column names one
    of them ("Năm 2022 | Năm 2023"): each column's own year decides."""
    recipe = ctx.recipe
    if recipe and recipe.year:
        return recipe.year, recipe.source
    # the title's years, those on the line that names the period first
    own = sorted(title.years, key=lambda m: m.where != period_where)
    own_years = tuple(dict.fromkeys(m.value for m in own))
    if not own:  # "BÁO CÁO CÔNG TÁC THÁNG 9 NĂM 2024": the month's year (never the date line's)
        own = _month_years(title)
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
    if chosen is None and period_where:  # "QUÝ III/23" on the title's line of the period
        line = next((m.text for m in title.lines if m.where == period_where), "")
        if short := title_short_year(line):
            chosen = ((short,), period_where)
    if chosen is None and (short := short_year(ctx.file_stem)):  # "BC_Q3_23": when nothing else names one
        chosen = ((short,), "file name")
    if chosen is None:
        return None
    said = [c.year for c in (columns or {}).values() if c.role in _DATED_ROLES]
    if len(chosen[0]) > 1 and said and all(said) and set(said) <= set(chosen[0]):
        chosen = ((max(said),), chosen[1])
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


def where_said(where: str) -> str:
    """Where a decision was read, in words: "tên tệp", "tên trang tính", "ô A2"."""
    return _WHERE_VI.get(where, "ô " + where if where else "không rõ")


def _conflict(ctx, result, code, what, a, b) -> None:
    def say(pair):
        value, where = pair
        return f"'{value}' ({where_said(where)})"

    cell = a[1] if a[1] not in _WHERE_VI and not a[1].startswith(("'", "recipe")) else ""
    place = _WHERE_VI.get(a[1], "ô " + a[1] if a[1] else "")
    said = (f"{place[:1].upper()}{place[1:]} ghi hai {what} khác nhau: '{a[0]}' và '{b[0]}'" if a[1] == b[1] and place
            else f"Hai nguồn ghi {what} khác nhau: {say(a)} và {say(b)}")  # fmt: skip
    result.issues.append(ctx.issue(
        "error", code,
        f"{said}. Không nạp số liệu của trang này để "
        "tránh ghi sai kỳ, đơn vị. Hãy sửa cho thống nhất (tiêu đề, tên trang tính, tên tệp), hoặc "
        "viết công thức đọc (recipes.toml) ghi rõ.", cell))  # fmt: skip


def _at(candidates: tuple[str, ...], when: tuple[int, int] | None, ref: Reference) -> str:
    """The one unit of ``candidates`` that existed ``when``, or ""."""
    if when is not None:
        candidates = tuple(u for u in candidates if unit_valid(u, when, ref=ref))
    return candidates[0] if len(candidates) == 1 else ""


def resolve_unit(title: TitleBlock, ctx: Context) -> tuple[Decision | None, str]:
    """The reporting unit of the sheet's own figures, and the Vietnamese problem when there is
    none: sources in order, the sheet's title, the sheet name, the file's first titled sheet,
    the file name; a recipe overrides them."""
    if ctx.recipe and ctx.recipe.unit:
        return Decision(ctx.recipe.unit, ctx.recipe.source), ""
    ref = ctx.ref
    issuer = title.issuer or (ctx.first_title.issuer if ctx.first_title is not None and not title.units else None)
    if issuer is not None:
        return None, (
            f"Không xác định được đơn vị báo cáo: báo cáo do '{issuer.text}' (ô {issuer.where}) lập, không phải Ủy "
            "ban MTTQ của một đơn vị trong danh mục (nếu tổ chức này là đơn vị thi đua, hãy thêm vào units.csv).")  # fmt: skip
    mentions = [Mention(_at(m.value, ctx.when, ref), m.where, m.text) for m in title.units]
    mentions = [m for m in mentions if m.value]
    own = list(dict.fromkeys(m.value for m in mentions))
    if len(own) > 1:  # the superior committee above the unit's own: the more specific level
        levels = {u: unit_level(u, ref=ref) for u in own}
        rank = {u: LEVEL_ORDER.index(levels[u]) if levels[u] in LEVEL_ORDER else 9 for u in own}
        best = min(rank.values())
        own = [u for u in own if rank[u] == best]
        mentions = [m for m in mentions if m.value in own]
    if len(own) > 1:
        return None, (f"Tiêu đề nêu nhiều đơn vị ({', '.join(own)}); không rõ số liệu của đơn vị nào.")
    if not own and title.units and (gone := _out_of_time([u for m in title.units for u in m.value], ctx)):
        # "QUẬN ĐỐNG ĐA" over a report of năm 2025: never the ward a file named "dong_da" would give
        return None, _gone_message(gone, ctx)
    # the sheet's name, or a run of its words ("Đống Đa (Q3)", "BC Gia Lâm")
    sheet = match_unit(ctx.sheet, when=ctx.when, suggest=False, ref=ref).unit_id or unit_in_name(ctx.sheet, when=ctx.when, ref=ref)
    first = None
    if ctx.first_title is not None and ctx.first_sheet != ctx.sheet and not sheet:
        names = list(dict.fromkeys(u for m in ctx.first_title.units if (u := _at(m.value, ctx.when, ref))))
        if len(names) == 1:
            first = Decision(names[0], _first(ctx.first_title.units, ctx.first_sheet))
    from_file = unit_in_name(ctx.file_stem, when=ctx.when, ref=ref)
    chosen = (
        Decision(own[0], mentions[0].where) if own else
        Decision(sheet, "sheet name") if sheet else first or
        (Decision(from_file, "file name") if from_file else None)
    )  # fmt: skip
    if chosen is None:
        named = [u for m in title.units for u in m.value]
        gone = _out_of_time(named, ctx)
        if gone:
            return None, _gone_message(gone, ctx)
        hint = named[0] if named else next(
            (h for h in (match_unit(t, ref=ref).suggestion for t in [ctx.sheet, ctx.file_stem]) if h), "")
        when = f" (kỳ báo cáo {ctx.when[1]:02d}/{ctx.when[0]})" if ctx.when and named else ""
        return None, "Không xác định được đơn vị báo cáo từ tiêu đề, tên trang tính hoặc tên tệp" + when + "." + (
            f" Có phải là '{hint}'?" if hint else "") + ("" if named else _merged_hint(title, ctx))
    if sheet and own and sheet != own[0]:
        return None, (f"Tiêu đề ghi đơn vị '{own[0]}' nhưng tên trang tính là '{ctx.sheet}' "
                      f"('{sheet}').")  # fmt: skip
    if from_file and from_file != chosen.value and not ctx.unit_sheets:
        return None, (f"Đơn vị '{chosen.value}' ({_WHERE_VI.get(chosen.where, 'ô ' + chosen.where)}) "
                      f"khác đơn vị trong tên tệp ('{from_file}').")  # fmt: skip
    return chosen, ""


# a commune's line in the title block: "ỦY BAN MTTQ VIỆT NAM PHƯỜNG QUÁN THÁNH"
_COMMUNE_LINE = re.compile(r"\b(phường|xã|thị trấn)\s+(\w[\w\s]*?)\s*$", re.IGNORECASE)


def _merged_hint(title: TitleBlock, ctx: Context) -> str:
    """For a title naming a commune of before the 2025 reform ("PHƯỜNG QUÁN THÁNH") in a report
    of after it: the new units it went into, and the fix; "" otherwise."""
    if ctx.when is not None and ctx.when < (2025, 7):
        return ""
    for line in title.lines:
        found = _COMMUNE_LINE.search(line.text)
        went = merged_into(found.group(2), ref=ctx.ref) if found else []
        if went:
            names = ", ".join(unit_label(u, ref=ctx.ref) + ("" if whole else " (một phần)") for u, whole in went)
            return (f" '{found.group(1).capitalize()} {found.group(2).title()}' (ô {line.where}) là đơn vị trước khi "
                    f"sắp xếp 07/2025, nay thuộc {names}. Hãy ghi tên đơn vị mới ở đầu báo cáo.")
    return ""


def _gone_message(gone: str, ctx: Context) -> str:
    return (f"Không xác định được đơn vị báo cáo: {unit_label(gone, ref=ctx.ref)} chỉ có "
            f"{unit_lifetime(gone, ref=ctx.ref)}, không có vào kỳ báo cáo ({ctx.when[1]:02d}/{ctx.when[0]}); hãy "
            "kiểm tra năm và kỳ báo cáo ở tiêu đề, tên tệp.")


def _out_of_time(named: list[str], ctx: Context) -> str | None:
    """The unit the title, sheet name or file name names that did not exist when the report's
    period ends ("Xã Bát Tràng" in a report of 6 tháng 2025: the commune exists from 07/2025)."""
    if not ctx.when:
        return None
    found = [*named, *(match_unit(t, suggest=False, ref=ctx.ref).unit_id for t in (ctx.sheet, ctx.file_stem))]
    return next((u for u in found if u and not unit_valid(u, ctx.when, ref=ctx.ref)), None)


# --- rows and values ---------------------------------------------------------------------------


