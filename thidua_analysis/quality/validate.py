"""``validate(data)``: every quality check on the tidy frame, as issues in the same frame as
loading gives (docs/design.md §4)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd

from ..background import Background
from ..reference import Reference, load_catalog, load_registry, reference_of
from ..schema import ISSUE_COLUMNS, empty_issues, ordered_issues
from .completeness import completeness_grid, missing_report_issues
from .consistency import check_cumulative, check_stocks
from .plausibility import check_outliers, check_ratios
from .settings import QualitySettings, load_quality_settings, load_ratio_rules

__all__ = ["CHECKED_COLUMNS", "CHECKS", "FIGURE_KEY", "changed_figures", "revalidate", "validate", "validate_changes"]

# code → (severity, what it means), for documentation and the notebook's legend
CHECKS = {
    "report.missing": ("warning", "Đơn vị chưa gửi báo cáo của kỳ mà cụm đã báo cáo"),
    "value.cumulative_decrease": ("error", "Số cộng dồn giảm (Q1 ≤ 6 tháng ≤ 9 tháng ≤ năm)"),
    "value.quarters_mismatch": ("error", "Tổng các quý khác số cộng dồn"),
    "value.stock_jump": ("warning", "Số thành viên tăng/giảm đột ngột"),
    "value.implausible_ratio": ("warning", "Tỷ lệ bất hợp lý (có thể sai đơn vị tính)"),
    "value.outlier_history": ("warning", "Bất thường so với các năm khác của đơn vị"),
    "value.outlier_peers": ("warning", "Bất thường so với các đơn vị cùng cụm"),
}


def validate(
    data: pd.DataFrame,
    *,
    settings: QualitySettings | None = None,
    registry: pd.DataFrame | None = None,
    catalog: pd.DataFrame | None = None,
    ratio_rules: pd.DataFrame | None = None,
    ref: Reference | None = None,
    jobs: int = 1,
    meanwhile: Callable[[], object] | None = None,
    completeness: bool = True,
) -> pd.DataFrame:
    """Completeness, consistency and plausibility issues of ``data``.

    With ``jobs`` above 1, on a system that can fork, the plausibility checks run in a second
    process while this one does the rest, when ``data`` has between ``PARALLEL_ROWS`` rows (below,
    starting a process costs more than it saves; above, the second process's working copy would
    weigh on memory more than the time saved is worth). The issues are the same either way.
    ``meanwhile``: the caller's own work (writing files), done while the checks run: in this
    process once the second one has started, else in a thread. ``completeness``: False leaves
    out the reports missing (when who reported what is known not to have changed).

    Settings and ratio rules come from ``quality_settings.csv`` and ``ratio_rules.csv`` (packaged
    defaults, overridden by the analyst's files in ``data/reference``) unless given. Returns the
    issues frame (severity, code, message, source_file, source_sheet, source_cell), errors first.
    """
    ref = reference_of(None, ref)
    settings = load_quality_settings(ref=ref) if settings is None else settings
    registry = load_registry(ref=ref) if registry is None else registry
    catalog = load_catalog(ref=ref) if catalog is None else catalog
    rules = load_ratio_rules(ref=ref) if ratio_rules is None else ratio_rules
    if data.empty:
        if meanwhile is not None:
            meanwhile()
        return empty_issues()
    data = data.reset_index(drop=True)

    def counts_and_sums() -> list[pd.DataFrame]:  # completeness and the cumulative figures
        missing = [missing_report_issues(completeness_grid(data, registry=registry, ref=ref, by_name=False),
                                         ref=ref)] if completeness else []  # fmt: skip
        return [*missing, *check_cumulative(data, settings=settings, catalog=catalog)]

    def plausibility() -> list[pd.DataFrame]:  # stocks, ratios and outliers (about as long)
        return [*check_stocks(data, settings=settings, catalog=catalog),
                *check_ratios(data, rules=rules, catalog=catalog),
                *check_outliers(data, settings=settings, catalog=catalog, registry=registry, ref=ref)]  # fmt: skip

    parallel = jobs > 1 and len(data) >= PARALLEL_ROWS[0] and len(data) <= PARALLEL_ROWS[1]
    if parallel:  # the second process starts first, before the caller's thread would
        other = Background(plausibility)
        parts = counts_and_sums()
        if meanwhile is not None:
            meanwhile()
        parts += other.result()
    else:
        with ThreadPoolExecutor(max_workers=1) as thread:  # Arrow writes outside the interpreter lock
            done = thread.submit(meanwhile) if meanwhile is not None else None
            parts = [*counts_and_sums(), *plausibility()]
            if done is not None:
                done.result()
    return _in_order([p for p in parts if len(p)])


# the order of the checks' issues: one whatever the order they were found in (a partial check
# merged with the issues it leaves standing gives what a whole one gives)
_ORDER = ["severity", "code", "source_file", "source_sheet", "source_cell", "unit_id", "year", "period",
          "indicator", "message"]  # fmt: skip


def _in_order(parts: list[pd.DataFrame]) -> pd.DataFrame:
    issues = pd.concat(parts or [empty_issues()], ignore_index=True)
    return ordered_issues(issues, _ORDER)[ISSUE_COLUMNS].reset_index(drop=True)


# what each check's issue depends on: all the figures of its unit (every year), the figures of its
# cluster in its year (who reported what), or those of its cluster's peers for its indicator and period
PER_UNIT = frozenset({"value.cumulative_decrease", "value.quarters_mismatch", "value.stock_jump",
                      "value.implausible_ratio", "value.outlier_history"})  # fmt: skip
PER_CLUSTER_YEAR = frozenset({"report.missing"})
PER_PEER_GROUP = frozenset({"value.outlier_peers"})
# the columns the checks read (the evidence columns are only carried along), and what names a figure
CHECKED_COLUMNS = ["unit_id", "unit_name", "cluster_id", "year", "period", "indicator", "value",
                   "unit_of_measure", "source_file", "source_sheet", "source_cell"]  # fmt: skip
FIGURE_KEY = ["unit_id", "year", "period", "indicator"]


def changed_figures(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """The figures whose checked columns (value, unit, where it was read…) differ between two
    frames of figures: their ``unit_id``, ``cluster_id``, ``year``, ``period`` and ``indicator``,
    and ``presence``: true where the figure is in one frame only (who reported what changed)."""

    def plain(frame: pd.DataFrame) -> pd.DataFrame:  # one type per column, whichever frame
        out = {c: frame[c].astype(object).where(frame[c].notna(), "").astype(str).to_numpy()
               for c in CHECKED_COLUMNS if c not in ("year", "value")}  # fmt: skip
        out["year"] = pd.to_numeric(frame["year"], errors="coerce").fillna(-1).astype("int64").to_numpy()
        out["value"] = pd.to_numeric(frame["value"], errors="coerce").astype("float64").to_numpy()
        return pd.DataFrame(out)[CHECKED_COLUMNS].drop_duplicates()

    old, new = plain(before), plain(after)
    both = old.merge(new, how="outer", indicator=True)
    differ = both.loc[both["_merge"] != "both", [*FIGURE_KEY, "cluster_id"]].drop_duplicates()
    keys = pd.MultiIndex.from_frame(differ[FIGURE_KEY])
    present = [keys.isin(pd.MultiIndex.from_frame(side[FIGURE_KEY])) for side in (old, new)]
    return differ.assign(presence=present[0] != present[1]).reset_index(drop=True)


def validate_changes(
    data: pd.DataFrame,
    previous: pd.DataFrame,
    touched: pd.DataFrame,
    *,
    registry: pd.DataFrame | None = None,
    ref: Reference | None = None,
    **kwargs,
) -> pd.DataFrame:
    """What :func:`validate` gives on ``data``, checking again only what a change can alter.

    ``previous``: the checks' issues of the data before the change; ``touched``: the figures
    the change altered (:func:`changed_figures`). The checks run again on the figures of the
    touched units (all years), of the touched figures' peers (cluster, year, period, indicator)
    and, where a figure came or went, of its cluster in its year; their issues about those
    units, peer groups and cluster-years replace the previous ones, the others stand. Falls back
    to a whole :func:`validate` where an issue cannot be placed."""
    ref = reference_of(None, ref)
    registry = load_registry(ref=ref) if registry is None else registry
    placeable = previous["code"].isin(PER_UNIT | PER_CLUSTER_YEAR | PER_PEER_GROUP).all() \
        and previous["unit_id"].ne("").all() and not registry.duplicated(["unit_id", "year"]).any()  # fmt: skip
    if not placeable:
        return validate(data, registry=registry, ref=ref, **kwargs)
    if not len(touched):  # no figure the checks read changed: their issues stand
        if kwargs.get("meanwhile") is not None:
            kwargs["meanwhile"]()
        return _in_order([previous] if len(previous) else [])
    units = set(touched["unit_id"])
    years = touched["year"].astype(int)
    came_or_went = set(zip(touched.loc[touched["presence"], "cluster_id"], years[touched["presence"]], strict=True))
    groups = set(zip(touched["cluster_id"], years, touched["period"], touched["indicator"], strict=True))
    # each row's cluster-year as one integer, to find a few cluster-years' rows in one pass
    cluster_codes, cluster_names = pd.factorize(data["cluster_id"])
    year_of = pd.to_numeric(data["year"], errors="coerce").fillna(-1).astype("int64").to_numpy()
    code_of = {name: i for i, name in enumerate(cluster_names)}
    row_key = cluster_codes.astype("int64") * 10_000 + year_of

    def rows_in(cluster_years: set) -> np.ndarray:
        wanted = [code_of[c] * 10_000 + y for c, y in cluster_years if c in code_of]
        return np.isin(row_key, wanted)

    in_cluster_year = rows_in({(c, y) for c, y, _p, _i in groups})
    near = data.loc[in_cluster_year]  # rows of a touched peer group: their cluster-year first
    whole = pd.MultiIndex.from_arrays([near["cluster_id"], near["year"].astype(int), near["period"],
                                       near["indicator"]]).isin(list(groups))  # fmt: skip
    mask = data["unit_id"].isin(units).to_numpy().copy() | rows_in(came_or_went)
    mask[np.flatnonzero(in_cluster_year)[whole]] = True
    fresh = validate(data.loc[mask, [c for c in CHECKED_COLUMNS if c in data.columns]], registry=registry,
                     ref=ref, completeness=bool(came_or_went), **kwargs)  # fmt: skip
    clusters = registry.set_index(["unit_id", "year"])["cluster_id"]

    def redone(issues: pd.DataFrame) -> pd.Series:
        """Whether each issue is one the partial check decides again."""
        years = pd.to_numeric(issues["year"], errors="coerce").fillna(-1).astype(int)
        cluster = clusters.reindex(pd.MultiIndex.from_arrays([issues["unit_id"], years])).fillna("").to_numpy()
        by_cluster = [(c, y) in came_or_went for c, y in zip(cluster, years, strict=True)]
        by_group = [(c, y, p, i) in groups for c, y, p, i in zip(cluster, years, issues["period"],
                                                                  issues["indicator"], strict=True)]  # fmt: skip
        return (issues["code"].isin(PER_UNIT) & issues["unit_id"].isin(units)) | (
            issues["code"].isin(PER_CLUSTER_YEAR) & pd.Series(by_cluster, index=issues.index, dtype=bool)) | (
            issues["code"].isin(PER_PEER_GROUP) & pd.Series(by_group, index=issues.index, dtype=bool))  # fmt: skip

    parts = [previous[~redone(previous)], fresh[redone(fresh)]]
    return _in_order([p for p in parts if len(p)])


# rows of data between which the checks run in two processes (see validate)
PARALLEL_ROWS = (20_000, 1_000_000)


def revalidate(data: pd.DataFrame, issues: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """``issues`` with the quality checks' own issues replaced by a fresh :func:`validate` of
    ``data`` (other settings, edited reference files): the loading issues are kept as they are."""
    kept = issues[~issues["code"].isin(CHECKS)]
    return pd.concat([kept, validate(data, **kwargs)], ignore_index=True)[ISSUE_COLUMNS]
