"""Hand-built workbooks in real offices' arrangements load exactly their hand-written values."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from thidua_analysis import load_reports
from thidua_analysis.interpret import interpret_file
from thidua_analysis.issue_codes import CODES
from thidua_analysis.schema import DATA_COLUMNS

from .corpus import CASES, Case, Sheet

FORBIDDEN_ERRORS = {"file.unreadable", "file.corrupt", "unit.unknown", "period.unknown", "cell.not_whole",
                    "period.conflict", "unit.conflict", "cell.not_a_number", "value.conflict",
                    "total.mismatch"}  # fmt: skip


def write_case(case: Case, folder: Path) -> Path:
    """The case as a real .xlsx/.xlsm file (openpyxl: merged ranges, hidden sheets)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for spec in case.sheets:
        sheet = book.create_sheet(spec.name)
        for r, row in enumerate(spec.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=r, column=c, value=value)
        for merged in spec.merges:
            sheet.merge_cells(merged)
        if spec.hidden:
            sheet.sheet_state = "hidden"
        for row in spec.hidden_rows:
            sheet.row_dimensions[row].hidden = True
        for column in spec.hidden_columns:
            sheet.column_dimensions[column].hidden = True
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / case.file
    book.save(path)
    return path


def loaded_values(reading) -> set[tuple]:
    return {(v[0], v[3], v[4], v[5], v[6], v[10]) for v in reading.data}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_loads_exactly(case: Case, tmp_path: Path) -> None:
    path = write_case(case, tmp_path)
    reading = interpret_file(path, case.file)
    expected = {(u, y, p, i, float(v), cell) for u, y, p, i, v, cell in case.expected}
    got = loaded_values(reading)
    assert got == expected, f"missing {expected - got}, extra {got - expected}"
    codes = {i["code"] for i in reading.issues}
    assert case.issues <= codes, f"expected issues {case.issues - codes}; got {reading.issues}"
    errors = {i["code"] for i in reading.issues if i["severity"] == "error"}
    unexpected = (errors & FORBIDDEN_ERRORS) - case.issues
    assert not unexpected, [i for i in reading.issues if i["code"] in unexpected]
    assert not case.absent & codes, [i for i in reading.issues if i["code"] in case.absent]


def test_corpus_is_large_and_varied() -> None:
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)


def test_no_two_cases_expect_the_same_value() -> None:
    # loaded together (the evidence test below), two cases' figures of one unit, period and
    # indicator would clash: each case keeps its keys to itself
    keys = Counter((u, y, p, ind) for c in CASES for u, y, p, ind, _v, _cell in c.expected)
    assert [k for k, n in keys.items() if n > 1] == []


def test_every_issue_a_case_names_is_in_the_catalogue() -> None:
    named = {code for c in CASES for code in c.issues | c.absent}
    assert named - set(CODES) == set()  # a misspelt code in absent= would check nothing


def test_every_value_carries_its_evidence(tmp_path: Path) -> None:
    folders = [tmp_path / f"{n:03d}" for n in range(len(CASES))]  # two cases may share a file name
    paths = [write_case(case, folder) for case, folder in zip(CASES, folders, strict=True)]
    loaded = load_reports(paths, jobs=1)
    data = loaded.data
    assert len(data) == sum(len(c.expected) for c in CASES)
    [row] = data[(data.unit_id == "dong_da") & (data.indicator == "cuoc_giam_sat") & (data.year == 2023)
                 & (data.period == "9M")].itertuples()  # fmt: skip
    row = row._asdict()
    assert row["period_source"] == "A5"  # the title line, never the date line (C3)
    assert row["unit_source"] == "A2"
    assert row["label"] == "Số cuộc giám sát, phối hợp giám sát"
    prior = data[(data.unit_id == "hoang_mai") & (data.year == 2022)]
    assert set(prior["column_role"]) == {"prior"}
    assert set(prior["period_source"]) == {"A2; D3"}  # period from the title, year from the header
    [own] = data[(data.unit_id == "quoc_oai") & (data.year == 2022) & (data.period == "Q3")
                 & (data.indicator == "hoi_nghi_tuyen_truyen")]["label"]  # fmt: skip
    assert own == "Phối hợp tổ chức tuyên truyền, phổ biến pháp luật"  # its own words, not its heading's
    per_sheet = data[data.source_file == "Cum 3 - 6 thang 2022.xlsx"]
    assert set(per_sheet["unit_source"]) == {"sheet name"}
    assert set(per_sheet["period_source"]) == {"file name"}


