"""Word reports: each table is read as a sheet, with the document's title lines above it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from thidua_analysis import load_reports
from thidua_analysis.interpret import interpret_file
from thidua_analysis.reading.word import read_word

from .docx_fixture import paragraph, table, write_docx

HEADER = table([
    ["ỦY BAN MTTQ VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["QUẬN ĐỐNG ĐA", "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 45/BC-MTTQ", "Đống Đa, ngày 05 tháng 10 năm 2023"],
])  # fmt: skip


def _values(reading) -> set[tuple]:
    return {(v[0], v[3], v[4], v[5], v[6], v[10], v[9]) for v in reading.data}


def test_a_word_report_with_a_header_block_and_two_tables(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "bao_cao.docx", [
        HEADER,
        paragraph("BÁO CÁO", bold=True),
        paragraph("Kết quả công tác Mặt trận quý III năm 2023", bold=True),
        paragraph("Thực hiện chỉ đạo của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, trong quý III "
                  "năm 2023 Ban Thường trực Ủy ban MTTQ quận đã tập trung chỉ đạo triển khai nhiều "
                  "nội dung công tác, đạt kết quả tích cực so với cùng kỳ năm 2022 như sau:"),
        paragraph("I. CÔNG TÁC TUYÊN TRUYỀN"),
        table([
            ["STT", "Nội dung", "ĐVT", "Kết quả"],
            ["1", "Số hội nghị tuyên truyền", "Hội nghị", "28"],
            ["2", "Số lượt người tham dự", "Lượt người", "2.150"],
        ]),
        paragraph("II. CÔNG TÁC GIÁM SÁT VÀ AN SINH"),
        table([
            [("down", "TT"), ("down", "Nội dung"), ("span", 2, "Kết quả")],
            ["^", "^", "Quý III", "9 tháng"],
            ["1", "Số cuộc giám sát", "4", "11"],
            ["2", "Quỹ Vì người nghèo (triệu đồng)", "120,5", "350"],
        ]),
        paragraph("Nơi nhận:"),
    ])  # fmt: skip
    reading = interpret_file(path, path.name)
    assert _values(reading) == {
        ("dong_da", 2023, "Q3", "hoi_nghi_tuyen_truyen", 28.0, "D2", "bảng 1"),
        ("dong_da", 2023, "Q3", "luot_nguoi_tham_du", 2150.0, "D3", "bảng 1"),
        ("dong_da", 2023, "Q3", "cuoc_giam_sat", 4.0, "C3", "bảng 2"),
        ("dong_da", 2023, "9M", "cuoc_giam_sat", 11.0, "D3", "bảng 2"),
        ("dong_da", 2023, "Q3", "quy_vi_nguoi_ngheo", 120_500_000.0, "C4", "bảng 2"),
        ("dong_da", 2023, "9M", "quy_vi_nguoi_ngheo", 350_000_000.0, "D4", "bảng 2"),
    }
    assert not [i for i in reading.issues if i["severity"] == "error"], reading.issues


def test_word_reports_load_with_the_workbooks_and_other_files_are_named(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    write_docx(raw / "gia_lam_6_thang_2024.docx", [
        paragraph("ỦY BAN MTTQ VIỆT NAM HUYỆN GIA LÂM"),
        paragraph("BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2024"),
        table([
            ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện 6 tháng"],
            ["1", "Số suất quà", "Suất", "3.000", "1.850"],
        ]),
    ])  # fmt: skip
    (raw / "soc_son_q1_2024.rtf").write_bytes(b"{\\rtf1 an old Word file}")
    loaded = load_reports(raw, jobs=1)
    assert loaded.data[["unit_id", "year", "period", "indicator", "value"]].values.tolist() == [
        ["gia_lam", 2024, "H1", "suat_qua", 1850.0]]  # the plan column is never a result
    assert loaded.data["source_sheet"].tolist() == ["bảng 1"]
    old = loaded.issues[loaded.issues["source_file"] == "soc_son_q1_2024.rtf"]
    assert old["code"].tolist() == ["file.not_read"]


def test_the_narrative_takes_unit_and_period_from_a_header_laid_out_as_a_table(tmp_path):

    path = write_docx(tmp_path / "bao_cao_mttq.docx", [
        table([["ỦY BAN MTTQ VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
               ["HUYỆN MÊ LINH", "Độc lập - Tự do - Hạnh phúc"]]),
        paragraph("Kết quả công tác Mặt trận quý III năm 2024"),
        paragraph("Trong quý, Ban Thường trực đã trao 420 suất quà trị giá 210 triệu đồng cho hộ nghèo."),
        table([["TT", "Nội dung", "ĐVT", "Kết quả"], ["1", "Số cuộc giám sát", "Cuộc", "3"]]),
    ])  # fmt: skip
    reading = interpret_file(path, path.name)
    assert [(v[0], v[3], v[4], v[5]) for v in reading.data] == [("me_linh", 2024, "Q3", "cuoc_giam_sat")]
    assert [(c[6], c[7], c[12], c[13], c[14]) for c in reading.candidates] == [
        ("420 suất quà", "suat_qua", "me_linh", 2024, "Q3"),
        ("210 triệu đồng", "gia_tri_qua", "me_linh", 2024, "Q3"),
    ]


def test_a_figure_takes_the_period_its_sentence_gives_it(tmp_path):
    path = write_docx(tmp_path / "me_linh_q3_2024.docx", [
        paragraph("ỦY BAN MTTQ VIỆT NAM HUYỆN MÊ LINH"),
        paragraph("Kết quả công tác Mặt trận quý III năm 2024"),
        paragraph("Trong quý III, Ban Thường trực đã phối hợp tổ chức 18 hội nghị tuyên truyền, lũy kế 9 tháng "
                  "đạt 52 hội nghị với 5.730 lượt người tham dự."),
    ])  # fmt: skip
    found = [(c[6], c[14]) for c in interpret_file(path, path.name).candidates]
    assert found == [("18 hội nghị", "Q3"), ("52 hội nghị", "9M"), ("5.730 lượt người", "9M")]


def test_a_table_the_page_broke_in_two_is_read_as_one(tmp_path: Path) -> None:
    """The second part has no header: its rows are the first part's, and its figures keep the
    columns' periods (they were lost, the part said to hold no table)."""
    path = write_docx(tmp_path / "dan_phuong_q2_2023.docx", [
        paragraph("ỦY BAN MTTQ VIỆT NAM HUYỆN ĐAN PHƯỢNG"),
        paragraph("BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ II VÀ 6 THÁNG ĐẦU NĂM 2023"),
        table([
            ["STT", "Nội dung", "ĐVT", "Quý II", "6 tháng"],
            ["1", "Số hội nghị tuyên truyền", "Hội nghị", "18", "30"],
            ["2", "Số lượt người tham dự", "Lượt người", "1.350", "2.400"],
        ]),
        paragraph(""),
        table([
            ["3", "Số suất quà", "Suất", "420", "800"],
            ["4", "Trị giá quà", "Triệu đồng", "210", "400"],
        ]),
        paragraph("II. CÔNG TÁC GIÁM SÁT"),
        table([
            ["STT", "Nội dung", "ĐVT", "Quý II", "6 tháng"],
            ["1", "Số cuộc giám sát", "Cuộc", "2", "5"],
        ]),
    ])  # fmt: skip
    reading = interpret_file(path, path.name)
    assert _values(reading) == {
        ("dan_phuong", 2023, "Q2", "hoi_nghi_tuyen_truyen", 18.0, "D2", "bảng 1–2"),
        ("dan_phuong", 2023, "H1", "hoi_nghi_tuyen_truyen", 30.0, "E2", "bảng 1–2"),
        ("dan_phuong", 2023, "Q2", "luot_nguoi_tham_du", 1350.0, "D3", "bảng 1–2"),
        ("dan_phuong", 2023, "H1", "luot_nguoi_tham_du", 2400.0, "E3", "bảng 1–2"),
        ("dan_phuong", 2023, "Q2", "suat_qua", 420.0, "D4", "bảng 1–2"),
        ("dan_phuong", 2023, "H1", "suat_qua", 800.0, "E4", "bảng 1–2"),
        ("dan_phuong", 2023, "Q2", "gia_tri_qua", 210_000_000.0, "D5", "bảng 1–2"),
        ("dan_phuong", 2023, "H1", "gia_tri_qua", 400_000_000.0, "E5", "bảng 1–2"),
        ("dan_phuong", 2023, "Q2", "cuoc_giam_sat", 2.0, "D2", "bảng 3"),
        ("dan_phuong", 2023, "H1", "cuoc_giam_sat", 5.0, "E2", "bảng 3"),
    }
    assert not [i for i in reading.issues if i["severity"] != "info"], reading.issues


