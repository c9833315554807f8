"""Targets, attainment, the scoring scheme, points, ranking, grades and the scoring sheets."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from thidua_analysis import charts
from thidua_analysis.cli import app
from thidua_analysis.config import PACKAGE_DATA
from thidua_analysis.errors import ReferenceDataError, UsageError
from thidua_analysis.forms import write_report_template
from thidua_analysis.scoring import (
    attainment,
    criterion_points,
    load_grades,
    load_scheme,
    load_targets,
    read_scoring_sheet,
    read_scoring_sheets,
    review_year,
    score_table,
)
from thidua_analysis.scoring.scheme import COLUMNS

CUM_3 = ["gia_lam", "me_linh", "dong_anh", "thanh_tri", "soc_son"]  # communes 22, 18, 24, 16, 26


def frame(rows):
    """(unit, period, indicator, value) in 2022, Cụm 3."""
    return pd.DataFrame(
        [
            {
                "unit_id": u,
                "unit_name": u,
                "cluster_id": "ha_noi_cum_3",
                "year": 2022,
                "period": p,
                "indicator": i,
                "value": float(v),
            }
            for u, p, i, v in rows
        ]
    )


def targets(rows):
    return pd.DataFrame(
        [{"unit_id": u, "year": 2022, "indicator": i, "target": float(t)} for u, i, t in rows],
        columns=["unit_id", "year", "indicator", "target"],
    )


def scheme(rows):
    """A scheme from (criterion, method, indicator, max, param, basis, kind) rows in one group."""
    out = []
    for criterion, method, indicator, points, param, basis, kind in rows:
        group = {"criterion": "I", "bonus": "T", "deduction": "D"}[kind]
        out.append({"group": group, "group_name": group, "group_max": "", "criterion": criterion,
                    "label_vi": criterion, "indicator": indicator, "method": method,
                    "max_points": str(points), "param": str(param), "basis": basis, "kind": kind})  # fmt: skip
    table = pd.DataFrame(out, columns=COLUMNS)
    sums = table.assign(p=table["max_points"].astype(float)).groupby("group")["p"].transform("sum")
    return table.assign(group_max=sums.map(lambda x: f"{x:g}"))


def write_scheme(tmp_path, table):
    path = tmp_path / "scheme.csv"
    table.to_csv(path, index=False)
    return load_scheme(path)


# ---------------------------------------------------------------- scheme


def test_the_packaged_scheme_adds_up_and_names_real_indicators():
    table = load_scheme()
    criteria = table[table["kind"] == "criterion"]
    assert criteria["max_points"].sum() == 100
    assert criteria.groupby("group")["max_points"].sum().to_dict() == (
        criteria.groupby("group")["group_max"].first().to_dict()
    )
    assert set(table["method"]) == {"attainment", "rank", "manual", "reports"}
    assert list(load_grades()["min_score"]) == sorted(load_grades()["min_score"], reverse=True)


def test_a_broken_scheme_reports_every_problem_at_once(tmp_path):
    table = pd.read_csv(PACKAGE_DATA / "scoring_scheme.csv", dtype=str, keep_default_na=False)
    table.loc[0, "method"] = "cam_tinh"
    table.loc[1, "indicator"] = "khong_co"
    table.loc[2, "max_points"] = "9"  # group I now adds to 23, not 20
    table.loc[3, "criterion"] = table.loc[4, "criterion"]
    path = tmp_path / "scoring_scheme.csv"
    table.to_csv(path, index=False)
    with pytest.raises(ReferenceDataError) as info:
        load_scheme(path)
    message = str(info.value)
    assert "4 lỗi" in message
    assert "cam_tinh" in message and "khong_co" in message and "23" in message
    assert "bị trùng" in message and "dòng 2" in message


def test_an_analysts_scheme_replaces_the_packaged_one(_project_home):
    folder = _project_home / "data" / "reference"
    folder.mkdir(parents=True)
    scheme([("a", "attainment", "suat_qua", 60, 1, "", "criterion"),
            ("b", "manual", "", 40, "", "", "criterion")]).to_csv(
        folder / "scoring_scheme.csv", index=False)  # fmt: skip
    assert list(load_scheme()["criterion"]) == ["a", "b"]


# ---------------------------------------------------------------- attainment and points


def test_attainment_respects_the_indicators_kind_and_period():
    data = frame([("gia_lam", "H1", "suat_qua", 400), ("gia_lam", "FY", "suat_qua", 950),
                  ("gia_lam", "Q1", "thanh_vien_ttnd", 190), ("gia_lam", "FY", "thanh_vien_ttnd", 210),
                  ("me_linh", "FY", "diem_thi_dua", 90)])  # fmt: skip
    goal = targets([("gia_lam", "suat_qua", 1000), ("gia_lam", "thanh_vien_ttnd", 200),
                    ("gia_lam", "cuoc_giam_sat", 50), ("me_linh", "suat_qua", 0),
                    ("me_linh", "diem_thi_dua", 95)])  # fmt: skip
    year = attainment(data, goal, year=2022).set_index(["unit_id", "indicator"])
    assert year.loc[("gia_lam", "suat_qua"), "attainment_pct"] == pytest.approx(95)
    assert year.loc[("gia_lam", "thanh_vien_ttnd"), "attainment_pct"] == pytest.approx(105)
    assert np.isnan(year.loc[("gia_lam", "cuoc_giam_sat"), "attainment_pct"])  # nothing reported
    assert np.isnan(year.loc[("me_linh", "suat_qua"), "attainment_pct"])  # a zero target
    assert ("me_linh", "diem_thi_dua") not in year.index  # scores have no targets
    half = attainment(data, goal, year=2022, period="H1").set_index(["unit_id", "indicator"])
    assert half.loc[("gia_lam", "suat_qua"), "attainment_pct"] == pytest.approx(40)
    # the stock's level at the end of June is not known (only March and December)
    assert np.isnan(half.loc[("gia_lam", "thanh_vien_ttnd"), "attainment_pct"])


def test_points_follow_each_method(tmp_path):
    table = write_scheme(tmp_path, scheme([
        ("full_at_100", "attainment", "suat_qua", 8, 1, "", "criterion"),
        ("full_at_80", "attainment", "cuoc_giam_sat", 10, 0.8, "", "criterion"),
        ("by_rank", "rank", "hoi_nghi_tuyen_truyen", 6, 0.5, "per_commune", "criterion"),
        ("reports", "reports", "", 5, 2, "", "criterion"),
        ("leader", "manual", "", 71, "", "", "criterion"),
        ("bonus", "manual", "", 5, "", "", "bonus"),
        ("penalty", "manual", "", 5, "", "", "deduction"),
    ]))  # fmt: skip
    rows = []
    per_commune = {"gia_lam": 10, "me_linh": 10, "dong_anh": 8, "thanh_tri": 5, "soc_son": 1}
    communes = {"gia_lam": 22, "me_linh": 18, "dong_anh": 24, "thanh_tri": 16, "soc_son": 26}
    for unit in CUM_3:
        for period in ("H1", "FY"):
            rows.append((unit, period, "hoi_nghi_tuyen_truyen",
                         per_commune[unit] * communes[unit] * (1 if period == "FY" else 0.5)))  # fmt: skip
    rows += [("gia_lam", "FY", "suat_qua", 950), ("me_linh", "FY", "suat_qua", 1300),
             ("gia_lam", "FY", "cuoc_giam_sat", 40)]  # fmt: skip
    goal = targets([("gia_lam", "suat_qua", 1000), ("me_linh", "suat_qua", 1000),
                    ("gia_lam", "cuoc_giam_sat", 100), ("me_linh", "cuoc_giam_sat", 50)])  # fmt: skip
    manual = pd.DataFrame([("gia_lam", "leader", 60), ("gia_lam", "bonus", 9),
                           ("gia_lam", "penalty", 1.5)], columns=["unit_id", "criterion", "points"])  # fmt: skip
    points = criterion_points(frame(rows), year=2022, targets=goal, scheme=table, manual=manual)
    points = points[points["cluster_id"] == "ha_noi_cum_3"].set_index(["unit_id", "criterion"])
    got = points["points"]
    assert got[("gia_lam", "full_at_100")] == pytest.approx(8 * 0.95)
    assert points.loc[("gia_lam", "full_at_100"), "basis"] == "đạt 95% chỉ tiêu"
    assert got[("me_linh", "full_at_100")] == 8  # 130 % is capped
    assert got[("gia_lam", "full_at_80")] == pytest.approx(10 * 0.4 / 0.8)
    assert got[("me_linh", "full_at_80")] == 0  # a target but no result
    assert np.isnan(got[("dong_anh", "full_at_100")])  # no target registered
    assert points.loc[("dong_anh", "full_at_100"), "basis"] == "chưa đăng ký chỉ tiêu"
    # per commune: Gia Lâm and Mê Linh tie first (6 points), Sóc Sơn is last (3 points)
    assert got[("gia_lam", "by_rank")] == got[("me_linh", "by_rank")] == 6
    assert got[("dong_anh", "by_rank")] == pytest.approx(6 - 2 / 4 * 3)
    assert got[("soc_son", "by_rank")] == pytest.approx(3)
    # no Q1/9M anywhere, everyone sent H1 and FY: nothing missing
    assert (got.xs("reports", level="criterion") == 5).all()
    assert got[("gia_lam", "bonus")] == 5  # 9 entered, capped at the maximum
    assert np.isnan(got[("me_linh", "leader")])
    table_ = score_table(points.reset_index()).set_index("unit_id")
    assert table_.loc["gia_lam", "total"] == pytest.approx(7.6 + 5 + 6 + 5 + 60 + 5 - 1.5)
    assert table_.loc["gia_lam", "rank"] == 1
    assert table_.loc["me_linh", "unscored"] == 3  # leader, bonus, penalty


def test_missing_reports_cost_points():
    rows = [(u, p, "suat_qua", 10) for u in CUM_3 for p in ("H1", "9M", "FY")]
    rows = [r for r in rows if not (r[0] == "soc_son" and r[1] in ("H1", "9M"))]
    table = load_scheme()
    points = criterion_points(frame(rows), year=2022, targets=targets([]), scheme=table)
    reports = points[points["criterion"] == "khac_bao_cao"].set_index("unit_id")
    assert reports.loc["soc_son", "points"] == 5 - 2 * 2
    assert reports.loc["soc_son", "basis"] == "thiếu 2 báo cáo"
    assert reports.loc["gia_lam", "points"] == 5


def test_ties_share_the_rank_and_grades_follow_the_thresholds():
    points = pd.DataFrame([
        ("a", "A", "c1", 2022, "criterion", 91.0), ("b", "B", "c1", 2022, "criterion", 85.0),
        ("b", "B", "c1", 2022, "bonus", 6.0), ("c", "C", "c1", 2022, "criterion", 70.0),
        ("c", "C", "c1", 2022, "deduction", 10.0), ("d", "D", "c1", 2022, "criterion", np.nan),
    ], columns=["unit_id", "unit_name", "cluster_id", "year", "kind", "points"])  # fmt: skip
    table = score_table(points).set_index("unit_id")
    assert table["total"].to_dict() == {"a": 91, "b": 91, "c": 60, "d": 0}
    assert table["rank"].to_dict() == {"a": 1, "b": 1, "c": 3, "d": 4}
    assert table.loc["a", "grade"] == "Hoàn thành xuất sắc nhiệm vụ"
    assert table.loc["c", "grade"] == "Chưa hoàn thành nhiệm vụ"
    assert table.loc["d", "unscored"] == 1


# ---------------------------------------------------------------- targets and sheets as files


def test_a_filled_target_form_loads_back_exactly(tmp_path):
    values = {"suat_qua": 1200, "gia_tri_qua": 450_000_000, "thanh_vien_ttnd": 150}
    path = write_report_template(tmp_path, unit_id="dong_da", period="2022-FY", targets=True,
                                 values=values)  # fmt: skip
    assert path.name == "dong_da_2022_chi_tieu.xlsx"
    loaded = load_targets(tmp_path)
    assert loaded.issues.empty, loaded.issues
    got = loaded.data.set_index("indicator")["target"].to_dict()
    assert got == values
    assert set(loaded.data["cluster_id"]) == {"ha_noi_cum_1"}
    with pytest.raises(UsageError, match="2022-FY"):
        write_report_template(tmp_path, unit_id="dong_da", period="2022-H1", targets=True)


def scoring_sheet(path, rows, *, units=("Gia Lâm", "Mê Linh")):
    book = Workbook()
    ws = book.active
    ws["A1"] = "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2022"
    ws["A3"], ws["B3"], ws["C3"] = "STT", "Tiêu chí", "Điểm tối đa"
    for i, name in enumerate(units):
        ws.cell(3, 4 + 2 * i, name)
        ws.merge_cells(start_row=3, start_column=4 + 2 * i, end_row=3, end_column=5 + 2 * i)
        ws.cell(4, 4 + 2 * i, "Tự chấm")
        ws.cell(4, 5 + 2 * i, "Cụm chấm")
    for r, row in enumerate(rows, start=5):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    book.save(path)


def test_the_scoring_sheet_is_read_by_wording_and_unit_headers(tmp_path):
    path = tmp_path / "bang_cham_diem.xlsx"
    scoring_sheet(path, [
        ("I", "Công tác tuyên truyền", 20),
        ("1", "Tổ chức hội nghị tuyên truyền, phổ biến", 8, 8, 7.5, 7, "6,5"),
        ("2", "Lãnh đạo, chỉ đạo; tổ chức phong trào thi đua", 10, 10, 9, 9, 9),
        ("3", "Một tiêu chí không có trong bảng", 5, 5, 5, 5, 5),
        ("", "Tổng cộng", 100, 23, 21.5, 21, 20.5),
    ], units=("Gia Lâm", "H. Mê Linh", "Quận Không Có"))  # fmt: skip
    scores, issues = read_scoring_sheet(path, scheme=load_scheme())
    got = scores.set_index(["unit_id", "criterion"])
    assert got.loc[("gia_lam", "tt_hoi_nghi"), "self_score"] == 8
    assert got.loc[("gia_lam", "tt_hoi_nghi"), "cluster_score"] == 7.5
    assert got.loc[("me_linh", "tt_hoi_nghi"), "cluster_score"] == 6.5
    assert got.loc[("me_linh", "khac_chi_dao"), "source_cell"] == "G7"
    assert set(scores["year"]) == {2022}
    assert set(issues["code"]) == {"unit.unknown", "scoring.unmapped_criterion"}
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    scores, issues = read_scoring_sheet(broken, scheme=load_scheme())
    assert scores.empty and issues["severity"].eq("error").all() and len(issues) == 1


def test_the_sample_targets_and_the_planted_score_difference(sample_2018_2022):
    summary, loaded = sample_2018_2022
    root = summary.out.parent
    goal = load_targets(root / "targets")
    assert goal.issues.empty, goal.issues.head()
    truth = pd.read_csv(summary.truth_dir / "targets.csv")
    merged = truth.merge(goal.data, on=["unit_id", "year", "indicator"], how="outer",
                         indicator=True)  # fmt: skip
    assert (merged["_merge"] == "both").all()
    assert (merged["target_x"] == merged["target_y"]).all()
    sheets, problems = read_scoring_sheets(root / "scoring")
    assert problems.empty, problems.head()
    review = review_year(loaded.data, year=2022, targets=goal.data, sheets=sheets)
    planted = pd.read_csv(summary.truth_dir / "scoring.csv")
    differs = review.comparison[review.comparison["differs"]]
    assert set(zip(differs["unit_id"], differs["criterion"], strict=True)) == {
        (planted["unit_id"].iloc[0], planted["criterion"].iloc[0]),
        (planted["unit_id"].iloc[0], "tong"),
    }
    row = differs[differs["criterion"] != "tong"].iloc[0]
    assert row["difference"] == pytest.approx(planted["difference"].iloc[0], abs=0.01)
    # everyone of 2022 is scored, within each cluster ranks start at 1
    assert len(review.table) == review.table["unit_id"].nunique() > 30
    assert (review.table.groupby("cluster_id")["rank"].min() == 1).all()
    hanoi = review.table["cluster_id"].str.startswith("ha_noi")
    assert review.table.loc[hanoi, "unscored"].eq(0).all()
    # Cần Thơ's organisations have no boards: those criteria stay unscored, and say why
    bloc = review.points[(review.points["cluster_id"] == "can_tho_khoi_mttq")
                         & review.points["points"].isna()]  # fmt: skip
    assert set(bloc["criterion"]) == {"ban_ttnd", "ban_gsdtccd", "gsdtccd_cuoc"}
    assert set(bloc["basis"]) == {"chưa đăng ký chỉ tiêu"}


# ---------------------------------------------------------------- charts, pack, CLI


def test_score_breakdown_and_attainment_heatmap_draw_the_numbers(sample_2018_2022):
    summary, loaded = sample_2018_2022
    root = summary.out.parent
    review = review_year(loaded.data, year=2022, targets=load_targets(root / "targets").data,
                         sheets=read_scoring_sheets(root / "scoring")[0])  # fmt: skip
    ax = charts.score_breakdown(review.points, cluster="ha_noi_cum_3")
    table = review.table[review.table["cluster_id"] == "ha_noi_cum_3"]
    ends = {}
    for bar in ax.patches:
        y = round(bar.get_y() + bar.get_height() / 2)
        ends[y] = max(ends.get(y, 0.0), bar.get_x() + bar.get_width())
    labels = [t.get_text() for t in ax.get_yticklabels()]
    deduction = review.points[(review.points["cluster_id"] == "ha_noi_cum_3")
                              & (review.points["kind"] == "deduction")].set_index("unit_name")["points"]  # fmt: skip
    for name, total in zip(table["unit_name"], table["total"], strict=True):
        assert ends[labels.index(name)] - deduction.get(name, 0) == pytest.approx(total)
    assert labels[-1] == table.iloc[0]["unit_name"]  # the best at the top
    plt.close("all")
    ax = charts.attainment_heatmap(review.attainment, cluster="ha_noi_cum_3")
    mesh = ax.collections[0].get_array()
    reached = review.attainment[review.attainment["cluster_id"] == "ha_noi_cum_3"]
    assert np.nanmax(mesh) == pytest.approx(reached["attainment_pct"].max())


def test_report_and_score_commands_include_the_scores(tmp_path, monkeypatch):
    from thidua_analysis.sample import generate_sample

    monkeypatch.setenv("THIDUA_HOME", str(tmp_path))
    generate_sample(tmp_path / "data" / "raw", years=[2021, 2022], units=CUM_3, bad_files=False)
    runner = CliRunner()
    assert runner.invoke(app, ["ingest"]).exit_code == 0
    result = runner.invoke(app, ["score", "--year", "2022"])
    assert result.exit_code == 0, result.output
    assert "Gia Lâm" in result.output and "Hoàn thành" in result.output
    report = runner.invoke(app, ["report", "--year", "2022", "--cluster", "ha_noi_cum_3"])
    assert report.exit_code == 0, report.output
    folder = tmp_path / "reports" / "hoi_nghi_2022_FY_ha_noi_cum_3"
    from openpyxl import load_workbook

    book = load_workbook(folder / "bang_so_lieu_2022_FY.xlsx", read_only=True)
    assert {"Chấm điểm", "Điểm theo tiêu chí", "Mức đạt chỉ tiêu", "Đối chiếu chấm điểm"} <= set(
        book.sheetnames
    )
    assert (folder / "bieu_do" / "diem_thi_dua.png").exists()
    assert (folder / "bieu_do" / "muc_dat_chi_tieu_1.svg").exists()  # in halves, one a slide
    none = runner.invoke(app, ["score", "--year", "2030"])
    assert none.exit_code == 2 and "--chi-tieu" in none.output


def test_a_score_that_is_a_formula_without_its_value_is_an_error_not_a_zero(tmp_path):
    path = tmp_path / "bang_cham_diem.xlsx"
    scoring_sheet(path, [("1", "Tổ chức hội nghị tuyên truyền, phổ biến", 8, 8, "=7+0.5", 7, 6)])
    scores, issues = read_scoring_sheet(path, scheme=load_scheme())
    gap = issues[issues["code"] == "cell.formula_without_value"]
    assert gap["source_cell"].tolist() == ["E5"]
    got = scores.set_index("unit_id")
    assert np.isnan(got.loc["gia_lam", "cluster_score"])  # nothing invented
    assert got.loc["me_linh", "cluster_score"] == 6
