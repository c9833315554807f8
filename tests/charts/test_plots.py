"""Charts are checked by reading the drawn data back, not by comparing images."""

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from thidua_analysis import charts, load_reports
from thidua_analysis.analysis import cluster_totals, period_values
from thidua_analysis.reference import load_catalog
from thidua_analysis.sample import generate_sample


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    root = tmp_path_factory.mktemp("charts")
    units = ["dong_da", "ba_dinh", "hoan_kiem", "gia_lam", "me_linh", "dong_anh"]
    summary = generate_sample(root / "raw", years=[2020, 2021, 2022], units=units,
                              bad_files=False)  # fmt: skip
    return load_reports(summary.out).data


def test_house_font_draws_every_vietnamese_label():
    texts = [*load_catalog()["name_vi"], "Đống Đa", "Ủy ban", "Tình hình gửi báo cáo", "tỷ đồng"]
    assert charts.missing_glyphs(" ".join(texts)) == set()
    assert charts.missing_glyphs("漢") == {"漢"}


def test_value_text_is_vietnamese():
    assert charts.value_text(1124, "hoi_nghi_tuyen_truyen") == "1.124"
    assert charts.value_text(1_400_000_000, "gia_tri_qua") == "1,4 tỷ đồng"
    assert charts.value_text(686_000_000, "gia_tri_qua") == "686 triệu đồng"


def test_trend_draws_the_cluster_totals(data):
    ax = charts.trend(data, indicator="suat_qua")
    totals = cluster_totals(data, indicators=["suat_qua"])
    drawn = {
        line.get_label(): line.get_xydata()
        for line in ax.lines
        if not line.get_label().startswith("_")
    }
    cum_3 = totals[totals["cluster_id"] == "ha_noi_cum_3"].sort_values("year")
    np.testing.assert_allclose(drawn["Cụm thi đua số 3"], cum_3[["year", "value"]].to_numpy())
    assert ax.get_title(loc="left").startswith("Số suất quà trao tặng")
    assert set(drawn) == {"Cụm thi đua số 1", "Cụm thi đua số 3"}


def test_unit_bars_sorted_with_money_in_ty_dong(data):
    _fig, ax = plt.subplots()
    out = charts.unit_bars(data, indicator="gia_tri_qua", year=2021, cluster="ha_noi_cum_3", ax=ax)
    assert out is ax
    widths = [p.get_width() for p in ax.patches]
    values = period_values(data, period="FY", year=2021)
    expected = values[
        (values["indicator"] == "gia_tri_qua") & (values["cluster_id"] == "ha_noi_cum_3")
    ]
    assert widths == sorted(expected["value"].tolist())
    labels = [t.get_text() for t in ax.texts]
    assert all(label.endswith(("tỷ đồng", "triệu đồng")) for label in labels)
    assert "," in labels[0] or labels[0].split()[0].isdigit()
    assert ax.get_xlabel() in {"tỷ đồng", "triệu đồng"}


def test_heatmap_scales_each_indicator_to_its_largest_unit(data):
    ax = charts.heatmap(data, year=2021, cluster="ha_noi_cum_1",
                        indicators=["suat_qua", "thanh_vien_ttnd"])  # fmt: skip
    colours = ax.collections[0].get_array().reshape(2, -1)
    assert colours.max(axis=1).tolist() == [100, 100]
    values = period_values(data, period="FY", year=2021)
    gifts = values[(values["indicator"] == "suat_qua") & (values["cluster_id"] == "ha_noi_cum_1")]
    low = gifts["value"].min() / gifts["value"].max() * 100
    assert colours[0].min() == pytest.approx(low)


def test_ranking_and_completeness(data):
    ax = charts.ranking(data, indicator="suat_qua", cluster="ha_noi_cum_3")
    ranks = {tuple(line.get_ydata()) for line in ax.lines}
    assert all(set(r) <= {1, 2, 3} for r in ranks) and len(ranks) == 3
    dropped = data[
        ~((data["unit_id"] == "me_linh") & (data["period"] == "FY") & (data["year"] == 2021))
    ]
    ax = charts.completeness(dropped, year=2021, cluster="ha_noi_cum_3")
    grid = ax.collections[0].get_array().reshape(-1, 4)
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert grid[rows.index("Mê Linh")].tolist() == [2, 2, 2, 0]  # FY missing, nothing to derive it
    assert grid[rows.index("Gia Lâm")].tolist() == [2, 2, 2, 2]


