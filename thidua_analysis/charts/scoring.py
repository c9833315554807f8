"""Charts of the annual review: where each unit's points came from, and how far it got on each
registered target. Data first (the frames of :mod:`thidua_analysis.scoring`), ``ax`` in, Axes out."""

from __future__ import annotations

import numpy as np
import pandas as pd
import seaborn as sns

from ..errors import ArgumentError
from ..reference import Reference, cluster_names, load_catalog, reference_of
from ..text.numbers import format_vn
from .style import PALETTE, house_style, indicator_label, new_axes, wrap_label

__all__ = ["attainment_heatmap", "score_breakdown"]


def score_breakdown(points: pd.DataFrame, *, cluster: str, ax=None, ref: Reference | None = None):
    """Each unit's points stacked by group of criteria (bonus included, deduction drawn to the
    left of zero), best total at the top, labelled with the total and the rank."""
    ref = reference_of(None, ref)
    frame = points[points["cluster_id"] == cluster]
    if frame.empty:
        raise ArgumentError(f"Không có điểm của cụm {cluster} để vẽ.")
    frame = frame.assign(
        signed=frame["points"].fillna(0) * np.where(frame["kind"] == "deduction", -1.0, 1.0)
    )
    by_group = frame.pivot_table(index="unit_name", columns="group_name", values="signed",
                                 aggfunc="sum", sort=False)  # fmt: skip
    groups = list(dict.fromkeys(frame["group_name"]))
    by_group = by_group[groups]
    totals = by_group.sum(axis=1).sort_values()
    by_group = by_group.loc[totals.index]
    ranks = totals.rank(method="min", ascending=False).astype(int)
    year = int(frame["year"].iloc[0])
    with house_style():
        ax = new_axes(ax, figsize=(13, max(4.5, 0.6 * len(totals) + 2)))
        left_pos = np.zeros(len(by_group))
        left_neg = np.zeros(len(by_group))
        for i, group in enumerate(groups):
            values = by_group[group].to_numpy(dtype=float)
            left = np.where(values >= 0, left_pos, left_neg)
            ax.barh(by_group.index, values, left=left, color=PALETTE[i % len(PALETTE)],
                    label=group, edgecolor="white")  # fmt: skip
            left_pos = left_pos + np.clip(values, 0, None)
            left_neg = left_neg + np.clip(values, None, 0)
        for y, (name, total) in enumerate(totals.items()):
            ax.annotate(f"{format_vn(round(total, 2))} điểm — hạng {ranks[name]}", (left_pos[y], y),
                        xytext=(6, 0), textcoords="offset points", va="center", fontsize=12)  # fmt: skip
        ax.set_xlim(min(0.0, float(left_neg.min()) * 1.2), float(left_pos.max()) * 1.45)  # labels inside
        ax.axvline(0, color="#333333", linewidth=1)
        ax.set_xlabel("Điểm")
        ax.grid(axis="y", visible=False)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3, title="Nhóm tiêu chí",
                  frameon=False)  # under the bars: never over their labels
        ax.set_title(f"Điểm thi đua năm {year} — {cluster_names(ref=ref).get(cluster, cluster)}",
                     loc="left")  # fmt: skip
    return ax


def attainment_heatmap(attainment: pd.DataFrame, *, cluster: str, ax=None, ref: Reference | None = None):
    """Units × indicators, each cell the percentage of the registered target reached (green at
    or above 100 %, red below; blank where there is no target or no result)."""
    ref = reference_of(None, ref)
    frame = attainment[attainment["cluster_id"] == cluster]
    if frame.empty:
        raise ArgumentError(f"Không có chỉ tiêu đăng ký của cụm {cluster} để vẽ.")
    table = frame.pivot_table(index="unit_name", columns="indicator", values="attainment_pct",
                              aggfunc="first")  # fmt: skip
    present = set(frame["indicator"])
    catalog_order = [c for c in load_catalog(ref=ref)["code"] if c in present]
    table = table[catalog_order]
    year = int(frame["year"].iloc[0])
    labels = table.map(lambda v: "" if pd.isna(v) else f"{format_vn(round(v))}%")
    with house_style():
        ax = new_axes(ax, figsize=(13, max(4.5, 0.55 * len(table) + 3)))
        sns.heatmap(table.T, ax=ax, cmap="RdYlGn", vmin=70, vmax=130,
                    annot=labels.T, fmt="", cbar_kws={"label": "% chỉ tiêu đăng ký"},
                    linewidths=1, linecolor="white")  # fmt: skip
        ax.set_yticklabels([wrap_label(indicator_label(c, ref=ref), 26) for c in table.columns], rotation=0)
        ax.set_xticklabels(table.index, rotation=30, ha="right")
        ax.set_xlabel("")
        ax.set_ylabel("")
        ax.grid(False)
        ax.set_title(f"Mức thực hiện chỉ tiêu đăng ký năm {year} — "
                     f"{cluster_names(ref=ref).get(cluster, cluster)}", loc="left")  # fmt: skip
    return ax
