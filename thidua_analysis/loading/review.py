"""The analyst's review of the figures found in the sentences of Word reports.

Figures from sentences are candidates, not data. ``write_review`` lists them in a workbook (the
sentence with the figure in bold red, the proposed indicator, the value in the indicator's base
unit, and columns for the analyst's decision); ``read_decisions`` reads the decisions back, and
``apply_decisions`` turns the accepted (or corrected) figures into values marked as coming from
text (``column_role`` "text", the sheet "văn bản", the cell "đoạn 6, ký tự 180–194"). Decisions
are kept by each candidate's key, so they hold on every later ingest while the sentence stays
the same; a candidate whose sentence changed is asked again.

Decisions: "Nhận" (take the figure as proposed), "Sửa" (take it with the indicator, value, unit,
year or period written in the correction columns), "Bỏ" (not a figure of the report); empty:
not yet decided (nothing loaded).
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from ..interpret.narrative import TEXT_SHEET
from ..interpret.workbook import place_values
from ..reference import load_catalog
from ..reference.files import Reference
from ..schema import DATA_COLUMNS, a1, issue
from ..text.numbers import format_vn, parse_number
from ..text.periods import PERIODS
from ..text.vietnamese import match_key

__all__ = ["DECISION_COLUMNS", "REVIEW_NAME", "apply_decisions", "read_decisions", "review_path", "write_review"]

REVIEW_NAME = "duyet_so_lieu_van_ban.xlsx"
REVIEW_SHEET = "Duyệt số liệu"
DECISION_COLUMNS = ["key", "decision", "new_indicator", "new_value", "new_unit", "new_year", "new_period"]
# the workbook's columns: (field, header, width)
_COLUMNS = [
    ("source_file", "Tệp", 24), ("paragraph", "Đoạn", 6),
    ("sentence", "Câu văn (số được đề xuất tô đỏ)", 70), ("indicator", "Chỉ tiêu đề xuất", 24),
    ("context", "Căn cứ (từ trong câu)", 14),
    ("value", "Giá trị đề xuất (đơn vị gốc)", 16), ("unit_id", "Đơn vị", 14), ("year", "Năm", 7),
    ("period", "Kỳ", 6), ("note", "Ghi chú", 24), ("decision", "Quyết định: Nhận / Sửa / Bỏ", 14),
    ("new_indicator", "Chỉ tiêu sửa", 20), ("new_value", "Giá trị sửa", 14), ("new_unit", "Đơn vị sửa", 14),
    ("new_year", "Năm sửa", 8), ("new_period", "Kỳ sửa", 8), ("key", "Mã (máy dùng, không sửa)", 14),
]  # fmt: skip
_ACCEPT = {"nhan", "dong y", "ok", "x", "co", "chap nhan", "dung"}
_CHANGE = {"sua", "sua lai", "doi"}
_REJECT = {"bo", "loai", "khong", "sai", "khong nhan"}


def review_path(store: str | Path) -> Path:
    """Where the review of a store lives: ``data/review/`` beside ``data/processed`` (outside the
    store, which is rebuilt; the analyst's decisions are their own)."""
    return Path(store).parent / "review" / REVIEW_NAME


def read_decisions(path: str | Path) -> tuple[pd.DataFrame, list[dict]]:
    """The decisions in the review workbook at ``path`` (DECISION_COLUMNS; ``decision`` is
    "accept", "change", "reject" or ""), and the problems found in it, each naming its cell.
    No workbook: no decisions. Formulas in it are never calculated."""
    path = Path(path)
    if not path.exists():
        return pd.DataFrame(columns=DECISION_COLUMNS), []
    import python_calamine  # reads the cached values only (fast: thousands of rows in a blink)

    problems: list[dict] = []
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        name = REVIEW_SHEET if REVIEW_SHEET in book.sheet_names else book.sheet_names[0]
        rows = [[None if v == "" else int(v) if isinstance(v, float) and v.is_integer() else v for v in row]
                for row in book.get_sheet_by_name(name).to_python(skip_empty_area=False)]  # fmt: skip
        book.close()
    except Exception as exc:  # a damaged or foreign file: say so, decide nothing
        return pd.DataFrame(columns=DECISION_COLUMNS), [issue(
            "error", "review.unreadable",
            f"Không đọc được bảng duyệt {path.name} ({type(exc).__name__}); các quyết định trong đó chưa "
            "được áp dụng. Hãy đóng tệp trong Excel, kiểm tra rồi chạy lại.", path.name)]  # fmt: skip
    if not rows:
        return pd.DataFrame(columns=DECISION_COLUMNS), problems
    headers = [match_key(str(h or "")) for h in rows[0]]
    index = {}
    for field, header, _w in _COLUMNS:  # by the header's first words: "Mã", "Quyết định", "Giá trị sửa"
        words = match_key(header).split()
        lead = " ".join(words[:3] if field.startswith("new_") else words[:2] if field != "key" else words[:1])
        at = next((i for i, h in enumerate(headers) if h == match_key(header) or h.startswith(lead)), None)
        if at is not None and at not in index.values():
            index[field] = at
    if "key" not in index or "decision" not in index:
        problems.append(issue("error", "review.unreadable",
                              f"Bảng duyệt {path.name} thiếu cột 'Mã' hoặc 'Quyết định'; các quyết định chưa "
                              "được áp dụng. Hãy xóa tệp để phần mềm tạo lại.", path.name))  # fmt: skip
        return pd.DataFrame(columns=DECISION_COLUMNS), problems
    out = []
    for r, row in enumerate(rows[1:], start=1):
        def cell(field: str, row=row):
            at = index.get(field)
            value = row[at] if at is not None and at < len(row) else None
            return "" if value is None or (isinstance(value, float) and math.isnan(value)) else value

        key = str(cell("key")).strip()
        if not key:
            continue
        said = match_key(str(cell("decision")))
        decision = ("accept" if said in _ACCEPT else "change" if said in _CHANGE
                    else "reject" if said in _REJECT else "")  # fmt: skip
        if said and not decision:
            problems.append(issue(
                "warning", "review.bad_decision",
                f"Ô quyết định ghi '{cell('decision')}': chỉ dùng 'Nhận', 'Sửa' hoặc 'Bỏ'; số này chưa được "
                "nạp.", path.name, name, a1(r, index["decision"])))  # fmt: skip
        out.append((key, decision, str(cell("new_indicator")).strip(), cell("new_value"),
                    str(cell("new_unit")).strip(), cell("new_year"), str(cell("new_period")).strip()))  # fmt: skip
    return pd.DataFrame(out, columns=DECISION_COLUMNS), problems


def apply_decisions(
    candidates: pd.DataFrame, decisions: pd.DataFrame, *, ref: Reference
) -> tuple[pd.DataFrame, list[dict]]:
    """The values the analyst accepted (or corrected), in DATA_COLUMNS, and what could not be
    applied (an unknown indicator, a value that is not a number, no unit or period)."""
    catalog = load_catalog(ref=ref).set_index("code")
    units = catalog["base_unit"].to_dict()
    names = catalog["name_vi"].to_dict()
    by_name = {match_key(n): c for c, n in names.items()}
    chosen = candidates.merge(decisions, on="key", how="inner")
    chosen = chosen[chosen["decision"].isin(["accept", "change"])]
    rows, problems = [], []
    for c in chosen.itertuples(index=False):
        where = f"đoạn {c.paragraph}, ký tự {c.start + 1}–{c.end}"
        indicator, value = c.indicator, float(c.value)
        unit, year, period = c.unit_id, int(c.year or 0), c.period
        if c.decision == "change":
            if c.new_indicator:
                indicator = c.new_indicator if c.new_indicator in units else by_name.get(match_key(c.new_indicator), "")
                if not indicator:
                    problems.append(_problem(c, f"chỉ tiêu sửa '{c.new_indicator}' không có trong danh mục"))
                    continue
            if str(c.new_value).strip():
                parsed = parse_number(c.new_value)
                if parsed.value is None:
                    problems.append(_problem(c, f"giá trị sửa '{c.new_value}' không phải một số"))
                    continue
                value = float(parsed.value)
            unit = c.new_unit or unit
            year = int(float(c.new_year)) if str(c.new_year).strip() else year
            period = c.new_period.upper() if c.new_period else period
        missing = [what for what, v in (("chỉ tiêu", indicator), ("đơn vị", unit), ("năm", year),
                                        ("kỳ", period)) if not v]  # fmt: skip
        if missing or period not in PERIODS:
            problems.append(_problem(c, "chưa rõ " + ", ".join(missing or ["kỳ (Q1…Q4, H1, 9M, FY)"])
                                     + "; ghi vào các cột sửa rồi chạy lại"))  # fmt: skip
            continue
        rows.append((unit, "", year, period, indicator, value, units.get(indicator, ""), c.source_file, TEXT_SHEET,
                     where, c.sentence, c.period_source or "văn bản", c.unit_source or "văn bản", "text"))  # fmt: skip
    placed = place_values(rows, problems, ref)
    return pd.DataFrame(placed, columns=DATA_COLUMNS), problems


def _problem(c, what: str) -> dict:
    return issue("warning", "review.not_applied",
                 f"Số '{c.figure}' ({c.source_file}, đoạn {c.paragraph}) được duyệt nhưng chưa nạp: {what}.",
                 c.source_file, TEXT_SHEET, f"đoạn {c.paragraph}")  # fmt: skip


def write_review(candidates: pd.DataFrame, decisions: pd.DataFrame, path: str | Path, *,
                 ref: Reference | None = None) -> Path:  # fmt: skip
    """The review workbook: every candidate with its sentence (the figure in bold red), what is
    proposed, and the analyst's earlier decision on it if any; a list to pick the decision from.
    Decisions on candidates that are gone (the sentence changed, the file was removed) go."""
    import xlsxwriter

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = candidates.merge(decisions, on="key", how="left").fillna({c: "" for c in DECISION_COLUMNS[1:]})
    frame = frame.sort_values(["source_file", "paragraph", "start"], kind="stable")
    shown = {"accept": "Nhận", "change": "Sửa", "reject": "Bỏ", "": ""}
    names = load_catalog(ref=ref).set_index("code")["name_vi"].to_dict()
    tmp = path.with_name(f".{path.name}.tmp")
    with xlsxwriter.Workbook(str(tmp)) as book:
        ws = book.add_worksheet(REVIEW_SHEET)
        head = book.add_format({"bold": True, "text_wrap": True, "valign": "vcenter", "bg_color": "#DDEBF7",
                                "border": 1})  # fmt: skip
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        red = book.add_format({"bold": True, "font_color": "#C00000"})
        decide = book.add_format({"bg_color": "#FFF2CC", "valign": "top", "border": 1})
        for c, (field, header, width) in enumerate(_COLUMNS):
            ws.write_string(0, c, header, head)
            ws.set_column(c, c, width, decide if field.startswith(("decision", "new_")) else wrap,
                          {"hidden": field == "key"})  # fmt: skip
        ws.set_row(0, 48)
        for r, row in enumerate(frame.itertuples(index=False), start=1):
            for c, (field, _header, _width) in enumerate(_COLUMNS):
                if field == "sentence":
                    _sentence(ws, r, c, row, wrap, red)
                    continue
                value = getattr(row, field)
                if field == "decision":
                    value = shown.get(value, value)
                if field == "indicator" and value:
                    value = f"{names.get(value, value)} ({value})"
                if field == "value":
                    ws.write_number(r, c, float(value), book.add_format(
                        {"num_format": '"' + format_vn(float(value)) + '"', "valign": "top"}))  # fmt: skip
                elif field == "year" and value:
                    ws.write_number(r, c, int(value), wrap)
                elif isinstance(value, float) and not math.isnan(value):
                    ws.write_number(r, c, value, decide if field.startswith("new_") else wrap)
                elif value not in ("", None) and not (isinstance(value, float) and math.isnan(value)):
                    ws.write_string(r, c, str(value), decide if field.startswith(("decision", "new_")) else wrap)
            ws.set_row(r, 15 * max(1, math.ceil(len(row.sentence) / 80)))
        decision_col = [f for f, _h, _w in _COLUMNS].index("decision")
        if len(frame):
            ws.data_validation(1, decision_col, len(frame), decision_col,
                               {"validate": "list", "source": ["Nhận", "Sửa", "Bỏ"], "ignore_blank": True})  # fmt: skip
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(frame), 1), len(_COLUMNS) - 1)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(0)
    tmp.replace(path)
    return path


def _sentence(ws, r: int, c: int, row, wrap, red) -> None:
    """The sentence with the figure in bold red (its place in the sentence found by its text)."""
    at = row.sentence.find(row.figure)
    if at < 0 or not row.figure:
        ws.write_string(r, c, row.sentence, wrap)
        return
    parts = [p for p in (row.sentence[:at], red, row.figure, row.sentence[at + len(row.figure) :]) if p != ""]
    if len(parts) < 3:  # the figure is the whole sentence
        ws.write_string(r, c, row.sentence, wrap)
        return
    ws.write_rich_string(r, c, *parts, wrap)