def _case(name: str) -> Case:
    return next(c for c in CASES if c.name == name)


def test_a_units_own_report_beats_a_same_period_column(tmp_path: Path) -> None:
    later = write_case(_case("same_period_last_year_and_comparison"), tmp_path)
    own = Case("own_2022", "hoang_mai_9t_2022.xlsx", [Sheet("Sheet1", [
        ["ỦY BAN MTTQ VIỆT NAM QUẬN HOÀNG MAI"],
        ["BÁO CÁO KẾT QUẢ CÔNG TÁC 9 THÁNG NĂM 2022"],
        ["STT", "Nội dung", "ĐVT", "Kết quả"],
        [1, "Số hội nghị tuyên truyền", "Hội nghị", 70],
        [2, "Số suất quà", "Suất", 1480],
    ])], [])
    earlier = write_case(own, tmp_path)
    loaded = load_reports([later, earlier], jobs=1)
    d = loaded.data
    y2022 = d[d.year == 2022].set_index("indicator")
    assert y2022.loc["suat_qua", "value"] == 1480  # the 2022 report, not the 2023 "cùng kỳ" (1500)
    assert y2022.loc["suat_qua", "source_file"] == "hoang_mai_9t_2022.xlsx"
    assert set(y2022["column_role"]) == {"result"}
    clashes = loaded.issues[loaded.issues.code == "value.prior_differs"]
    message = clashes.iloc[0]["message"]
    assert len(clashes) == 1 and "1.500 so với 1.480" in message and "D5" in message
    assert not (loaded.issues.code == "report.superseded").any()


def test_two_sheets_of_one_file_clash_says_so(tmp_path: Path) -> None:
    rows = [
        ["ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"],
        ["BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2023"],
        ["STT", "Nội dung", "ĐVT", "Kết quả"],
        [1, "Số hội nghị tuyên truyền", "Hội nghị", 10],
    ]
    twice = Case("twice", "dong_da_q1_2023.xlsx", [Sheet("BC", rows), Sheet("BC (2)", rows)], [])
    loaded = load_reports(write_case(twice, tmp_path), jobs=1)
    assert len(loaded.data) == 1
    [clash] = loaded.issues[loaded.issues.code == "value.duplicate"].to_dict("records")
    assert "hai trang" in clash["message"] and "'BC (2)'" in clash["message"]


def test_rows_of_other_words_that_clash_say_how_to_mark_them_as_parts(tmp_path: Path) -> None:
    rows = [
        ["ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"],
        ["BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2023"],
        ["STT", "Nội dung", "ĐVT", "Kết quả"],
        [1, "Hội nghị tuyên truyền pháp luật", "Hội nghị", 5],
        [2, "Hội nghị tuyên truyền bầu cử", "Hội nghị", 4],
        [3, "Số hội nghị tuyên truyền", "Hội nghị", 7],
    ]
    path = write_case(Case("peers", "dong_da_q1_2023.xlsx", [Sheet("BC", rows)], []), tmp_path)
    [clash] = [i for i in interpret_file(path, path.name).issues if i["code"] == "value.conflict"]
    assert "'Hội nghị tuyên truyền pháp luật', 'Hội nghị tuyên truyền bầu cử', 'Số hội nghị" in clash["message"]
    assert "dòng tổng" in clash["message"]
    twice = [*rows[:4], [2, "Hội nghị tuyên truyền pháp luật", "Hội nghị", 6]]
    path = write_case(Case("twice", "dong_da_q1_2023.xlsx", [Sheet("BC", twice)], []), tmp_path / "b")
    [clash] = [i for i in interpret_file(path, path.name).issues if i["code"] == "value.conflict"]
    assert "thống nhất" in clash["message"] and "dòng tổng" not in clash["message"]
    # the indicator and the unit by their names, as the analyst knows them, not by their codes
    assert "chỉ tiêu 'Số hội nghị tuyên truyền, phổ biến' của Quận Đống Đa" in clash["message"]
    assert "hoi_nghi_tuyen_truyen" not in clash["message"]


