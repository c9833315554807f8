"""Who should have reported, and who did.

The registry says which units belong to each cluster in each year. A cluster's *expected
periods* for a year are the periods any of its units reported that year (a cluster that reports
quarters expects quarters; one that reports 6 tháng expects 6 tháng). Each expected unit and
period is then ``reported`` (the unit sent figures for that period), ``derived`` (it did not, but
its other reports determine the figures, e.g. H1 = Q1 + Q2) or ``missing``.
"""

from __future__ import annotations

import pandas as pd

from ..analysis.periods import known_periods
from ..reference import Reference, cluster_names, load_registry
from ..schema import ISSUE_COLUMNS, issue
from ..text.periods import PERIODS, period_phrase
from ..text.vietnamese import sort_series_vi

__all__ = ["STATES", "completeness_grid", "missing_report_issues"]

STATES = ("missing", "derived", "reported")
GRID_COLUMNS = ["cluster_id", "unit_id", "unit_name", "year", "period", "status", "indicators"]


def completeness_grid(
    data: pd.DataFrame,
    *,
    year: int | None = None,
    cluster: str | None = None,
    periods: tuple[str, ...] | None = None,
    registry: pd.DataFrame | None = None,
    ref: Reference | None = None,
    by_name: bool = True,
) -> pd.DataFrame:
    """One row per expected unit and period: ``status`` (missing, derived, reported) and the
    number of indicators the unit reported for it, ordered by year, cluster, unit name (in
    Vietnamese order; by unit code, which is faster, when ``by_name`` is False) and period.

    ``periods`` fixes the periods expected of everyone; by default each cluster's expected
    periods are those its units reported that year. Years are those present in ``data`` unless
    ``year`` is given.

    Columns: cluster_id, unit_id, unit_name, year, period, status, indicators.
    """
    registry = load_registry(ref=ref) if registry is None else registry
    years = [year] if year is not None else sorted(data["year"].dropna().unique().tolist())
    expected = registry[registry["year"].isin(years)]
    if cluster is not None:
        expected = expected[expected["cluster_id"] == cluster]
    expected = expected[["cluster_id", "unit_id", "unit_name", "year"]]
    frame = data.loc[
        data["year"].isin(years),
        ["unit_id", "unit_name", "cluster_id", "year", "period", "indicator", "value"],
    ]
    if periods is None:
        members = frame[["unit_id", "year", "period"]].merge(
            expected[["cluster_id", "unit_id", "year"]], on=["unit_id", "year"]
        )
        wanted = members[["cluster_id", "year", "period"]].drop_duplicates()
    else:
        wanted = (
            expected[["cluster_id", "year"]]
            .drop_duplicates()
            .merge(pd.DataFrame({"period": list(periods)}), how="cross")
        )
    grid = expected.merge(wanted, on=["cluster_id", "year"])
    if grid.empty:
        return pd.DataFrame(columns=GRID_COLUMNS)
    counts = (
        frame.groupby(["unit_id", "year", "period"])["indicator"].nunique().rename("indicators")
    )
    grid = grid.join(counts, on=["unit_id", "year", "period"])
    # only a unit that did not report a period needs the (slower) question "can it be derived?"
    gaps = grid[grid["indicators"].isna()]
    subset = frame[frame["unit_id"].isin(gaps["unit_id"]) & frame["year"].isin(gaps["year"])]
    derivable = known_periods(subset, sorted(set(gaps["period"])), ref=ref).assign(_derivable=True)
    grid = grid.merge(derivable, on=["unit_id", "year", "period"], how="left")
    grid["status"] = "missing"
    grid.loc[grid["_derivable"].eq(True), "status"] = "derived"
    grid.loc[grid["indicators"].notna(), "status"] = "reported"
    grid["indicators"] = grid["indicators"].fillna(0).astype(int)
    order = {p: i for i, p in enumerate(PERIODS)}
    if by_name:
        grid = grid.sort_values(
            ["year", "cluster_id", "unit_name", "period"],
            key=lambda s: s.map(order) if s.name == "period" else sort_series_vi(s),
        )
    else:
        grid = grid.sort_values(["year", "cluster_id", "unit_id", "period"],
                                key=lambda s: s.map(order) if s.name == "period" else s)  # fmt: skip
    return grid[GRID_COLUMNS].reset_index(drop=True)


def missing_report_issues(grid: pd.DataFrame, *, ref: Reference | None = None) -> pd.DataFrame:
    """A ``report.missing`` warning for each missing unit and period of ``grid``."""
    names = cluster_names(ref=ref)
    rows = [
        issue(
            "warning",
            "report.missing",
            f"Chưa có báo cáo {period_phrase(g.period, int(g.year))} của {g.unit_name} "
            f"({names.get(g.cluster_id, g.cluster_id)}), trong khi các đơn vị khác trong cụm đã "
            "gửi và không suy ra được từ các kỳ khác. Đề nghị đơn vị gửi báo cáo kỳ này.",
            unit_id=g.unit_id, year=int(g.year), period=g.period,
        )
        for g in grid[grid["status"] == "missing"].itertuples(index=False)
    ]
    return pd.DataFrame(rows, columns=ISSUE_COLUMNS)
