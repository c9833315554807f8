"""Comparable periods from whatever a unit reported."""

import pandas as pd
import pytest

from thidua_analysis.analysis import period_values, single_quarters, yearly
from thidua_analysis.errors import ArgumentError


def frame(rows):
    return pd.DataFrame(
        [("u", "U", "c", 2021, p, code, v) for code, p, v in rows],
        columns=["unit_id", "unit_name", "cluster_id", "year", "period", "indicator", "value"],
    )


def get(result, code):
    hit = result[result["indicator"] == code]
    return None if hit.empty else (float(hit["value"].iloc[0]), bool(hit["derived"].iloc[0]))


def test_flow_quarters_come_from_cumulative_reports():
    data = frame([("suat_qua", "Q1", 10), ("suat_qua", "H1", 25), ("suat_qua", "9M", 45),
                  ("suat_qua", "FY", 60)])  # fmt: skip
    quarters = single_quarters(data)
    got = dict(zip(quarters["period"], quarters["value"], strict=True))
    assert got == {"Q1": 10, "Q2": 15, "Q3": 20, "Q4": 15}
    assert quarters.set_index("period").loc["Q1", "derived"] == False  # noqa: E712
    assert quarters.set_index("period").loc["Q4", "basis"] == "Q1, H1, 9M, FY"


def test_cumulative_periods_come_from_quarters_and_unknowns_stay_unknown():
    data = frame([("suat_qua", "Q1", 10), ("suat_qua", "Q2", 5), ("suat_qua", "Q4", 7)])
    assert get(period_values(data, period="H1"), "suat_qua") == (15, True)
    assert get(period_values(data, period="9M"), "suat_qua") is None  # Q3 is missing
    assert get(period_values(data, period="FY"), "suat_qua") is None
    assert get(yearly(frame([("suat_qua", "9M", 30), ("suat_qua", "Q4", 12)])), "suat_qua") == (
        42, True)  # fmt: skip


def test_stocks_are_levels_never_sums():
    data = frame([("thanh_vien_ttnd", "Q1", 100), ("thanh_vien_ttnd", "Q2", 104),
                  ("thanh_vien_ttnd", "9M", 103), ("thanh_vien_ttnd", "Q4", 101)])  # fmt: skip
    assert get(period_values(data, period="H1"), "thanh_vien_ttnd") == (104, True)
    assert get(period_values(data, period="FY"), "thanh_vien_ttnd") == (101, True)
    assert get(period_values(data, period="Q3"), "thanh_vien_ttnd") == (103, True)


def test_scores_are_only_what_was_reported():
    data = frame([("diem_thi_dua", "FY", 95), ("diem_thi_dua", "9M", 70)])
    assert get(period_values(data, period="FY"), "diem_thi_dua") == (95, False)
    assert get(period_values(data, period="Q4"), "diem_thi_dua") is None


def test_reported_value_wins_over_derivation():
    data = frame([("suat_qua", "Q1", 10), ("suat_qua", "Q2", 6), ("suat_qua", "H1", 17)])
    assert get(period_values(data, period="H1"), "suat_qua") == (17, False)


def test_bad_period_is_refused():
    with pytest.raises(ValueError, match="Kỳ 'S1' không có; chỉ dùng: Q1") as raised:
        period_values(frame([("suat_qua", "Q1", 1)]), period="S1")
    assert isinstance(raised.value, ArgumentError)  # one error contract: the package's own ValueError
