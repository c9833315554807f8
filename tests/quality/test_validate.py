"""validate(): every check, on frames built in code, and the sample's planted mistakes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from thidua_analysis.errors import ReferenceDataError
from thidua_analysis.quality import (
    CHECKS,
    changed_figures,
    completeness_grid,
    load_quality_settings,
    load_ratio_rules,
    revalidate,
    validate,
)
from thidua_analysis.schema import DATA_COLUMNS, ISSUE_COLUMNS

CUM_1 = ["hai_ba_trung", "dong_da", "ba_dinh", "hoan_kiem", "long_bien", "hoang_mai"]
NAMES = {"hai_ba_trung": "Hai Bà Trưng", "dong_da": "Đống Đa", "ba_dinh": "Ba Đình",
         "hoan_kiem": "Hoàn Kiếm", "long_bien": "Long Biên", "hoang_mai": "Hoàng Mai"}  # fmt: skip


def frame(rows: list[tuple]) -> pd.DataFrame:
    """Rows of (unit_id, year, period, indicator, value); cells numbered in order."""
    out = []
    for i, (unit, year, period, indicator, value) in enumerate(rows):
        out.append({
            "unit_id": unit, "unit_name": NAMES.get(unit, unit), "cluster_id": "ha_noi_cum_1",
            "year": year, "period": period, "indicator": indicator, "value": float(value),
            "unit_of_measure": "", "source_file": f"{unit}_{year}_{period}.xlsx",
            "source_sheet": "Báo cáo", "source_cell": f"D{i + 2}",
        })  # fmt: skip
    return pd.DataFrame(out, columns=DATA_COLUMNS)


def codes(issues: pd.DataFrame) -> list[str]:
    return issues["code"].tolist()


def only(issues: pd.DataFrame, code: str) -> pd.DataFrame:
    return issues[issues["code"] == code]


# ---------------------------------------------------------------- completeness


def test_a_unit_without_the_period_its_cluster_reported_is_missing():
    rows = [(u, 2022, "H1", "suat_qua", 100) for u in CUM_1 if u != "long_bien"]
    # Hoàng Mai reported quarters instead: H1 can be derived, so it is not missing
    rows = [r for r in rows if r[0] != "hoang_mai"]
    rows += [("hoang_mai", 2022, "Q1", "suat_qua", 60), ("hoang_mai", 2022, "Q2", "suat_qua", 40)]
    data = frame(rows)
    grid = completeness_grid(data).set_index(["unit_id", "period"])
    assert grid.loc[("long_bien", "H1"), "status"] == "missing"
    assert grid.loc[("hoang_mai", "H1"), "status"] == "derived"
    assert grid.loc[("dong_da", "H1"), "status"] == "reported"
    assert grid.loc[("dong_da", "H1"), "indicators"] == 1
    # Q1 and Q2 are expected of everyone in the cluster once one unit reported them
    assert grid.loc[("dong_da", "Q1"), "status"] == "missing"
    issues = only(validate(data), "report.missing")
    messages = " ".join(issues["message"])
    assert "Long Biên" in messages and "6 tháng đầu năm 2022" in messages
    assert not issues["message"].str.contains("6 tháng đầu năm 2022 của Hoàng Mai").any()
    assert len(issues[issues["message"].str.contains("Long Biên")]) == 3  # Q1, Q2, H1


# ---------------------------------------------------------------- consistency


def test_a_cumulative_figure_below_an_earlier_one_is_an_error_at_its_cell():
    data = frame([("dong_da", 2022, "Q1", "hoi_nghi_tuyen_truyen", 200),
                  ("dong_da", 2022, "H1", "hoi_nghi_tuyen_truyen", 510),
                  ("dong_da", 2022, "9M", "hoi_nghi_tuyen_truyen", 84),
                  ("dong_da", 2022, "FY", "hoi_nghi_tuyen_truyen", 1000)])  # fmt: skip
    hits = only(validate(data), "value.cumulative_decrease")
    assert hits["source_cell"].tolist() == ["D4"]
    assert set(hits["severity"]) == {"error"}
    message = hits["message"].iloc[0]
    assert "84" in message and "510" in message and "D3" in message


def test_stocks_and_equal_cumulative_figures_are_not_a_decrease():
    data = frame([("dong_da", 2022, "H1", "suat_qua", 50), ("dong_da", 2022, "9M", "suat_qua", 50),
                  ("dong_da", 2022, "Q1", "thanh_vien_ttnd", 120),
                  ("dong_da", 2022, "H1", "thanh_vien_ttnd", 118)])  # fmt: skip
    assert "value.cumulative_decrease" not in codes(validate(data))


@pytest.mark.parametrize(
    ("rows", "flagged"),
    [
        # H1 = Q1 + Q2
        ([("Q1", 10), ("Q2", 5), ("H1", 16)], ["D4"]),
        ([("Q1", 10), ("Q2", 5), ("H1", 15)], []),
        # FY from the quarters alone when nothing cumulative was reported in between
        ([("Q1", 10), ("Q2", 5), ("Q3", 5), ("Q4", 5), ("FY", 32)], ["D6"]),
        # FY = 9M + Q4 (the latest cumulative figure is the basis)
        ([("9M", 30), ("Q4", 5), ("FY", 35)], []),
        ([("9M", 30), ("Q4", 5), ("FY", 40)], ["D4"]),
        # no quarter reported: nothing to compare
        ([("H1", 10), ("FY", 30)], []),
    ],
)
def test_quarters_must_add_up_to_the_cumulative_figure(rows, flagged):
    data = frame([("cau_giay", 2022, p, "cuoc_giam_sat", v) for p, v in rows])
    hits = only(validate(data), "value.quarters_mismatch")
    assert hits["source_cell"].tolist() == flagged


def test_money_sums_allow_the_rounding_of_reported_scales():
    # 0,1 % of 1,2 tỷ: a rounding of triệu đồng figures is not a mismatch
    data = frame([("cau_giay", 2022, "Q1", "gia_tri_qua", 600_000_000),
                  ("cau_giay", 2022, "Q2", "gia_tri_qua", 600_400_000),
                  ("cau_giay", 2022, "H1", "gia_tri_qua", 1_200_000_000)])  # fmt: skip
    assert "value.quarters_mismatch" not in codes(validate(data))
    data.loc[2, "value"] = 1_300_000_000
    assert "value.quarters_mismatch" in codes(validate(data))


def test_a_stock_that_jumps_is_a_warning_small_changes_are_not():
    data = frame([("ba_dinh", 2022, "Q1", "thanh_vien_ttnd", 120),
                  ("ba_dinh", 2022, "H1", "thanh_vien_ttnd", 1200),
                  ("ba_dinh", 2022, "9M", "thanh_vien_ttnd", 121),
                  ("ba_dinh", 2022, "FY", "thanh_vien_ttnd", 150),
                  ("hoan_kiem", 2022, "Q1", "thanh_vien_gsdtccd", 3),
                  ("hoan_kiem", 2022, "H1", "thanh_vien_gsdtccd", 9)])  # fmt: skip
    hits = only(validate(data), "value.stock_jump").set_index("source_cell")["message"]
    # the jump up and the fall back; 121 → 150 and 3 → 9 (below stock_jump_min) are fine
    assert sorted(hits.index) == ["D3", "D4"]
    assert "tăng đột ngột" in hits["D3"] and "gấp 10 lần" in hits["D3"]
    assert "giảm đột ngột" in hits["D4"] and "ba_dinh_2022_H1.xlsx" in hits["D4"]
    relaxed = validate(data, settings=load_quality_settings(stock_jump_factor=20))
    assert "value.stock_jump" not in codes(relaxed)


# ---------------------------------------------------------------- plausibility


def test_money_typed_in_the_wrong_scale_breaks_the_ratio_rule():
    data = frame([("hoang_mai", 2022, "9M", "suat_qua", 922),
                  ("hoang_mai", 2022, "9M", "gia_tri_qua", 485),  # triệu typed under đồng
                  ("dong_da", 2022, "9M", "suat_qua", 1000),
                  ("dong_da", 2022, "9M", "gia_tri_qua", 450_000_000)])  # fmt: skip
    hits = only(validate(data), "value.implausible_ratio")
    assert hits["source_cell"].tolist() == ["D3"]
    message = hits["message"].iloc[0]
    assert "50.000 – 20.000.000 đồng/suất" in message
    assert "1.000.000 lần" in message and "ghi số triệu đồng vào cột đồng" in message
    data.loc[1, "value"] = 485 * 1e12  # the other way round
    assert (
        "ghi số đồng vào cột triệu đồng"
        in only(validate(data), "value.implausible_ratio")["message"].iloc[0]
    )


def test_ratio_rules_come_from_an_editable_file(_project_home):
    folder = _project_home / "data" / "reference"
    folder.mkdir(parents=True)
    (folder / "ratio_rules.csv").write_text(
        "rule,numerator,denominator,low,high,unit_vi,description\n"
        'dong_moi_suat_qua,gia_tri_qua,suat_qua,"1000000",50000000,đồng/suất,Quà bình quân\n',
        encoding="utf-8",
    )
    rules = load_ratio_rules().set_index("rule")
    assert rules.loc["dong_moi_suat_qua", "low"] == 1_000_000
    assert "nguoi_moi_hoi_nghi" in rules.index  # the other packaged rules stay
    data = frame([("dong_da", 2022, "9M", "suat_qua", 1000),
                  ("dong_da", 2022, "9M", "gia_tri_qua", 450_000_000)])  # fmt: skip
    assert "value.implausible_ratio" in codes(validate(data))
    (folder / "ratio_rules.csv").write_text(
        "rule,numerator,denominator,low,high,unit_vi,description\nx,gia_tri_qua,khong_co,1,2,đ,x\n",
        encoding="utf-8",
    )
    with pytest.raises(ReferenceDataError, match="khong_co"):
        load_ratio_rules()


def history(values: dict[int, float], unit: str = "dong_da") -> list[tuple]:
    return [(unit, year, "FY", "cuoc_giam_sat", v) for year, v in values.items()]


def test_an_outlier_against_the_units_own_years_shows_the_expected_range():
    years = dict(zip(range(2016, 2024), [100, 104, 98, 110, 95, 107, 1000, 102], strict=True))
    hits = only(validate(frame(history(years))), "value.outlier_history")
    assert hits["source_file"].tolist() == ["dong_da_2022_FY.xlsx"]
    message = hits["message"].iloc[0]
    assert "1.000 cuộc" in message and "cao bất thường" in message
    low, high = (int(x.replace(".", "")) for x in
                 message.split("khoảng thường gặp ")[1].split(" cuộc")[0].split(" – "))  # fmt: skip
    assert low < 100 < high < 1000
    # a higher threshold lets it through; too short a history is not judged
    assert "value.outlier_history" not in codes(
        validate(frame(history(years)), settings=load_quality_settings(z_threshold=50))
    )
    short = {y: v for y, v in years.items() if y >= 2020}
    assert "value.outlier_history" not in codes(validate(frame(history(short))))


def test_counts_close_to_the_median_are_not_outliers():
    # 1 house against a usual 3 is a large factor but a small number
    years = dict(zip(range(2016, 2024), [3, 3, 4, 3, 2, 3, 1, 3], strict=True))
    rows = [("dong_da", y, "FY", "nha_dai_doan_ket", v) for y, v in years.items()]
    assert "value.outlier_history" not in codes(validate(frame(rows)))


def test_an_outlier_against_cluster_peers_is_judged_per_commune():
    # every unit does about 5 supervisions per commune; Đống Đa (21 communes) reports 2 100
    communes = {"hai_ba_trung": 18, "dong_da": 21, "ba_dinh": 14, "hoan_kiem": 18,
                "long_bien": 14, "hoang_mai": 14}  # fmt: skip
    rows = [(u, 2022, "FY", "cuoc_giam_sat", 5 * n) for u, n in communes.items()]
    rows[1] = ("dong_da", 2022, "FY", "cuoc_giam_sat", 2100)
    hits = only(validate(frame(rows)), "value.outlier_peers")
    assert hits["source_file"].tolist() == ["dong_da_2022_FY.xlsx"]
    assert "21 xã, phường" in hits["message"].iloc[0]
    # proportional to size is normal: Hoàng Mai with 14 communes and 70 is not flagged
    rows[1] = ("dong_da", 2022, "FY", "cuoc_giam_sat", 105)
    assert "value.outlier_peers" not in codes(validate(frame(rows)))


def test_robust_z_ignores_zeros_and_needs_enough_peers():
    rows = [(u, 2022, "FY", "cuoc_giam_sat", 0) for u in CUM_1[:5]]
    rows.append(("hoang_mai", 2022, "FY", "cuoc_giam_sat", 70))
    assert "value.outlier_peers" not in codes(validate(frame(rows)))
    few = [(u, 2022, "FY", "cuoc_giam_sat", 70) for u in CUM_1[:3]]
    few.append(("hoang_mai", 2022, "FY", "cuoc_giam_sat", 7000))
    assert "value.outlier_peers" not in codes(validate(frame(few)))
    assert "value.outlier_peers" in codes(
        validate(frame(few), settings=load_quality_settings(min_peers=3))
    )


# ---------------------------------------------------------------- settings and frame


def test_settings_file_overrides_and_rejects_unknown_or_bad_values(_project_home):
    assert load_quality_settings().z_threshold == 3.5
    folder = _project_home / "data" / "reference"
    folder.mkdir(parents=True)
    (folder / "quality_settings.csv").write_text(
        'setting,value,description\nz_threshold,"5,0",\n', encoding="utf-8"
    )
    settings = load_quality_settings()
    assert settings.z_threshold == 5.0 and settings.min_peers == 5
    (folder / "quality_settings.csv").write_text(
        "setting,value,description\nnguong_z,3,\n", encoding="utf-8"
    )
    with pytest.raises(ReferenceDataError, match="nguong_z"):
        load_quality_settings()
    (folder / "quality_settings.csv").write_text(
        "setting,value,description\nmin_peers,-1,\n", encoding="utf-8"
    )
    with pytest.raises(ReferenceDataError, match="số dương"):
        load_quality_settings()


def test_validate_returns_the_issue_contract_errors_first_and_nothing_for_nothing():
    data = frame([("dong_da", 2022, "H1", "suat_qua", 50), ("dong_da", 2022, "9M", "suat_qua", 40),
                  ("dong_da", 2022, "Q1", "thanh_vien_ttnd", 120),
                  ("dong_da", 2022, "H1", "thanh_vien_ttnd", 1200)])  # fmt: skip
    issues = validate(data)
    assert list(issues.columns) == ISSUE_COLUMNS
    assert issues["severity"].tolist() == sorted(issues["severity"])  # "error" < "warning"
    assert set(issues["code"]) <= set(CHECKS)
    assert validate(data.iloc[:0]).empty


def test_revalidate_keeps_loading_issues_and_replaces_check_issues():
    data = frame([("dong_da", 2022, "H1", "suat_qua", 50), ("dong_da", 2022, "9M", "suat_qua", 40)])
    loading = pd.DataFrame([{"severity": "error", "code": "cell.formula_without_value",
                             "message": "x", "source_file": "a.xlsx", "source_sheet": "S",
                             "source_cell": "D4"}])  # fmt: skip
    stale = validate(data).assign(message="cũ")
    fixed = data.assign(value=[50.0, 60.0])
    assert "value.cumulative_decrease" in codes(stale)
    out = revalidate(fixed, pd.concat([loading, stale]))
    assert "cell.formula_without_value" in codes(out)
    assert "value.cumulative_decrease" not in codes(out)
    assert not out["message"].eq("cũ").any()


def test_changed_figures_are_those_whose_checked_columns_differ():
    before = frame([("dong_da", 2022, "H1", "suat_qua", 50), ("dong_da", 2022, "9M", "suat_qua", 40),
                    ("ba_dinh", 2022, "H1", "suat_qua", 30)])  # fmt: skip
    after = before.copy()
    after.loc[1, "value"] = 41.0  # corrected
    after.loc[2, "source_cell"] = "E9"  # the same figure, read from another cell
    after = pd.concat([after, frame([("hoan_kiem", 2022, "H1", "suat_qua", 7)])], ignore_index=True)
    after["year"] = after["year"].astype("Int64")  # another frame's types: the same figures
    got = changed_figures(before, after).sort_values("unit_id").reset_index(drop=True)
    assert got[["unit_id", "period", "presence"]].to_numpy().tolist() == [
        ["ba_dinh", "H1", False], ["dong_da", "9M", False], ["hoan_kiem", "H1", True]]
    assert changed_figures(before, before.iloc[::-1]).empty  # the order does not matter
    assert changed_figures(before, before.iloc[:2])["presence"].tolist() == [True]


# ---------------------------------------------------------------- the sample


def test_every_planted_mistake_of_the_sample_is_found_at_its_cell(sample_2018_2022):
    summary, loaded = sample_2018_2022
    issues = validate(loaded.data)
    expected = pd.read_csv(summary.truth_dir / "quality.csv")
    assert len(expected) == 4
    for row in expected.itertuples(index=False):
        hit = issues[(issues["source_file"] == row.source_file) & (issues["code"] == row.code)
                     & (issues["source_cell"] == row.source_cell)]  # fmt: skip
        assert len(hit) == 1, row
    # the scale mistake and the lost digit also stand out against history and peers
    for row in expected[expected["code"].isin(["value.implausible_ratio",
                                               "value.cumulative_decrease"])].itertuples():  # fmt: skip
        at_cell = issues[(issues["source_file"] == row.source_file)
                         & (issues["source_cell"] == row.source_cell)]  # fmt: skip
        assert {"value.outlier_history", "value.outlier_peers"} <= set(at_cell["code"])
    # the skipped reports are missing, nothing else is
    missing = only(issues, "report.missing")["message"]
    # Long Biên's 9M 2019 and Hội Nông dân's H1 2020 (and, as some units of their clusters report
    # the third quarter beside the year to date, that quarter, which they cannot derive), nothing
    # else (Mỹ Đức's 2023 is outside these years)
    said = set(missing.str.extract(r"báo cáo (.+?) của (Long Biên|Hội Nông dân)").itertuples(index=False))
    assert said == {("9 tháng năm 2019", "Long Biên"), ("quý III năm 2019", "Long Biên"),
                    ("6 tháng đầu năm 2020", "Hội Nông dân"), ("quý III năm 2020", "Hội Nông dân")}
    assert len(missing) == 4
    # few false alarms: outliers away from the planted cells are under 0,2 % of the values
    planted = set(expected["source_file"])
    outliers = issues[issues["code"].str.startswith("value.outlier")
                      & ~issues["source_file"].isin(planted)]  # fmt: skip
    assert len(outliers) < 0.002 * len(loaded.data), outliers["message"].tolist()
    assert np.isfinite(len(loaded.data)) and len(loaded.data) > 10_000


def test_the_checks_in_two_processes_give_the_same_issues(sample_2018_2022, monkeypatch):
    import importlib

    checks = importlib.import_module("thidua_analysis.quality.validate")  # the module, not the function
    _summary, loaded = sample_2018_2022
    alone = validate(loaded.data)
    written = []
    monkeypatch.setattr(checks, "PARALLEL_ROWS", (1, 10_000_000))
    both = validate(loaded.data, jobs=2, meanwhile=lambda: written.append(True))
    pd.testing.assert_frame_equal(both, alone)
    assert written == [True]


def test_work_in_a_child_that_dies_is_made_up_for():
    import os

    from thidua_analysis.background import Background

    parent = os.getpid()

    def work() -> list:
        if os.getpid() != parent:
            os._exit(3)  # the child dies without a word
        return ["done here"]

    assert Background(work).result() == ["done here"]
    assert Background(lambda: ["done", os.getpid() != parent]).result() == ["done", hasattr(os, "fork")]
