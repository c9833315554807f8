"""The 2025 reform's crosswalk: for each new phường/xã, the old communes it was formed from.

The official text lists them in prose ("Phường Quán Thánh, Phường Trúc Bạch, một phần diện tích
TN, quy mô dân số của các phường Cửa Nam, Điện Biên, …, phần còn lại của phường Cửa Đông …").
Rules, in order:

* "giữ nguyên" (kept as it was): the unit's only predecessor is the commune of its own name
  (and code).
* Items are separated by commas and "và"; an item is "Phường X", "Xã X", "Thị trấn X" or a bare
  name, which takes the type last named ("của các phường Cửa Nam, Điện Biên").
* From a phrase "một phần (diện tích …)" or "phần còn lại của" on, the items are taken *in
  part*; an item followed by "(phần còn lại sau khi sáp nhập …)" is in part too. Everything else
  came whole.
* "(quận Hai Bà Trưng)", "(huyện Mê Linh)" after a name says which old district it was in.
* Each item is matched to the 2023 GSO list of the province (and, for the new Cần Thơ, of Sóc
  Trăng and Hậu Giang) by type and name; where two old districts have a commune of that name,
  the district named in brackets, or else the district of the unit's other predecessors, decides.
  What still matches nothing, or more than one, is reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..text.vietnamese import clean_text, match_key

__all__ = ["Predecessor", "build_crosswalk", "parse_before_merge"]

_TYPES = {"phuong": "Phường", "xa": "Xã", "thi tran": "Thị trấn"}
_PART_PHRASE = re.compile(r"\bmot phan\b|\bphan con lai cua\b|\btoan bo quy mo dan so\b")
_DISTRICT_HINT = re.compile(r"^(?:quận|huyện|thị xã|thành phố|tp\.?)\s+\S", re.IGNORECASE)
_TAIL = re.compile(r"\s*(?:sau khi sắp xếp|sau khi sáp nhập.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Predecessor:
    kind: str  # "Phường", "Xã", "Thị trấn"
    name: str
    district: str  # the old district named in brackets, or ""
    whole: bool


def parse_before_merge(text: str) -> list[Predecessor]:
    """The old communes a new unit was formed from, as the before-merge text lists them."""
    text = clean_text(text)
    # brackets first (they hold commas): "(phần còn lại …)" marks its item, "(quận X)" names
    # the item's district
    notes: list[str] = []

    def hold(match: re.Match) -> str:
        notes.append(match.group(1))
        return f" §{len(notes) - 1}§ "

    text = re.sub(r"\(([^()]*)\)", hold, text)
    out: list[Predecessor] = []
    kind = ""
    partial = False
    for raw in re.split(r",|\bvà\b", text):
        item = raw.strip()
        held = [notes[int(n)] for n in re.findall(r"§(\d+)§", item)]
        item = re.sub(r"§\d+§", " ", item).strip()
        key = match_key(item)
        if not key:
            continue
        if _PART_PHRASE.search(key):
            partial = True
        own_part = any(match_key(h).startswith("phan con lai") for h in held)
        district = next((h.strip() for h in held if _DISTRICT_HINT.match(h.strip())), "")
        if re.search(r"\bcủa\b", item, flags=re.IGNORECASE):  # "… quy mô dân số của các phường X"
            item = re.split(r"\bcủa\b", item, flags=re.IGNORECASE)[-1]
        item = _TAIL.sub("", item).strip(" .;:")
        item = re.sub(r"^các\s+", "", item, flags=re.IGNORECASE).strip()
        key = match_key(item)
        if not key or key.startswith(("mot phan", "phan con lai", "toan bo", "quy mo", "dien tich")):
            continue
        for word, label in sorted(_TYPES.items(), key=lambda t: -len(t[0])):
            if key == word:
                kind, item = label, ""
                break
            if key.startswith(word + " "):
                kind = label
                while re.match(r"^(?:phường|xã|thị trấn)\s+", item, flags=re.IGNORECASE):  # "phường Phường X"
                    item = re.sub(r"^(?:phường|xã|thị trấn)\s+", "", item, flags=re.IGNORECASE).strip()
                break
        name = item.strip()
        if not name or not kind:
            continue
        out.append(Predecessor(kind, name, district, not (partial or own_part)))
    return out


def build_crosswalk(
    new_units: pd.DataFrame, communes: pd.DataFrame, *, provinces: dict[str, tuple[str, ...]]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(crosswalk, unmatched)``.

    ``new_units``: code, name, province_code, before_merge. ``communes`` (the 2023 GSO list):
    province_code, district_code, district_name, commune_code, commune_name, kind.
    ``provinces``: the new province's code → the old provinces' codes it was formed from.

    ``crosswalk``: new_code, old_commune_code, old_commune_name, old_district_code,
    old_district_name, old_province_code, whole. ``unmatched``: new_code, text, why.
    """
    communes = communes.assign(
        _key=[f"{match_key(k)} {match_key(n)}" for k, n in zip(communes["kind"], communes["commune_name"], strict=True)]
    )
    by_key = {k: g for k, g in communes.groupby("_key", sort=False)}
    rows, missing = [], []
    for unit in new_units.itertuples(index=False):
        olds = provinces.get(str(unit.province_code), (str(unit.province_code),))
        found: list[tuple[Predecessor, pd.DataFrame]] = []
        items = parse_before_merge(unit.before_merge)
        kept = match_key(unit.before_merge) == "giu nguyen"  # "giữ nguyên": the same commune
        if kept:
            items = parse_before_merge(unit.name)
        for item in items:
            hits = by_key.get(f"{match_key(item.kind)} {match_key(item.name)}")
            if kept and hits is not None and (hits["commune_code"] == unit.code).any():
                hits = hits[hits["commune_code"] == unit.code]  # kept with its own code
            hits = hits[hits["province_code"].isin(olds)] if hits is not None else None
            if item.district and hits is not None and len(hits) > 1:
                named = hits[[match_key(item.district).endswith(match_key(d)) or match_key(d).endswith(
                    match_key(item.district).split(" ", 1)[-1]) for d in hits["district_name"]]]
                hits = named if len(named) else hits
            found.append((item, hits if hits is not None else communes.iloc[0:0]))
        districts = pd.Series([h["district_code"].iloc[0] for _, h in found if len(h) == 1])
        usual = set(districts.mode()) if len(districts) else set()
        for item, hits in found:
            if len(hits) > 1 and usual:
                near = hits[hits["district_code"].isin(usual)]
                hits = near if len(near) == 1 else hits
            text = f"{item.kind} {item.name}" + (f" ({item.district})" if item.district else "")
            if len(hits) != 1:
                why = "không có trong danh sách 2023" if hits.empty else f"trùng tên ở {len(hits)} đơn vị cấp huyện"
                missing.append((unit.code, text, why))
                continue
            h = hits.iloc[0]
            rows.append((unit.code, h["commune_code"], h["commune_name"], h["district_code"],
                         h["district_name"], h["province_code"], item.whole))  # fmt: skip
    crosswalk = pd.DataFrame(rows, columns=["new_code", "old_commune_code", "old_commune_name",
                                            "old_district_code", "old_district_name", "old_province_code",
                                            "whole"])  # fmt: skip
    crosswalk = crosswalk.drop_duplicates(["new_code", "old_commune_code"]).reset_index(drop=True)
    return crosswalk, pd.DataFrame(missing, columns=["new_code", "text", "why"])
