"""What a person types for a cluster, a unit or a period resolves to its id, or an error listing
what can be used; names sort in Vietnamese alphabetical order."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from thidua_analysis.cli import app
from thidua_analysis.errors import ArgumentError
from thidua_analysis.reference.names import resolve_cluster, resolve_period, resolve_unit
from thidua_analysis.text.vietnamese import sort_vi


@pytest.mark.parametrize(("text", "cluster"), [
    ("ha_noi_cum_3", "ha_noi_cum_3"), ("Cụm 3", "ha_noi_cum_3"), ("cụm thi đua số 3", "ha_noi_cum_3"),
    ("CUM 1", "ha_noi_cum_1"), ("Cụm thi đua số 5", "ha_noi_cum_5"),
    ("khối thi đua MTTQ, các đoàn thể và Ban Dân tộc", "can_tho_khoi_mttq"),
    ("khu vực Huyện Cờ Đỏ", "can_tho_kv_huyen_co_do"),
])  # fmt: skip
def test_a_cluster_by_what_a_person_types(text, cluster):
    assert resolve_cluster(text) == cluster


def test_an_unknown_or_ambiguous_cluster_lists_the_valid_ones():
    with pytest.raises(ArgumentError, match="ha_noi_cum_1 \\(Cụm thi đua số 1\\)"):
        resolve_cluster("hanoi_cum_1")
    with pytest.raises(ArgumentError, match="nhiều cụm"):
        resolve_cluster("Châu Thành")  # Châu Thành and Châu Thành A


@pytest.mark.parametrize(("text", "period"), [
    ("H1", "H1"), ("fy", "FY"), ("6 tháng", "H1"), ("6T", "H1"), ("quý 3", "Q3"), ("Quý IV", "Q4"),
    ("cả năm", "FY"), ("9 tháng", "9M"),
])  # fmt: skip
def test_a_period_by_what_a_person_types(text, period):
    assert resolve_period(text) == period


def test_an_unknown_period_lists_the_valid_ones():
    with pytest.raises(ArgumentError, match="Q1 \\(Quý I\\)"):
        resolve_period("S1")


def test_a_unit_by_its_name():
    assert resolve_unit("dong_anh") == "dong_anh"
    assert resolve_unit("huyện Đông Anh") == "dong_anh"
    assert resolve_unit("Đông Anh", when=(2024, 12)) == "dong_anh"
    with pytest.raises(ArgumentError, match="xa_dong_anh"):  # the old district or the new commune?
        resolve_unit("Đông Anh")
    with pytest.raises(ArgumentError, match="registry"):
        resolve_unit("Không Có Đâu")


def test_the_commands_take_names_and_refuse_unknown_ones():
    runner = CliRunner()
    ok = runner.invoke(app, ["registry", "--year", "2021", "--cluster", "Cụm 3"])
    assert ok.exit_code == 0 and "ha_noi_cum_3" in ok.output and "Đông Anh" in ok.output
    bad = runner.invoke(app, ["registry", "--year", "2021", "--cluster", "hanoi_cum_1"])
    assert bad.exit_code == 2 and "ha_noi_cum_1" in bad.output and "Traceback" not in bad.output
    none = runner.invoke(app, ["registry", "--year", "1990"])
    assert none.exit_code == 2 and "None" not in none.output and "1990" in none.output
    listed = runner.invoke(app, ["clusters", "--year", "2021"])
    assert listed.exit_code == 0 and "Cụm thi đua số 3" in listed.output


def test_vietnamese_alphabetical_order():
    names = ["Ứng Hòa", "Đống Đa", "Đông Anh", "Ba Vì", "Ba Đình", "Dương Nội", "Hà Đông",
             "Hai Bà Trưng", "Ân Thi", "Ẩn", "An Khánh", "Cụm 10", "Cụm 2", "Thạch Thất", "Thanh Trì"]
    assert sort_vi(names) == ["An Khánh", "Ân Thi", "Ẩn", "Ba Đình", "Ba Vì", "Cụm 2", "Cụm 10",
                              "Dương Nội", "Đông Anh", "Đống Đa", "Hà Đông", "Hai Bà Trưng",
                              "Thạch Thất", "Thanh Trì", "Ứng Hòa"]  # fmt: skip
