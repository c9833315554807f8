"""Turning whatever periods a unit reported into comparable ones.

Units report quarters alone (Q1..Q4) or cumulative figures from 1 January (H1, 9M, FY). For a
flow, the quarters and the cumulative figures are tied by ``C(k) = C(k-1) + Q(k)`` where ``C(k)``
is the total from January to the end of quarter ``k`` (``C(1) = Q1``, ``C(2) = H1``, ``C(3) = 9M``,
``C(4) = FY``); so ``Q2 = H1 - Q1``, ``Q4 = FY - 9M``, ``H1 = Q1 + Q2`` and so on, as far as the
reported figures allow. A stock is a level, so a period's value is the level reported for any
period that ends in the same month (``H1`` and ``Q2`` both end in June). A score is only what was
reported. Every derived value says so (``derived``) and from which reported periods (``basis``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import ArgumentError
from ..reference import Reference, load_catalog
from ..text.periods import PERIODS, quarters_in

__all__ = ["KEY", "indicator_kinds", "known_periods", "period_values", "single_quarters", "yearly"]

KEY = ["unit_id", "year", "indicator"]
_CUM = ("Q1", "H1", "9M", "FY")
COLUMNS = ["unit_id", "unit_name", "cluster_id", "year", "period", "indicator", "value",
           "derived", "basis"]  # fmt: skip
_END = {"Q1": 1, "Q2": 2, "Q3": 3, "Q4": 4, "H1": 2, "9M": 3, "FY": 4, "H2": 4}


def indicator_kinds(catalog: pd.DataFrame | None = None, *, ref: Reference | None = None) -> dict[str, str]:
    """``{code: kind}`` with kind ``flow``, ``stock`` or ``score``."""
    catalog = load_catalog(ref=ref) if catalog is None else catalog
    return dict(zip(catalog["code"], catalog["kind"], strict=True))


def _wide(data: pd.DataFrame) -> pd.DataFrame:
    wide = data.pivot_table(index=KEY, columns="period", values="value", aggfunc="last")
    return wide.reindex(columns=list(PERIODS))


def _solve_flows(wide: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cumulative ``c1..c4`` and quarter ``q1..q4`` values implied by the reported ones."""
    c = {k: wide[p].to_numpy(dtype=float, copy=True) for k, p in enumerate(_CUM, start=1)}
    q = {k: wide[f"Q{k}"].to_numpy(dtype=float, copy=True) for k in range(1, 5)}
    c[0] = np.zeros(len(wide))
    # Q1 is both the first quarter and the first cumulative figure
    c[1] = np.where(np.isnan(c[1]), q[1], c[1])
    q[1] = np.where(np.isnan(q[1]), c[1], q[1])
    for _ in range(4):
        for k in range(1, 5):
            c[k] = np.where(np.isnan(c[k]), c[k - 1] + q[k], c[k])
            q[k] = np.where(np.isnan(q[k]), c[k] - c[k - 1], q[k])
            if k > 1:
                c[k - 1] = np.where(np.isnan(c[k - 1]), c[k] - q[k], c[k - 1])
    cum = pd.DataFrame({p: c[k] for k, p in enumerate(_CUM, start=1)}, index=wide.index)
    quarters = pd.DataFrame({f"Q{k}": q[k] for k in range(1, 5)}, index=wide.index)
    return cum, quarters


def _basis(wide: pd.DataFrame) -> pd.Series:
    text = pd.Series("", index=wide.index)
    for p in PERIODS:
        text = text + np.where(wide[p].notna(), p + ", ", "")
    return text.str.removesuffix(", ")


