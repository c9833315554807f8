"""How the .doc fixtures here were made (needs LibreOffice; not run by the tests): Word reports
written as hand-made XML (no library the reader shares), saved by LibreOffice in the old Word
97–2003 format.

    .venv/bin/python tests/reading/data/make_doc_fixtures.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from thidua_analysis.sample.word import paragraph, table, write_docx  # noqa: E402
from thidua_analysis.text.legacy import to_tcvn3  # noqa: E402

HEAD = table([
    ["ỦY BAN MTTQ VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["QUẬN ĐỐNG ĐA", "Độc lập - Tự do - Hạnh phúc"],
    ["Số: 45/BC-MTTQ", "Đống Đa, ngày 05 tháng 10 năm 2023"],
])  # fmt: skip


DISTRICTS = [
    "Ba Đình", "Hoàn Kiếm", "Đống Đa", "Hai Bà Trưng", "Long Biên", "Hoàng Mai", "Tây Hồ", "Cầu Giấy", "Thanh Xuân",
    "Hà Đông", "Nam Từ Liêm", "Bắc Từ Liêm", "Sơn Tây", "Ba Vì", "Phúc Thọ", "Đan Phượng", "Hoài Đức", "Quốc Oai",
    "Thạch Thất", "Chương Mỹ", "Thanh Oai", "Thường Tín", "Phú Xuyên", "Ứng Hòa", "Mỹ Đức", "Gia Lâm", "Mê Linh",
    "Đông Anh", "Thanh Trì", "Sóc Sơn",
]  # fmt: skip


def main() -> None:
    work = Path(tempfile.mkdtemp())
    # merges down and across, a narrative sentence, an empty figure, a field whose result is a figure
    figures = table([
        [("down", "STT"), ("down", "Nội dung"), ("down", "ĐVT"), ("span", 2, "Kết quả"), ("down", "Ghi chú")],
        ["^", "^", "^", "Quý III", "9 tháng", "^"],
        ["1", "Số hội nghị tuyên truyền", "Hội nghị", "28", "70", "Tăng 5 so với cùng kỳ"],
        ["2", "Số lượt người tham dự", "Lượt người", "2.150", "5.000", None],
        ["3", "Số cuộc giám sát", "Cuộc", None, "7", None],
        ["4", "Số suất quà", "Suất", "FIELD", "1.200", None],
    ]).replace('<w:t xml:space="preserve">FI</w:t></w:r><w:r><w:t xml:space="preserve">ELD</w:t></w:r>',
               '<w:t xml:space="preserve"></w:t></w:r><w:fldSimple w:instr=" = 300+120 "><w:r><w:t>420</w:t></w:r>'
               "</w:fldSimple><w:r><w:t></w:t></w:r>")  # fmt: skip
    write_docx(work / "dong_da_q3_2023.docx", [
        HEAD, paragraph("BÁO CÁO"), paragraph("Kết quả công tác Mặt trận quý III năm 2023"),
        paragraph("Trong quý III năm 2023, Ban Thường trực đã tổ chức 28 hội nghị tuyên truyền với 2.150 lượt "
                  "người tham dự."),
        figures, paragraph("Nơi nhận:"), paragraph("- Như trên;"),
    ])  # fmt: skip
    # typed in the .VnTime font (TCVN3); two tables, each under its heading
    t = to_tcvn3
    write_docx(work / "soc_son_6_thang_cuoi_2025.docx", [
        paragraph(t("ỦY BAN MTTQ VIỆT NAM XÃ SÓC SƠN")), paragraph(t("BÁO CÁO KẾT QUẢ CÔNG TÁC 6 THÁNG CUỐI NĂM 2025")),
        paragraph(t("I. CÔNG TÁC AN SINH XÃ HỘI")),
        table([[t("STT"), t("Nội dung"), t("ĐVT"), t("Kết quả")], ["1", t("Số suất quà"), t("Suất"), "930"],
               ["2", t("Trị giá quà"), t("Triệu đồng"), "465"]]),
        paragraph(t("II. CÔNG TÁC GIÁM SÁT")),
        table([[t("STT"), t("Nội dung"), t("ĐVT"), t("Kết quả")], ["1", t("Số cuộc giám sát"), t("Cuộc"), "6"]]),
    ])  # fmt: skip
    _numbered(work / "dong_da_q3_2023_danh_so.docx")
    # thirty districts as columns: rows whose definition is too long for its page (kept in the data stream)
    write_docx(work / "thanh_pho_q3_2023.docx", [
        paragraph("ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI"), paragraph("TỔNG HỢP KẾT QUẢ QUÝ III NĂM 2023"),
        table([["STT", "Nội dung", ("span", len(DISTRICTS), "Đơn vị")], ["", "", *DISTRICTS],
               ["1", "Số hội nghị tuyên truyền", *[str(10 + i) for i in range(len(DISTRICTS))]],
               ["2", "Số suất quà", *[str(100 + i) for i in range(len(DISTRICTS))]]]),
    ])  # fmt: skip
    for path in sorted(work.glob("*.docx")):
        subprocess.run(["soffice", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", str(HERE), str(path)],
                       check=True, capture_output=True)  # fmt: skip


def _numbered(path: Path) -> None:
    """The table of the test of the list button (tests/reading/test_word.py), its STT column
    numbered and its parts bulleted by lists and styles, with the parts' relationships a word
    processor needs to see them."""
    from tests.reading.test_word import _NUMBERING, _STYLES, numbered_table

    write_docx(path, [paragraph("ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"),
                      paragraph("BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2023"), numbered_table()])  # fmt: skip
    kinds = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
        f'<Override PartName="/word/numbering.xml" ContentType="{kinds}.numbering+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{kinds}.styles+xml"/></Types>').encode())
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{relation}/numbering" Target="numbering.xml"/>'
        f'<Relationship Id="rId2" Type="{relation}/styles" Target="styles.xml"/></Relationships>').encode()  # fmt: skip
    parts["word/numbering.xml"], parts["word/styles.xml"] = _NUMBERING.encode(), _STYLES.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


if __name__ == "__main__":
    main()
