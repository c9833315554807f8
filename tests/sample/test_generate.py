"""The sample generator: deterministic, plausible, consistent, and scalable for benchmarks."""

import itertools

import pandas as pd
import pytest

from thidua_analysis import load_reports
from thidua_analysis.reference import load_registry
from thidua_analysis.sample import generate_sample

FLOW_ORDER = ["Q1", "H1", "9M", "FY"]


@pytest.fixture(scope="module")
def truth(tmp_path_factory):
    root = tmp_path_factory.mktemp("gen")
    summary = generate_sample(root / "raw", years=[2019, 2020, 2021], seed=0)
    values = pd.read_csv(summary.truth_dir / "values.csv")
    return summary, values[values["final"]]


def test_same_seed_same_truth_other_seed_other_values(tmp_path, truth):
    summary, values = truth
    again = generate_sample(tmp_path / "a" / "raw", years=[2019, 2020, 2021], seed=0)
    other = generate_sample(tmp_path / "b" / "raw", years=[2019, 2020, 2021], seed=1)
    files = sorted(p.relative_to(summary.out) for p in summary.out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again.out) for p in again.out.rglob("*") if p.is_file())
    same = pd.read_csv(again.truth_dir / "values.csv")
    pd.testing.assert_frame_equal(same[same["final"]].reset_index(drop=True),
                                  values.reset_index(drop=True))  # fmt: skip
    differ = pd.read_csv(other.truth_dir / "values.csv")
    assert not differ["value"].equals(pd.read_csv(summary.truth_dir / "values.csv")["value"])


def test_cumulative_periods_never_shrink_for_flows(truth):
    _, values = truth
    flows = values[
        values["period"].isin(FLOW_ORDER) & ~values["indicator"].str.startswith("thanh_vien")
    ]
    wide = flows.pivot_table(index=["unit_id", "year", "indicator"], columns="period",
                             values="value", aggfunc="first").dropna()  # fmt: skip
    assert len(wide) > 1000
    for earlier, later in itertools.pairwise(FLOW_ORDER):
        assert (wide[earlier] <= wide[later]).all(), (earlier, later)


def test_the_story_shows_in_the_yearly_totals(truth):
    _, values = truth
    fy = values[values["period"] == "FY"].groupby(["indicator", "year"])["value"].sum()
    # gatherings dip with COVID-19, propaganda peaks with the 2021 national elections
    assert fy["luot_nguoi_tham_du", 2020] < 0.9 * fy["luot_nguoi_tham_du", 2019]
    assert fy["luot_tuyen_truyen", 2021] > 1.1 * fy["luot_tuyen_truyen", 2019]
    # board memberships are stocks: roughly stable from year to year
    members = fy["thanh_vien_ttnd"]
    assert members.max() / members.min() < 1.2


def test_units_scale_with_their_communes(truth):
    _, values = truth
    registry = load_registry().drop_duplicates("unit_id").set_index("unit_id")
    fy = values[(values["period"] == "FY") & (values["year"] == 2019)
                & (values["indicator"] == "hoi_nghi_tuyen_truyen")]  # fmt: skip
    per_unit = fy.groupby("unit_id")["value"].sum()
    communes = registry.loc[per_unit.index, "communes"].astype(float)
    assert per_unit.corr(communes) > 0.7


def test_default_sample_is_small(truth):
    summary, _ = truth
    # three of the eight default years: the whole default sample stays well under 10 MB
    assert summary.bytes * 8 / 3 < 10e6
    assert 250 < summary.files < 400


def test_scale_adds_imaginary_copies_that_load_exactly(tmp_path):
    units = ["dong_da", "gia_lam", "ha_dong", "hoi_nong_dan_can_tho"]
    one = generate_sample(tmp_path / "one" / "raw", years=[2021], units=units, bad_files=False)
    three = generate_sample(tmp_path / "data" / "raw", years=[2021], units=units,
                            bad_files=False, scale=3)  # fmt: skip
    assert three.files == 3 * one.files
    truth = pd.read_csv(three.truth_dir / "values.csv")
    assert {"dong_da_b2", "dong_da_b3", "gia_lam_b3"} <= set(truth["unit_id"])
    loaded = load_reports(three.out, jobs=2)  # the copies' registry is in data/reference
    key = ["source_file", "source_cell", "unit_id", "period", "indicator", "value"]
    merged = truth[truth["final"]].merge(loaded.data, on=key, how="outer", indicator=True)
    assert (merged["_merge"] == "both").all()
    copies = loaded.data[loaded.data["unit_id"].str.endswith("_b2")]
    assert set(copies["cluster_id"]) == {"ha_noi_cum_1_b2", "ha_noi_cum_3_b2", "ha_noi_cum_4_b2",
                                         "can_tho_khoi_mttq_b2"}  # fmt: skip
    assert not (loaded.issues["severity"] == "error").any()


def test_progress_is_told_each_step(tmp_path):
    seen = []
    generate_sample(tmp_path / "raw", years=[2021], units=["dong_da", "gia_lam"], bad_files=False,
                    scoring=False, progress=lambda done, total, what: seen.append((done, total, what)))  # fmt: skip
    totals = {total for _d, total, _w in seen}
    assert len(totals) == 1 and seen[-1] == (totals.pop(), seen[-1][1], "xong")
    dones = [d for d, _t, _w in seen]
    assert dones == sorted(dones) and dones[0] == 0 and len(seen) >= 3
    assert any(w == "ha_noi_cum_1 năm 2021" for _d, _t, w in seen)