def test_two_columns_of_figures_without_a_header_are_refused(tmp_path: Path) -> None:
    sheet = _case("the_only_column_of_figures_left_without_a_header").sheets[0]
    rows = [[*row[:4], row[3] if r >= 3 else None] for r, row in enumerate(sheet.rows)]
    path = write_case(Case("two", "soc_son_6_thang_2021.xlsx", [Sheet("6T", rows)], []), tmp_path)
    reading = interpret_file(path, path.name)
    assert not reading.data
    assert sorted(i["source_cell"] for i in reading.issues if i["code"] == "column.unknown_role") == ["D3", "E3"]


def test_reports_of_the_new_units_land_in_their_clusters(tmp_path: Path) -> None:
    names = ["a_new_ward_in_2026", "the_second_half_of_2025_of_a_new_commune",
             "the_last_report_of_an_old_district", "new_wards_as_columns_without_their_type",
             "a_new_ward_of_can_tho_under_the_city_committee"]  # fmt: skip
    loaded = load_reports([write_case(_case(n), tmp_path) for n in names], jobs=1)
    clusters = dict(zip(loaded.data["unit_id"], loaded.data["cluster_id"], strict=True))
    assert clusters["phuong_ba_dinh"] == "ha_noi_kv_quan_ba_dinh"
    assert clusters["xa_soc_son"] == "ha_noi_kv_huyen_soc_son"
    assert clusters["ba_dinh"] == "ha_noi_cum_1"  # the old district, in its old cluster until mid-2025
    assert clusters["phuong_ninh_kieu"].startswith("can_tho_kv_")
    assert not loaded.issues["code"].str.startswith("unit.").any(), loaded.issues
    names = dict(zip(loaded.data["unit_id"], loaded.data["unit_name"], strict=True))
    assert names["phuong_ba_dinh"] == "Ba Đình" and names["xa_soc_son"] == "Sóc Sơn"


def test_the_same_under_spawn_as_under_fork(tmp_path: Path, monkeypatch) -> None:
    """Workers started with ``spawn`` (Windows) read exactly what forked ones read."""
    paths = [write_case(case, tmp_path) for case in CASES[:12]]
    forked = load_reports(paths, jobs=2)
    monkeypatch.setenv("THIDUA_START_METHOD", "spawn")
    spawned = load_reports(paths, jobs=2)
    pd.testing.assert_frame_equal(forked.data, spawned.data)
    pd.testing.assert_frame_equal(forked.issues, spawned.issues)


def test_imports_and_ingests_without_the_resource_module(tmp_path: Path) -> None:
    """Windows has no ``resource``: the package still imports and reads (without a memory cap)."""
    import subprocess
    import sys

    path = write_case(_case("a_new_ward_in_2026"), tmp_path)
    code = ("import sys; sys.modules['resource'] = None\n"
            "from thidua_analysis import load_reports\n"
            f"r = load_reports([{str(path)!r}], jobs=1)\n"
            "print(len(r.data), r.data['unit_id'].iloc[0])")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "phuong_ba_dinh"]


def test_a_monthly_report_says_it_is_monthly(tmp_path: Path) -> None:
    path = write_case(_case("a_monthly_report_is_no_period"), tmp_path)
    [problem] = [i for i in interpret_file(path, path.name).issues if i["code"] == "period.unknown"]
    assert "tháng 10" in problem["message"] and "tháng 11" not in problem["message"]  # not the date line


def test_a_result_row_under_its_indicator_takes_the_period_from_the_title(tmp_path: Path) -> None:
    case = _case("plan_and_result_on_rows_under_their_indicator")
    data = load_reports([write_case(case, tmp_path)], jobs=1).data
    row = data[data.indicator == "hoi_nghi_tuyen_truyen"].iloc[0]
    assert (row["period_source"], row["label"]) == ("A2", "Số hội nghị tuyên truyền / - Thực hiện")


