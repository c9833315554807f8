"""The report layouts units really send, built as :class:`Sheet` cell maps.

Each builder returns the sheet and the cells holding values: ``{indicator: (row, col, unit_id)}``
so the ground truth can name the cell each value must come from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..schema import a1
from ..text.numbers import format_vn
from ..text.periods import end_month, period_phrase, period_title
from .sheets import Sheet

__all__ = ["LABELS", "OfficeStyle", "a_list_of_supervisions", "cluster_units_as_columns", "cluster_units_as_rows",
           "unit_report", "units_as_sections", "units_as_sheets", "units_with_their_rows", "with_parts_beside"]  # fmt: skip

# Wordings per indicator, all mapped by the catalogue's aliases.
LABELS: dict[str, list[str]] = {
    "hoi_nghi_tuyen_truyen": ["Tổ chức hội nghị tuyên truyền, phổ biến chủ trương, chính sách",
                              "Số hội nghị tuyên truyền, phổ biến", "Hội nghị tuyên truyền"],
    "luot_nguoi_tham_du": ["Số lượt người tham dự", "Lượt người dự", "Lượt người tham dự"],
    "luot_tuyen_truyen": ["Số lượt tuyên truyền (loa, bản tin, mạng xã hội…)",
                          "Tuyên truyền trên loa truyền thanh, bản tin, mạng xã hội"],
    "suat_qua": ["Số suất quà trao tặng", "Trao quà", "Số suất quà",
                 "Vận động quà tặng hộ nghèo, gia đình chính sách dịp Tết"],
    "gia_tri_qua": ["Trị giá quà", "Trị giá", "Giá trị quà", "Tổng giá trị các suất quà"],
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
# the conferences' parts under their group's own figure (whole_on_group)
PARTS_OF_CONFERENCES = (("Hội nghị tuyên truyền pháp luật", 0), ("Hội nghị tuyên truyền nghị quyết", 1))
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


@dataclass(frozen=True)
class OfficeStyle:
    """How an office departs from the template (docs/design.md §5): a document number and a
    place-and-date line dated after the period, a title running on into plans, other header
    wordings, plan / same-period / percentage columns, the quarter beside the year to date, a
    column-numbering row, words in value cells, a signature block."""

    doc_line: bool = False
    run_on_title: bool = False
    label_header: str = "Nội dung"
    uom_header: str = "ĐVT"
    value_header: str = "Kết quả"
    plan: dict[str, float] | None = None  # "Kế hoạch năm" (the year's targets) and "Đạt % KH"
    prior: dict[str, float] | None = None  # "Cùng kỳ năm Y-1" and "So sánh (%)"
    quarter: dict[str, float] | None = None  # "Trong quý" beside "Lũy kế từ đầu năm"
    numbering: bool = False
    words: bool = False  # "612 hội nghị"
    signature: bool = False

    @property
    def appendix(self) -> bool:
        """The sheet is the appendix of a report in words: "PHỤ LỤC SỐ LIỆU" over "(Kèm theo Báo
        cáo số … của … về kết quả công tác Mặt trận quý III năm 2023)"; offices heading their
        labels "Chỉ tiêu" do so when they compare with no earlier year."""
        return self.label_header == "Chỉ tiêu" and self.prior is None and not self.run_on_title

    @property
    def measure_after(self) -> bool:
        """The measure is written after the figure, under the figures' header merged over both
        ("Số liệu" over "15 | hội nghị"); offices heading the figures "Số liệu" with one column
        of them do so."""
        return self.value_header == "Số liệu" and self.plan is None and self.prior is None and self.quarter is None

    @property
    def column_marks(self) -> bool:
        """Each header carries its column's number in brackets ("ĐVT (3)") instead of a row of
        numbers under the header; offices heading the measure "Đơn vị tính" do so."""
        return self.uom_header == "Đơn vị tính" and not self.numbering and not self.measure_after

    @property
    def whole_on_group(self) -> bool:
        """The first group's row carries the conferences' figure ("I | CÔNG TÁC TUYÊN TRUYỀN | Hội
        nghị | 40") over its parts numbered 1, 2 in other words; offices heading their results
        "Kết quả thực hiện" in one column do so."""
        return (self.value_header == "Kết quả thực hiện" and self.plan is None and self.prior is None
                and self.quarter is None and not self.topics and not self.measure_after)

    @property
    def marks_items(self) -> bool:
        """A detail row's mark stands alone in the STT column ("-" | "Quà Tết") instead of opening
        its label ("Trong đó: Quà Tết"); offices heading their labels "Danh mục" do so."""
        return self.label_header == "Danh mục"

    @property
    def topics(self) -> bool:
        """A "Lĩnh vực" column left of the labels holds each group's name, merged down over its
        rows, instead of group rows; offices heading their labels "Nội dung công việc" do so."""
        return self.label_header == "Nội dung công việc"

    @property
    def to_date_header(self) -> str:
        """The header of the year-to-date column beside "Trong quý": "Tích lũy" for offices
        heading their labels "Chỉ tiêu", "Lũy kế từ đầu năm" for the others."""
        return "Tích lũy" if self.label_header == "Chỉ tiêu" else "Lũy kế từ đầu năm"


NEXT_PLANS = {"Q1": "quý II", "Q2": "quý III", "Q3": "quý IV", "Q4": "năm sau", "H1": "6 tháng cuối năm",
              "9M": "3 tháng cuối năm", "FY": "năm sau", "H2": "năm sau"}  # fmt: skip
DATED = {"Q1": 4, "Q2": 7, "Q3": 10, "Q4": 1, "H1": 7, "9M": 10, "FY": 1, "H2": 1}  # month dated


def _title_block(sheet: Sheet, committee: str, unit_line: str, period: str, year: int,
                 style: OfficeStyle, width: int) -> int:  # fmt: skip
    """Committee, motto, optional number and date line, title; the header's row."""
    sheet.merge(0, 0, 0, 1, committee)
    sheet.merge(0, 3, 0, width, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    sheet.merge(1, 0, 1, 1, unit_line)
    sheet.merge(1, 3, 1, width, "Độc lập - Tự do - Hạnh phúc")
    if style.doc_line:
        month = DATED[period]
        dated = year + 1 if month == 1 else year
        sheet.put(2, 0, f"Số: {10 + month * 3}/BC-MTTQ")
        sheet.merge(2, 3, 2, width, f"Hà Nội, ngày 05 tháng {month:02d} năm {dated}")
    if style.run_on_title:
        plans = NEXT_PLANS[period].replace("năm sau", f"năm {year + 1}")
        sheet.merge(3, 0, 3, width, "BÁO CÁO")
        ahead = (f", định hướng năm {year + 1}" if period == "FY" and style.plan is None  # a plan word
                 else f" và phương hướng, nhiệm vụ {plans}")  # fmt: skip
        sheet.merge(4, 0, 4, width, f"Kết quả công tác Mặt trận {period_phrase(period, year)}{ahead}")
    elif style.appendix:  # the figures attached to the report in words, which its line names
        month = DATED[period]
        dated = year + 1 if month == 1 else year
        sheet.merge(3, 0, 3, width, "PHỤ LỤC SỐ LIỆU")
        sheet.merge(4, 0, 4, width, f"(Kèm theo Báo cáo số {10 + month * 3}/BC-MTTQ ngày 05/{month}/{dated} của Ban "
                                    f"Thường trực về kết quả công tác Mặt trận {period_phrase(period, year)})")  # fmt: skip
    else:
        said = _in_months(period, year) if style.label_header == "Danh mục" else period_title(period, year)
        sheet.merge(3, 0, 3, width, f"BÁO CÁO KẾT QUẢ CÔNG TÁC MẶT TRẬN {said}")
        sheet.merge(4, 0, 4, width, f"(So với cùng kỳ năm {year - 1})" if style.prior is not None
                    else "(Số liệu tính đến ngày cuối kỳ báo cáo)")  # fmt: skip
    return 6


_ORDINAL = {"Q1": "NHẤT", "Q2": "HAI", "Q3": "BA", "Q4": "TƯ"}


def _in_months(period: str, year: int) -> str:
    """The period as some offices title it: "THÁNG 1 - 9/2023", "QUÝ THỨ BA NĂM 2023"."""
    if period in _ORDINAL:
        return f"QUÝ THỨ {_ORDINAL[period]} NĂM {year}"
    if period in ("H1", "9M"):
        return f"THÁNG 1 - {end_month(period)}/{year}"
    return period_title(period, year)


def _signature(sheet: Sheet, row: int) -> None:
    sheet.put(row + 1, 0, "Nơi nhận:")
    sheet.put(row + 1, 3, "TM. BAN THƯỜNG TRỰC")
    sheet.put(row + 2, 0, "- Như trên;")
    sheet.put(row + 2, 3, "CHỦ TỊCH")
    sheet.put(row + 3, 0, "- Lưu VP.")
    sheet.put(row + 6, 3, "Nguyễn Văn Bình")


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
    style: OfficeStyle | None = None,
    member_body: tuple[str, dict[str, float]] | None = None,
) -> tuple[Sheet, dict]:
    """One unit's report: title block, STT | Nội dung | ĐVT | Kết quả | Ghi chú, group rows;
    ``style`` adds what offices add. Cells of the "Trong quý" column are keyed ``("quarter",
    code)``. ``member_body``: the name and figures of a member organisation whose own section
    follows the committee's ("V | HỘI LIÊN HIỆP PHỤ NỮ QUẬN …"): never the unit's figures."""
    style = style or OfficeStyle()
    value_columns: list[tuple[str, str]] = []  # (header, what)
    if style.prior is not None:
        value_columns.append((f"Cùng kỳ năm {year - 1}", "prior"))
    if style.plan is not None:
        value_columns.append((f"Kế hoạch năm {year}", "plan"))
    if style.quarter is not None:
        value_columns += [("Trong quý", "quarter"), (style.to_date_header, "value")]
    else:
        value_columns.append((style.value_header, "value"))
    if style.plan is not None:
        value_columns.append(("Đạt % KH", "pct_plan"))
    if style.prior is not None:
        value_columns.append(("So sánh (%)", "pct_prior"))
    topics = ["Lĩnh vực"] if style.topics else []
    at = len(topics)  # the label column is 1, or 2 right of the topics
    after = style.measure_after and not topics
    if after:  # "STT | Nội dung | Số liệu (over two columns) | Ghi chú": the figure, then its measure
        headers = ["STT", style.label_header, *(h for h, _ in value_columns), "", "Ghi chú"]
        uom_col, first_value = 2 + len(value_columns), 2
    else:
        headers = ["STT", *topics, style.label_header, style.uom_header, *(h for h, _ in value_columns), "Ghi chú"]
        uom_col, first_value = 2 + at, 3 + at
    last = len(headers) - 1
    widths = {0: 6, **({1: 22} if topics else {}), 1 + at: 60, uom_col: 14}
    sheet = Sheet(sheet_name, widths={**{c: 16 for c in range(2 + at, last)}, **widths, last: 20})
    header_row = _title_block(sheet, committee, unit_line, period, year, style, last)
    for col, header in enumerate(headers):
        if header:
            sheet.put(header_row, col, f"{header} ({col + 1})" if style.column_marks else header)
    if after:
        sheet.merge(header_row, first_value, header_row, uom_col, style.value_header)
    sheet.bold_rows.update({header_row})
    row = header_row + 1
    if style.numbering:
        for col, token in enumerate(["A", "B", "C", *(["D"] if topics else []), *range(1, last - 1 - at)]):
            sheet.put(row, col, token)
        row += 1
    cells: dict = {}
    for roman, title, codes in GROUPS:
        present = [c for c in codes if c in values]
        if not present:
            continue
        start = 1  # the number of the group's first row
        if topics:  # the group's name beside its rows, merged down over them
            span = len(present) + sum(1 for c in present if detail_rows and c in detail_rows)
            sheet.merge(row, 1, row + span - 1, 1, title.capitalize())
            sheet.put(row, 1, title.capitalize())
        else:
            sheet.put(row, 0, roman)
            sheet.put(row, 1, title)
            sheet.bold_rows.add(row)
            if style.whole_on_group and present[0] == "hoi_nghi_tuyen_truyen" and values[present[0]] >= 2:
                # the group's own figure, then its parts: "1 | Hội nghị tuyên truyền pháp luật | 25", "2 | … | 15"
                code, value_col = present.pop(0), first_value + [w for _, w in value_columns].index("value")
                choose(LABELS[code])  # (drawn all the same: the rest of the sample stays as it was)
                sheet.put(row, uom_col, COUNT_UNITS[code])
                sheet.put(row, value_col, render(values[code], 1))
                cells[code] = (row, value_col, unit_id)
                first = int(values[code]) * 3 // 5
                for number, (label, part) in enumerate(PARTS_OF_CONFERENCES, start=1):
                    row += 1
                    sheet.put(row, 0, str(number))
                    sheet.put(row, 1 + at, label)
                    sheet.put(row, uom_col, COUNT_UNITS[code])
                    sheet.put(row, value_col, first if part == 0 else int(values[code]) - first)
                start += len(PARTS_OF_CONFERENCES)
            row += 1
        for number, code in enumerate(present, start=start):
            label = choose(LABELS[code])
            if code in MONEY_UNITS_CODES:
                scale = MONEY_UNITS[money_unit]
                unit_text = "" if money_in_label else money_unit.capitalize()
                if money_in_label:
                    label = f"{label} ({money_unit})"
            else:
                scale, unit_text = 1, COUNT_UNITS[code]
            sheet.put(row, 0, str(number))
            sheet.put(row, 1 + at, label)
            sheet.put(row, uom_col, unit_text)
            for offset, (_header, what) in enumerate(value_columns):
                col = first_value + offset
                if what == "value":
                    shown = render(values[code], scale)
                    if style.words and code not in MONEY_UNITS_CODES and render is plain:
                        shown = f"{format_vn(plain(values[code], 1))} {COUNT_UNITS[code].lower()}"
                    sheet.put(row, col, shown)
                    cells[code] = (row, col, unit_id)
                elif what == "quarter" and code in style.quarter:
                    sheet.put(row, col, render(style.quarter[code], scale))
                    cells[("quarter", code)] = (row, col, unit_id)
                elif what in ("prior", "plan"):
                    source = style.prior if what == "prior" else style.plan
                    if source is not None and code in source:
                        sheet.put(row, col, plain(source[code], scale))
                elif what in ("pct_plan", "pct_prior"):
                    source = style.plan if what == "pct_plan" else style.prior
                    if source and source.get(code):
                        sheet.put(row, col, round(values[code] / source[code] * 100, 1))
            row += 1
            if detail_rows and code in detail_rows:
                label2, unit2, value2 = detail_rows[code]
                if style.marks_items:
                    sheet.put(row, 0, "-")
                    label2 = label2.removeprefix("Trong đó: ")
                sheet.put(row, 1 + at, label2)
                sheet.put(row, uom_col, unit2)
                sheet.put(row, first_value + [w for _, w in value_columns].index("value"), value2)
                row += 1
    for label, unit_text, value in extra_rows or []:
        sheet.put(row, 0, str(row - 6))
        sheet.put(row, 1 + at, label)
        sheet.put(row, uom_col, unit_text)
        sheet.put(row, first_value + [w for _, w in value_columns].index("value"), value)
        row += 1
    if member_body is not None and not topics:
        name, figures = member_body
        sheet.put(row, 0, "V")
        sheet.put(row, 1, name.upper())
        sheet.bold_rows.add(row)
        row += 1
        value_col = first_value + [w for _, w in value_columns].index("value")
        for number, (code, value) in enumerate(figures.items(), start=1):
            sheet.put(row, 0, str(number))
            sheet.put(row, 1, LABELS[code][0])
            sheet.put(row, uom_col, COUNT_UNITS[code])
            sheet.put(row, value_col, plain(value, 1))
            row += 1
    if style.signature:
        _signature(sheet, row)
    return sheet, cells


MONEY_UNITS_CODES = ("gia_tri_qua", "kinh_phi_nha_dai_doan_ket", "quy_vi_nguoi_ngheo")


def with_parts_beside(sheet: Sheet, cells: dict, *, whole: str, parts: list[tuple[str, dict[str, object]]]) -> None:
    """The unit's column of figures headed as its whole ("Toàn huyện"), its parts' columns right
    of it ("Ba Trại | Cam Thượng": wards or communes of before the 2025 reform), the columns that
    were there moved right: what a district writes when it reports its communes too. ``cells``:
    the figures' cells by indicator (one column); ``parts``: each part's header and its figures
    as written, by indicator (one left out is left empty)."""
    rows = {row for row, _col, _uid in cells.values()}
    col = next(iter(cells.values()))[1]
    k = len(parts)

    def moved(c: int) -> int:
        return c + k if c > col else c

    sheet.cells = {(r, moved(c)): v for (r, c), v in sheet.cells.items()}
    sheet.merges = [(r1, moved(c1), r2, moved(c2)) for r1, c1, r2, c2 in sheet.merges]
    sheet.formulas = {(r, moved(c)): f for (r, c), f in sheet.formulas.items()}
    sheet.widths = {moved(c): w for c, w in sheet.widths.items()}
    header = max(r for (r, c), v in sheet.cells.items() if c == col and r < min(rows) and isinstance(v, str))
    sheet.put(header, col, whole)
    for n, (name, figures) in enumerate(parts, start=1):
        sheet.put(header, col + n, name)
        sheet.widths[col + n] = 14
        for code, value in figures.items():
            sheet.put(cells[code][0], col + n, value)


def unit_report_across(
    *, sheet_name: str, committee: str, unit_line: str, period: str, year: int, values: dict[str, float],
    unit_id: str, money_unit: str = "triệu đồng", plan: dict[str, float] | None = None,
) -> tuple[Sheet, dict]:  # fmt: skip
    """One unit's figures on their side, as a one-page summary: the indicators head the columns
    ("Nội dung | Hội nghị tuyên truyền | … | Trị giá quà (triệu đồng)"), the row "Thực hiện" holds
    the period's figures, under a "Kế hoạch năm" row (never loaded) when ``plan``."""
    codes = [code for _roman, _title, group in GROUPS for code in group if code in values]
    sheet = Sheet(sheet_name, widths={0: 22, **{c: 16 for c in range(1, len(codes) + 1)}})
    header_row = _title_block(sheet, committee, unit_line, period, year, OfficeStyle(), len(codes))
    sheet.put(header_row, 0, "Nội dung")
    for col, code in enumerate(codes, start=1):
        sheet.put(header_row, col, f"{SHORT[code]} ({money_unit})" if code in MONEY_UNITS_CODES else SHORT[code])
    sheet.bold_rows.add(header_row)
    rows = [*([(f"Kế hoạch năm {year}", plan)] if plan else []), ("Thực hiện", values)]
    cells: dict = {}
    for row, (label, figures) in enumerate(rows, start=header_row + 1):
        sheet.put(row, 0, label)
        for col, code in enumerate(codes, start=1):
            if code in figures:
                sheet.put(row, col, plain(figures[code], MONEY_UNITS[money_unit] if code in MONEY_UNITS_CODES else 1))
        if figures is values:
            cells = {code: (row, col, unit_id) for col, code in enumerate(codes, start=1)}
    return sheet, cells


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


def units_as_sheets(
    *, committee: str, cluster_line: str, period: str, year: int, units: list[tuple[str, str]],
    values: dict[str, dict[str, float]], choose: Callable[[list[str]], str],
) -> list[tuple[Sheet, dict[str, Cell]]]:  # fmt: skip
    """A cluster's workbook with a sheet per unit (the sheet named after the unit); only the
    first sheet has a title, which states the period."""
    out = []
    for n, (uid, name) in enumerate(units):
        sheet = Sheet(name[:31], widths={1: 50})
        row = 0
        if n == 0:
            sheet.merge(0, 0, 0, 3, committee)
            sheet.merge(1, 0, 1, 3, cluster_line)
            sheet.merge(2, 0, 2, 3, f"BÁO CÁO KẾT QUẢ CÔNG TÁC {period_title(period, year)} CỦA CÁC ĐƠN VỊ")
            row = 4
        for col, header in enumerate(["STT", "Nội dung", "ĐVT", "Kết quả"]):
            sheet.put(row, col, header)
        cells: dict[str, Cell] = {}
        row += 1
        for number, code in enumerate((c for _, _, g in GROUPS for c in g if c in values[uid]), start=1):
            money = code in MONEY_UNITS_CODES
            sheet.put(row, 0, number)
            sheet.put(row, 1, choose(LABELS[code]))
            sheet.put(row, 2, "Triệu đồng" if money else COUNT_UNITS[code])
            sheet.put(row, 3, plain(values[uid][code], 1_000_000 if money else 1))
            cells[code] = (row, 3, uid)
            row += 1
        out.append((sheet, cells))
    return out


def units_as_sections(
    *, committee: str, cluster_line: str, period: str, year: int, units: list[tuple[str, str]],
    values: dict[str, dict[str, float]], choose: Callable[[list[str]], str],
) -> tuple[Sheet, dict[tuple[str, str], Cell]]:  # fmt: skip
    """One table with the cluster's total first ("TOÀN CỤM") and then a section per unit
    ("I. Huyện Gia Lâm"), each with its indicator rows."""
    sheet = Sheet("Tổng hợp", widths={1: 55})
    sheet.merge(0, 0, 0, 3, committee)
    sheet.merge(1, 0, 1, 3, cluster_line)
    sheet.merge(3, 0, 3, 3, f"BÁO CÁO TỔNG HỢP KẾT QUẢ CÔNG TÁC {period_title(period, year)}")
    for col, header in enumerate(["STT", "Nội dung công việc", "Đơn vị tính", "Kết quả thực hiện"]):
        sheet.put(5, col, header)
    codes = [c for _, _, g in GROUPS for c in g if any(c in values[u] for u, _ in units)]
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    row = 6
    sections = [("", "TOÀN CỤM", None), *((romans[i], name, uid) for i, (uid, name) in enumerate(units))]
    cells: dict[tuple[str, str], Cell] = {}
    for roman, title, uid in sections:
        sheet.put(row, 0, roman)
        sheet.put(row, 1, title)
        row += 1
        for number, code in enumerate(codes, start=1):
            money = code in MONEY_UNITS_CODES
            scale = 1_000_000 if money else 1
            if uid is None:
                value = sum(values[u][code] for u, _ in units if code in values[u])
            elif code in values[uid]:
                value = values[uid][code]
            else:
                continue
            sheet.put(row, 0, number)
            sheet.put(row, 1, choose(LABELS[code]))
            sheet.put(row, 2, "Triệu đồng" if money else COUNT_UNITS[code])
            sheet.put(row, 3, round(value / scale, 6))
            if uid is not None:
                cells[(uid, code)] = (row, 3, uid)
            row += 1
    return sheet, cells


def units_with_their_rows(
    *, committee: str, cluster_line: str, period: str, year: int, units: list[tuple[str, str]],
    values: dict[str, dict[str, float]], choose: Callable[[list[str]], str],
) -> tuple[Sheet, dict[tuple[str, str], Cell]]:  # fmt: skip
    """The long layout: a unit column (each name merged down over its rows), then the unit's
    indicators on rows with their measure ("STT | Đơn vị | Nội dung | ĐVT | Kết quả")."""
    sheet = Sheet("Tổng hợp", widths={1: 24, 2: 50})
    sheet.merge(0, 0, 0, 4, committee)
    sheet.merge(1, 0, 1, 4, cluster_line)
    sheet.merge(3, 0, 3, 4, f"TỔNG HỢP KẾT QUẢ CÔNG TÁC {period_title(period, year)} CỦA CÁC ĐƠN VỊ")
    for col, header in enumerate(["STT", "Đơn vị", "Nội dung", "ĐVT", "Kết quả"]):
        sheet.put(5, col, header)
    row = 6
    cells: dict[tuple[str, str], Cell] = {}
    for n, (uid, name) in enumerate(units, start=1):
        codes = [c for _, _, g in GROUPS for c in g if c in values[uid]]
        if not codes:
            continue
        sheet.merge(row, 0, row + len(codes) - 1, 0, n)
        sheet.merge(row, 1, row + len(codes) - 1, 1, name)
        for code in codes:
            money = code in MONEY_UNITS_CODES
            sheet.put(row, 2, choose(LABELS[code]))
            sheet.put(row, 3, "Triệu đồng" if money else COUNT_UNITS[code])
            sheet.put(row, 4, plain(values[uid][code], 1_000_000 if money else 1))
            cells[(uid, code)] = (row, 4, uid)
            row += 1
    return sheet, cells


SUPERVISIONS = [
    ("Giám sát việc thực hiện chính sách bảo hiểm y tế", "Trạm y tế", "Đã kiến nghị 3 nội dung"),
    ("Giám sát công tác cải cách hành chính", "Bộ phận một cửa", "Hoàn thành"),
    ("Giám sát đầu tư của cộng đồng", "Công trình nhà văn hóa", "2 kiến nghị"),
    ("Giám sát việc giải quyết đơn thư của công dân", "Ủy ban nhân dân", "1 kiến nghị"),
]


def a_list_of_supervisions(*, period: str, year: int, count: int) -> Sheet:
    """The list of the period's supervisions a report attaches ("DANH SÁCH CÁC CUỘC GIÁM SÁT"):
    a row per supervision, with words and small numbers that are no indicator's figures."""
    sheet = Sheet("DS giám sát", widths={1: 48, 3: 26, 5: 26})
    sheet.merge(0, 0, 0, 5, f"DANH SÁCH CÁC CUỘC GIÁM SÁT {period_title(period, year)}")
    for c, text in enumerate(["STT", "Nội dung giám sát", "Thời gian", "Đơn vị được giám sát",
                              "Số thành viên đoàn", "Kết quả"]):  # fmt: skip
        sheet.put(2, c, text)
    for i in range(count):
        what, where, outcome = SUPERVISIONS[i % len(SUPERVISIONS)]
        sheet.put(3 + i, 0, i + 1)
        sheet.put(3 + i, 1, what)
        sheet.put(3 + i, 2, f"Tháng {i % 3 + 1}/{year}")
        sheet.put(3 + i, 3, where)
        sheet.put(3 + i, 4, 5 + i % 3)
        sheet.put(3 + i, 5, outcome)
    return sheet
