"""The report layouts units really send, built as :class:`Sheet` cell maps.

Each builder returns the sheet and the cells holding values: ``{indicator: (row, col, unit_id)}``
so the ground truth can name the cell each value must come from.
"""

from __future__ import annotations

from collections.abc import Callable

from ..schema import a1
from ..text.numbers import format_vn
from ..text.periods import period_title
from .sheets import Sheet

__all__ = ["LABELS", "cluster_units_as_columns", "cluster_units_as_rows", "unit_report"]

# Wordings per indicator, all mapped by the catalogue's aliases.
LABELS: dict[str, list[str]] = {
    "hoi_nghi_tuyen_truyen": ["Tổ chức hội nghị tuyên truyền, phổ biến chủ trương, chính sách",
                              "Số hội nghị tuyên truyền, phổ biến", "Hội nghị tuyên truyền"],
    "luot_nguoi_tham_du": ["Số lượt người tham dự", "Lượt người dự", "Lượt người tham dự"],
    "luot_tuyen_truyen": ["Số lượt tuyên truyền (loa, bản tin, mạng xã hội…)",
                          "Tuyên truyền trên loa truyền thanh, bản tin, mạng xã hội"],
    "suat_qua": ["Số suất quà trao tặng", "Trao quà", "Số suất quà"],
    "gia_tri_qua": ["Trị giá quà", "Trị giá", "Giá trị quà"],
    "nha_dai_doan_ket": ["Số nhà Đại đoàn kết xây mới, sửa chữa", "Nhà Đại đoàn kết"],
    "kinh_phi_nha_dai_doan_ket": ["Kinh phí hỗ trợ nhà Đại đoàn kết", "Kinh phí xây sửa nhà"],
    "quy_vi_nguoi_ngheo": ['Quỹ "Vì người nghèo" vận động được', "Vận động Quỹ Vì người nghèo"],
    "cuoc_giam_sat": ["Số cuộc giám sát, phối hợp giám sát", "Giám sát, phối hợp giám sát"],
    "hoi_nghi_phan_bien": ["Số hội nghị phản biện xã hội", "Hội nghị phản biện xã hội"],
    "thanh_vien_ttnd": ["Số thành viên Ban Thanh tra nhân dân", "Thành viên Ban TTND"],
    "vu_viec_ttnd": ["Số vụ việc Ban TTND giám sát, kiến nghị", "Vụ việc Ban TTND"],
    "thanh_vien_gsdtccd": ["Số thành viên Ban Giám sát đầu tư của cộng đồng", "Thành viên Ban GSĐTCCĐ",
                           "Số thành viên Ban GSĐTCĐ"],
    "cuoc_gsdtccd": ["Số cuộc giám sát đầu tư của cộng đồng", "Số cuộc giám sát Ban GSĐTCCĐ"],
}  # fmt: skip
SHORT: dict[str, str] = {
    "hoi_nghi_tuyen_truyen": "Hội nghị tuyên truyền",
    "luot_nguoi_tham_du": "Lượt người dự",
    "luot_tuyen_truyen": "Lượt tuyên truyền",
    "suat_qua": "Số suất quà",
    "gia_tri_qua": "Trị giá quà",
    "nha_dai_doan_ket": "Nhà Đại đoàn kết",
    "kinh_phi_nha_dai_doan_ket": "Kinh phí nhà Đại đoàn kết",
    "quy_vi_nguoi_ngheo": "Quỹ Vì người nghèo",
    "cuoc_giam_sat": "Cuộc giám sát",
    "hoi_nghi_phan_bien": "Hội nghị phản biện",
    "thanh_vien_ttnd": "Thành viên Ban TTND",
    "vu_viec_ttnd": "Vụ việc Ban TTND",
    "thanh_vien_gsdtccd": "Thành viên Ban GSĐTCCĐ",
    "cuoc_gsdtccd": "Cuộc giám sát Ban GSĐTCCĐ",
}
GROUPS: list[tuple[str, str, list[str]]] = [
    ("I", "CÔNG TÁC TUYÊN TRUYỀN", ["hoi_nghi_tuyen_truyen", "luot_nguoi_tham_du", "luot_tuyen_truyen"]),
    ("II", "CÔNG TÁC AN SINH XÃ HỘI", ["suat_qua", "gia_tri_qua", "nha_dai_doan_ket",
                                       "kinh_phi_nha_dai_doan_ket", "quy_vi_nguoi_ngheo"]),
    ("III", "CÔNG TÁC GIÁM SÁT, PHẢN BIỆN XÃ HỘI", ["cuoc_giam_sat", "hoi_nghi_phan_bien"]),
    ("IV", "BAN THANH TRA NHÂN DÂN, BAN GIÁM SÁT ĐẦU TƯ CỦA CỘNG ĐỒNG",
     ["thanh_vien_ttnd", "vu_viec_ttnd", "thanh_vien_gsdtccd", "cuoc_gsdtccd"]),
]  # fmt: skip
COUNT_UNITS = {
    "hoi_nghi_tuyen_truyen": "Hội nghị", "luot_nguoi_tham_du": "Lượt người",
    "luot_tuyen_truyen": "Lượt", "suat_qua": "Suất", "nha_dai_doan_ket": "Nhà",
    "cuoc_giam_sat": "Cuộc", "hoi_nghi_phan_bien": "Hội nghị", "thanh_vien_ttnd": "Người",
    "vu_viec_ttnd": "Vụ", "thanh_vien_gsdtccd": "Người", "cuoc_gsdtccd": "Cuộc",
}  # fmt: skip
MONEY_UNITS = {"đồng": 1, "nghìn đồng": 1_000, "triệu đồng": 1_000_000}