def test_a_turned_tables_rows_say_their_period(tmp_path: Path) -> None:
    """In one unit's table on its side, a row's label ("Thực hiện quý III", "Lũy kế 9 tháng")
    is the evidence of its period; the title gives the year."""
    case = _case("one_units_figures_across_under_the_indicators")
    reading = interpret_file(write_case(case, tmp_path), case.file)
    columns = dict(zip(DATA_COLUMNS, zip(*reading.data, strict=True), strict=True))
    sources = dict(zip(zip(columns["period"], columns["source_cell"], strict=True), columns["period_source"], strict=True))
    assert sources[("Q3", "B6")] == "A6; A2"
    assert sources[("9M", "D7")] == "A7; A2"
    assert set(columns["column_role"]) == {"result"}


def test_a_sentence_in_a_cell_is_refused_with_the_number_to_write(tmp_path: Path) -> None:
    case = _case("a_sentence_in_a_value_cell")
    reading = interpret_file(write_case(case, tmp_path), case.file)
    refused = [i for i in reading.issues if i["code"] == "cell.not_a_number"]
    assert [i["source_cell"] for i in refused] == ["D4"]
    assert "hãy chỉ ghi 15 vào ô" in refused[0]["message"]


def test_a_total_is_not_checked_against_a_sum_that_lacks_a_refused_unit(tmp_path: Path) -> None:
    case = _case("a_misspelt_unit_among_units_under_a_content_header")
    reading = interpret_file(write_case(case, tmp_path), case.file)
    codes = [i["code"] for i in reading.issues]
    assert "unit.unknown" in codes and "total.mismatch" not in codes


def test_each_groups_total_is_checked_against_its_own_units(tmp_path: Path) -> None:
    """A group's figures on its heading row ("A | Khối quận | 21 | 9") and under its units
    ("Cộng khối huyện") are checked against that group's units; the grand total at the foot
    against every unit. Only the two wrong cells are said."""
    case = _case("group_totals_that_disagree_with_their_units")
    reading = interpret_file(write_case(case, tmp_path), case.file)
    wrong = {i["source_cell"]: i["message"] for i in reading.issues if i["code"] == "total.mismatch"}
    assert set(wrong) == {"D4", "C10"}
    assert "ghi 9 nhưng tổng các đơn vị là 8" in wrong["D4"]
    assert "ghi 11 nhưng tổng các đơn vị của nhóm là 10 (của mọi đơn vị trước nó là 31)" in wrong["C10"]
    assert not [i for i in reading.issues if i["code"] == "unit.unknown"]  # headings are no units
    case = _case("groups_of_units_as_columns_with_their_subtotals")
    reading = interpret_file(write_case(case, tmp_path / "columns"), case.file)
    wrong = [(i["source_cell"], i["message"]) for i in reading.issues if i["code"] == "total.mismatch"]
    assert [cell for cell, _ in wrong] == ["I6"] and "ghi 4 nhưng tổng các đơn vị của nhóm là 3" in wrong[0][1]


def test_the_levels_of_a_units_work_are_checked_against_their_total(tmp_path: Path) -> None:
    """"Cấp huyện | Cấp xã | Tổng": the total loads and is checked against the levels."""
    levels = _case("the_levels_of_a_units_work_with_and_without_their_total").sheets[0]
    rows = [list(row) for row in levels.rows]
    rows[4][5] = 24  # 3 + 20 = 23
    case = Case("levels", "thanh_oai_quy_3_2023.xlsx", [Sheet(levels.name, rows, levels.merges)], [])
    reading = interpret_file(write_case(case, tmp_path), case.file)
    wrong = [(i["source_cell"], i["message"]) for i in reading.issues if i["code"] == "total.mismatch"]
    assert [cell for cell, _ in wrong] == ["F5"] and "ghi 24 nhưng tổng các cấp là 23" in wrong[0][1]
    assert ("thanh_oai", 2023, "Q3", "hoi_nghi_tuyen_truyen", 24.0, "F5") in loaded_values(reading)


