import pandas as pd
import pytest

from thidua_analysis.errors import ReferenceDataError
from thidua_analysis.reference import (
    cluster_of,
    expected_units,
    load_registry,
    load_units,
    match_unit,
)

GSO_CSV = "districts_hanoi_cantho_gso_2023-04-15.csv"


def test_hanoi_has_30_district_units_with_gso_codes_and_communes():
    units = load_units()
    hanoi = units[(units["province"] == "ha_noi") & (units["valid_to"] >= 2017)]
    assert len(hanoi) == 30
    assert hanoi["gso_code"].str.len().eq(3).all()
    assert hanoi.set_index("unit_id").loc["dong_da", "communes"] == 21
    assert units.set_index("unit_id").loc["tu_liem", "successor_ids"] == "bac_tu_liem;nam_tu_liem"


def test_units_agree_with_the_gso_file():
    import pathlib

    path = pathlib.Path(__file__).resolve().parents[1] / "data/realdata" / GSO_CSV
    gso = pd.read_csv(path, dtype=str)
    units = load_units().dropna(subset=["communes"])
    merged = gso.merge(units, left_on="ma_huyen", right_on="gso_code")
    assert len(merged) == len(gso)
    assert (merged["so_don_vi_cap_xa"].astype(int) == merged["communes"].astype(int)).all()


def test_seed_clusters_and_every_hanoi_unit_in_one_cluster_each_year():
    registry = load_registry()
    assert expected_units(registry, "ha_noi_cum_1", 2020) == sorted(
        ["hai_ba_trung", "dong_da", "ba_dinh", "hoan_kiem", "long_bien", "hoang_mai"]
    )
    assert expected_units(registry, "ha_noi_cum_3", 2021) == sorted(
        ["gia_lam", "me_linh", "dong_anh", "thanh_tri", "soc_son"]
    )
    assert "dan_phuong" in expected_units(registry, "ha_noi_cum_2", 2017)
    assert len(expected_units(registry, "can_tho_khoi_mttq", 2017)) == 8
    for year in range(2017, 2025):
        hanoi = registry[(registry["year"] == year) & (registry["province"] == "ha_noi")]
        assert hanoi["unit_id"].nunique() == len(hanoi) == 30


def test_unit_changing_cluster():
    registry = load_registry()
    assert cluster_of(registry, "ha_dong", 2019) == "ha_noi_cum_5"
    assert cluster_of(registry, "ha_dong", 2020) == "ha_noi_cum_4"
    assert cluster_of(registry, "dong_da", 2030) is None


def test_user_registry_merges_over_defaults(tmp_path):
    pd.DataFrame(
        {
            "cluster_id": ["ha_noi_cum_1"],
            "unit_id": ["tay_ho"],
            "year_from": [2023],
            "year_to": [2024],
            "assumption": ["no"],
            "note": ["đổi cụm"],
        }
    ).to_csv(tmp_path / "membership.csv", index=False)
    registry = load_registry(user_dir=tmp_path)
    assert cluster_of(registry, "tay_ho", 2023) == "ha_noi_cum_1"
    assert cluster_of(registry, "tay_ho", 2020) is None  # the user's rows replace tay_ho's
    assert cluster_of(registry, "dong_da", 2023) == "ha_noi_cum_1"


def test_membership_clash_is_reported(tmp_path):
    pd.DataFrame(
        {
            "cluster_id": ["ha_noi_cum_1", "ha_noi_cum_2"],
            "unit_id": ["tay_ho", "tay_ho"],
            "year_from": [2020, 2021],
            "year_to": [2022, 2022],
            "assumption": ["no", "no"],
            "note": ["", ""],
        }
    ).to_csv(tmp_path / "membership.csv", index=False)
    with pytest.raises(ReferenceDataError, match="tay_ho"):
        load_registry(user_dir=tmp_path)


@pytest.mark.parametrize(
    ("text", "unit_id"),
    [
        ("Q. Hai Bà Trưng", "hai_ba_trung"),
        ("Quận Đống Đa", "dong_da"),
        ("Q.Long Biên", "long_bien"),
        ("Ủy ban MTTQ Việt Nam quận Đống Đa", "dong_da"),
        ("MTTQ huyện Đan Phượng", "dan_phuong"),
        ("TX. Sơn Tây", "son_tay"),
        ("H. Gia Lâm", "gia_lam"),
        ("Ứng Hoà", "ung_hoa"),
        ("Quận Bình Thuỷ", "binh_thuy"),
        ("Hội Nông dân thành phố Cần Thơ", "hoi_nong_dan_can_tho"),
        ("Hội LHPN", "hoi_lien_hiep_phu_nu_can_tho"),
    ],
)
def test_unit_names_match(text, unit_id):
    assert match_unit(text, when=(2022, 12)).unit_id == unit_id