Cell = tuple[int, int, str]
Render = Callable[[float, int], object]  # value in base unit, scale -> what the cell holds


def plain(value: float, scale: int) -> object:
    scaled = value / scale
    return int(scaled) if float(scaled).is_integer() else round(scaled, 6)


def as_text(value: float, scale: int) -> object:
    return format_vn(plain(value, scale))


def unit_report(
    *,
    sheet_name: str,
    committee: str,
    unit_line: str,
    period: str,
    year: int,
    values: dict[str, float],
    unit_id: str,
    choose: Callable[[list[str]], str],
    money_unit: str = "triệu đồng",
    money_in_label: bool = False,
    render: Render = plain,
    extra_rows: list[tuple[str, str, object]] | None = None,
    detail_rows: dict[str, tuple[str, str, object]] | None = None,
) -> tuple[Sheet, dict[str, Cell]]:
    """One unit's report: title block, STT | Nội dung | ĐVT | Kết quả | Ghi chú, group rows."""
    sheet = Sheet(sheet_name, widths={0: 6, 1: 60, 2: 14, 3: 16, 4: 20})
    sheet.merge(0, 0, 0, 1, committee)
    sheet.merge(0, 3, 0, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    sheet.merge(1, 0, 1, 1, unit_line)
    sheet.merge(1, 3, 1, 4, "Độc lập - Tự do - Hạnh phúc")
    sheet.merge(3, 0, 3, 4, f"BÁO CÁO KẾT QUẢ CÔNG TÁC MẶT TRẬN {period_title(period, year)}")
    sheet.merge(4, 0, 4, 4, "(Số liệu tính đến ngày cuối kỳ báo cáo)")
    for col, header in enumerate(["STT", "Nội dung", "ĐVT", "Kết quả", "Ghi chú"]):
        sheet.put(6, col, header)
    sheet.bold_rows.update({6})
    cells: dict[str, Cell] = {}
    row = 7
    for roman, title, codes in GROUPS:
        present = [c for c in codes if c in values]
        if not present:
            continue
        sheet.put(row, 0, roman)
        sheet.put(row, 1, title)
        sheet.bold_rows.add(row)
        row += 1
        for number, code in enumerate(present, start=1):
            label = choose(LABELS[code])
            if code in MONEY_UNITS_CODES:
                scale = MONEY_UNITS[money_unit]
                unit_text = "" if money_in_label else money_unit.capitalize()
                if money_in_label:
                    label = f"{label} ({money_unit})"
            else:
                scale, unit_text = 1, COUNT_UNITS[code]
            sheet.put(row, 0, str(number))
            sheet.put(row, 1, label)
            sheet.put(row, 2, unit_text)
            sheet.put(row, 3, render(values[code], scale))
            cells[code] = (row, 3, unit_id)
            row += 1
            if detail_rows and code in detail_rows:
                label2, unit2, value2 = detail_rows[code]
                sheet.put(row, 1, label2)
                sheet.put(row, 2, unit2)
                sheet.put(row, 3, value2)
                row += 1
    for label, unit_text, value in extra_rows or []:
        sheet.put(row, 0, str(row - 6))
        sheet.put(row, 1, label)
        sheet.put(row, 2, unit_text)
        sheet.put(row, 3, value)
        row += 1
    return sheet, cells


MONEY_UNITS_CODES = ("gia_tri_qua", "kinh_phi_nha_dai_doan_ket", "quy_vi_nguoi_ngheo")


def cluster_units_as_columns(
    *,
    committee: str,
    cluster_line: str,
    period: str,
    year: int,
    units: list[tuple[str, str]],
    values: dict[str, dict[str, float]],
    choose: Callable[[list[str]], str],
    wrong_total: str | None = None,
    title: str | None = None,
) -> tuple[Sheet, dict[tuple[str, str], Cell]]:
    """A cluster summary: indicators as rows, units as columns under a merged two-row header,
    and a total column whose formula carries its cached value. ``title`` replaces the report's
    (a cluster's registration of targets uses this layout too)."""
    sheet = Sheet("Tổng hợp", widths={1: 50})
    n = len(units)
    sheet.merge(0, 0, 0, 2, committee)
    sheet.merge(1, 0, 1, 2, cluster_line)
    sheet.merge(
        3, 0, 3, 3 + n, title or f"BÁO CÁO TỔNG HỢP KẾT QUẢ CÔNG TÁC {period_title(period, year)}"
    )
    sheet.merge(5, 0, 6, 0, "STT")
    sheet.merge(5, 1, 6, 1, "Nội dung")
    sheet.merge(5, 2, 6, 2, "ĐVT")
    sheet.merge(5, 3, 5, 2 + n, "Kết quả của các đơn vị")
    sheet.merge(5, 3 + n, 6, 3 + n, "Tổng cộng")
    for i, (_uid, name) in enumerate(units):
        sheet.put(6, 3 + i, name)
    cells: dict[tuple[str, str], Cell] = {}
    row = 7
    for number, (_roman, _title, codes) in enumerate(GROUPS, start=1):
        for code in codes:
            if not any(code in values[uid] for uid, _ in units):
                continue
            money = code in MONEY_UNITS_CODES
            scale = 1_000_000 if money else 1
            sheet.put(row, 0, f"{number}.{codes.index(code) + 1}")
            sheet.put(row, 1, choose(LABELS[code]))
            sheet.put(row, 2, "Triệu đồng" if money else COUNT_UNITS[code])
            total = 0.0
            for i, (uid, _name) in enumerate(units):
                if code in values[uid]:
                    sheet.put(row, 3 + i, plain(values[uid][code], scale))
                    cells[(uid, code)] = (row, 3 + i, uid)
                    total += values[uid][code] / scale
            if code == wrong_total:
                total += 7
            first, last = a1(row, 3), a1(row, 2 + n)
            sheet.formulas[(row, 3 + n)] = (f"SUM({first}:{last})", round(total, 6))
            row += 1
    return sheet, cells


def cluster_units_as_rows(
    *,
    committee: str,
    cluster_line: str,
    period: str,
    year: int,
    units: list[tuple[str, str]],
    values: dict[str, dict[str, float]],
) -> tuple[Sheet, dict[tuple[str, str], Cell]]:
    """Units as rows, indicators as columns grouped under merged headers, a "Tổng cộng" row."""
    sheet = Sheet("Biểu 01", widths={1: 24})
    codes = [c for _, _, group in GROUPS for c in group]
    sheet.merge(0, 0, 0, 3, committee)
    sheet.merge(1, 0, 1, 3, cluster_line)
    sheet.merge(
        3, 0, 3, 1 + len(codes), f"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU {period_title(period, year)}"
    )
    sheet.merge(5, 0, 6, 0, "STT")
    sheet.merge(5, 1, 6, 1, "Đơn vị")
    col = 2
    group_names = ["Tuyên truyền", "An sinh xã hội", "Giám sát, phản biện", "Ban TTND, Ban GSĐTCCĐ"]
    for (_, _, group), name in zip(GROUPS, group_names, strict=True):
        sheet.merge(5, col, 5, col + len(group) - 1, name)
        for code in group:
            label = SHORT[code] + (" (triệu đồng)" if code in MONEY_UNITS_CODES else "")
            sheet.put(6, col, label)
            col += 1
    cells: dict[tuple[str, str], Cell] = {}
    totals = dict.fromkeys(codes, 0.0)
    for i, (uid, name) in enumerate(units):
        row = 7 + i
        sheet.put(row, 0, i + 1)
        sheet.put(row, 1, name)
        for j, code in enumerate(codes):
            if code in values[uid]:
                scale = 1_000_000 if code in MONEY_UNITS_CODES else 1
                sheet.put(row, 2 + j, plain(values[uid][code], scale))
                cells[(uid, code)] = (row, 2 + j, uid)
                totals[code] += values[uid][code] / scale
    row = 7 + len(units)
    sheet.put(row, 1, "Tổng cộng")
    for j, code in enumerate(codes):
        sheet.put(row, 2 + j, round(totals[code], 6))
    return sheet, cells