def test_a_sheet_that_fails_is_said_and_the_other_sheets_load(tmp_path: Path, monkeypatch) -> None:
    from thidua_analysis.interpret import workbook

    case = _case("a_sheet_per_unit_period_in_first_title")
    real = workbook.interpret_sheet
    failing = case.sheets[1].name

    def interpret_sheet(grid, ctx, **kw):
        if ctx.sheet == failing:
            raise ValueError("hỏng")
        return real(grid, ctx, **kw)

    monkeypatch.setattr(workbook, "interpret_sheet", interpret_sheet)
    reading = interpret_file(write_case(case, tmp_path), case.file)
    said = [i for i in reading.issues if i["code"] == "sheet.unreadable"]
    assert [(i["source_sheet"], i["severity"]) for i in said] == [(failing, "error")]
    got = {(v[0], v[10]) for v in reading.data}  # (unit, cell)
    expected = {(u, cell) for u, _y, _p, _i, _v, cell in case.expected}
    assert got and got < expected  # the other sheets' values, none of the failing one's



def test_a_row_judged_in_words_is_no_unmapped_figure(tmp_path: Path) -> None:
    case = Case("words", "dong_anh_nam_2023.xlsx", [Sheet("BC", [
        ["ỦY BAN MTTQ VIỆT NAM HUYỆN ĐÔNG ANH"],
        ["BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2023"],
        ["STT", "Nội dung", "ĐVT", "Kết quả"],
        [1, "Số hội nghị tuyên truyền", "Hội nghị", 35],
        [2, "Công tác tuyên truyền", None, "Hoàn thành tốt"],
        [3, "Công tác vận động", None, "Đạt 12 buổi"],
    ])], [])  # fmt: skip
    reading = interpret_file(write_case(case, tmp_path), case.file)
    said = [(i["code"], i["source_cell"]) for i in reading.issues if i["severity"] != "info"]
    assert said == [("row.unmapped_label", "B6")]  # the words alone are no figure; "12 buổi" is
    assert [(v[5], v[6]) for v in reading.data] == [("hoi_nghi_tuyen_truyen", 35.0)]


def test_numbering_printed_again_is_said_nowhere(tmp_path: Path) -> None:
    case = _case("header_and_numbering_repeated_over_the_indicators")
    reading = interpret_file(write_case(case, tmp_path), case.file)
    assert [i for i in reading.issues if i["severity"] != "info"] == []


def test_a_short_label_read_under_its_heading_keeps_the_heading_as_evidence(tmp_path: Path) -> None:
    case = _case("short_labels_under_their_headings")
    reading = interpret_file(write_case(case, tmp_path), case.file)
    labels = {v[5]: v[11] for v in reading.data}  # indicator → label
    assert labels["thanh_vien_ttnd"].startswith("Ban Thanh tra nhân dân / ")
    assert labels["hoi_nghi_tuyen_truyen"] == "Hội nghị"  # matched alone: its own words


def test_a_unit_named_outside_its_lifetime_says_when_it_existed(tmp_path: Path) -> None:
    rows = [
        ["ỦY BAN MTTQ VIỆT NAM XÃ BÁT TRÀNG"],
        ["BÁO CÁO KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM 2025"],
        ["STT", "Nội dung", "ĐVT", "Kết quả"],
        [1, "Số hội nghị tuyên truyền", "Hội nghị", 8],
    ]
    by_title = write_case(Case("early", "bat_trang.xlsx", [Sheet("BC", rows)], []), tmp_path)
    by_sheet = write_case(Case("sheets", "Cum xa 6 thang 2025.xlsx", [
        Sheet("Xã Bát Tràng", [["Số hội nghị tuyên truyền", "Hội nghị", 5], ["Số suất quà", "Suất", 120]])], []),
        tmp_path)
    for path in (by_title, by_sheet):
        reading = interpret_file(path, path.name)
        assert not reading.data
        [issue] = [i for i in reading.issues if i["code"] == "unit.unknown"]
        assert "Xã Bát Tràng chỉ có từ 07/2025" in issue["message"] and "(06/2025)" in issue["message"]


def test_a_units_column_of_names_none_known_is_named(tmp_path: Path) -> None:
    rows = [
        ["CỤM THI ĐUA SỐ 9"],
        ["TỔNG HỢP KẾT QUẢ NĂM 2023"],
        ["TT", "Đơn vị", "Số hội nghị tuyên truyền"],
        [1, "Lạc Hồng", 4],  # names of no list, and of no commune before the reform
        [2, "Song Nguyệt", 5],
        [None, "Tổng cộng", 9],
    ]
    path = write_case(Case("old", "cum_9_2023.xlsx", [Sheet("Cụm", rows)], []), tmp_path)
    reading = interpret_file(path, path.name)
    assert not reading.data
    [issue] = [i for i in reading.issues if i["code"] == "sheet.no_table"]
    assert issue["source_cell"] == "B3"
    assert "'Lạc Hồng', 'Song Nguyệt'" in issue["message"] and "unit_aliases.csv" in issue["message"]


