"""Word reports: each table is read as a sheet, with the document's title lines above it."""

from __future__ import annotations

from pathlib import Path

from thidua_analysis import load_reports
from thidua_analysis.interpret import interpret_file

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


def test_word_reports_load_with_the_workbooks_and_old_doc_files_are_named(tmp_path: Path) -> None:
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
    (raw / "soc_son_q1_2024.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    loaded = load_reports(raw, jobs=1)
    assert loaded.data[["unit_id", "year", "period", "indicator", "value"]].values.tolist() == [
        ["gia_lam", 2024, "H1", "suat_qua", 1850.0]]  # the plan column is never a result
    assert loaded.data["source_sheet"].tolist() == ["bảng 1"]
    old = loaded.issues[loaded.issues["source_file"] == "soc_son_q1_2024.doc"]
    assert old["code"].tolist() == ["file.not_read"] and ".docx" in old["message"].iloc[0]


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
