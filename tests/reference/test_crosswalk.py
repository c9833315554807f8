"""The 2025 crosswalk: each new phường/xã's old communes, parsed from the before-merge text and
joined to the 2023 GSO list (reduced copies in tests/data/realdata/admin_2025)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from thidua_analysis.config import PACKAGE_DATA
from thidua_analysis.reference import load_units
from thidua_analysis.reference.crosswalk import Predecessor, build_crosswalk, parse_before_merge

DATA = Path(__file__).resolve().parents[1] / "data" / "realdata" / "admin_2025"
PROVINCES = {"01": ("01",), "92": ("92", "93", "94")}


def test_the_before_merge_text_is_read_whole_and_in_part():
    text = ("Phường Quán Thánh, Phường Trúc Bạch, một phần diện tích TN, quy mô dân số của các "
            "phường Cửa Nam, Điện Biên, phần còn lại của phường Cửa Đông sau khi sắp Xếp")  # fmt: skip
    assert parse_before_merge(text) == [
        Predecessor("Phường", "Quán Thánh", "", True),
        Predecessor("Phường", "Trúc Bạch", "", True),
        Predecessor("Phường", "Cửa Nam", "", False),
        Predecessor("Phường", "Điện Biên", "", False),
        Predecessor("Phường", "Cửa Đông", "", False),
    ]
    text = ("Thị trấn Chi Đông và Xã Mê Linh (phần còn lại sau khi sáp nhập vào xã Mê Linh), "
            "Xã Tiền Phong (huyện Mê Linh), Xã Kim Hoa")  # fmt: skip
    assert parse_before_merge(text) == [
        Predecessor("Thị trấn", "Chi Đông", "", True),
        Predecessor("Xã", "Mê Linh", "", False),
        Predecessor("Xã", "Tiền Phong", "huyện Mê Linh", True),
        Predecessor("Xã", "Kim Hoa", "", True),
    ]


def test_old_communes_matched_and_the_ones_that_are_not():
    before = pd.read_csv(DATA / "before_merge_ha_noi_can_tho.csv", dtype=str)
    communes = pd.read_csv(DATA / "gso_communes_2023_01_92_93_94.csv", dtype=str)
    crosswalk, unmatched = build_crosswalk(before, communes, provinces=PROVINCES)
    print(f"\n{len(crosswalk)} old communes matched to {crosswalk['new_code'].nunique()} of "
          f"{len(before)} new units; {len(unmatched)} not matched:")
    print(unmatched.to_string(index=False))
    assert len(before) == 229 and crosswalk["new_code"].nunique() == 229
    assert len(crosswalk) == 1028 and len(unmatched) == 29
    # what is not matched is named, with why: names from after the 2023 list, or ambiguous ones
    assert set(unmatched["why"]) == {"không có trong danh sách 2023", "trùng tên ở 2 đơn vị cấp huyện"}
    assert "Phường Văn Miếu Quốc Tử Giám" in set(unmatched["text"])
    # a name in brackets decides between two old districts: Minh Khai of Hai Bà Trưng
    bach_mai = crosswalk[(crosswalk["new_code"] == "00292") & (crosswalk["old_commune_name"] == "Minh Khai")]
    assert list(bach_mai["old_district_name"]) == ["Quận Hai Bà Trưng"] and not bach_mai["whole"].iloc[0]
    # the packaged crosswalk is this one
    packaged = pd.read_csv(PACKAGE_DATA / "crosswalk_2025.csv", dtype=str)
    assert len(packaged) == len(crosswalk)


def test_new_units_and_old_districts_know_each_other():
    units = load_units().set_index("unit_id")
    new = units[units["level"] == "commune"]
    assert (new["province"] == "ha_noi").sum() == 126 and (new["province"] == "can_tho").sum() == 103
    assert not set(new.index) & set(units[units["level"] == "district"].index)  # no id collides
    assert units.loc["phuong_ba_dinh", "valid_from"] == 2025 and units.loc["phuong_ba_dinh", "from_month"] == 7
    assert units.loc["ba_dinh", "valid_to"] == 2025 and units.loc["ba_dinh", "to_month"] == 6
    assert "phuong_ba_dinh" in units.loc["ba_dinh", "successor_ids"].split(";")
    assert "phuong_giang_vo" in units.loc["dong_da", "successor_ids"].split(";")