def test_communes_of_before_the_reform_in_a_clusters_table_are_each_said(tmp_path: Path) -> None:
    rows = [
        ["CỤM THI ĐUA SỐ 9"],
        ["TỔNG HỢP KẾT QUẢ NĂM 2023"],
        ["TT", "Đơn vị", "Số hội nghị tuyên truyền"],
        [1, "TT. Trâu Quỳ", 4],
        [2, "Xã Đa Tốn", 5],
        [None, "Tổng cộng", 9],
    ]
    path = write_case(Case("old", "cum_9_2023.xlsx", [Sheet("Cụm", rows)], []), tmp_path)
    reading = interpret_file(path, path.name)
    assert not reading.data  # a cluster's title names no unit whose figure the total could be
    said = {i["source_cell"]: i for i in reading.issues if i["code"] == "unit.unknown"}
    assert sorted(said) == ["B4", "B5"]
    assert all(i["severity"] == "warning" for i in said.values())
    assert "'TT. Trâu Quỳ', một thị trấn trước sắp xếp 07/2025" in said["B4"]["message"]
    assert "'Xã Đa Tốn', một xã trước sắp xếp 07/2025" in said["B5"]["message"]


def test_a_row_under_two_periods_that_names_none_is_said_by_its_cell(tmp_path: Path) -> None:
    path = write_case(_case("one_column_under_two_periods_rows_say_which"), tmp_path)
    reading = interpret_file(path, path.name)
    [issue] = [i for i in reading.issues if i["code"] == "column.period_unknown"]
    assert issue["source_cell"] == "D9"
    assert "Số cuộc giám sát" in issue["message"] and "Quý III và 9 tháng" in issue["message"]


def test_two_years_in_one_cell_are_said_as_one_cell(tmp_path: Path) -> None:
    rows = [
        ["ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"],
        ["BÁO CÁO KẾT QUẢ NĂM 2023, NĂM 2022"],
        ["STT", "Nội dung", "ĐVT", "Kết quả"],
        [1, "Số suất quà", "Suất", 300],
    ]
    path = write_case(Case("two", "dong_da.xlsx", [Sheet("BC", rows)], []), tmp_path)
    reading = interpret_file(path, path.name)
    assert not reading.data
    [issue] = [i for i in reading.issues if i["code"] == "period.conflict"]
    assert issue["source_cell"] == "A2"
    assert issue["message"].startswith("Ô A2 ghi hai năm báo cáo khác nhau: '2023' và '2022'.")


def test_a_cell_holding_a_formulas_error_is_said_not_lost(tmp_path: Path) -> None:
    """"#DIV/0!" or "#REF!" left by a broken formula: the reader sees an empty cell; the file's
    inspection names it, and the cell is an error (it was lost in silence)."""
    import re
    import zipfile

    case = Case("error_cells", "thanh_oai_quy_1_2024.xlsx", [Sheet("BC", [
        ["ỦY BAN MTTQ VIỆT NAM HUYỆN THANH OAI"],
        ["BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2024"],
        ["STT", "Nội dung", "ĐVT", "Kết quả", "Tỷ lệ %"],
        [1, "Số hội nghị tuyên truyền", "Hội nghị", 12, 100],
        [2, "Số cuộc giám sát", "Cuộc", 99, 100],
        [3, "Số suất quà", "Suất", 77, 100],
    ])], [])
    written = write_case(case, tmp_path / "made")
    with zipfile.ZipFile(written) as z:
        members = {name: z.read(name) for name in z.namelist()}
    xml = members["xl/worksheets/sheet1.xml"].decode()
    for cell, error in (("D5", "#DIV/0!"), ("D6", "#REF!"), ("E4", "#DIV/0!")):  # E: a ratio, never read
        xml = re.sub(rf'<c r="{cell}"[^>]*>.*?</c>', f'<c r="{cell}" t="e"><f>X</f><v>{error}</v></c>', xml)
    members["xl/worksheets/sheet1.xml"] = xml.encode()
    path = tmp_path / case.file
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    reading = interpret_file(path, case.file)
    assert loaded_values(reading) == {("thanh_oai", 2024, "Q1", "hoi_nghi_tuyen_truyen", 12.0, "D4")}
    said = {(i["code"], i["source_cell"]) for i in reading.issues if i["severity"] == "error"}
    assert said == {("cell.formula_error", "D5"), ("cell.formula_error", "D6")}
    assert any("#REF!" in i["message"] for i in reading.issues)


