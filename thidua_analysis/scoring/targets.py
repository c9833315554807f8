"""Registered targets (bảng đăng ký chỉ tiêu thi đua) and how far each unit got.

Targets arrive as the reports do — one workbook per unit, or a cluster sheet with the units as
columns — and are read by the same machinery (:func:`~thidua_analysis.load_reports`): the column
is headed "Chỉ tiêu đăng ký" (or "Đăng ký", "Kế hoạch") instead of "Kết quả", the title names the
year. Read as targets (``load_reports(..., targets=True)``), only those columns give values. Keep them apart from the reports (``data/targets``), since they are not results.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..analysis.periods import indicator_kinds, period_values
from ..loading import LoadResult, load_reports
from ..reference import Reference, load_catalog, load_registry

__all__ = ["TARGET_COLUMNS", "attainment", "load_targets"]

TARGET_COLUMNS = ["unit_id", "unit_name", "cluster_id", "year", "indicator", "target",
                  "source_file", "source_sheet", "source_cell"]  # fmt: skip


def load_targets(source, *, jobs: int | None = None, ref: Reference | None = None):
    """The targets under ``source`` (file, folder or list): ``.data`` with one row per unit, year
    and indicator (``target`` in base units, money in đồng) and ``.issues`` as loading gives."""
    loaded = load_reports(source, jobs=jobs, targets=True, ref=ref)
    data = loaded.data.rename(columns={"value": "target"})
    # a target is for the year, whichever way the title put it; the newest file already won
    data = data.drop_duplicates(["unit_id", "year", "indicator"], keep="last")
    return LoadResult(data[TARGET_COLUMNS].reset_index(drop=True), loaded.issues)


def attainment(
    data: pd.DataFrame,
    targets: pd.DataFrame,
    *,
    year: int,
    period: str = "FY",
    catalog: pd.DataFrame | None = None,
    registry: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> pd.DataFrame:
    """Actual against target per unit and indicator with a target for ``year``.

    A flow's actual is its total for ``period`` (by the year's end for ``FY``; for an earlier
    period the percentage is progress towards the annual target); a stock's is its level at the
    end of ``period``; scores have no targets. ``attainment_pct`` is actual ÷ target × 100
    (NaN when nothing was reported or the target is 0).

    Columns: unit_id, unit_name, cluster_id, year, period, indicator, kind, actual, target,
    attainment_pct, derived.
    """
    catalog = load_catalog(ref=ref) if catalog is None else catalog
    kinds = indicator_kinds(catalog)
    wanted = targets[
        (targets["year"] == year) & targets["indicator"].map(kinds).isin(["flow", "stock"])
    ]
    actual = period_values(data, period=period, year=year, catalog=catalog)
    registry = load_registry(ref=ref) if registry is None else registry
    names = registry[registry["year"] == year].drop_duplicates("unit_id")[
        ["unit_id", "unit_name", "cluster_id"]
    ]
    wanted = wanted[["unit_id", "year", "indicator", "target"]].merge(names, on="unit_id")
    out = wanted.merge(
        actual[["unit_id", "indicator", "value", "derived"]].rename(columns={"value": "actual"}),
        on=["unit_id", "indicator"],
        how="left",
    )
    out["period"] = period
    out["kind"] = out["indicator"].map(kinds)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["attainment_pct"] = np.where(out["target"] > 0, out["actual"] / out["target"] * 100,
                                         np.nan)  # fmt: skip
    out["derived"] = out["derived"].astype("boolean")
    columns = ["unit_id", "unit_name", "cluster_id", "year", "period", "indicator", "kind",
               "actual", "target", "attainment_pct", "derived"]  # fmt: skip
    return out[columns].sort_values(["cluster_id", "unit_id", "indicator"]).reset_index(drop=True)
