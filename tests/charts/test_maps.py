"""The map of the 2025 units: darker is more, units with no report hatched and named, an inset."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.collections import PatchCollection

from thidua_analysis import charts
from thidua_analysis.reference.maps import load_wards

ROWS = [("phuong_ba_dinh", "Ba Đình", "x", 2026, "FY", "suat_qua", 300.0),
        ("phuong_ngoc_ha", "Ngọc Hà", "x", 2026, "FY", "suat_qua", 100.0),
        ("phuong_giang_vo", "Giảng Võ", "x", 2026, "FY", "suat_qua", 200.0)]  # fmt: skip
DATA = pd.DataFrame(ROWS, columns=["unit_id", "unit_name", "cluster_id", "year", "period", "indicator", "value"])


def test_the_polygons_ship_with_the_package_small():
    wards = load_wards("ha_noi")
    assert len(wards) == 126 and len(load_wards("can_tho")) == 103
    ring = wards["phuong_ba_dinh"][0]
    assert ring.shape[1] == 2 and 105.7 < ring[:, 0].mean() < 105.9 and 20.9 < ring[:, 1].mean() < 21.1


def test_more_is_darker_and_missing_is_hatched_and_named():
    expected = ["phuong_ba_dinh", "phuong_ngoc_ha", "phuong_giang_vo", "phuong_hoan_kiem"]
    ax = charts.choropleth(DATA, indicator="suat_qua", year=2026, units=expected)
    wards = load_wards("ha_noi")
    owners = [u for u in sorted(wards) for _ in wards[u]]
    fill = next(c for c in ax.collections if isinstance(c, PatchCollection))
    colours = {u: fill.get_facecolors()[i] for i, u in enumerate(owners)}
    lightness = {u: colours[u][:3].sum() for u in ("phuong_ba_dinh", "phuong_giang_vo", "phuong_ngoc_ha")}
    assert lightness["phuong_ba_dinh"] < lightness["phuong_giang_vo"] < lightness["phuong_ngoc_ha"]
    hatched = [c for c in ax.collections if c.get_hatch() == "///"]
    assert len(hatched) == 1 and len(hatched[0].get_paths()) == len(wards["phuong_hoan_kiem"])
    legend = ax.get_legend().get_texts()[0].get_text()
    assert legend.startswith("Chưa có số liệu (1)") and "Hoàn Kiếm" in legend
    assert len(ax.child_axes) == 1  # the inner wards, larger
    assert np.allclose(colours["phuong_tay_ho"], (0.949, 0.949, 0.949, 1.0), atol=0.01)  # not expected: plain


def test_a_clusters_view_zooms_on_its_units():
    ax = charts.choropleth(DATA, indicator="suat_qua", year=2026, cluster="ha_noi_kv_quan_ba_dinh")
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    assert x1 - x0 < 0.1 and y1 - y0 < 0.1  # Ba Đình's three wards, not the whole city (≈0.9°)
    assert not ax.child_axes  # no inset in a zoomed view
    assert ax.get_legend() is None  # its three wards all reported