def test_a_table_with_its_own_header_after_another_is_its_own(tmp_path: Path) -> None:
    """Nothing but an empty line between two tables: the second, headed, is no continuation;
    nor is a part whose first row holds figures in other columns than the last row before."""
    path = write_docx(tmp_path / "me_linh_9t_2022.docx", [
        paragraph("ỦY BAN MTTQ VIỆT NAM HUYỆN MÊ LINH"),
        paragraph("BÁO CÁO KẾT QUẢ CÔNG TÁC 9 THÁNG NĂM 2022"),
        table([
            ["STT", "Nội dung", "ĐVT", "Kết quả"],
            ["1", "Số hội nghị tuyên truyền", "Hội nghị", "41"],
        ]),
        paragraph(""),
        table([
            ["STT", "Nội dung", "ĐVT", "Kết quả"],
            ["1", "Số cuộc giám sát", "Cuộc", "7"],
        ]),
        paragraph(""),
        table([
            ["", "Tổng cộng", "", "48"],
        ]),
    ])  # fmt: skip
    reading = interpret_file(path, path.name)
    assert {(v[5], v[6], v[9]) for v in reading.data} == {
        ("hoi_nghi_tuyen_truyen", 41.0, "bảng 1"),
        ("cuoc_giam_sat", 7.0, "bảng 2"),
    }


