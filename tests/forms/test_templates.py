"""The blank report template: what a unit receives, and what comes back once it is filled."""

import openpyxl
import pytest

from thidua_analysis import load_reports
from thidua_analysis.errors import UsageError
from thidua_analysis.forms import report_rows, write_cluster_templates, write_report_template
from thidua_analysis.reference import expected_units, load_registry


def _input_cells(ws):
    """(row, label, ĐVT) of every row that has an input cell in the Kết quả column."""
    return [(r, ws.cell(r, 2).value, ws.cell(r, 3).value)
            for r in range(8, ws.max_row + 1)
            if ws.cell(r, 4).protection.locked is False]  # fmt: skip


def test_template_has_title_catalogue_rows_validation_and_locked_labels(tmp_path):
    path = write_report_template(tmp_path, unit_id="dong_da", period="2022-H1")
    assert path.name == "dong_da_2022_H1.xlsx"
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Báo cáo", "Hướng dẫn"]
    ws = book["Báo cáo"]
    assert ws["A2"].value == "QUẬN ĐỐNG ĐA"
    assert ws["A4"].value == "BÁO CÁO KẾT QUẢ CÔNG TÁC MẶT TRẬN 6 THÁNG ĐẦU NĂM 2022"
    inputs = _input_cells(ws)
    rows = report_rows()
    assert [label for _, label, _ in inputs] == rows["name_vi"].tolist()
    assert [unit for _, _, unit in inputs] == rows["dvt"].tolist()
    assert ws.protection.sheet is True
    assert ws.cell(inputs[0][0], 2).protection.locked is True  # labels cannot be edited
    [rule] = ws.data_validations.dataValidation
    assert (rule.type, rule.operator, rule.formula1) == ("decimal", "greaterThanOrEqual", "0")
    covered = {cell for cells in rule.sqref.ranges for cell in cells.cells}  # (row, col)
    assert {(row, 4) for row, _, _ in inputs} <= covered
    assert "Hướng dẫn" in book.sheetnames and book["Hướng dẫn"]["A1"].value.startswith("HƯỚNG DẪN")


def test_filled_template_loads_with_no_issue(tmp_path):
    path = write_report_template(tmp_path / "mau", unit_id="gia_lam", period="2021-Q1")
    book = openpyxl.load_workbook(path)
    ws = book["Báo cáo"]
    typed = {}
    for number, (row, label, unit) in enumerate(_input_cells(ws), start=1):
        value = 1400 if unit == "Triệu đồng" else 10 * number + 3
        ws.cell(row, 4).value = value
        typed[label] = value * (1_000_000 if unit == "Triệu đồng" else 1)
    book.save(path)
    loaded = load_reports(path)
    assert loaded.issues.empty, loaded.issues[["code", "message"]]
    rows = report_rows().set_index("name_vi")
    got = loaded.data.set_index("indicator")["value"].to_dict()
    assert got == {rows.loc[label, "code"]: value for label, value in typed.items()}
    assert set(loaded.data["unit_id"]) == {"gia_lam"}
    assert set(loaded.data["cluster_id"]) == {"ha_noi_cum_3"}
    assert set(zip(loaded.data["year"], loaded.data["period"], strict=True)) == {(2021, "Q1")}


def test_a_unit_in_no_cluster_that_year_loads_with_one_warning(tmp_path):
    path = write_report_template(tmp_path / "mau", unit_id="gia_lam", period="2021-Q1")
    book = openpyxl.load_workbook(path)
    ws = book["Báo cáo"]
    # a year before the clusters the registry knows (Gia Lâm existed; a year after the 2025 reform,
    # when the district no longer exists, is refused as no unit of that time)
    ws["A4"] = ws["A4"].value.replace("2021", "2015")
    inputs = _input_cells(ws)
    for row, _label, _unit in inputs[:3]:
        ws.cell(row, 4).value = 7
    book.save(tmp_path / "gia_lam_q1.xlsx")
    loaded = load_reports(tmp_path / "gia_lam_q1.xlsx")
    [warning] = loaded.issues.itertuples(index=False)
    assert warning.code == "unit.not_in_cluster" and "2015" in warning.message
    assert (warning.source_sheet, warning.source_cell) == ("Báo cáo", f"D{inputs[0][0]}")
    assert len(loaded.data) == 3
    assert set(loaded.data["cluster_id"]) == {""}
    assert set(loaded.data["unit_name"]) == {"Gia Lâm"}  # the registry's name from other years
    assert set(loaded.data["year"]) == {2015}


def test_a_quarter_alone_is_labelled_as_such(tmp_path):
    path = write_report_template(tmp_path, unit_id="dong_da", period="2022-Q3")
    ws = openpyxl.load_workbook(path)["Báo cáo"]
    assert "QUÝ III NĂM 2022" in ws["A4"].value
    assert "không cộng dồn" in ws["A5"].value


def test_cluster_templates_one_per_member(tmp_path):
    paths = write_cluster_templates(tmp_path, cluster_id="ha_noi_cum_4", period="2020-FY")
    members = expected_units(load_registry(), "ha_noi_cum_4", 2020)
    assert sorted(p.stem.removesuffix("_2020_FY") for p in paths) == members
    assert "ha_dong" in members  # moved into Cụm 4 in 2020


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"unit_id": "dong_da", "period": "2022-S1"}, "2022-H1"),
        ({"unit_id": "dong_da", "period": "2031-FY"}, "2017"),
        ({"unit_id": "khong_co", "period": "2022-FY"}, "thidua registry"),
    ],
)
def test_bad_requests_say_how_to_fix(tmp_path, kwargs, message):
    with pytest.raises(UsageError, match=message):
        write_report_template(tmp_path, **kwargs)
