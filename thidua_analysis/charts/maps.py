"""An indicator per commune-level unit on the map of the 2025 units (``ax`` in, Axes out)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.cm import ScalarMappable
from matplotlib.collections import PatchCollection
from matplotlib.colors import Normalize
from matplotlib.patches import Patch, Polygon

from ..analysis import period_values
from ..errors import ArgumentError
from ..reference import Reference, load_registry, load_units, reference_of
from ..reference.maps import load_wards
from ..text.periods import period_label
from .style import (
    PROVINCE_NAMES,
    axis_unit,
    house_style,
    indicator_label,
    new_axes,
    value_formatter,
)

__all__ = ["INNER", "choropleth"]

COLORMAP = "YlGnBu"  # more is darker blue: reads as "more", not as "bad"
MISSING = "#F2F2F2"
# The dense inner wards shown again, larger, in an inset (lon, lat box)
INNER = {"ha_noi": (105.78, 105.89, 20.98, 21.07), "can_tho": (105.69, 105.83, 9.97, 10.09)}
INSET_AT = {"ha_noi": [0.0, 0.0, 0.32, 0.32], "can_tho": [0.64, 0.70, 0.30, 0.28]}  # empty corners


def _patches(wards: dict[str, list[np.ndarray]], units: list[str]) -> tuple[list[Polygon], list[str]]:
    patches, owners = [], []
    for unit in units:
        for ring in wards.get(unit, []):
            patches.append(Polygon(ring, closed=True))
            owners.append(unit)
    return patches, owners


def _draw(ax, patches, colours, hatches) -> None:
    ax.add_collection(PatchCollection(patches, facecolors=colours, edgecolors="white", linewidths=0.4))
    hatched = [p for p, h in zip(patches, hatches, strict=True) if h]
    if hatched:
        ax.add_collection(PatchCollection(hatched, facecolors="none", edgecolors="#7F7F7F",
                                          hatch="///", linewidths=0.0))  # fmt: skip
    ax.set_aspect(1 / np.cos(np.radians(np.mean(ax.get_ylim()))))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for side in ax.spines.values():
        side.set_visible(False)


def choropleth(
    data: pd.DataFrame,
    *,
    indicator: str,
    year: int,
    period: str = "FY",
    province: str = "ha_noi",
    units: list[str] | None = None,
    cluster: str | None = None,
    focus: bool = False,
    inset: bool = True,
    ax=None,
    ref: Reference | None = None,
):
    """``indicator`` per unit of ``province`` for ``year`` and ``period`` on the map of the
    2025 units: darker is more; units that were expected (``units``, by default every unit of the
    map) but have no value are hatched and named in the legend; the dense inner wards get an
    inset. ``cluster`` (its units that year) or ``focus`` with ``units`` zooms on those units (a
    cluster's or an area's view). Values derived from other periods count as reported."""
    ref = reference_of(None, ref)
    wards = load_wards(province, ref=ref)
    registry = load_units(ref=ref)
    names = dict(zip(registry["unit_id"], registry["name"], strict=True))
    if cluster is not None:
        members = load_registry(ref=ref)
        members = members[(members["cluster_id"] == cluster) & (members["year"] == year)]
        if members.empty:
            raise ArgumentError(f"Cụm {cluster!r} không có đơn vị nào năm {year}.")
        units, focus = sorted(members["unit_id"]), True
    expected = list(units) if units is not None else sorted(wards)
    values = period_values(data, period=period, year=year, ref=ref)
    values = values[(values["indicator"] == indicator) & values["unit_id"].isin(expected)]
    value = dict(zip(values["unit_id"], values["value"], strict=True))
    with house_style():
        ax = new_axes(ax, figsize=(12, 9))
        patches, owners = _patches(wards, sorted(wards))
        if value:
            top = max(value.values())
            norm = Normalize(vmin=0, vmax=top if top > 0 else 1)
        else:
            top, norm = 0.0, Normalize(vmin=0, vmax=1)
        cmap = colormaps[COLORMAP]
        colours = [cmap(norm(value[u])) if u in value else MISSING for u in owners]
        hatches = [u in expected and u not in value for u in owners]
        ax.set_xlim(min(p.get_xy()[:, 0].min() for p in patches), max(p.get_xy()[:, 0].max() for p in patches))
        ax.set_ylim(min(p.get_xy()[:, 1].min() for p in patches), max(p.get_xy()[:, 1].max() for p in patches))
        if focus and units is not None:  # the units' own area, with a margin
            mine = [p.get_xy() for p, u in zip(patches, owners, strict=True) if u in set(expected)]
            if mine:
                points = np.vstack(mine)
                (x0, y0), (x1, y1) = points.min(axis=0), points.max(axis=0)
                pad = 0.08 * max(x1 - x0, y1 - y0)
                ax.set_xlim(x0 - pad, x1 + pad)
                ax.set_ylim(y0 - pad, y1 + pad)
                inset = False
        _draw(ax, patches, colours, hatches)
        factor, unit = axis_unit(indicator, top or 1.0, ref=ref)
        bar = ax.figure.colorbar(ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.6, pad=0.02,
                                 format=value_formatter(factor))  # fmt: skip
        bar.set_label(unit)
        missing = [names.get(u, u) for u in expected if u not in value]
        if missing:
            shown = ", ".join(sorted(missing)[:6]) + (f" và {len(missing) - 6} đơn vị khác" if len(missing) > 6 else "")
            ax.legend(handles=[Patch(facecolor=MISSING, edgecolor="#7F7F7F", hatch="///")],
                      labels=[f"Chưa có số liệu ({len(missing)}): {shown}"], loc="upper left",
                      bbox_to_anchor=(0.0, -0.01), fontsize=11)  # fmt: skip
        if inset and province in INNER:
            x0, x1, y0, y1 = INNER[province]
            zoom = ax.inset_axes(INSET_AT.get(province, [0.0, 0.0, 0.3, 0.3]))
            zoom.set_xlim(x0, x1)
            zoom.set_ylim(y0, y1)
            copies, copy_owners = _patches(wards, sorted(wards))
            _draw(zoom, copies, [cmap(norm(value[u])) if u in value else MISSING for u in copy_owners],
                  [u in expected and u not in value for u in copy_owners])  # fmt: skip
            for side in zoom.spines.values():
                side.set_visible(True)
                side.set_color("#7F7F7F")
            ax.indicate_inset_zoom(zoom, edgecolor="#7F7F7F")
        label = period_label(period, year)
        ax.set_title(f"{indicator_label(indicator, ref=ref)} — {PROVINCE_NAMES.get(province, province)}, {label}",
                     loc="left")  # fmt: skip
    return ax
