"""Excel tables show numbers the Vietnamese way whatever the viewer's regional settings."""

from __future__ import annotations

import math

import openpyxl
import pandas as pd

from thidua_analysis.reporting.excel import WHOLE_FORMAT, money_in_millions, save_table


def test_whole_numbers_decimals_years_and_blanks(tmp_path):
    frame = pd.DataFrame({
        "Đơn vị": ["Đống Đa", "Ba Đình", "Gia Lâm"],
        "Năm": [2024, 2024, 2023],
        "Số liệu": [1124.0, 3_904_800.0, math.nan],
        "Tăng, giảm (%)": [14.8, -0.25, 3.0],
        "Tính từ kỳ khác": [True, False, False],
    })  # fmt: skip
    path = save_table(frame, tmp_path / "bang.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == list(frame.columns)
    assert ws["A2"].value == "Đống Đa"
    assert ws["B2"].value == 2024 and ws["B2"].number_format == "General"  # a year, not 2.024
    assert ws["C2"].value == 1124 and ws["C2"].number_format == WHOLE_FORMAT
    assert ws["C3"].number_format == WHOLE_FORMAT
    assert ws["C4"].value is None  # missing: an empty cell, never "nan"
    # a fraction: the cell holds the number, the format is its Vietnamese text
    assert ws["D2"].value == 14.8 and ws["D2"].number_format == '"14,8"'
    assert ws["D3"].value == -0.25 and ws["D3"].number_format == '"-0,25"'
    assert ws["D4"].value == 3 and ws["D4"].number_format == WHOLE_FORMAT
    assert [ws[f"E{r}"].value for r in (2, 3, 4)] == ["có", "không", "không"]
    assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "landscape"
    assert ws.freeze_panes == "A2"


def test_the_whole_number_format_puts_dots_literally():
    # three sections chosen by size; the dots are quoted text, not the viewer's separator
    millions, thousands, small = WHOLE_FORMAT.split(";")
    assert millions.startswith("[>=1000000]") and millions.count('"."') == 2
    assert thousands.startswith("[>=1000]") and thousands.count('"."') == 1
    assert small == "0" and "," not in WHOLE_FORMAT


def test_money_in_millions_only_for_money_rows():
    frame = pd.DataFrame({"ĐVT": ["đồng", "suất", "đồng"], "Số liệu": [1_500_000.0, 40.0, 250_000_000.0]})
    out = money_in_millions(frame, unit_column="ĐVT", value_columns=["Số liệu"])
    assert out["Số liệu"].tolist() == [1.5, 40.0, 250.0]
    assert out["ĐVT"].tolist() == ["triệu đồng", "suất", "triệu đồng"]
    assert frame["ĐVT"].tolist() == ["đồng", "suất", "đồng"]  # the caller's frame is untouched


def test_show_writes_numbers_the_vietnamese_way():
    from thidua_analysis.reporting.display import formatted

    frame = pd.DataFrame({"unit_name": ["Đống Đa", "Ba Đình", "Gia Lâm"], "value": [864_800_000.0, 1.25, math.nan],
                          "year": [2024, 2024, 2023], "derived": [True, False, False]})  # fmt: skip
    table = formatted(frame)
    assert list(table.columns) == ["Đơn vị", "Số liệu", "Năm", "Tính từ kỳ khác"]
    assert table["Số liệu"].tolist() == ["864.800.000", "1,2", ""]  # one place by default
    assert table["Năm"].tolist() == ["2024", "2024", "2023"]
    assert table["Tính từ kỳ khác"].tolist() == ["có", "", ""]
    assert formatted(frame, decimals=2)["Số liệu"].tolist()[1] == "1,25"
