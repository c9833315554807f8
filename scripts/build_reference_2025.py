"""Build the reference data of the 2025 reform from the public files in ../shared/realdata.

    .venv/bin/python scripts/build_reference_2025.py [--shared ../shared/realdata]

Writes (all committed, so nothing is read from outside the project at run time):

* ``thidua_analysis/reference/data/units.csv``: the 229 commune-level units of Hà Nội and the new
  Cần Thơ from 2025-07 (ids ``phuong_…`` / ``xa_…``, never an old district's id), and the old
  districts ending 2025-06;
* ``thidua_analysis/reference/data/crosswalk_2025.csv``: each new unit's old communes, whole or
  in part, with their old district (and its registry id where the registry has it);
* ``clusters.csv`` / ``membership.csv``: the assumed clusters of the new units (one per old
  district they mostly came from), the old clusters extended to mid-2025;
* ``tests/data/realdata/admin_2025/``: the reduced inputs the crosswalk test rebuilds it from.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import python_calamine

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from thidua_analysis.reference.crosswalk import build_crosswalk  # noqa: E402
from thidua_analysis.text.vietnamese import slugify  # noqa: E402

DATA = ROOT / "thidua_analysis" / "reference" / "data"
TESTS = ROOT / "tests" / "data" / "realdata" / "admin_2025"
PROVINCES = {"01": ("01",), "92": ("92", "93", "94")}  # the new Cần Thơ: Cần Thơ, Hậu Giang, Sóc Trăng
SLUG = {"01": "ha_noi", "92": "can_tho"}
MARK = "Đơn vị cấp xã từ 01/07/2025 (sắp xếp đơn vị hành chính 2 cấp)"


def gso_communes(path: Path) -> pd.DataFrame:
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_index(0).to_python()
    frame = pd.DataFrame(rows[1:], columns=rows[0])
    wanted = frame[frame["Mã TP"].isin(["01", "92", "93", "94"])]
    return pd.DataFrame({
        "province_code": wanted["Mã TP"], "district_code": wanted["Mã QH"],
        "district_name": wanted["Quận Huyện"], "commune_code": wanted["Mã PX"],
        "commune_name": wanted["Phường Xã"].str.replace(r"^(Phường|Xã|Thị trấn)\s+", "", regex=True),
        "kind": wanted["Cấp"],
    }).reset_index(drop=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "realdata")
    args = parser.parse_args()
    admin = args.shared / "admin_2025"
    communes = gso_communes(args.shared / "gso_dvhc_2023-04-15.xls")
    before = pd.read_csv(admin / "before_merge_ha_noi_can_tho.csv", dtype=str)
    TESTS.mkdir(parents=True, exist_ok=True)
    communes.to_csv(TESTS / "gso_communes_2023_01_92_93_94.csv", index=False)
    before.to_csv(TESTS / "before_merge_ha_noi_can_tho.csv", index=False)
    (TESTS / "LICENSE.vietnamese-provinces-database").write_bytes(
        (admin / "LICENSE.vietnamese-provinces-database").read_bytes()
    )
    crosswalk, unmatched = build_crosswalk(before, communes, provinces=PROVINCES)

    provinces = json.loads((admin / "units_ha_noi_can_tho_2026-07.json").read_text(encoding="utf-8"))
    new_units = []
    for province in provinces:
        for ward in province["Wards"]:
            kind = ward["AdministrativeUnitShortName"]  # Phường / Xã
            new_units.append((ward["Code"], ward["Name"], kind.lower(), province["Code"]))
    slugs = Counter(f"{slugify(k)}_{slugify(n)}" for _c, n, k, _p in new_units)
    ids = {}
    for code, name, kind, province in new_units:
        base = f"{slugify(kind)}_{slugify(name)}"
        ids[code] = f"{base}_{SLUG[province]}" if slugs[base] > 1 else base
    assert len(set(ids.values())) == len(ids)

    units = pd.read_csv(DATA / "units.csv", dtype=str, keep_default_na=False)
    units = units[units["level"] != "commune"]
    district = units["level"] == "district"
    units.loc[district & units["valid_to"].isin(["2025", "2025-06"]), "valid_to"] = "2025-06"
    old_by_gso = {(p, g): u for u, p, g in zip(units["unit_id"], units["province"], units["gso_code"], strict=True) if g}
    added = pd.DataFrame({
        "unit_id": [ids[c] for c, *_ in new_units], "name": [n for _c, n, _k, _p in new_units],
        "unit_type": [k for _c, _n, k, _p in new_units], "level": "commune",
        "province": [SLUG[p] for *_, p in new_units], "gso_code": [c for c, *_ in new_units],
        "communes": "1", "valid_from": "2025-07", "valid_to": "", "successor_ids": "", "note": MARK,
    })  # fmt: skip
    # each old district knows its successors; a new unit's size is the old communes it took in
    crosswalk["new_unit_id"] = crosswalk["new_code"].map(ids)
    taken = crosswalk.groupby("new_unit_id")["old_commune_code"].nunique()
    added["communes"] = added["unit_id"].map(taken).fillna(1).astype(int).astype(str)
    units = pd.concat([units, added], ignore_index=True)
    crosswalk["old_unit_id"] = [
        old_by_gso.get((SLUG.get(p, ""), d), "") for p, d in zip(crosswalk["old_province_code"], crosswalk["old_district_code"], strict=True)
    ]
    successors = crosswalk[crosswalk["old_unit_id"] != ""].groupby("old_unit_id")["new_unit_id"].agg(
        lambda s: ";".join(sorted(set(s))))
    has = units["unit_id"].isin(successors.index) & district
    units.loc[has, "successor_ids"] = units.loc[has, "unit_id"].map(successors)
    units.to_csv(DATA / "units.csv", index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    columns = ["new_unit_id", "old_commune_code", "old_commune_name", "old_district_code",
               "old_district_name", "old_province_code", "old_unit_id", "whole"]  # fmt: skip
    crosswalk[columns].assign(whole=crosswalk["whole"].map({True: "yes", False: "no"})).to_csv(
        DATA / "crosswalk_2025.csv", index=False, lineterminator="\n")

    # clusters: the new units of one old district's area, an assumption (no source names them)
    home = crosswalk.groupby("new_unit_id")["old_district_name"].agg(lambda s: Counter(s).most_common(1)[0][0])
    province_of = dict(zip(added["unit_id"], added["province"], strict=True))
    clusters = pd.read_csv(DATA / "clusters.csv", dtype=str, keep_default_na=False)
    clusters = clusters[~clusters["cluster_id"].str.contains("_kv_")]
    membership = pd.read_csv(DATA / "membership.csv", dtype=str, keep_default_na=False)
    membership = membership[~membership["cluster_id"].str.contains("_kv_")]
    membership.loc[membership["year_to"] == "2024", "year_to"] = "2025"
    new_clusters, new_members = [], []
    for unit_id in added["unit_id"]:
        area = home.get(unit_id)
        if area is None:
            continue
        short = slugify(area.replace("Thành phố", "TP").replace("Thị xã", "TX"))  # "huyen_long_my" ≠ "tx_long_my"
        cluster_id = f"{province_of[unit_id]}_kv_{short}"
        label = area.replace("Thành phố", "TP").replace("Thị xã", "TX")
        new_clusters.append((cluster_id, f"Cụm thi đua phường, xã khu vực {label}", province_of[unit_id], "cụm",
                             "GIẢ ĐỊNH từ 01/07/2025: các phường, xã hình thành chủ yếu từ " + area))
        new_members.append((cluster_id, unit_id, "2025", "2030", "yes",
                            "Giả định: theo đơn vị cấp huyện cũ có nhiều xã, phường tiền thân nhất"))
    clusters = pd.concat([clusters, pd.DataFrame(sorted(set(new_clusters)), columns=clusters.columns)], ignore_index=True)
    membership = pd.concat([membership, pd.DataFrame(new_members, columns=membership.columns)], ignore_index=True)
    clusters.to_csv(DATA / "clusters.csv", index=False, lineterminator="\n")
    membership.to_csv(DATA / "membership.csv", index=False, lineterminator="\n")
    print(f"{len(added)} new units, {len(crosswalk)} old communes matched, {len(unmatched)} not matched")
    print(f"{len(set(c for c, *_ in new_clusters))} assumed clusters of new units")
    if len(unmatched):
        print(unmatched.to_string())


if __name__ == "__main__":
    main()