def _in_a_control(xml: str) -> str:
    """``xml`` wrapped in a content control, as a form's fields and repeating sections are."""
    return f"<w:sdt><w:sdtPr/><w:sdtContent>{xml}</w:sdtContent></w:sdt>"


def _text_box(lines: list[str]) -> str:
    """A paragraph holding a text box of ``lines``, as Word writes one: the box, and a copy of it
    for older programs (``mc:Fallback``)."""
    inner = "".join(paragraph(line) for line in lines)
    return ('<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            '<mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
            f'wordprocessingShape"><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></w:drawing>'
            '</mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
            f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r></w:p>')  # fmt: skip


def test_tables_and_lines_in_content_controls_text_boxes_and_frames(tmp_path: Path) -> None:
    """Each was lost: a table in a content control (the file said no table), its rows or cells
    in one (a form's repeating section), the committee's name in a text box (read twice, run
    together: the unit unknown), a non-breaking hyphen in a ward's name (dropped: unknown), a
    table set in a cell of a frame table (read as one cell of text)."""
    figures = table([
        ["STT", "Nội dung", "ĐVT", "Kết quả"],
        ["1", "Số hội nghị tuyên truyền", "Hội nghị", "28"],
        ["2", "Số lượt người tham dự", "Lượt người", "2.150"],
    ])  # fmt: skip
    rows_in_controls = figures.replace("<w:tr>", "<w:sdt><w:sdtContent><w:tr>").replace(
        "</w:tr>", "</w:tr></w:sdtContent></w:sdt>")
    cells_in_controls = figures.replace("<w:tc>", "<w:sdt><w:sdtContent><w:tc>").replace(
        "</w:tc>", "</w:tc></w:sdtContent></w:sdt>")
    framed = "<w:tbl><w:tr><w:tc><w:tcPr/>" + paragraph("Kết quả cụ thể:") + figures + "<w:p/></w:tc></w:tr></w:tbl>"
    title = [paragraph("BÁO CÁO"), paragraph("Kết quả công tác Mặt trận quý III năm 2023")]
    hyphen = ('<w:p><w:r><w:t>ỦY BAN MTTQ VIỆT NAM PHƯỜNG VĂN MIẾU</w:t></w:r><w:r><w:noBreakHyphen/></w:r>'
              "<w:r><w:t>QUỐC TỬ GIÁM</w:t></w:r></w:p>")  # fmt: skip
    documents = {
        "table_in_a_control": ([HEADER, *title, _in_a_control(figures)], "dong_da", 2023, "Q3"),
        "all_in_a_control": ([_in_a_control(HEADER + "".join(title) + figures)], "dong_da", 2023, "Q3"),
        "rows_in_controls": ([HEADER, *title, rows_in_controls], "dong_da", 2023, "Q3"),
        "cells_in_controls": ([HEADER, *title, cells_in_controls], "dong_da", 2023, "Q3"),
        "name_in_a_text_box": ([_text_box(["ỦY BAN MTTQ VIỆT NAM", "QUẬN ĐỐNG ĐA"]), *title, figures], "dong_da", 2023,
                               "Q3"),
        "title_in_a_text_box": ([HEADER, _text_box(["BÁO CÁO", "Kết quả công tác Mặt trận quý III năm 2023"]), figures],
                                "dong_da", 2023, "Q3"),
        "hyphen_that_does_not_break": ([hyphen, paragraph("BÁO CÁO KẾT QUẢ CÔNG TÁC MẶT TRẬN QUÝ I NĂM 2026"), figures],
                                       "phuong_van_mieu_quoc_tu_giam", 2026, "Q1"),
        "table_in_a_frame": ([HEADER, *title, framed], "dong_da", 2023, "Q3"),
    }  # fmt: skip
    for name, (parts, unit, year, period) in documents.items():
        path = write_docx(tmp_path / f"{name}.docx", parts)
        reading = interpret_file(path, path.name)
        assert _values(reading) == {
            (unit, year, period, "hoi_nghi_tuyen_truyen", 28.0, "D2", "bảng 1"),
            (unit, year, period, "luot_nguoi_tham_du", 2150.0, "D3", "bảng 1"),
        }, (name, reading.issues)
        assert not [i for i in reading.issues if i["severity"] != "info"], (name, reading.issues)


def test_a_figure_changed_with_its_changes_tracked_is_read_as_it_now_stands(tmp_path: Path) -> None:
    """"25" struck out and "28" put in its place, the changes kept: 28 (the deleted text is no
    part of the cell)."""
    tracked = table([["STT", "Nội dung", "ĐVT", "Kết quả"], ["1", "Số hội nghị tuyên truyền", "Hội nghị", "X"]]).replace(
        '<w:t xml:space="preserve">X</w:t>',
        '<w:t xml:space="preserve">2</w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>5</w:delText></w:r>'
        '</w:del><w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">8</w:t></w:r></w:ins><w:r><w:t/>')  # fmt: skip
    path = write_docx(tmp_path / "tracked.docx", [HEADER, paragraph("BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2023"),
                                                  tracked])  # fmt: skip
    assert _values(interpret_file(path, path.name)) == {("dong_da", 2023, "Q3", "hoi_nghi_tuyen_truyen", 28.0, "D2",
                                                         "bảng 1")}  # fmt: skip


def test_a_document_nested_thousands_deep_is_decided_quickly(tmp_path: Path) -> None:
    """Content controls, runs and tables nested 50 000 deep: no recursion error, no table, in
    under 5 s."""
    import time

    depth = 50_000
    controls = "<w:sdt><w:sdtContent>" * depth + paragraph("x") + "</w:sdtContent></w:sdt>" * depth
    runs = "<w:p>" + "<w:r>" * depth + "<w:t>ab</w:t>" + "</w:r>" * depth + "</w:p>"
    tables = "<w:tbl><w:tr><w:tc>" * 300 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 300
    path = write_docx(tmp_path / "deep.docx", [controls, runs, tables])
    start = time.perf_counter()
    reading = interpret_file(path, path.name)
    assert time.perf_counter() - start < 5
    assert [i["code"] for i in reading.issues] == ["file.no_table"]


_NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"""
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>
 <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="GiftItem"><w:name w:val="Gift item"/><w:basedOn w:val="ListBullet"/></w:style>
</w:styles>"""


def _listed(text: str, *, num: str = "", level: str = "0", style: str = "") -> str:
    """A paragraph of a table cell that Word numbers or bullets: by its own list (``num``), or by
    its style; the mark is no part of its text."""
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>' if num else "")
    runs = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>"


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(f"<w:tc><w:tcPr/>{c}</w:tc>" for c in cells) + "</w:tr>"


def numbered_table() -> str:
    """A report's table whose STT column Word numbers ("I", "1", "2") and whose parts it bullets
    ("-"), by lists and by styles (``_NUMBERING``, ``_STYLES``): the marks are no text. (Also the
    source of the .doc fixture ``data/dong_da_q3_2023_danh_so.doc``.)"""
    plain = paragraph
    grid = "<w:tblGrid>" + '<w:gridCol w:w="1500"/>' * 4 + "</w:tblGrid>"
    return f"<w:tbl>{grid}" + "".join([
        _row(plain("STT"), plain("Nội dung"), plain("ĐVT"), plain("Kết quả")),
        _row(_listed("", num="1"), plain("CÔNG TÁC GIÁM SÁT"), "<w:p/>", "<w:p/>"),
        _row(_listed("", num="1", level="1"), plain("Số cuộc giám sát"), plain("Cuộc"), plain("8")),
        _row("<w:p/>", _listed("Chủ trì giám sát", num="2"), plain("Cuộc"), plain("3")),
        _row("<w:p/>", _listed("Phối hợp giám sát", num="2"), plain("Cuộc"), plain("5")),
        _row(_listed("", num="1"), plain("AN SINH XÃ HỘI"), "<w:p/>", "<w:p/>"),
        _row(_listed("", num="1", level="1"), plain("Tặng quà"), plain("Suất"), plain("500")),
        _row("<w:p/>", _listed("Quà Tết cho hộ nghèo", style="ListBullet"), plain("Suất"), plain("300")),
        _row("<w:p/>", _listed("Quà cho gia đình chính sách", style="GiftItem"), plain("Suất"), plain("200")),
        _row(_listed("", num="1", level="1"), plain("Trị giá quà"), plain("Triệu đồng"), plain("250")),
    ]) + "</w:tbl>"  # fmt: skip


def test_a_table_numbered_and_bulleted_by_the_list_button(tmp_path: Path) -> None:
    """The STT column numbered by Word ("I", "1", "2"), the parts bulleted ("- Chủ trì giám sát"),
    by a list or by a style based on a list's: the marks are no text, so the whole and its parts
    were three rows of one indicator that disagreed (none loaded). Recipients numbered by the list
    button in a layout table below are no table of figures."""
    recipients = "<w:tbl>" + _row(paragraph("Nơi nhận:") + _listed("Ban Thường trực UBMTTQ thành phố;", num="3")
                                  + _listed("Lưu VP.", num="3"), paragraph("TM. BAN THƯỜNG TRỰC")) + "</w:tbl>"  # fmt: skip
    path = write_docx(tmp_path / "dong_da_q3_2023.docx", [
        paragraph("ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"), paragraph("BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2023"),
        numbered_table(), recipients,
    ])  # fmt: skip
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/numbering.xml", _NUMBERING)
        archive.writestr("word/styles.xml", _STYLES)
    reading = interpret_file(path, path.name)
    assert _values(reading) == {
        ("dong_da", 2023, "Q3", "cuoc_giam_sat", 8.0, "D3", "bảng 1"),
        ("dong_da", 2023, "Q3", "suat_qua", 500.0, "D7", "bảng 1"),
        ("dong_da", 2023, "Q3", "gia_tri_qua", 250_000_000.0, "D10", "bảng 1"),
    }
    assert not [i for i in reading.issues if i["severity"] != "info"], reading.issues
    assert {i["source_sheet"] for i in reading.issues} <= {"bảng 1", ""}  # the recipients are no table


def test_a_row_that_starts_further_right_and_cells_merged_the_old_way(tmp_path: Path) -> None:
    """A row whose first grid column is left out (``gridBefore``: its STT cell missing) was read
    one column to the left: the 9 months' 5.000 loaded as the quarter's. A header merged across
    the old way (``hMerge``) is one cell over both columns. A cell claiming to span a million
    columns spans no more than a table can have."""
    def cell(text: str, props: str = "") -> str:
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraph(text) if text else '<w:p/>'}</w:tc>"

    def row(cells: list[str], before: int = 0) -> str:
        props = f'<w:trPr><w:gridBefore w:val="{before}"/></w:trPr>' if before else ""
        return f"<w:tr>{props}{''.join(cells)}</w:tr>"

    figures = "<w:tbl>" + "".join([
        row([cell("STT"), cell("Nội dung"), cell("ĐVT"), cell("Kết quả", '<w:hMerge w:val="restart"/>'),
             cell("", "<w:hMerge/>")]),
        row([cell(""), cell(""), cell(""), cell("Quý III"), cell("9 tháng")]),
        row([cell("1"), cell("Số hội nghị tuyên truyền"), cell("Hội nghị"), cell("28"), cell("70")]),
        row([cell("Số lượt người tham dự"), cell("Lượt người"), cell("2.150"), cell("5.000")], before=1),
    ]) + "</w:tbl>"  # fmt: skip
    wide = "<w:tbl>" + row([cell("Ghi chú", '<w:gridSpan w:val="1000000"/>'), cell("12")]) + "</w:tbl>"
    path = write_docx(tmp_path / "dong_da_q3_2023.docx", [
        paragraph("ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"), paragraph("BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2023"),
        figures, wide,
    ])  # fmt: skip
    reading = interpret_file(path, path.name)
    assert _values(reading) == {
        ("dong_da", 2023, "Q3", "hoi_nghi_tuyen_truyen", 28.0, "D3", "bảng 1"),
        ("dong_da", 2023, "9M", "hoi_nghi_tuyen_truyen", 70.0, "E3", "bảng 1"),
        ("dong_da", 2023, "Q3", "luot_nguoi_tham_du", 2150.0, "D4", "bảng 1"),
        ("dong_da", 2023, "9M", "luot_nguoi_tham_du", 5000.0, "E4", "bảng 1"),
    }
    sheets, _ = read_word(path.read_bytes())
    assert (0, 3, 0, 4) in sheets[0].merges  # (rows counted from the table's first)
    assert max(len(r) for r in sheets[1].rows) <= 65