def test_small_multiples_and_saving(data, tmp_path):
    axes = charts.small_multiples(data, indicators=["suat_qua", "cuoc_giam_sat"], ncols=2)
    assert len(axes) == 2 and all(len(ax.lines) >= 2 for ax in axes)
    paths = charts.save_figure(axes[0], tmp_path / "nho")
    assert [p.suffix for p in paths] == [".png", ".svg"]
    assert paths[0].read_bytes()[:4] == b"\x89PNG"
    assert "Số suất quà trao tặng" in paths[1].read_text("utf-8")  # text stays text in SVG


def test_no_data_is_a_clear_error(data):
    with pytest.raises(ValueError, match="Không có số liệu suat_qua kỳ FY năm 2030"):
        charts.unit_bars(data, indicator="suat_qua", year=2030)


def test_a_missing_year_breaks_the_line(data):
    gap = data[~((data["year"] == 2021) & (data["cluster_id"] == "ha_noi_cum_3"))]
    ax = charts.trend(gap, indicator="suat_qua")
    [line] = [ln for ln in ax.lines if ln.get_label() == "Cụm thi đua số 3"]
    xy = line.get_xydata()
    assert xy[:, 0].tolist() == [2020, 2021, 2022]
    assert np.isnan(xy[1, 1]) and not np.isnan(xy[[0, 2], 1]).any()


def test_partial_cluster_totals_are_marked_with_the_units_behind_them():
    rows = []
    cum_3 = ["gia_lam", "me_linh", "dong_anh", "thanh_tri", "soc_son"]
    for year, units in ((2021, cum_3), (2022, cum_3[:3])):
        for unit in units:
            rows.append({"unit_id": unit, "unit_name": unit, "cluster_id": "ha_noi_cum_3",
                         "year": year, "period": "FY", "indicator": "suat_qua", "value": 100.0})  # fmt: skip
    frame = pd.DataFrame(rows)
    totals = cluster_totals(frame).set_index("year")
    assert totals["expected_units"].tolist() == [5, 5]
    assert totals["partial"].tolist() == [False, True]
    ax = charts.trend(frame, indicator="suat_qua")
    [marks] = [ln for ln in ax.lines if ln.get_marker() == "X"]
    assert marks.get_xydata().tolist() == [[2022, 300.0]]
    assert [t.get_text() for t in ax.texts] == ["3/5 đơn vị"]
    assert "Tổng chưa đủ đơn vị" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_a_cluster_keeps_its_colour_and_the_year_is_highlighted(data):
    ax = charts.trend(data, indicator="suat_qua", year=2021)
    colors = {line.get_label(): line.get_color() for line in ax.lines if not line.get_label().startswith("_")}
    bars = charts.cluster_bars(data, indicator="suat_qua", year=2021, province="ha_noi")
    names = [t.get_text() for t in bars.get_yticklabels()]
    for name, patch in zip(names, bars.patches, strict=True):
        assert matplotlib.colors.to_hex(patch.get_facecolor()) == matplotlib.colors.to_hex(colors[name])
    band = [p for p in ax.patches if p.get_x() < 2021 < p.get_x() + p.get_width()]
    assert len(band) == 1  # the reviewed year's band
    assert any(t.get_text() == "Năm 2021" for t in ax.texts)
    plt.close("all")


def test_cluster_bars_show_this_year_and_the_year_before(data):
    ax = charts.cluster_bars(data, indicator="suat_qua", year=2021, province="ha_noi")
    totals = cluster_totals(data, indicators=["suat_qua"])
    this = totals[totals["year"] == 2021].sort_values("value")
    assert [p.get_width() for p in ax.patches] == this["value"].tolist()
    ticks = next(line for line in ax.lines if line.get_label() == "Năm 2020")
    assert ticks.get_xdata().tolist() == this["previous"].tolist()
    plt.close("all")


def test_charts_stay_bounded_however_many_clusters_and_units():
    from thidua_analysis.charts.plots import MAX_BARS, MAX_LINES

    years, clusters = [2020, 2021], [f"cum_{i:02d}" for i in range(30)]
    rows = [{"cluster_id": c, "year": y, "value": float(i * 10 + y - 2000), "derived": False, "partial": False}
            for i, c in enumerate(clusters) for y in years]  # fmt: skip
    frame = pd.DataFrame(rows)
    from thidua_analysis.charts.plots import _top_bars, _top_lines

    kept, note = _top_lines(frame, "cluster_id", 2021)
    assert kept["cluster_id"].nunique() == MAX_LINES and "trong 30" in note
    assert set(kept["cluster_id"]) == set(clusters[-MAX_LINES:])  # the largest in 2021
    bars, left_out = _top_bars(frame[frame["year"] == 2021].sort_values("value"))
    assert len(bars) == MAX_BARS and f"{MAX_BARS} trong 30" in left_out
    few, none = _top_lines(frame[frame["cluster_id"].isin(clusters[:3])], "cluster_id", 2021)
    assert few["cluster_id"].nunique() == 3 and none is None
