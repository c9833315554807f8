"""Reports saved as web pages under a spreadsheet's or a document's name (what "export to Excel"
of many programs writes): their tables read as a Word report's are. Pages written here by hand."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

from thidua_analysis import load_reports
from thidua_analysis.interpret import interpret_file
from thidua_analysis.reading.html import read_html

from .test_word import _values

EXPORTED = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{mso-number-format:"\\@";}</style>
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>BaoCao</x:Name>
</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--><script>alert("12")</script>
</head><body><table border="1">
<tr><td colspan="5" align="center"><b>ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA</b></td></tr>
<tr><td colspan="5" align="center"><b>BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2023</b></td></tr>
<tr><th rowspan="2">STT</th><th rowspan="2">Nội dung</th><th rowspan="2">ĐVT</th><th colspan="2">Kết quả</th></tr>
<tr><th>Quý III</th><th>9 tháng</th></tr>
<tr><td>1</td><td>Số hội nghị<br>tuyên truyền</td><td>Hội nghị</td><td x:num="28">28</td><td>70</td></tr>
<tr><td>2</td><td>Số lượt người tham dự</td><td>Lượt người</td><td>2.150</td><td>5.000</td></tr>
<tr><td>3</td><td>Trị giá quà</td><td>Triệu đồng</td><td>1.250,5</td><td>&nbsp;</td></tr>
</table></body></html>"""

# a page a word processor saved, in the Vietnamese Windows code page, its cells never closed
SAVED_BY_A_WORD_PROCESSOR = """<html><head><meta charset="windows-1258"><title>Bao cao</title></head><body>
<p align=center>ỦY BAN MTTQ VIỆT NAM HUYỆN GIA LÂM</p>
<p><b>BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2024</b></p>
<p>Trong 6 tháng đầu năm, Ban Thường trực đã trao 1.850 suất quà cho hộ nghèo và gia đình chính sách.</p>
<table border=1><tr><td>TT<td>Chỉ tiêu<td>ĐVT<td>Kế hoạch năm<td>Thực hiện 6 tháng
<tr><td>1<td>Số suất quà<td>Suất<td>3.000<td>1.850
<tr><td>2<td>Số cuộc giám sát<td>Cuộc<td>10<td>4
</table><p>Nơi nhận:<br>- Như trên;<br>- Lưu VP.</p></body></html>"""


def _windows_1258(text: str) -> bytes:
    """``text`` in the Vietnamese Windows code page: letters with their shape, tones apart."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in parts if m in "\u0300\u0301\u0303\u0309\u0323")
        out.append(unicodedata.normalize("NFC", "".join(m for m in parts if m not in tones)) + tones)
    return "".join(out).encode("cp1258")


def test_an_export_to_excel_and_a_page_saved_as_a_doc_are_read(tmp_path: Path) -> None:
    (tmp_path / "dong_da_q3_2023.xls").write_text(EXPORTED, encoding="utf-8")
    (tmp_path / "gia_lam_6_thang_2024.doc").write_bytes(_windows_1258(SAVED_BY_A_WORD_PROCESSOR))
    exported = interpret_file(tmp_path / "dong_da_q3_2023.xls", "dong_da_q3_2023.xls")
    assert _values(exported) == {
        ("dong_da", 2023, "Q3", "hoi_nghi_tuyen_truyen", 28.0, "D5", "bảng 1"),
        ("dong_da", 2023, "9M", "hoi_nghi_tuyen_truyen", 70.0, "E5", "bảng 1"),
        ("dong_da", 2023, "Q3", "luot_nguoi_tham_du", 2150.0, "D6", "bảng 1"),
        ("dong_da", 2023, "9M", "luot_nguoi_tham_du", 5000.0, "E6", "bảng 1"),
        ("dong_da", 2023, "Q3", "gia_tri_qua", 1_250_500_000.0, "D7", "bảng 1"),
    }
    assert [i["code"] for i in exported.issues] == ["file.web_page"]
    saved = interpret_file(tmp_path / "gia_lam_6_thang_2024.doc", "gia_lam_6_thang_2024.doc")
    assert _values(saved) == {
        ("gia_lam", 2024, "H1", "suat_qua", 1850.0, "E2", "bảng 1"),  # (the plan is never a result)
        ("gia_lam", 2024, "H1", "cuoc_giam_sat", 4.0, "E3", "bảng 1"),
    }
    assert [c[6] for c in saved.candidates] == ["1.850 suất quà"]
    loaded = load_reports(tmp_path, jobs=1)
    assert len(loaded.data) == 7 and not (loaded.issues["severity"] == "error").any()


def test_a_page_of_crafted_spans_and_tables_never_closed_is_read_in_bounds() -> None:
    """Spans of a million columns and rows, tables opened inside cells and never closed, a
    script: bounded, quickly, and the script's text is no cell."""
    page = ("<table><tr><td colspan=1000000 rowspan=1000000>x</td><td>12</td></tr>"
            + "<tr><td><table><tr><td>7" * 2000 + "<script>document.write('<td>99</td>')</script>")  # fmt: skip
    start = time.perf_counter()
    sheets, _paragraphs = read_html(page.encode("utf-8"))
    assert time.perf_counter() - start < 5
    assert all(len(row) <= 257 for sheet in sheets for row in sheet.rows)
    assert not any(v == "99" for sheet in sheets for row in sheet.rows for v in row)
    assert sheets  # (the innermost tables hold figures)