@pytest.mark.parametrize(
    ("text", "when", "unit_id"),
    [
        ("Ủy ban MTTQ Việt Nam phường Ba Đình", None, "phuong_ba_dinh"),  # the type tells
        ("Quận Ba Đình", None, "ba_dinh"),
        ("Ba Đình", (2024, 12), "ba_dinh"),  # the date tells
        ("Ba Đình", (2025, 6), "ba_dinh"),  # the districts' last report: 6 tháng đầu năm 2025
        ("Ba Đình", (2025, 12), "phuong_ba_dinh"),  # the new units' first: 6 tháng cuối năm 2025
        ("Ứng Hoà", (2026, 3), "xa_ung_hoa"),
        ("Huyện Sóc Sơn", (2026, 6), None),  # no longer exists: never the new xã Sóc Sơn
        ("Phường Ba Đình", (2023, 12), None),  # did not exist yet
        ("Ủy ban MTTQ xã Cổ Đô", (2026, 3), "xa_co_do_ha_noi"),  # not Cần Thơ's xã Cờ Đỏ
        ("UBMTTQ XÃ CỜ ĐỎ", (2026, 3), "xa_co_do_can_tho"),
        ("Vĩnh Thạnh", (2026, 3), "xa_vinh_thanh_can_tho"),
        ("Phượng Dực", (2026, 3), "xa_phuong_duc"),  # no "phường Dực"
        ("Phuong Liet", (2026, 3), "phuong_phuong_liet"),  # typed with no marks: "Phuong" is the name's
        ("Phuong Phuong Liet", (2026, 3), "phuong_phuong_liet"),
        ("Phường Liệt", (2026, 3), None),  # written as a ward's type: no ward "Liệt"
        ("Quan Dong Da", (2023, 3), "dong_da"),
    ],
)
def test_an_old_district_and_a_new_unit_of_the_same_name(text, when, unit_id):
    assert match_unit(text, when=when).unit_id == unit_id


def test_a_shared_name_without_type_or_date_is_not_guessed():
    hit = match_unit("Ba Đình")
    assert hit.unit_id is None and set(hit.candidates) == {"ba_dinh", "phuong_ba_dinh"}


def test_close_match_is_only_a_suggestion():
    hit = match_unit("Quận Đống Đaa")
    assert hit.unit_id is None and hit.suggestion == "dong_da" and 0.8 <= hit.score < 1
    assert match_unit("Quận Không Tồn Tại").suggestion is None


@pytest.mark.parametrize(("name", "text", "said"), [
    ("units.csv", "", "trống"),
    ("units.csv", "unit_id,name,unit_type,level,province,gso_code,communes,valid_from,valid_to,"
                  "successor_ids,note\nxyz,Xyz,quận,district,ha_noi,999,5,2008,,,,thừa,ô\n", "dòng 2 có 13 ô"),
    ("units.csv", "unit_id,name,unit_type,level,province,gso_code,communes,valid_from,valid_to,"
                  "successor_ids,note\ndong_da,Đống Đa,quận,district,ha_noi,006,mười bốn,2008,2025-06,,\n",
     "dòng 2, cột communes: 'mười bốn'"),
    ("membership.csv", "cluster_id,unit_id,year_from,year_to,assumption,note\n"
                       "ha_noi_cum_1,dong_da,hai nghìn,2020,no,\n", "cột year_from"),
    ("indicator_aliases.csv", "code,alias,measure,match\nsuat_qua,Phần quà,tiền,\n", "measure 'tiền'"),
])  # fmt: skip
def test_a_malformed_reference_value_is_an_error_naming_where(tmp_path, name, text, said):
    from thidua_analysis.errors import ReferenceDataError
    from thidua_analysis.reference import Reference, load_aliases, load_registry

    (tmp_path / name).write_text(text, encoding="utf-8")
    load = load_aliases if name == "indicator_aliases.csv" else load_registry
    with pytest.raises(ReferenceDataError, match=said):
        load(ref=Reference(tmp_path))