def period_values(
    data: pd.DataFrame, *, period: str, year: int | None = None, catalog: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> pd.DataFrame:
    """One value per unit, year and indicator for ``period``, reported or derived.

    Columns: the identifying columns of ``data`` (``unit_id``, ``unit_name``, ``cluster_id``,
    ``year``, ``indicator``), ``period``, ``value``, ``derived`` (bool) and ``basis`` (the periods
    the unit reported, e.g. ``"Q1, H1"``). Keys with no way to get the value are left out.
    """
    if period not in PERIODS:
        raise ArgumentError(f"Kỳ {period!r} không có; chỉ dùng: {', '.join(PERIODS)}.")
    frame = data if year is None else data[data["year"] == year]
    if frame.empty:
        return _empty()
    wide = _wide(frame)
    value = _values_for(wide, period, indicator_kinds(catalog, ref=ref))
    reported = wide[period]
    out = pd.DataFrame({"value": value, "derived": reported.isna(), "basis": _basis(wide)})
    out = out[out["value"].notna()].reset_index()
    out.insert(2, "period", period)
    names = frame.drop_duplicates(["unit_id", "year"])[
        ["unit_id", "year", "unit_name", "cluster_id"]
    ]
    out = out.merge(names, on=["unit_id", "year"], how="left")
    return (
        out[COLUMNS]
        .sort_values(["year", "cluster_id", "unit_id", "indicator"])
        .reset_index(drop=True)
    )


def _solved(wide: pd.DataFrame, kinds: dict[str, str]) -> tuple:
    """``(flows, stocks, cumulative, quarters)``: which rows of ``wide`` are flows and which
    stocks, and the flows' cumulative and quarter figures (None when there is no flow), worked
    out once for as many periods as are asked of them."""
    kind = wide.index.get_level_values("indicator").map(kinds).fillna("flow")
    flows, stocks = np.asarray(kind == "flow"), np.asarray(kind == "stock")
    cum, quarters = _solve_flows(wide[flows]) if flows.any() else (None, None)
    return flows, stocks, cum, quarters


def _values_for(wide: pd.DataFrame, period: str, kinds: dict[str, str], solved: tuple | None = None) -> pd.Series:
    """``period``'s value for each row of ``wide`` (unit, year, indicator): reported, or derived
    as far as the reported periods allow; NaN where it cannot be known. ``solved``: what
    :func:`_solved` gave for ``wide``, when the caller has it."""
    flows, stocks, cum, quarters = solved if solved is not None else _solved(wide, kinds)
    value = wide[period].copy()
    if flows.any():
        if period == "H2":  # July to December: the third and fourth quarters
            derived_flow = quarters["Q3"] + quarters["Q4"]
        else:
            derived_flow = cum[period] if period in _CUM else quarters[period]
        value[flows] = value[flows].fillna(derived_flow)
    if stocks.any():
        same_end = [p for p in PERIODS if _END[p] == _END[period] and p != period]
        level = wide.loc[stocks, same_end].bfill(axis=1).iloc[:, 0] if same_end else None
        if level is not None:
            value[stocks] = value[stocks].fillna(level)
    return value


def known_periods(
    data: pd.DataFrame, periods: list[str], *, catalog: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> pd.DataFrame:
    """``unit_id, year, period`` for which at least one indicator's value is reported or can be
    derived (what :func:`period_values` would give a row for), one pivot for all ``periods``."""
    if data.empty:
        return pd.DataFrame(columns=["unit_id", "year", "period"])
    wide = _wide(data)
    kinds = indicator_kinds(catalog, ref=ref)
    solved = _solved(wide, kinds)
    found = []
    for period in periods:
        value = _values_for(wide, period, kinds, solved)
        keys = value[value.notna()].index.to_frame(index=False)[["unit_id", "year"]]
        found.append(keys.drop_duplicates().assign(period=period))
    return pd.concat(found, ignore_index=True)


def _empty() -> pd.DataFrame:
    return pd.DataFrame(columns=COLUMNS)


def single_quarters(
    data: pd.DataFrame, *, catalog: pd.DataFrame | None = None, ref: Reference | None = None
) -> pd.DataFrame:
    """Every quarter alone (Q1..Q4) that the reported figures determine, in the same columns as
    :func:`period_values`."""
    catalog = load_catalog(ref=ref) if catalog is None else catalog
    parts = [period_values(data, period=q, catalog=catalog) for q in quarters_in("FY")]
    return pd.concat(parts, ignore_index=True)


def yearly(
    data: pd.DataFrame, *, catalog: pd.DataFrame | None = None, ref: Reference | None = None
) -> pd.DataFrame:
    """A comparable yearly series: the FY value of each unit, indicator and year, whichever periods
    the unit reported (``derived`` says when the year was put together from other periods)."""
    return period_values(data, period="FY", catalog=catalog, ref=ref)