def test_a_commune_of_before_the_reform_is_said_with_the_unit_it_went_into(tmp_path: Path) -> None:
    """A 2026 report headed by a ward merged in 2025 is refused, and the message names the new
    ward (it said only that no unit was found)."""
    rows = [["ỦY BAN MTTQ VIỆT NAM PHƯỜNG QUÁN THÁNH"], ["BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2026"],
            ["STT", "Nội dung", "ĐVT", "Kết quả"], [1, "Số hội nghị tuyên truyền", "Hội nghị", 3]]  # fmt: skip
    path = write_case(Case("old", "bao_cao_quy_1_2026.xlsx", [Sheet("BC", rows)], []), tmp_path)
    reading = interpret_file(path, path.name)
    [refused] = [i for i in reading.issues if i["code"] == "unit.unknown"]
    assert "'Phường Quán Thánh' (ô A1) là đơn vị trước khi sắp xếp 07/2025, nay thuộc Phường Ba Đình" in refused["message"]
    assert reading.data == []


def test_a_districts_commune_is_said_with_the_units_its_own_went_into(tmp_path: Path) -> None:
    """"Trung Hòa" beside huyện Chương Mỹ's whole is Chương Mỹ's commune, now in Xã Phú Nghĩa: the
    note named the successors of every "Trung Hòa" (Cầu Giấy's went into three wards)."""
    rows = [["ỦY BAN MTTQ VIỆT NAM HUYỆN CHƯƠNG MỸ"], ["BÁO CÁO KẾT QUẢ CÔNG TÁC 9 THÁNG NĂM 2018"],
            ["STT", "Nội dung", "ĐVT", "Toàn huyện", "Trung Hòa", "Trường Yên"],
            [1, "Số hội nghị tuyên truyền", "Hội nghị", 20, 12, 8]]  # fmt: skip
    path = write_case(Case("chuong_my", "Chuong_My_9T_2018.xlsx", [Sheet("BC", rows)], []), tmp_path)
    reading = interpret_file(path, path.name)
    assert loaded_values(reading) == {("chuong_my", 2018, "9M", "hoi_nghi_tuyen_truyen", 20.0, "D4")}
    [said] = [i["message"] for i in reading.issues if i["code"] == "unit.commune" and "Trung Hòa" in i["message"]]
    assert "(nay thuộc Xã Phú Nghĩa)" in said, said


def test_a_column_refused_by_a_word_names_the_word(tmp_path: Path) -> None:
    """A units table's column whose header has an indicator's name and a word that makes it another
    figure says that word, as a row does (it said only that no indicator matched)."""
    rows = [["CỤM THI ĐUA SỐ 4"], ["TỔNG HỢP SỐ LIỆU NĂM 2016"],
            ["STT", "Đơn vị", "Số suất quà", "Quà tặng đại biểu"],
            [1, "Quận Hoàng Mai", 300, 20], [2, "Quận Long Biên", 200, 10]]  # fmt: skip
    path = write_case(Case("cum_4", "cum_4_2016.xlsx", [Sheet("TH", rows)], []), tmp_path)
    reading = interpret_file(path, path.name)
    assert {(v[0], v[6]) for v in reading.data} == {("hoang_mai", 300.0), ("long_bien", 200.0)}
    [said] = [i["message"] for i in reading.issues if i["code"] == "row.unmapped_label"]
    assert said.startswith("Cột 'Quà tặng đại biểu' có tên giống chỉ tiêu 'Số suất quà trao tặng' nhưng có chữ "
                           "'đại biểu'"), said
