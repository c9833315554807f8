"""Cells as long as a spreadsheet allows, built to make the patterns for a figure's note and a
label's doer try every split: each file is still read at once, and nothing of them loads."""

from __future__ import annotations

import time
from pathlib import Path

from thidua_analysis.interpret import interpret_file

from .corpus import Case, Sheet
from .test_corpus import loaded_values, write_case


def test_a_long_value_cell_with_a_percent_and_a_long_label_of_do_are_read_at_once(tmp_path: Path) -> None:
    figures = "1" * 32_000 + "%"  # a figure's note pattern over every split of 32 000 digits
    commas = "1, " * 10_000 + "đạt 5%"
    doers = "Hội nghị " + "do " * 10_000 + "Hội LHPN tổ chức"  # a suffix after every "do"
    case = Case("long", "dong_anh_6_thang_2024.xlsx", [Sheet("BC", [
        ["ỦY BAN MTTQ VIỆT NAM HUYỆN ĐÔNG ANH"],
        ["BÁO CÁO KẾT QUẢ CÔNG TÁC MẶT TRẬN 6 THÁNG ĐẦU NĂM 2024"],
        ["STT", "Nội dung", "ĐVT", "Kết quả"],
        [1, "Số hội nghị tuyên truyền", "Hội nghị", figures],
        [2, "Số suất quà trao tặng", "Suất", commas],
        [3, doers, "Hội nghị", 4],
        [4, "Số cuộc giám sát", "Cuộc", 7],
    ])], [])
    path = write_case(case, tmp_path)
    start = time.perf_counter()
    reading = interpret_file(path, case.file)
    took = time.perf_counter() - start
    assert took < 3, f"{took:.1f} s"  # (the notes' patterns alone took about 20 s a cell)
    loaded = loaded_values(reading)
    assert ("dong_anh", 2024, "H1", "cuoc_giam_sat", 7.0, "D7") in loaded
    assert not {cell for *_key, cell in loaded} & {"D4", "D5"}
