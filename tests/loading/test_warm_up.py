"""The reference lookups are built once, before the workers start: a worker reading its first
files builds none of them again (each built one cost every worker 0.01–0.04 s, each run)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from thidua_analysis.interpret import interpret_file, warm_up
from thidua_analysis.reference import Reference


def _whole_reference_lookups(ref: Reference) -> set:
    """The lookups built from whole reference files: the tables, and those asked with no text."""
    return {key for key, answers in ref._memo.items()
            if not isinstance(key, str) or () in answers}  # fmt: skip


def test_a_worker_builds_no_reference_lookup_after_warm_up(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Báo cáo"
    for row in (["ỦY BAN MTTQ VIỆT NAM", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                ["PHƯỜNG HOÀNG MAI", None, None, "Hà Nội, ngày 28 tháng 9 năm 2025"],
                ["BÁO CÁO KẾT QUẢ CÔNG TÁC MẶT TRẬN QUÝ III NĂM 2025"],
                ["TT", "Nội dung", "ĐVT", "Kết quả", "Cùng kỳ năm trước"],
                ["I", "CÔNG TÁC GIÁM SÁT, PHẢN BIỆN XÃ HỘI"],
                [1, "Giám sát, phối hợp giám sát", "Cuộc", 4, 3],
                [2, "Thành viên Ban TTND", "Người", 9, 9],
                [3, "Tặng quà hộ nghèo", "Triệu đồng", 12.5, 10],
                [4, "Phường Lĩnh Nam (cũ)", "Cuộc", 1, None]):  # fmt: skip
        sheet.append(row)
    path = tmp_path / "hoang_mai_quy3_2025.xlsx"
    book.save(path)
    ref = warm_up(Reference())
    built = _whole_reference_lookups(ref)
    reading = interpret_file(path, path.name, ref=ref)
    assert reading.data  # the file was read
    assert _whole_reference_lookups(ref) - built == set()
