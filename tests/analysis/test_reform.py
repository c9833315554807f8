"""Across the 2025 reform: unit series stop and start, the city continues, the chart says so."""

from __future__ import annotations

import pandas as pd

from thidua_analysis import charts
from thidua_analysis.analysis import REFORM_LABEL, province_totals, successor_comparison


def frame(rows):
    columns = ["unit_id", "unit_name", "cluster_id", "year", "period", "indicator", "value"]
    return pd.DataFrame(rows, columns=columns)


DATA = frame([
    ("ba_dinh", "Ba Đình", "ha_noi_cum_1", 2024, "FY", "suat_qua", 100.0),
    ("ba_dinh", "Ba Đình", "ha_noi_cum_1", 2025, "H1", "suat_qua", 40.0),
    ("phuong_ba_dinh", "Ba Đình", "ha_noi_kv_quan_ba_dinh", 2025, "H2", "suat_qua", 30.0),
    ("phuong_ba_dinh", "Ba Đình", "ha_noi_kv_quan_ba_dinh", 2026, "FY", "suat_qua", 70.0),
    ("phuong_ngoc_ha", "Ngọc Hà", "ha_noi_kv_quan_ba_dinh", 2026, "FY", "suat_qua", 50.0),
    ("ba_dinh", "Ba Đình", "ha_noi_cum_1", 2024, "FY", "thanh_vien_ttnd", 140.0),
    ("phuong_ba_dinh", "Ba Đình", "ha_noi_kv_quan_ba_dinh", 2025, "H2", "thanh_vien_ttnd", 35.0),
])  # fmt: skip


def test_the_city_continues_across_the_reform():
    totals = province_totals(DATA).set_index(["indicator", "year"])
    assert totals.loc[("suat_qua", 2024), "value"] == 100
    assert totals.loc[("suat_qua", 2025), "value"] == 70  # 40 (old, Jan-Jun) + 30 (new, Jul-Dec)
    assert bool(totals.loc[("suat_qua", 2025), "combined"])
    assert totals.loc[("suat_qua", 2026), "value"] == 120
    assert totals.loc[("thanh_vien_ttnd", 2025), "value"] == 35  # a stock: the level at year end


def test_a_new_units_year_of_the_reform_is_its_second_half():
    sent_the_year = pd.concat([DATA, frame([
        ("phuong_ngoc_ha", "Ngọc Hà", "ha_noi_kv_quan_ba_dinh", 2025, "FY", "suat_qua", 20.0),
        ("phuong_ngoc_ha", "Ngọc Hà", "ha_noi_kv_quan_ba_dinh", 2025, "Q4", "suat_qua", 9.0),
    ])], ignore_index=True)  # fmt: skip
    totals = province_totals(sent_the_year).set_index(["indicator", "year"])
    assert totals.loc[("suat_qua", 2025), "value"] == 90  # 40 + 30 + 20 (Ngọc Hà's July-December)
    assert totals.loc[("suat_qua", 2025), "units"] == 3


def test_a_district_beside_its_successors_only_where_they_came_whole():
    compared = successor_comparison(DATA, "ba_dinh")
    assert set(compared["side"]) == {"đơn vị cũ"}  # phường Ba Đình took parts of other wards too
    assert "phuong_ba_dinh" in compared["note"].iloc[0]
    crosswalk = pd.DataFrame({"new_unit_id": ["phuong_ba_dinh", "phuong_ngoc_ha"],
                              "old_unit_id": ["ba_dinh", "ba_dinh"], "whole": ["yes", "yes"]})  # fmt: skip
    whole = successor_comparison(DATA, "ba_dinh", crosswalk=crosswalk)
    new = whole[(whole["side"] == "đơn vị kế thừa") & (whole["indicator"] == "suat_qua")]
    assert list(zip(new["year"], new["value"], strict=True)) == [(2026, 120.0)]


def test_a_city_trend_across_the_reform_marks_it():
    ax = charts.trend(DATA, indicator="suat_qua", by="province")
    line = next(line for line in ax.lines if line.get_label() == "Hà Nội")
    assert [tuple(p) for p in line.get_xydata()] == [(2024, 100), (2025, 70), (2026, 120)]
    assert any(t.get_text() == REFORM_LABEL for t in ax.texts)
    assert any(list(line.get_xdata()) == [2025, 2025] for line in ax.lines)  # the reform line
    assert any("6 tháng cuối" in t.get_text() for t in ax.get_legend().get_texts())


def test_unit_trends_stop_and_start_at_the_reform():
    ax = charts.trend(DATA, indicator="suat_qua", by="unit_id", period="FY")
    drawn = {line.get_label(): line.get_xydata() for line in ax.lines}
    old, new = drawn["Ba Đình (quận)"], drawn["Ba Đình (phường)"]  # two units, never one series
    assert [x for x, y in old if y == y] == [2024] and [x for x, y in new if y == y] == [2026]
    assert any(t.get_text() == REFORM_LABEL for t in ax.texts)
