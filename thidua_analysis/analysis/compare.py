"""Totals, year-on-year change, shares, ranks and per-commune rates, for clusters and units.

All functions take the tidy frame (``load_reports(...).data`` or ``load_processed().data``) and
return a new frame. Aggregation respects each indicator's kind: flows and stocks add over units
(a stock at one moment: board members of all units at the end of the period); nothing is ever
added over periods here (periods are made comparable by :func:`~.periods.period_values`); scores
are never added — a group's score is the mean of its units' scores.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..reference import Reference, load_catalog, load_registry, load_units, reference_of
from ..text.vietnamese import sort_series_vi
from .periods import indicator_kinds, period_values

__all__ = ["cluster_totals", "unit_comparison", "wide_table"]


def _aggregate(frame: pd.DataFrame, by: list[str], kinds: dict[str, str]) -> pd.DataFrame:
    frame = frame.assign(_kind=frame["indicator"].map(kinds).fillna("flow"))
    added = (
        frame[frame["_kind"] != "score"]
        .groupby(by, as_index=False)
        .agg(value=("value", "sum"), units=("unit_id", "nunique"), derived=("derived", "sum"))
    )
    scores = (
        frame[frame["_kind"] == "score"]
        .groupby(by, as_index=False)
        .agg(value=("value", "mean"), units=("unit_id", "nunique"), derived=("derived", "sum"))
    )
    out = pd.concat([added, scores], ignore_index=True)
    return out.rename(columns={"derived": "derived_values"})


def cluster_totals(
    data: pd.DataFrame,
    *,
    period: str = "FY",
    indicators: list[str] | None = None,
    catalog: pd.DataFrame | None = None,
    registry: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> pd.DataFrame:
    """Per cluster, year and indicator: the total over the cluster's units for ``period``, the
    number of units behind it against the number the registry expects (``partial`` when some
    are missing: the total is then not comparable), and the change on the previous year.

    Columns: cluster_id, year, indicator, value, units, derived_values, expected_units, partial,
    previous, change, change_pct.
    """
    catalog = load_catalog(ref=ref) if catalog is None else catalog
    values = period_values(data, period=period, catalog=catalog)
    if indicators is not None:
        values = values[values["indicator"].isin(indicators)]
    totals = _aggregate(values, ["cluster_id", "year", "indicator"], indicator_kinds(catalog))
    registry = load_registry(ref=ref) if registry is None else registry
    expected = (
        registry.groupby(["cluster_id", "year"])["unit_id"].nunique().rename("expected_units")
    )
    totals = totals.join(expected, on=["cluster_id", "year"])
    totals["expected_units"] = totals["expected_units"].fillna(totals["units"]).astype(int)
    totals["partial"] = totals["units"] < totals["expected_units"]
    return _with_change(totals, ["cluster_id", "indicator"])


def _with_change(frame: pd.DataFrame, group: list[str]) -> pd.DataFrame:
    previous = frame[[*group, "year", "value"]].assign(year=frame["year"] + 1)
    out = frame.merge(previous.rename(columns={"value": "previous"}), on=[*group, "year"],
                      how="left")  # fmt: skip
    return _add_change(out).sort_values([*group, "year"]).reset_index(drop=True)


def _add_change(frame: pd.DataFrame) -> pd.DataFrame:
    """``change`` and ``change_pct`` (None where there is no positive previous value)."""
    frame["change"] = frame["value"] - frame["previous"]
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["change_pct"] = np.where(
            frame["previous"] > 0, frame["change"] / frame["previous"] * 100, np.nan
        )
    return frame


def unit_comparison(
    data: pd.DataFrame,
    *,
    year: int,
    period: str = "FY",
    cluster: str | None = None,
    indicators: list[str] | None = None,
    catalog: pd.DataFrame | None = None,
    registry: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> pd.DataFrame:
    """Each unit against its cluster for one period: value, previous year's value and change,
    share of the cluster's total (%), rank within the cluster (1 = largest; ties share the best
    rank) and the value per commune where the registry knows the number of communes.

    Columns: unit_id, unit_name, cluster_id, year, period, indicator, value, derived, basis,
    previous, change, change_pct, cluster_total, share_pct, rank, units_in_cluster, communes,
    per_commune.
    """
    ref = reference_of(None, ref)
    catalog = load_catalog(ref=ref) if catalog is None else catalog
    values = period_values(data[data["year"].isin([year, year - 1])], period=period,
                           catalog=catalog)  # fmt: skip
    if indicators is not None:
        values = values[values["indicator"].isin(indicators)]
    registry = load_registry(ref=ref) if registry is None else registry
    member = registry[registry["year"] == year][["unit_id", "cluster_id"]]
    this = values[values["year"] == year].copy()
    this["cluster_id"] = (
        this["unit_id"].map(member.set_index("unit_id")["cluster_id"]).fillna(this["cluster_id"])
    )
    if cluster is not None:
        this = this[this["cluster_id"] == cluster]
    before = values[values["year"] == year - 1][["unit_id", "indicator", "value"]]
    out = this.merge(before.rename(columns={"value": "previous"}), on=["unit_id", "indicator"],
                     how="left")  # fmt: skip
    out = _add_change(out)
    kinds = indicator_kinds(catalog)
    group = out.groupby(["cluster_id", "indicator"])["value"]
    out["cluster_total"] = group.transform("sum")
    scores = out["indicator"].map(kinds).eq("score")
    out.loc[scores, "cluster_total"] = np.nan
    out["share_pct"] = out["value"] / out["cluster_total"] * 100
    out["rank"] = group.rank(method="min", ascending=False).astype("Int64")
    out["units_in_cluster"] = group.transform("count")
    communes = load_units(ref=ref).set_index("unit_id")["communes"].astype("Float64")
    out["communes"] = out["unit_id"].map(communes)
    out["per_commune"] = (out["value"] / out["communes"]).astype("float64")
    out.loc[scores, "per_commune"] = np.nan
    columns = ["unit_id", "unit_name", "cluster_id", "year", "period", "indicator", "value",
               "derived", "basis", "previous", "change", "change_pct", "cluster_total",
               "share_pct", "rank", "units_in_cluster", "communes", "per_commune"]  # fmt: skip
    out = out.sort_values(["cluster_id", "indicator", "rank", "unit_id"])
    return out[columns].reset_index(drop=True)


def wide_table(
    frame: pd.DataFrame,
    *,
    index: str | list[str] = "unit_name",
    columns: str = "indicator",
    values: str = "value",
    catalog: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> pd.DataFrame:
    """A wide pivot ready for Excel: one row per ``index``, one column per ``columns``; indicator
    codes become their Vietnamese names in catalogue order."""
    table = frame.pivot_table(index=index, columns=columns, values=values, aggfunc="first")
    if columns == "indicator":
        catalog = load_catalog(ref=ref) if catalog is None else catalog
        order = [c for c in catalog["code"] if c in table.columns]
        names = dict(zip(catalog["code"], catalog["name_vi"], strict=True))
        table = table[order].rename(columns=names)
    table.columns.name = None
    return table.sort_index(key=sort_series_vi)
