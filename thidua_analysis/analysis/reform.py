"""Comparisons across the 1 July 2025 reform (two-tier local government).

Old districts and new commune-level units are different units: a unit's series stops or starts
at the reform, never continues into another unit's. What does continue:

* :func:`province_totals`: the city or province as a whole. For 2025 as a year, the flows are the
  old units' first half plus the new units' second half (``combined``); a stock is the level
  the new units report at the end of the year.
* :func:`successor_comparison`: an old district against the sum of its successors, where every
  successor came whole from that district; a successor formed partly from it is named, and no
  split of its figures is invented.
"""

from __future__ import annotations

import pandas as pd

from ..reference import Reference, load_catalog, load_units, reference_of
from ..reference.files import read_reference
from .periods import indicator_kinds, period_values

__all__ = ["REFORM_DATE", "REFORM_LABEL", "REFORM_YEAR", "commune_years", "province_totals",
           "successor_comparison"]  # fmt: skip

REFORM_YEAR = 2025
REFORM_DATE = "01/07/2025"
REFORM_LABEL = f"Sắp xếp đơn vị hành chính {REFORM_DATE}"
TOTAL_COLUMNS = ["province", "year", "indicator", "value", "units", "combined"]


def _provinces(units: pd.DataFrame | None, ref: Reference | None = None) -> dict[str, str]:
    units = load_units(ref=ref) if units is None else units
    return dict(zip(units["unit_id"], units["province"], strict=True))


def commune_years(
    data: pd.DataFrame, *, units: pd.DataFrame | None = None, ref: Reference | None = None
) -> dict[int, list[str]]:
    """``{year: [province, …]}`` of the years with figures from the commune-level units of the
    reform (the years a map of the new units can show)."""
    units = load_units(ref=ref) if units is None else units
    commune = units[units["level"] == "commune"]
    province = dict(zip(commune["unit_id"], commune["province"], strict=True))
    mine = data[data["unit_id"].isin(province)]
    return {int(y): sorted({province[u] for u in g["unit_id"]}) for y, g in mine.groupby("year")}


def province_totals(
    data: pd.DataFrame,
    *,
    period: str = "FY",
    indicators: list[str] | None = None,
    units: pd.DataFrame | None = None,
    catalog: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> pd.DataFrame:
    """Per province, year and indicator: the total over all its units for ``period`` (flows and
    stocks added over units, scores left out), ``units`` behind it and ``combined`` (True for
    the reform year's whole-year figure put together from both sides of the reform).

    Columns: province, year, indicator, value, units, combined.
    """
    ref = reference_of(None, ref)
    catalog = load_catalog(ref=ref) if catalog is None else catalog
    units = load_units(ref=ref) if units is None else units
    kinds = indicator_kinds(catalog)
    province = _provinces(units)
    values = period_values(data, period=period, catalog=catalog)
    if period == "FY":
        values = values[values["year"] != REFORM_YEAR]
        values = pd.concat([values, _reform_year(data, catalog, kinds, units)], ignore_index=True)
    if indicators is not None:
        values = values[values["indicator"].isin(indicators)]
    values = values[values["indicator"].map(kinds).isin(["flow", "stock"])]
    values = values.assign(province=values["unit_id"].map(province),
                           combined=values.get("combined", False))  # fmt: skip
    values["combined"] = values["combined"].fillna(False).astype(bool)
    out = values.groupby(["province", "year", "indicator"], as_index=False).agg(
        value=("value", "sum"), units=("unit_id", "nunique"), combined=("combined", "any")
    )
    return out[TOTAL_COLUMNS].sort_values(["province", "indicator", "year"]).reset_index(drop=True)


def _reform_year(data: pd.DataFrame, catalog, kinds: dict[str, str], units: pd.DataFrame) -> pd.DataFrame:
    """The reform year as a whole: flows H1 (old units) + H2 (new units); stocks at year end. A
    new unit's "năm 2025" is its second half (it exists from July): taken where it sent no H2."""
    year = data[data["year"] == REFORM_YEAR]
    if year.empty:
        return pd.DataFrame(columns=["unit_id", "year", "indicator", "value"])
    first = period_values(year, period="H1", catalog=catalog)
    second = period_values(year, period="H2", catalog=catalog)
    new = set(units.loc[units["level"] == "commune", "unit_id"])
    whole = period_values(year[year["unit_id"].isin(new)], period="FY", catalog=catalog)
    if not whole.empty:
        said = set(zip(second["unit_id"], second["indicator"], strict=True))
        whole = whole[[k not in said for k in zip(whole["unit_id"], whole["indicator"], strict=True)]]
        second = pd.concat([second, whole.assign(period="H2")], ignore_index=True)
    flows_first = first[first["indicator"].map(kinds) == "flow"]
    both = pd.concat([flows_first, second], ignore_index=True)
    return both.assign(combined=True)


def successor_comparison(
    data: pd.DataFrame,
    district: str,
    *,
    period: str = "FY",
    crosswalk: pd.DataFrame | None = None,
    catalog: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> pd.DataFrame:
    """An old district's yearly figures beside its successors' sum.

    Columns: indicator, year, side ("đơn vị cũ" / "đơn vị kế thừa"), value, units, note. The
    successors' side is given only when every successor came whole from the district; otherwise
    ``note`` names those formed in part and the side is left out (no split is invented).
    """
    ref = reference_of(None, ref)
    catalog = load_catalog(ref=ref) if catalog is None else catalog
    crosswalk = read_reference("crosswalk_2025.csv", ["new_unit_id", "old_unit_id", "whole"],
                               key=None, ref=ref) if crosswalk is None else crosswalk  # fmt: skip
    mine = crosswalk[crosswalk["old_unit_id"] == district]
    successors = sorted(set(mine["new_unit_id"]))
    elsewhere = crosswalk[crosswalk["new_unit_id"].isin(successors)]
    partial = sorted(set(elsewhere.loc[(elsewhere["whole"] != "yes") | (elsewhere["old_unit_id"] != district),
                                       "new_unit_id"]))  # fmt: skip
    values = period_values(data, period=period, catalog=catalog)
    old = values[values["unit_id"] == district].assign(side="đơn vị cũ")
    rows = [old.groupby(["indicator", "year", "side"], as_index=False).agg(
        value=("value", "sum"), units=("unit_id", "nunique"))]  # fmt: skip
    note = ""
    if partial:
        note = ("Các phường, xã hình thành một phần từ đơn vị này (không chia số liệu): "
                + ", ".join(partial))  # fmt: skip
    else:
        new = values[values["unit_id"].isin(successors)].assign(side="đơn vị kế thừa")
        rows.append(new.groupby(["indicator", "year", "side"], as_index=False).agg(
            value=("value", "sum"), units=("unit_id", "nunique")))  # fmt: skip
    out = pd.concat(rows, ignore_index=True).assign(note=note)
    return out.sort_values(["indicator", "year", "side"]).reset_index(drop=True)
