"""Feedback to units: annotated copies, list-only copies, the raw file left untouched."""

from __future__ import annotations

import hashlib
import re

import pandas as pd
import xlwt
from openpyxl import Workbook, load_workbook

from thidua_analysis import load_reports
from thidua_analysis.quality import validate, write_feedback


def unit_report(path, rows, *, formula_cell=None):
    book = Workbook()
    sheet = book.active
    sheet.title = "Báo cáo"
    sheet["A1"] = "ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"
    sheet["A3"] = "BÁO CÁO KẾT QUẢ CÔNG TÁC MẶT TRẬN 9 THÁNG NĂM 2022"
    for c, head in enumerate(["STT", "Nội dung", "ĐVT", "Kết quả"], start=1):
        sheet.cell(5, c, head)
    for r, (label, unit, value) in enumerate(rows, start=6):
        sheet.cell(r, 1, r - 5)
        sheet.cell(r, 2, label)
        sheet.cell(r, 3, unit)
        sheet.cell(r, 4, value)
    if formula_cell:
        sheet[formula_cell] = "=D6*2"
    book.save(path)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_flagged_cells_are_highlighted_and_commented_in_a_copy(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    source = raw / "dong_da_2022_9M.xlsx"
    unit_report(source, [("Số suất quà", "Suất", 922), ("Trị giá quà", "Đồng", 4_850_000)],
                formula_cell="F6")  # fmt: skip
    before = digest(source)
    loaded = load_reports(raw)
    issues = validate(loaded.data)
    assert "value.implausible_ratio" in set(issues["code"])
    paths = write_feedback(issues, loaded.data, tmp_path / "phan_hoi", sources=raw)
    copy = tmp_path / "phan_hoi" / "dong_da" / "dong_da_2022_9M_phan_hoi.xlsx"
    assert copy in paths
    assert digest(source) == before  # the raw file is never written
    book = load_workbook(copy)
    assert book.sheetnames[0] == "Phản hồi kiểm tra"
    cell = book["Báo cáo"]["D7"]
    assert cell.fill.fgColor.rgb.endswith("FFEB9C")  # a warning's fill
    assert "ngoài khoảng hợp lý" in cell.comment.text
    assert book["Báo cáo"]["D6"].comment is None
    # the formula is carried over as text, never calculated
    assert book["Báo cáo"]["F6"].value == "=D6*2"
    listing = book["Phản hồi kiểm tra"]
    assert listing["A2"].value == "Cảnh báo"
    assert listing["C2"].value == "D7"
    assert listing["C2"].hyperlink.target == "#'Báo cáo'!D7"
    assert (tmp_path / "phan_hoi" / "dong_da" / "danh_sach_van_de.xlsx") in paths


def test_xls_and_unreadable_files_get_a_list_and_missing_reports_reach_their_unit(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    book = xlwt.Workbook()
    sheet = book.add_sheet("BC")
    sheet.write(0, 0, "BÁO CÁO KẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2022 - QUẬN BA ĐÌNH")
    for c, head in enumerate(["STT", "Nội dung", "ĐVT", "Kết quả"]):
        sheet.write(2, c, head)
    sheet.write(3, 1, "Số suất quà")
    sheet.write(3, 2, "Suất")
    sheet.write(3, 3, 100)
    sheet.write(4, 1, "Trị giá quà")
    sheet.write(4, 2, "Triệu đồng")
    sheet.write(4, 3, 500_000)  # 500 000 triệu: 5 tỷ đồng a gift
    book.save(str(raw / "ba_dinh_2022_FY.xls"))
    (raw / "hoan_kiem_2022_FY.xlsx").write_bytes(b"not a workbook at all")
    loaded = load_reports(raw)
    issues = pd.concat([loaded.issues, validate(loaded.data)], ignore_index=True)
    assert {"value.implausible_ratio", "file.not_a_workbook", "report.missing"} <= set(
        issues["code"]
    )
    out = tmp_path / "phan_hoi"
    paths = write_feedback(issues, loaded.data, out, sources=raw)
    listed = load_workbook(out / "ba_dinh" / "ba_dinh_2022_FY_phan_hoi.xlsx")["Phản hồi kiểm tra"]
    assert "không ghi chú trực tiếp" in listed["A2"].value
    assert (listed["B5"].value, listed["C5"].value) == ("BC", "D5")
    broken = out / "hoan_kiem" / "hoan_kiem_2022_FY_phan_hoi.xlsx"  # the unit its name names
    assert broken in paths
    assert "không mở được" in load_workbook(broken).active["A2"].value
    assert {p.name for p in out.iterdir()} <= {"ba_dinh", "hoan_kiem", "dong_da", "hai_ba_trung",
                                              "long_bien", "hoang_mai"}  # units only, no "khong_xac_dinh"  # fmt: skip
    sent = " ".join(str(c.value) for p in paths for row in load_workbook(p).active.iter_rows()
                    for c in row if c.value)  # fmt: skip
    assert "recipes.toml" not in sent and "indicator_aliases.csv" not in sent and "membership.csv" not in sent
    # units of Cụm 1 that sent nothing for 2022 get the list of what is missing
    missing = load_workbook(out / "hai_ba_trung" / "danh_sach_van_de.xlsx")["Danh sách"]
    assert any("Hai Bà Trưng" in str(c.value) for row in missing.iter_rows() for c in row)


def test_issues_workbook_has_a_block_per_file_and_a_flat_list(tmp_path):
    from thidua_analysis.issue_codes import title_of
    from thidua_analysis.quality import write_issues_workbook
    from thidua_analysis.schema import issue

    issues = pd.DataFrame([
        issue("warning", "row.unmapped_label", "Nội dung 'X' không khớp.", "b.xlsx", "S", "B9"),
        issue("error", "cell.not_a_number", "Ô D7 chứa 'abc'.", "b.xlsx", "S", "D7"),
        issue("error", "file.corrupt", "Tệp bị hỏng.", "a.xlsx"),
        issue("warning", "report.missing", "Chưa có báo cáo quý I."),
    ])  # fmt: skip
    path = write_issues_workbook(issues, tmp_path / "van_de.xlsx")
    book = load_workbook(path)
    blocks = [[c.value for c in row] for row in book["Vấn đề theo tệp"].iter_rows()]
    headings = [row[0] for row in blocks if row[1] is None and row[0]]
    assert headings == ["(toàn bộ lô) — 0 lỗi, 1 cảnh báo", "a.xlsx — 1 lỗi, 0 cảnh báo",
                        "b.xlsx — 1 lỗi, 1 cảnh báo"]  # fmt: skip
    b_rows = blocks[blocks.index(["b.xlsx — 1 lỗi, 1 cảnh báo", None, None, None, None]) + 1 :]
    assert [row[:4] for row in b_rows] == [["Lỗi", f"{title_of('cell.not_a_number')} (cell.not_a_number)", "S", "D7"],
                                           ["Cảnh báo", f"{title_of('row.unmapped_label')} (row.unmapped_label)",
                                            "S", "B9"]]  # fmt: skip
    assert title_of("cell.not_a_number")  # the code with its Vietnamese title
    flat = [[c.value for c in row] for row in book["Danh sách"].iter_rows()]
    assert flat[0] == ["Mức độ", "Mã lỗi", "Nội dung và cách sửa", "Tệp", "Trang tính", "Ô",
                       "Đơn vị", "Năm", "Kỳ", "Chỉ tiêu"]  # fmt: skip
    assert len(flat) == 5 and {row[0] for row in flat[1:]} == {"Lỗi", "Cảnh báo"}
    assert ["Lỗi", "file.corrupt", "Tệp bị hỏng.", "a.xlsx"] in [row[:4] for row in flat]


def test_issues_workbook_rows_keep_their_styles_heights_and_odd_text(tmp_path):
    """The rows below the headings are written as XML text, not cell by cell: each keeps its
    style (a file's heading shaded and bold, an error red), its height, and any text as typed."""
    from thidua_analysis.quality import write_issues_workbook
    from thidua_analysis.schema import issue

    odd = "Nội dung 'A & B <c>' không khớp _x0041_ \x07 ở ô  "
    issues = pd.DataFrame([
        issue("error", "cell.not_a_number", "Ô D7 chứa 'abc'. " * 20, "b.xlsx", "S", "D7"),
        issue("warning", "row.unmapped_label", odd, "b.xlsx", " Trang <1> ", "B9"),
    ])  # fmt: skip
    book = load_workbook(write_issues_workbook(issues, tmp_path / "van_de.xlsx"))
    blocks = book["Vấn đề theo tệp"]
    assert blocks.dimensions == "A1:E4"
    heading, error, warning = blocks[2], blocks[3], blocks[4]
    assert heading[0].value == "b.xlsx — 1 lỗi, 1 cảnh báo" and heading[0].font.b
    assert heading[0].fill.fgColor.rgb == "FFF2F2F2" and blocks.row_dimensions[2].height is None
    assert error[0].value == "Lỗi" and error[0].font.color.rgb == "FFC00000" and error[0].font.b
    assert error[4].alignment.wrap_text and blocks.row_dimensions[3].height == 60  # 340 characters, 100 a line
    assert warning[0].value == "Cảnh báo" and not warning[0].font.b
    # openpyxl leaves OOXML's _xHHHH_ escapes as written: decode them as a spreadsheet does
    decoded = re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m.group(1), 16)), warning[4].value)
    assert decoded == odd and warning[2].value == " Trang <1> "
    flat = book["Danh sách"]
    assert flat.dimensions == "A1:J3" and flat.auto_filter.ref == "A1:J3"
    assert [c.value for c in flat[3]][:6] == ["Cảnh báo", "row.unmapped_label", warning[4].value, "b.xlsx",
                                              " Trang <1> ", "B9"]  # fmt: skip
    assert flat["G3"].value is None  # an empty field is no cell
