"""Points per criterion, totals, ranking within the cluster and grades — objective and
reproducible: every point says how it was earned (``basis``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..analysis.periods import period_values
from ..quality.completeness import completeness_grid
from ..reference import Reference, load_registry, reference_of
from ..text.numbers import format_vn
from .scheme import load_grades, load_scheme
from .targets import attainment

__all__ = ["POINT_COLUMNS", "TOTAL_COLUMNS", "criterion_points", "score_table"]

POINT_COLUMNS = ["unit_id", "unit_name", "cluster_id", "year", "group", "group_name", "criterion",
                 "label_vi", "kind", "method", "max_points", "points", "basis"]  # fmt: skip
TOTAL_COLUMNS = ["cluster_id", "unit_id", "unit_name", "year", "criteria_points", "bonus",
                 "deduction", "total", "rank", "grade", "unscored"]  # fmt: skip


def criterion_points(
    data: pd.DataFrame,
    *,
    year: int,
    targets: pd.DataFrame,
    scheme: pd.DataFrame | None = None,
    manual: pd.DataFrame | None = None,
    registry: pd.DataFrame | None = None,
    period: str = "FY",
    ref: Reference | None = None,
) -> pd.DataFrame:
    """Points of every unit the registry expects in ``year`` on every criterion of the scheme.

    ``manual`` (unit_id, criterion, points) holds the points entered by hand, usually the
    cluster's scores read from its scoring sheet. A criterion that cannot be scored (no target,
    no manual points) has ``points`` NaN and says why.

    Columns: unit_id, unit_name, cluster_id, year, group, group_name, criterion, label_vi, kind,
    method, max_points, points, basis.
    """
    ref = reference_of(None, ref)
    scheme = load_scheme(ref=ref) if scheme is None else scheme
    registry = load_registry(ref=ref) if registry is None else registry
    units = registry[registry["year"] == year][["unit_id", "unit_name", "cluster_id", "communes"]]
    reached_frame = attainment(data, targets, year=year, period=period, registry=registry, ref=ref)
    reached = dict(
        zip(zip(reached_frame["unit_id"], reached_frame["indicator"], strict=True),
            reached_frame["attainment_pct"], strict=True)
    )  # fmt: skip
    actual = period_values(data, period=period, year=year, ref=ref)
    values = dict(zip(zip(actual["unit_id"], actual["indicator"], strict=True), actual["value"],
                      strict=True))  # fmt: skip
    grid = completeness_grid(data, year=year, registry=registry, ref=ref)
    missing = grid[grid["status"] == "missing"].groupby("unit_id").size()
    hand = (
        manual.set_index(["unit_id", "criterion"])["points"]
        if manual is not None and len(manual)
        else pd.Series(dtype=float)
    )
    rows = []
    for c in scheme.itertuples(index=False):
        if c.method == "rank":
            ranked = _rank_points(units, values, c)
        for u in units.itertuples(index=False):
            points, basis = np.nan, ""
            if c.method == "attainment":
                key = (u.unit_id, c.indicator)
                if key not in reached:
                    basis = "chưa đăng ký chỉ tiêu"
                else:
                    pct = reached[key]
                    if pd.isna(pct):
                        points, basis = 0.0, "chưa có số liệu thực hiện"
                    else:
                        share = min(pct / 100 / c.param, 1.0)
                        points = c.max_points * share
                        basis = f"đạt {format_vn(round(pct, 1))}% chỉ tiêu"
            elif c.method == "rank":
                points, basis = ranked.get(u.unit_id, (0.0, "chưa có số liệu"))
            elif c.method == "reports":
                count = int(missing.get(u.unit_id, 0))
                points = max(0.0, c.max_points - c.param * count)
                basis = f"thiếu {count} báo cáo" if count else "gửi đủ báo cáo"
            elif c.method == "manual":
                got = hand.get((u.unit_id, c.criterion))
                if got is None or pd.isna(got):
                    basis = "chưa có điểm cụm chấm"
                else:
                    points = float(min(max(got, 0.0), c.max_points))
                    basis = "điểm cụm chấm" + (" (vượt tối đa, tính bằng tối đa)"
                                               if got > c.max_points else "")  # fmt: skip
            rows.append((u.unit_id, u.unit_name, u.cluster_id, year, c.group, c.group_name,
                         c.criterion, c.label_vi, c.kind, c.method, c.max_points, points, basis))  # fmt: skip
    return pd.DataFrame(rows, columns=POINT_COLUMNS)


def _rank_points(units: pd.DataFrame, values: pd.Series, c) -> dict[str, tuple[float, str]]:
    """Rank within each cluster: first = max_points, last = param × max_points, linear."""
    out: dict[str, tuple[float, str]] = {}
    for _cluster, members in units.groupby("cluster_id"):
        scores = {}
        for u in members.itertuples(index=False):
            value = values.get((u.unit_id, c.indicator))
            if value is None or pd.isna(value):
                continue
            if c.basis == "per_commune":
                if pd.isna(u.communes) or not u.communes:
                    continue
                value = value / float(u.communes)
            scores[u.unit_id] = value
        if not scores:
            continue
        series = pd.Series(scores)
        ranks = series.rank(method="min", ascending=False)
        n = len(series)
        for uid, rank in ranks.items():
            share = 1.0 if n == 1 else 1.0 - (rank - 1) / (n - 1) * (1.0 - c.param)
            what = "mỗi xã, phường" if c.basis == "per_commune" else ""
            out[uid] = (c.max_points * share, f"hạng {int(rank)}/{n} trong cụm {what}".strip())
    return out


def score_table(
    points: pd.DataFrame, *, grades: pd.DataFrame | None = None, ref: Reference | None = None
) -> pd.DataFrame:
    """Per unit: points on the criteria, bonus, deduction, ``total`` (criteria + bonus −
    deduction; an unscored criterion counts 0 and is counted in ``unscored``), ``rank`` within
    the cluster (1 = best; ties share the better rank) and ``grade`` by the thresholds of
    ``scoring_grades.csv``."""
    grades = load_grades(ref=ref) if grades is None else grades
    key = ["cluster_id", "unit_id", "unit_name", "year"]
    filled = points.assign(_p=points["points"].fillna(0.0))
    parts = filled.pivot_table(index=key, columns="kind", values="_p", aggfunc="sum", fill_value=0)
    table = pd.DataFrame(index=parts.index)
    for kind, column in (("criterion", "criteria_points"), ("bonus", "bonus"),
                         ("deduction", "deduction")):  # fmt: skip
        table[column] = parts.get(kind, 0.0)
    table["total"] = table["criteria_points"] + table["bonus"] - table["deduction"]
    table["unscored"] = points.assign(_n=points["points"].isna()).groupby(key)["_n"].sum()
    table = table.reset_index()
    table["rank"] = (
        table.groupby(["cluster_id", "year"])["total"]
        .rank(method="min", ascending=False)
        .astype(int)
    )
    table["grade"] = table["total"].map(
        lambda total: next(
            (g.grade for g in grades.itertuples(index=False) if total >= g.min_score - 1e-9), ""
        )
    )
    table = table.sort_values(["year", "cluster_id", "rank", "unit_name"])
    return table[TOTAL_COLUMNS].reset_index(drop=True)
