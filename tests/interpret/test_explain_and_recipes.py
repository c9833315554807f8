"""``explain`` shows every decision; recipes correct a layout without code."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from thidua_analysis import explain, load_reports
from thidua_analysis.cli import app
from thidua_analysis.errors import ReferenceDataError
from thidua_analysis.interpret.recipes import load_recipes
from thidua_analysis.quality.feedback import write_explanation

from .corpus import CASES, Case, Sheet
from .test_corpus import write_case


def _case(name: str) -> Case:
    return next(c for c in CASES if c.name == name)


def test_explain_names_table_roles_evidence_rows_and_skips(tmp_path: Path) -> None:
    path = write_case(_case("plan_actual_and_percent_of_plan"), tmp_path)
    result = explain(path)
    [sheet] = result.sheets
    assert sheet.table.startswith("A3:") and sheet.label_letter == "B"
    roles = {letter: role for letter, _h, role, _n, _w in sheet.columns}
    assert roles["D"].startswith("kế hoạch") and roles["E"] == "kết quả"
    assert roles["F"].startswith("so sánh")
    assert ("kỳ", "9M", "A2") in sheet.decisions
    assert ("đơn vị", "thanh_tri", "A1") in sheet.decisions
    loaded = [(row, code) for row, _label, code, _alias, status in sheet.rows if status == "nạp"]
    assert loaded == [(4, "hoi_nghi_tuyen_truyen"), (5, "quy_vi_nguoi_ngheo")]
    notes = result.notes()
    kinds = notes.groupby("source_cell")["kind"].agg(set)
    assert "value" in kinds["E4"] and "skipped_column" in kinds["D3"] and "decision" in kinds["A2"]


def test_explain_says_a_plan_row_under_a_period_column_is_not_loaded(tmp_path: Path) -> None:
    case = Case("plan_row", "dong_da_nam_2017.xlsx", [Sheet("BC", [
        ["ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"], ["BÁO CÁO KẾT QUẢ CÔNG TÁC NĂM 2017"],
        ["STT", "Nội dung", "Kỳ", "Kết quả"],
        [1, "Số hội nghị tuyên truyền", "Kế hoạch", 12], [None, None, "Thực hiện", 10],
    ], ["A4:A5", "B4:B5"])], [])  # fmt: skip
    [sheet] = explain(write_case(case, tmp_path)).sheets
    status = {row: status for row, _label, _code, _alias, status in sheet.rows}
    assert status == {4: "dòng 'Kế hoạch': không phải kết quả", 5: "nạp"}


def test_explain_names_the_measure_each_value_column_states(tmp_path: Path) -> None:
    [sheet] = explain(write_case(_case("value_columns_headed_by_what_they_count"), tmp_path)).sheets
    notes = {letter: note for letter, _h, _role, note, _w in sheet.columns}
    assert (notes["C"], notes["D"]) == ("tính bằng cuộc", "tính bằng người")


def test_explain_of_the_long_layout_names_the_units_and_the_labels_columns(tmp_path: Path) -> None:
    [sheet] = explain(write_case(_case("each_units_indicators_on_rows_of_their_own"), tmp_path)).sheets
    roles = {letter: role for letter, _h, role, _n, _w in sheet.columns}
    assert (roles["B"], roles["C"], roles["D"]) == ("tên đơn vị", "nội dung", "đơn vị tính")
    assert roles["E"].startswith("kế hoạch") and roles["F"] == "kết quả"
    assert sheet.label_letter == "C"
    loaded = [(row, code) for row, _label, code, _alias, status in sheet.rows if status == "nạp"]
    assert loaded == [(5, "hoi_nghi_tuyen_truyen"), (6, "gia_tri_qua"), (7, "hoi_nghi_tuyen_truyen"), (8, "gia_tri_qua")]


def test_explained_copy_paints_the_cells(tmp_path: Path) -> None:
    path = write_case(_case("same_period_last_year_and_comparison"), tmp_path)
    written = write_explanation(explain(path).notes(), path, tmp_path / "out" / "giai_thich.xlsx")
    book = openpyxl.load_workbook(written)
    assert book.sheetnames[0] == "Giải thích"
    sheet = book["Sheet1"]
    assert sheet["E4"].fill.start_color.rgb.endswith("C6EFCE")  # a value loaded
    assert "2022" in sheet["D4"].comment.text  # the "cùng kỳ" value, loaded under 2022
    assert sheet["F3"].fill.start_color.rgb.endswith("D9D9D9")  # a comparison column, not loaded


def test_explain_says_what_each_row_of_a_turned_table_holds(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "one_units_figures_across_under_the_indicators")
    notes = explain(write_case(case, tmp_path)).notes()
    by_cell = {(n.kind, n.source_cell): n.message for n in notes.itertuples(index=False)}
    assert "kết quả kỳ Q3 năm 2023" in by_cell[("label", "A6")]
    assert "lũy kế kỳ 9M năm 2023" in by_cell[("label", "A7")]
    assert ("skipped", "A5") in by_cell and ("skipped", "A8") in by_cell  # the plan and the rate
    assert "kế hoạch" in by_cell[("skipped", "A5")]


def test_explain_command_from_another_folder(tmp_path: Path, monkeypatch) -> None:
    path = write_case(_case("units_stacked_as_sections_total_first"), tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = CliRunner().invoke(app, ["explain", str(path)])
    assert result.exit_code == 0, result.output
    assert "dan_phuong" in result.output and "total.mismatch" in result.output
    assert (elsewhere / "cum_2_nam_2022_giai_thich.xlsx").is_file()


ODD = Case("odd", "mau_rieng_gia_lam.xlsx", [
    Sheet("Hướng dẫn", [["Điền số vào cột C"], ["Mẫu", "số", 1]]),
    Sheet("Số liệu", [
        ["Mẫu báo cáo riêng"],
        [],
        ["", "Việc", "Được"],
        ["1", "Số buổi sinh hoạt chuyên đề", 14],
        ["2", "Số suất quà", 250],
    ]),
], [])


def test_a_recipe_reads_a_layout_the_rules_cannot(tmp_path: Path, monkeypatch) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    write_case(ODD, raw)
    before = load_reports(raw, jobs=1)
    assert before.data.empty  # no header words, no unit, no period: nothing guessed
    reference = tmp_path / "data" / "reference"
    reference.mkdir(parents=True)
    (reference / "recipes.toml").write_text(
        '[[recipe]]\n'
        'name = "Mẫu riêng Gia Lâm"\n'
        'files = "*gia_lam*.xlsx"\n'
        'unit = "gia_lam"\nyear = 2023\nperiod = "H1"\n'
        'sheets = ["Số liệu"]\n'
        'header_row = 3\nlabel_column = "B"\n'
        'columns = { C = "result" }\n'
        'aliases = { "Số buổi sinh hoạt chuyên đề" = "hoi_nghi_tuyen_truyen" }\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("THIDUA_HOME", str(tmp_path))
    after = load_reports(raw, jobs=1)
    got = {(r.unit_id, r.year, r.period, r.indicator, r.value, r.source_cell)
           for r in after.data.itertuples()}  # fmt: skip
    assert got == {("gia_lam", 2023, "H1", "hoi_nghi_tuyen_truyen", 14.0, "C4"),
                   ("gia_lam", 2023, "H1", "suat_qua", 250.0, "C5")}  # fmt: skip
    assert set(after.data["period_source"]) == {"recipe: Mẫu riêng Gia Lâm"}
    assert set(after.data["unit_source"]) == {"recipe: Mẫu riêng Gia Lâm"}
    assert "sheet.skipped" in set(after.issues["code"])


@pytest.mark.parametrize(("line", "named"), [
    ('colour = "red"', "'colour'"),
    ('unit = "khong_co"', "khong_co"),
    ('period = "Q5"', "Q5"),
    ('columns = { C = "ket_qua" }', "ket_qua"),
    ('aliases = { "Số buổi" = "so_buoi" }', "so_buoi"),
])  # fmt: skip
def test_a_recipe_key_or_value_that_does_not_exist_is_named(tmp_path: Path, line, named) -> None:
    (tmp_path / "recipes.toml").write_text(f'[[recipe]]\nfiles = "*.xlsx"\n{line}\n', encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=named):
        load_recipes(user_dir=tmp_path)


def test_explain_says_a_districts_whole_loads_and_its_communes_rows_do_not(tmp_path: Path) -> None:
    path = write_case(_case("a_districts_whole_then_its_wards_of_before_the_reform_as_sections"), tmp_path)
    [sheet] = explain(path).sheets
    status = {row: status for row, _label, _code, _alias, status in sheet.rows}
    assert status[5].startswith("nạp: số của cả đơn vị")  # the whole's conferences, which its wards add up to
    assert status[6] == "tổng mục"  # its supervisions disagree with the wards': refused
    assert all("một phần đơn vị" in status[row] for row in (7, 8, 9, 10, 11, 12))


def test_explain_says_rows_that_clashed_are_not_loaded(tmp_path: Path) -> None:
    path = write_case(_case("numbered_rows_of_an_indicator_with_its_total_first_or_last_in_its_own_words"), tmp_path)
    [sheet] = explain(path).sheets
    status = {row: status for row, _label, _code, _alias, status in sheet.rows}
    assert status[9] == "nạp" and status[10].startswith("một phần của dòng tổng D9")
    assert all(status[row].endswith("không nạp") for row in (13, 14, 15))  # 12 ≠ 4 + 6: a clash
