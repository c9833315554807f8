"""Cluster totals, unit comparison and wide tables."""

import numpy as np
import pandas as pd
import pytest

from thidua_analysis.analysis import cluster_totals, unit_comparison, wide_table


def frame(rows):
    return pd.DataFrame(rows, columns=["unit_id", "unit_name", "cluster_id", "year", "period",
                                       "indicator", "value"])  # fmt: skip


@pytest.fixture
def cluster_3():
    rows = []
    for year, values in ((2020, {"gia_lam": 100, "me_linh": 50, "dong_anh": 50}),
                         (2021, {"gia_lam": 120, "me_linh": 60, "dong_anh": 120})):  # fmt: skip
        for unit, v in values.items():
            rows.append((unit, unit, "ha_noi_cum_3", year, "FY", "suat_qua", v))
            rows.append((unit, unit, "ha_noi_cum_3", year, "FY", "thanh_vien_ttnd", v // 10))
            rows.append((unit, unit, "ha_noi_cum_3", year, "FY", "diem_thi_dua", 90 + v / 100))
    return frame(rows)


def test_cluster_totals_add_flows_and_stocks_over_units_and_average_scores(cluster_3):
    totals = cluster_totals(cluster_3).set_index(["year", "indicator"])
    assert totals.loc[(2021, "suat_qua"), "value"] == 300
    assert totals.loc[(2021, "suat_qua"), "previous"] == 200
    assert totals.loc[(2021, "suat_qua"), "change_pct"] == pytest.approx(50.0)
    assert totals.loc[(2021, "thanh_vien_ttnd"), "value"] == 12 + 6 + 12
    assert totals.loc[(2021, "diem_thi_dua"), "value"] == pytest.approx(90 + 3.0 / 3)
    assert totals.loc[(2021, "suat_qua"), "units"] == 3


def test_unit_comparison_shares_ranks_ties_and_per_commune(cluster_3):
    table = unit_comparison(cluster_3, year=2021, indicators=["suat_qua"]).set_index("unit_id")
    assert table["share_pct"].sum() == pytest.approx(100)
    assert table.loc["me_linh", "share_pct"] == pytest.approx(20)
    # Gia Lâm and Đông Anh tie at 120: both rank 1, Mê Linh is 3rd
    assert table["rank"].to_dict() == {"gia_lam": 1, "dong_anh": 1, "me_linh": 3}
    assert table.loc["dong_anh", "change_pct"] == pytest.approx(140)
    communes = table.loc["gia_lam", "communes"]
    assert communes == 22
    assert table.loc["gia_lam", "per_commune"] == pytest.approx(120 / 22)
    scores = unit_comparison(cluster_3, year=2021, indicators=["diem_thi_dua"])
    assert scores["cluster_total"].isna().all() and scores["per_commune"].isna().all()


def test_wide_table_has_vietnamese_columns_in_catalogue_order(cluster_3):
    table = wide_table(unit_comparison(cluster_3, year=2021))
    assert list(table.columns) == ["Số suất quà trao tặng", "Số thành viên Ban Thanh tra nhân dân",
                                   "Điểm thi đua"]  # fmt: skip
    assert table.loc["me_linh", "Số suất quà trao tặng"] == 60
    assert not np.isnan(table.to_numpy(dtype=float)).any()
