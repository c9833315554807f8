"""The standard blank report a unit fills in, built from the catalogue and the registry.

The layout is the one the loader reads best (title block, then STT | Nội dung | ĐVT | Kết quả |
Ghi chú with group rows), so a filled template loads with no issue. Labels are locked; only the
result and note columns can be typed in, and the result column accepts non-negative numbers only.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import UsageError
from ..reference import expected_units, load_catalog, load_registry, unit_heading
from ..text.periods import PERIODS, is_cumulative, period_label, period_title

__all__ = ["MONEY_UNIT", "report_rows", "write_cluster_templates", "write_report_template"]

MONEY_UNIT = ("Triệu đồng", 1_000_000)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
HEADER_ROW = 6
TARGET_SPAN = (
    "Chỉ tiêu đăng ký cho cả năm; số thành viên Ban TTND, Ban GSĐTCCĐ là số dự kiến có tại cuối năm"
)

GUIDE = [
    "HƯỚNG DẪN ĐIỀN MẪU BÁO CÁO",
    "",
    "1. Chỉ điền vào cột “Kết quả” (và “Ghi chú” nếu cần). Các ô khác đã được khóa.",
    "2. Mỗi ô “Kết quả” là một số không âm. Không gõ chữ, dấu cách hay đơn vị vào ô số.",
    "3. {span} (riêng số thành viên Ban TTND, Ban GSĐTCCĐ là số có tại cuối kỳ).",
    "4. Số tiền ghi theo đơn vị tính ở cột ĐVT (triệu đồng). Ví dụ 1,4 tỷ đồng ghi 1400.",
    "5. Không có hoạt động thì ghi 0; chưa có số liệu thì để trống và ghi rõ ở cột “Ghi chú”.",
    "6. Không đổi tên trang tính, không chèn hay xóa dòng, không sửa dòng tiêu đề.",
    "7. Gửi lại tệp .xlsx này (không chuyển sang PDF hay ảnh chụp).",
]


def report_rows(catalog: pd.DataFrame | None = None) -> pd.DataFrame:
    """The catalogue's reportable indicators in order: group, code, label, ĐVT, scale.

    Scores (``kind == "score"``) are given by the cluster, not reported by units, so they are left
    out.
    """
    catalog = load_catalog() if catalog is None else catalog
    rows = catalog[catalog["kind"] != "score"].copy()
    money = rows["base_unit"] == "đồng"
    rows["dvt"] = rows["base_unit"].str.capitalize().where(~money, MONEY_UNIT[0])
    rows["scale"] = money.map({True: MONEY_UNIT[1], False: 1})
    return rows[["group", "code", "name_vi", "dvt", "scale", "kind"]].reset_index(drop=True)


def _unit_record(registry: pd.DataFrame, unit_id: str, year: int) -> pd.Series:
    hit = registry[(registry["unit_id"] == unit_id) & (registry["year"] == year)]
    if hit.empty:
        known = registry.loc[registry["unit_id"] == unit_id, "year"]
        where = f" (có trong danh mục các năm {known.min()}–{known.max()})" if len(known) else ""
        raise UsageError(
            f"Không có đơn vị {unit_id!r} trong danh mục cụm thi đua năm {year}{where}. "
            "Xem danh sách bằng lệnh: thidua registry --year NĂM."
        )
    return hit.iloc[0]


def _span(code: str) -> str:
    if code == "H2":
        return "Số liệu từ 01/7 đến 31/12 (6 tháng cuối năm), không cộng dồn từ đầu năm"
    if code == "Q1" or is_cumulative(code):
        return "Số liệu cộng dồn từ đầu năm đến hết kỳ báo cáo"
    return "Số liệu riêng của quý báo cáo, không cộng dồn"


def _parse_period(text: str) -> tuple[int, str]:
    year_text, _, period = text.partition("-")
    if not year_text.isdigit() or period not in PERIODS:
        raise UsageError(
            f"Kỳ báo cáo {text!r} không hợp lệ; ghi dạng NĂM-KỲ, ví dụ 2022-H1 "
            f"(kỳ: {', '.join(PERIODS)})."
        )
    return int(year_text), period


def write_report_template(
    out: str | Path,
    *,
    unit_id: str,
    period: str,
    registry: pd.DataFrame | None = None,
    targets: bool = False,
    values: dict[str, float] | None = None,
) -> Path:
    """Write the blank report of ``unit_id`` for ``period`` (``"2022-H1"``) and return its path.

    ``out`` is a file name, or a folder to write ``<unit>_<year>_<period>.xlsx`` into. With
    ``targets`` it is the unit's registration of annual targets for the year instead
    (``<unit>_<year>_chi_tieu.xlsx``, "Chỉ tiêu đăng ký" in place of "Kết quả"). ``values``
    (base units, money in đồng) fills the input column, as a unit would.
    """
    import xlsxwriter

    year, code = _parse_period(period)
    if targets and code != "FY":
        raise UsageError(f"Chỉ tiêu thi đua đăng ký cho cả năm: hãy ghi kỳ {year}-FY.")
    registry = load_registry() if registry is None else registry
    unit = _unit_record(registry, unit_id, year)
    out = Path(out)
    name = f"{unit_id}_{year}_chi_tieu.xlsx" if targets else f"{unit_id}_{year}_{code}.xlsx"
    path = out if out.suffix.lower() == ".xlsx" else out / name
    path.parent.mkdir(parents=True, exist_ok=True)

    book = xlsxwriter.Workbook(str(path))
    book.set_properties({"title": f"Mẫu báo cáo {period_label(code, year)} – {unit['unit_name']}",
                         "company": "Ủy ban MTTQ Việt Nam"})  # fmt: skip
    book.set_custom_property("thidua_unit_id", unit_id)
    book.set_custom_property("thidua_period", f"{year}-{code}")
    f = {
        "title": book.add_format({"bold": True, "align": "center", "valign": "vcenter",
                                  "font_size": 13, "text_wrap": True}),
        "center": book.add_format({"align": "center", "italic": True}),
        "bold_center": book.add_format({"bold": True, "align": "center"}),
        "header": book.add_format({"bold": True, "align": "center", "valign": "vcenter",
                                   "border": 1, "bg_color": "#DDEBF7", "text_wrap": True}),
        "group": book.add_format({"bold": True, "border": 1, "bg_color": "#F2F2F2"}),
        "label": book.add_format({"border": 1, "text_wrap": True, "valign": "vcenter"}),
        "stt": book.add_format({"border": 1, "align": "center", "valign": "vcenter"}),
        "input": book.add_format({"border": 1, "locked": False, "num_format": "#,##0.##",
                                  "bg_color": "#FFF9E6"}),
        "note": book.add_format({"border": 1, "locked": False, "text_wrap": True}),
    }  # fmt: skip
    ws = book.add_worksheet("Báo cáo")
    for col, width in enumerate([6, 62, 14, 18, 28]):
        ws.set_column(col, col, width)
    ws.merge_range(0, 0, 0, 1, "ỦY BAN MTTQ VIỆT NAM", f["bold_center"])
    ws.merge_range(0, 3, 0, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f["bold_center"])
    ws.merge_range(1, 0, 1, 1, unit_heading(unit["unit_name"], unit["unit_type"]), f["bold_center"])
    ws.merge_range(1, 3, 1, 4, "Độc lập - Tự do - Hạnh phúc", f["bold_center"])
    ws.set_row(3, 36)
    title = (f"BẢNG ĐĂNG KÝ CHỈ TIÊU THI ĐUA {period_title(code, year)}" if targets
             else f"BÁO CÁO KẾT QUẢ CÔNG TÁC MẶT TRẬN {period_title(code, year)}")  # fmt: skip
    ws.merge_range(3, 0, 3, 4, title, f["title"])
    span = TARGET_SPAN if targets else _span(code)
    ws.merge_range(4, 0, 4, 4, f"({span})", f["center"])
    value_header = "Chỉ tiêu đăng ký" if targets else "Kết quả"
    for col, header in enumerate(["STT", "Nội dung", "ĐVT", value_header, "Ghi chú"]):
        ws.write_string(HEADER_ROW, col, header, f["header"])

    row = HEADER_ROW + 1
    rows = report_rows()
    for number, (group, items) in enumerate(rows.groupby("group", sort=False)):
        ws.write_string(row, 0, ROMAN[number], f["group"])
        ws.write_string(row, 1, str(group), f["group"])
        for col in (2, 3, 4):
            ws.write_blank(row, col, None, f["group"])
        row += 1
        for index, item in enumerate(items.itertuples(index=False), start=1):
            ws.write_string(row, 0, str(index), f["stt"])
            ws.write_string(row, 1, item.name_vi, f["label"])
            ws.write_string(row, 2, item.dvt, f["stt"])
            if values and item.code in values:
                ws.write_number(row, 3, values[item.code] / item.scale, f["input"])
            else:
                ws.write_blank(row, 3, None, f["input"])
            ws.write_blank(row, 4, None, f["note"])
            row += 1
    last = row - 1
    ws.data_validation(HEADER_ROW + 1, 3, last, 3, {
        "validate": "decimal", "criteria": ">=", "value": 0,
        "input_title": "Nhập số liệu",
        "input_message": "Một số không âm, theo đơn vị ở cột ĐVT.",
        "error_title": "Số liệu không hợp lệ",
        "error_message": "Chỉ nhập số không âm (không gõ chữ, dấu cách hay đơn vị).",
    })  # fmt: skip
    ws.write_string(last + 2, 1, "Người lập biểu", f["bold_center"])
    ws.write_string(last + 2, 3, "TM. BAN THƯỜNG TRỰC", f["bold_center"])
    ws.freeze_panes(HEADER_ROW + 1, 0)
    ws.protect("", {"format_columns": True, "format_rows": True, "select_locked_cells": True,
                    "select_unlocked_cells": True})  # fmt: skip
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)

    guide = book.add_worksheet("Hướng dẫn")
    guide.set_column(0, 0, 110)
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    for line_number, line in enumerate(GUIDE):
        text = line.format(span=span).replace("“Kết quả”", f"“{value_header}”")
        guide.write_string(line_number, 0, text, f["bold_center"] if line_number == 0 else wrap)
    guide.protect()
    ws.activate()
    book.close()
    return path


def write_cluster_templates(
    out: str | Path,
    *,
    cluster_id: str,
    period: str,
    registry: pd.DataFrame | None = None,
    targets: bool = False,
) -> list[Path]:
    """One blank report (or target registration) per member unit of ``cluster_id`` in the
    period's year, in folder ``out``."""
    year, _ = _parse_period(period)
    registry = load_registry() if registry is None else registry
    members = expected_units(registry, cluster_id, year)
    if not members:
        known = sorted(registry.loc[registry["year"] == year, "cluster_id"].unique())
        raise UsageError(
            f"Cụm {cluster_id!r} không có đơn vị nào năm {year}. Các cụm năm đó: {', '.join(known)}."
        )
    folder = Path(out) / cluster_id
    return [
        write_report_template(
            folder, unit_id=uid, period=period, registry=registry, targets=targets
        )
        for uid in members
    ]
