"""The charts of a review conference. Each takes the tidy frame first, everything else by keyword,
draws on ``ax`` (or a new figure in the house style) and returns the Axes."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.colors import ListedColormap
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ..analysis import REFORM_LABEL, cluster_totals, period_values, province_totals
from ..analysis.reform import REFORM_YEAR
from ..errors import ArgumentError
from ..quality.completeness import STATES, completeness_grid
from ..quality.summary import issues_by_unit
from ..reference import Reference, cluster_names, load_units, reference_of
from ..text.numbers import format_vn
from ..text.periods import PERIODS, period_label, period_phrase
from ..text.vietnamese import sort_key_vi, sort_vi
from .style import (
    PALETTE,
    PROVINCE_NAMES,
    axis_unit,
    color_of,
    house_style,
    indicator_label,
    new_axes,
    value_formatter,
    value_text,
    wrap_label,
)

PARTIAL_COLOR = "#C00000"
HIGHLIGHT_COLOR = "#FFF2CC"  # the reviewed year's band
REFORM_COLOR = "#595959"

__all__ = [
    "cluster_bars",
    "completeness",
    "heatmap",
    "issue_bars",
    "ranking",
    "small_multiples",
    "trend",
    "unit_bars",
]


def _scope(cluster: str | None, ref: Reference) -> str:
    """ " — Cụm thi đua số 3" after a title, or nothing for all clusters."""
    return f" — {cluster_names(ref=ref).get(cluster, cluster)}" if cluster else ""


def _unit_labels(frame: pd.DataFrame, ref: Reference) -> dict[str, str]:
    """``{unit_id: name}``, with the unit's type where two units share a name (the quận Ba Đình
    and the phường Ba Đình of the 2025 reform)."""
    names = dict(zip(frame["unit_id"], frame["unit_name"], strict=False))
    shared = {n for n in names.values() if list(names.values()).count(n) > 1}
    if shared:
        units = load_units(ref=ref)
        kinds = dict(zip(units["unit_id"], units["unit_type"], strict=True))
        names = {u: f"{n} ({kinds.get(u, u)})" if n in shared else n for u, n in names.items()}
    return names


def trend(
    data: pd.DataFrame,
    *,
    indicator: str,
    by: str = "cluster_id",
    period: str = "FY",
    cluster: str | None = None,
    year: int | None = None,
    ax=None,
    ref: Reference | None = None,
):
    """An indicator over the years, one line per cluster (``by="cluster_id"``), per unit of
    ``cluster`` (``by="unit_id"``) or per province (``by="province"``: the whole city, which
    continues across the 2025 reform). Values derived from other periods are drawn as hollow
    points; a chart spanning the reform marks it with a line, and a province's 2025 (the old
    units' first half and the new units' second half) with a diamond. ``year``, when given, is
    highlighted (the year the conference reviews). A cluster or province has the same colour
    in every chart."""
    ref = reference_of(None, ref)
    if by not in ("cluster_id", "unit_id", "province"):
        raise ArgumentError(f"by={by!r} không dùng được; chỉ dùng 'cluster_id', 'unit_id' hoặc 'province'.")
    with house_style():
        ax = new_axes(ax)
        if by == "province":
            frame = province_totals(data, period=period, indicators=[indicator], ref=ref)
            frame = frame.assign(derived=False)
            names = PROVINCE_NAMES
        elif by == "cluster_id":
            frame = cluster_totals(data, period=period, indicators=[indicator], ref=ref)
            frame = frame.assign(derived=frame["derived_values"] > 0)
            names = cluster_names(ref=ref)
        else:
            frame = period_values(data, period=period, ref=ref)
            frame = frame[frame["indicator"] == indicator]
            if cluster is not None:
                frame = frame[frame["cluster_id"] == cluster]
            names = _unit_labels(frame, ref)
        if frame.empty:
            raise ArgumentError(f"Không có số liệu {indicator} kỳ {period} để vẽ.")
        frame, shown_note = _top_lines(frame, by, year)
        factor, unit = axis_unit(indicator, float(frame["value"].abs().max()), ref=ref)
        years = range(int(frame["year"].min()), int(frame["year"].max()) + 1)
        if year is not None and frame["year"].min() <= year <= frame["year"].max():
            ax.axvspan(year - 0.4, year + 0.4, color=HIGHLIGHT_COLOR, zorder=0, linewidth=0)
            # at the foot of the band, inside the chart: above it, it ran into the title
            ax.annotate(f"Năm {year}", xy=(year, 0.0), xycoords=("data", "axes fraction"), xytext=(0, 4),
                        textcoords="offset points", ha="center", va="bottom", fontsize=13,
                        fontweight="bold", color="#7F6000")  # fmt: skip
        for i, (key, group) in enumerate(frame.sort_values("year").groupby(by, sort=True)):
            color = color_of(key, ref, i) if by != "unit_id" else PALETTE[i % len(PALETTE)]
            # a year with no value is a gap in the line, not a straight line across it
            line = group.set_index("year")["value"].reindex(years)
            ax.plot(line.index, line.to_numpy(dtype=float), marker="o", color=color,
                    linewidth=2.5, label=names.get(key, key))  # fmt: skip
            hollow = group[group["derived"]]
            if len(hollow):
                ax.plot(hollow["year"], hollow["value"], linestyle="none", marker="o",
                        markersize=9, markerfacecolor="white", color=color)  # fmt: skip
            partial = group[group["partial"]] if "partial" in group else group.iloc[:0]
            if len(partial):
                ax.plot(partial["year"], partial["value"], linestyle="none", marker="X",
                        markersize=11, color=PARTIAL_COLOR, zorder=5)  # fmt: skip
                for row in partial.itertuples(index=False):
                    ax.annotate(f"{row.units}/{row.expected_units} đơn vị", (row.year, row.value),
                                textcoords="offset points", xytext=(6, -14), fontsize=9, color=PARTIAL_COLOR,
                                zorder=6, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none",
                                                "alpha": 0.85})  # over the other lines, still readable
            combined = group[group["combined"]] if "combined" in group else group.iloc[:0]
            if len(combined):
                ax.plot(combined["year"], combined["value"], linestyle="none", marker="D",
                        markersize=10, markerfacecolor="white", color=color, zorder=5)  # fmt: skip
        if frame["year"].min() < REFORM_YEAR <= frame["year"].max():
            ax.axvline(REFORM_YEAR - 0.5 if period != "FY" or by != "province" else REFORM_YEAR,
                       color=REFORM_COLOR, linestyle="--", linewidth=1.5, zorder=1)  # fmt: skip
            ax.annotate(REFORM_LABEL, xy=(REFORM_YEAR, 1.0), xycoords=("data", "axes fraction"),
                        xytext=(-6, -4), textcoords="offset points", va="top", ha="right",
                        fontsize=10, color=REFORM_COLOR)  # fmt: skip
        ax.yaxis.set_major_formatter(value_formatter(factor))
        ax.set_xticks(sorted(frame["year"].unique()))
        ax.set_xlabel("")  # the years speak for themselves; a label there met the legend below
        ax.set_ylabel(unit)
        ax.set_ylim(bottom=0)
        scope = _scope(cluster, ref)
        ax.set_title(f"{indicator_label(indicator, ref=ref)} ({period_phrase(period)}){scope}", loc="left")
        handles, labels = ax.get_legend_handles_labels()
        if by == "cluster_id" and frame["partial"].any():
            handles.append(Line2D([], [], linestyle="none", marker="X", markersize=10,
                                  color=PARTIAL_COLOR))  # fmt: skip
            labels.append("Tổng chưa đủ đơn vị")
        if "combined" in frame and frame["combined"].any():
            handles.append(Line2D([], [], linestyle="none", marker="D", markersize=9,
                                  markerfacecolor="white", color=REFORM_COLOR))  # fmt: skip
            labels.append(f"Năm {REFORM_YEAR}: 6 tháng đầu (đơn vị cũ)\n+ 6 tháng cuối (đơn vị mới)")
        _legend_below(ax, handles, labels, title=shown_note)
    return ax


MAX_LINES = 8  # lines a trend chart draws: more cannot be told apart
MAX_BARS = 12  # bars a comparison draws (at 18 pt, what a slide holds)


def _top_lines(frame: pd.DataFrame, by: str, year: int | None) -> tuple[pd.DataFrame, str | None]:
    """At most :data:`MAX_LINES` lines: those with the largest values in ``year`` (else the last
    year), and the words that say so; all of them when there are few."""
    keys = frame[by].dropna().unique()
    if len(keys) <= MAX_LINES:
        return frame, None
    when = year if year is not None and year in set(frame["year"]) else int(frame["year"].max())
    latest = frame[frame["year"] == when].groupby(by)["value"].sum().sort_values(ascending=False)
    kept = list(latest.index[:MAX_LINES])
    return frame[frame[by].isin(kept)], f"{MAX_LINES} trong {len(keys)} đường có số lớn nhất năm {when}"


def _top_bars(frame: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """At most :data:`MAX_BARS` rows, the largest values (the frame sorted ascending for barh),
    and the words that say how many were left out ("" when none)."""
    if len(frame) <= MAX_BARS:
        return frame, ""
    return frame.tail(MAX_BARS), f" — {MAX_BARS} trong {len(frame)} có số lớn nhất"


def _legend_below(ax, handles, labels, *, title: str | None = None) -> None:
    """The legend under the chart in up to three columns, long names wrapped: the lines keep the
    width of the slide."""
    labels = [wrap_label(label, 30) for label in labels]
    columns = min(3, max(1, len(labels)))
    ax.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=columns, title=title,
              frameon=False, handlelength=2.5, columnspacing=2.0)  # fmt: skip


def unit_bars(
    data: pd.DataFrame,
    *,
    indicator: str,
    year: int,
    period: str = "FY",
    cluster: str | None = None,
    ax=None,
    ref: Reference | None = None,
):
    """The units of one cluster compared for one period, largest first, each bar labelled."""
    ref = reference_of(None, ref)
    with house_style():
        ax = new_axes(ax)
        frame = period_values(data, period=period, year=year, ref=ref)
        frame = frame[frame["indicator"] == indicator]
        if cluster is not None:
            frame = frame[frame["cluster_id"] == cluster]
        if frame.empty:
            raise ArgumentError(f"Không có số liệu {indicator} kỳ {period} năm {year} để vẽ.")
        frame, left_out = _top_bars(frame.sort_values("value", ascending=True))
        factor, unit = axis_unit(indicator, float(frame["value"].max()), ref=ref)
        colors = [PALETTE[1] if not d else "#8FA9C7" for d in frame["derived"]]
        bars = ax.barh(frame["unit_name"], frame["value"], color=colors)
        scale = (factor, unit) if unit.endswith("đồng") else None
        ax.bar_label(bars, labels=[value_text(v, indicator, scale=scale, ref=ref) for v in frame["value"]],
                     padding=4, fontsize=12)  # fmt: skip
        ax.xaxis.set_major_formatter(value_formatter(factor))
        ax.set_xlabel(unit)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.margins(x=0.15)
        scope = _scope(cluster, ref)
        ax.set_title(f"{indicator_label(indicator, ref=ref)}, {period_phrase(period, year)}{scope}",
                     loc="left")  # fmt: skip
        if left_out:
            ax.set_ylabel(left_out.strip(" —"))
    return ax


def cluster_bars(
    data: pd.DataFrame,
    *,
    indicator: str,
    year: int,
    period: str = "FY",
    province: str | None = None,
    ax=None,
    ref: Reference | None = None,
):
    """The clusters of one province compared for one period of ``year``, largest first: each bar
    in the cluster's own colour and labelled with its value and its change on the year before
    (a black tick marks the year before); a cluster whose units did not all report is drawn
    pale and says so (its total is not comparable)."""
    ref = reference_of(None, ref)
    with house_style():
        ax = new_axes(ax)
        frame = cluster_totals(data, period=period, indicators=[indicator], ref=ref)
        frame = frame[frame["year"] == year]
        if province is not None:
            frame = frame[frame["cluster_id"].map(_provinces(ref)) == province]
        if frame.empty:
            raise ArgumentError(f"Không có số liệu {indicator} kỳ {period} năm {year} để vẽ.")
        frame, left_out = _top_bars(frame.sort_values("value", ascending=True))
        names = cluster_names(ref=ref)
        labels = [names.get(c, c) for c in frame["cluster_id"]]
        factor, unit = axis_unit(indicator, float(frame["value"].max()), ref=ref)
        colors = [color_of(c, ref, i) for i, c in enumerate(frame["cluster_id"])]
        partial = frame["partial"].to_numpy(dtype=bool)
        bars = ax.barh(labels, frame["value"], color=colors, alpha=1.0)
        for bar, pale in zip(bars, partial, strict=True):
            if pale:
                bar.set_alpha(0.35)
                bar.set_hatch("//")
        ax.plot(frame["previous"], labels, linestyle="none", marker="|", markersize=26, markeredgewidth=3,
                color="#222222", label=f"Năm {year - 1}")  # fmt: skip
        scale = (factor, unit) if unit.endswith("đồng") else None
        for label, row in zip(labels, frame.itertuples(index=False), strict=True):
            text = value_text(row.value, indicator, scale=scale, ref=ref)
            if row.partial:
                text += f" (chưa đủ: {row.units}/{row.expected_units} đơn vị)"
            elif row.change_pct == row.change_pct:  # not NaN
                text += f" ({'+' if row.change_pct >= 0 else '−'}{format_vn(round(abs(row.change_pct), 1))}%)"
            end = max(row.value, row.previous) if row.previous == row.previous else row.value
            ax.annotate(text, (end, label), xytext=(10, 0), textcoords="offset points", va="center",
                        fontsize=12)  # fmt: skip
        ax.xaxis.set_major_formatter(value_formatter(factor))
        ax.set_xlabel(unit)
        ax.grid(axis="y", visible=False)
        ax.grid(axis="x", visible=True)
        ax.margins(x=0.3)
        ax.legend(loc="lower right")
        if left_out:
            ax.set_ylabel(left_out.strip(" —"))
        where = f", {PROVINCE_NAMES.get(province, province)}" if province else ""
        ax.set_title(f"{indicator_label(indicator, ref=ref)}, {period_phrase(period, year)}{where}", loc="left")
    return ax


def _provinces(ref: Reference) -> dict[str, str]:
    from ..reference import load_clusters

    clusters = load_clusters(ref=ref)
    return dict(zip(clusters["cluster_id"], clusters["province"], strict=True))


def heatmap(
    data: pd.DataFrame,
    *,
    year: int,
    period: str = "FY",
    cluster: str | None = None,
    indicators: list[str] | None = None,
    units: list[str] | None = None,
    ax=None,
    ref: Reference | None = None,
):
    """Units × indicators. Each indicator is scaled to its largest unit (= 100) so that they
    share one colour bar; the cells show the real values. ``units`` (names) limits the columns
    (a group of a cluster's many units); the scale stays the whole cluster's."""
    ref = reference_of(None, ref)
    with house_style():
        frame = period_values(data, period=period, year=year, ref=ref)
        if cluster is not None:
            frame = frame[frame["cluster_id"] == cluster]
        if indicators is not None:
            frame = frame[frame["indicator"].isin(indicators)]
        if frame.empty:
            raise ArgumentError(f"Không có số liệu kỳ {period} năm {year} để vẽ.")
        wide = frame.pivot_table(index="indicator", columns="unit_name", values="value")
        order = [c for c in (indicators or _catalog_order(ref)) if c in wide.index]
        wide = wide.loc[order, sort_vi(wide.columns)]
        scaled = wide.div(wide.max(axis=1), axis=0) * 100
        if units is not None:  # a group of the units: scaled against the whole cluster
            keep = [u for u in wide.columns if u in set(units)]
            wide, scaled = wide[keep], scaled[keep]
        labels, notes = [], []
        for code, row in wide.iterrows():
            factor, unit = axis_unit(str(code), float(row.max()), ref=ref)
            if factor == 1 and row.max() >= 1000:  # "81,2" fits a cell, "81.225" does not
                factor, unit = 1000, f"nghìn {unit}"
            labels.append(wrap_label(f"{indicator_label(str(code), ref=ref)} ({unit})", 26))
            notes.append([value_text(v / factor, "", ref=ref) for v in row])
        ax = new_axes(ax, figsize=(max(10, 1.25 * wide.shape[1] + 8), 0.62 * len(wide) + 2.5))
        sns.heatmap(scaled, ax=ax, cmap="Blues", vmin=0, vmax=100, annot=np.array(notes),
                    fmt="", annot_kws={"fontsize": 11}, linewidths=0.5, linecolor="white",
                    cbar_kws={"label": "% so với đơn vị cao nhất", "shrink": 0.6})  # fmt: skip
        ax.set_yticklabels(labels, rotation=0, fontsize=11)
        ax.set_xticklabels(ax.get_xticklabels(), rotation=0)
        ax.xaxis.tick_top()
        ax.set_xlabel("")
        ax.set_ylabel("")
        ax.grid(False)
        scope = _scope(cluster, ref)
        ax.set_title(f"Kết quả các chỉ tiêu, {period_phrase(period, year)}{scope}", loc="left",
                     pad=36)  # fmt: skip
    return ax


def _catalog_order(ref: Reference) -> list[str]:
    from ..reference import load_catalog

    return load_catalog(ref=ref)["code"].tolist()


def _short_labels(names: list[str], width: int = 30) -> list[str]:
    """Unit names as row labels: the words every name ends with ("… thành phố Cần Thơ") left
    out when there are several names, and long names wrapped."""
    words = [str(n).split() for n in names]
    common = 0
    if len(words) > 1:
        while all(len(w) > common + 1 for w in words) and len({tuple(w[-common - 1 :]) for w in words}) == 1:
            common += 1
    if common < 2:  # one shared word ("Thơ") says nothing
        common = 0
    return [wrap_label(" ".join(w[: len(w) - common] if common else w), width) for w in words]




def small_multiples(
    data: pd.DataFrame,
    *,
    indicators: list[str],
    by: str = "cluster_id",
    period: str = "FY",
    cluster: str | None = None,
    ncols: int = 3,
    fig=None,
    ref: Reference | None = None,
) -> np.ndarray:
    """Several indicators' trends side by side, one panel each; returns the array of Axes."""
    ref = reference_of(None, ref)
    with house_style():
        nrows = int(np.ceil(len(indicators) / ncols))
        if fig is None:
            fig = plt.figure(figsize=(5.2 * ncols + 2.5, 4.2 * nrows))
        axes = np.atleast_1d(fig.subplots(nrows, ncols, squeeze=False)).ravel()
        for ax, code in zip(axes, indicators, strict=False):
            trend(data, indicator=code, by=by, period=period, cluster=cluster, ax=ax, ref=ref)
            ax.set_title(wrap_label(indicator_label(code, ref=ref), 40), fontsize=13, loc="left")
            ax.get_legend().remove()
            ax.set_xlabel("")
        for ax in axes[len(indicators) :]:
            ax.set_visible(False)
        handles, labels = axes[0].get_legend_handles_labels()
        fig.legend(handles, labels, loc="center left", bbox_to_anchor=(1.0, 0.5))
        fig.suptitle(f"Các chỉ tiêu qua các năm ({period_phrase(period)})", fontsize=17,
                     fontweight="bold", x=0.01, ha="left")  # fmt: skip
        fig.tight_layout()
    return axes


def ranking(
    data: pd.DataFrame,
    *,
    indicator: str,
    cluster: str,
    period: str = "FY",
    ax=None,
    ref: Reference | None = None,
):
    """Rank of each unit within its cluster over the years (1 = highest), one line per unit."""
    ref = reference_of(None, ref)
    with house_style():
        ax = new_axes(ax)
        frame = period_values(data, period=period, ref=ref)
        frame = frame[(frame["indicator"] == indicator) & (frame["cluster_id"] == cluster)]
        if frame.empty:
            raise ArgumentError(f"Không có số liệu {indicator} của cụm {cluster} để vẽ.")
        frame = frame.assign(
            rank=frame.groupby("year")["value"].rank(method="min", ascending=False)
        )
        last_year = frame["year"].max()
        shown, note = _top_lines(frame.assign(value=-frame["rank"]), "unit_id", int(last_year))
        if note:  # the best ranked units of the last year: a line each can be followed
            ax.set_ylabel(f"Thứ hạng trong cụm ({MAX_LINES} đơn vị đứng đầu năm {last_year})")
        for i, (_unit, group) in enumerate(frame[frame["unit_id"].isin(shown["unit_id"])]
                                           .sort_values("year").groupby("unit_id")):  # fmt: skip
            color = PALETTE[i % len(PALETTE)]
            ax.plot(group["year"], group["rank"], marker="o", markersize=10, linewidth=2.5,
                    color=color)  # fmt: skip
            end = group[group["year"] == group["year"].max()].iloc[0]
            ax.annotate(end["unit_name"], (end["year"], end["rank"]), xytext=(10, 0),
                        textcoords="offset points", va="center", color=color, fontsize=12)  # fmt: skip
        ax.invert_yaxis()
        ax.set_yticks(range(1, int(frame["rank"].max()) + 1))
        ax.set_xticks(sorted(frame["year"].unique()))
        ax.set_xlim(frame["year"].min() - 0.3, last_year + 1.2)
        if not note:
            ax.set_ylabel("Thứ hạng trong cụm")
        ax.set_xlabel("Năm")
        ax.grid(axis="y", visible=False)
        ax.set_title(f"Thứ hạng: {indicator_label(indicator, ref=ref)} ({period_phrase(period)}) — "
                     f"{cluster_names(ref=ref).get(cluster, cluster)}", loc="left")  # fmt: skip
    return ax


COMPLETENESS_STATES = ("Chưa có", "Tính được từ kỳ khác", "Đã báo cáo")


def completeness(
    data: pd.DataFrame,
    *,
    year: int,
    cluster: str | None = None,
    periods: tuple[str, ...] | None = ("Q1", "H1", "9M", "FY"),
    registry: pd.DataFrame | None = None,
    ax=None,
    ref: Reference | None = None,
):
    """Which expected units reported each period: reported, derivable from other periods, or
    missing. Rows are the units the registry expects that year (per cluster); ``periods=None``
    shows each cluster's own expected periods (see :func:`~thidua_analysis.quality.completeness_grid`),
    blank where a period is not expected of a cluster."""
    ref = reference_of(None, ref)
    table = completeness_grid(data, year=year, cluster=cluster, periods=periods, registry=registry, ref=ref)
    columns = (
        list(periods) if periods is not None else [p for p in PERIODS if p in set(table["period"])]
    )
    table = table.assign(_state=table["status"].map({s: i for i, s in enumerate(STATES)}))
    grid = table.pivot_table(index=["cluster_id", "unit_name"], columns="period", values="_state",
                             aggfunc="first").reindex(columns=columns)  # fmt: skip
    grid = grid.iloc[sorted(range(len(grid)), key=lambda i: (grid.index[i][0], sort_key_vi(grid.index[i][1])))]
    with house_style():
        ax = new_axes(ax, figsize=(9, max(4.5, 0.42 * len(grid) + 2)))
        cmap = ListedColormap(["#D9534F", "#F0AD4E", "#5CB85C"])
        sns.heatmap(grid, ax=ax, cmap=cmap, vmin=-0.5, vmax=2.5, cbar=False, linewidths=1,
                    linecolor="white")  # fmt: skip
        ax.set_yticklabels(_short_labels(list(grid.index.get_level_values("unit_name"))), rotation=0)
        ax.set_xticklabels([period_label(p).replace(" đầu năm", "\nđầu năm") for p in columns],
                           rotation=0)  # fmt: skip
        clusters = grid.index.get_level_values("cluster_id")
        for y in range(1, len(grid)):
            if clusters[y] != clusters[y - 1]:  # a line between clusters
                ax.axhline(y, color="#333333", linewidth=2)
        ax.set_xlabel("")
        ax.set_ylabel("")
        ax.grid(False)
        handles = [Patch(color=c, label=s) for c, s in zip(cmap.colors, COMPLETENESS_STATES,
                                                           strict=True)]  # fmt: skip
        if grid.isna().to_numpy().any():
            handles.append(
                Patch(facecolor="white", edgecolor="#999999", label="Cụm không báo cáo kỳ này")
            )
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        scope = cluster_names(ref=ref).get(cluster, cluster) if cluster else "Tất cả các cụm"
        ax.set_title(f"Tình hình gửi báo cáo năm {year} — {scope}", loc="left")
    return ax


def issue_bars(
    issues: pd.DataFrame,
    *,
    data: pd.DataFrame,
    cluster: str | None = None,
    top: int = 15,
    ax=None,
    ref: Reference | None = None,
):
    """Errors and warnings per unit (from the files each unit sent), stacked, most first; the
    ``top`` units with the most issues. ``data`` tells which unit each file belongs to."""
    ref = reference_of(None, ref)
    counts = issues_by_unit(issues, data)
    if cluster is not None:
        counts = counts[counts["cluster_id"] == cluster]
    if counts.empty:
        raise ArgumentError("Không có vấn đề nào để vẽ.")
    counts = counts.head(top).iloc[::-1]
    labels = counts["unit_name"].tolist()
    with house_style():
        ax = new_axes(ax, figsize=(12, max(4.5, 0.45 * len(counts) + 2)))
        ax.barh(labels, counts["errors"], color=PALETTE[0], label="Lỗi")
        ax.barh(labels, counts["warnings"], left=counts["errors"], color=PALETTE[3],
                label="Cảnh báo")  # fmt: skip
        for y, (e, w) in enumerate(zip(counts["errors"], counts["warnings"], strict=True)):
            ax.annotate(f"{e} lỗi, {w} cảnh báo", (e + w, y), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize=11)  # fmt: skip
        ax.set_xlim(0, float((counts["errors"] + counts["warnings"]).max()) * 1.35)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("Số vấn đề")
        ax.grid(axis="y", visible=False)
        ax.legend(loc="lower right")
        ax.set_title(f"Vấn đề trong báo cáo theo đơn vị{_scope(cluster, ref)}", loc="left")
    return ax
