"""Checks that a figure is believable.

**Ratios** (``ratio_rules.csv``): for each unit and period, numerator ÷ denominator must lie in the
rule's range — e.g. đồng per gift package between 50 000 and 20 000 000. A money value typed in
đồng under a "triệu đồng" heading is a million times too large and lands far outside
(``value.implausible_ratio``, warning on the numerator's cell).

**Outliers** by the modified z-score of Iglewicz and Hoaglin, on the logarithm of the value
(reports of different units differ by factors, not by amounts, and a scale mistake is a factor):
``z = 0.6745 (x − median) / MAD``, or ``(x − median) / (1.2533 · mean absolute deviation)`` when
the MAD is zero. ``|z| > z_threshold`` (3.5 by default) is an outlier. Two comparisons:

* against the unit's own history — the same indicator and period in the other years, when there
  are at least ``min_history`` of them (``value.outlier_history``);
* against its cluster's peers — the same indicator, year and period in the cluster, per commune
  when the registry knows every peer's number of communes, when there are at least
  ``min_peers`` units (``value.outlier_peers``).

Each message gives the value, the expected range (median ± threshold spreads, converted back to
the indicator's unit) and the z-score. Zeros are left to the analyst: their logarithm is
undefined, and a zero is a plain fact more often than a typing error.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..reference import Reference, cluster_names, load_registry, reference_of
from ..reference.catalog import indicator_maps
from ..text.numbers import amount_text, format_vn
from ..text.periods import period_phrase
from .consistency import cell_issues
from .settings import QualitySettings

__all__ = ["check_outliers", "check_ratios", "robust_z"]

_MAD_TO_SD = 0.6745
_MEAN_AD_TO_SD = 1.253314


def check_ratios(
    data: pd.DataFrame, *, rules: pd.DataFrame, catalog: pd.DataFrame
) -> list[pd.DataFrame]:
    names, units = indicator_maps(catalog)
    key = ["unit_id", "year", "period"]
    out = []
    columns = [*key, "unit_name", "value"]
    for rule in rules.itertuples(index=False):
        top = data.loc[data["indicator"] == rule.numerator, columns]
        bottom = data.loc[data["indicator"] == rule.denominator, columns]
        pair = top.assign(_row=top.index).merge(
            bottom.assign(den_row=bottom.index)[[*key, "value", "den_row"]],
            on=key,
            suffixes=("", "_den"),
        )
        pair = pair[pair["value_den"] > 0]
        ratio = pair["value"] / pair["value_den"]
        bad = pair[(ratio < rule.low) | (ratio > rule.high)]
        if bad.empty:
            continue
        messages = []
        for r, value in zip(bad.itertuples(index=False), ratio[bad.index], strict=True):
            middle = np.sqrt(rule.low * rule.high)
            off = value / middle if value > rule.high else middle / value
            example = (
                "ghi số đồng vào cột triệu đồng"
                if value > rule.high
                else "ghi số triệu đồng vào cột đồng"
            )
            hint = (
                f" Lệch khoảng {format_vn(10 ** round(np.log10(off)))} lần so với mức thường gặp: "
                f"nhiều khả năng đã ghi sai đơn vị tính (ví dụ {example})."
                if off >= 500
                else ""
            )
            den = data.loc[r.den_row]
            messages.append(
                f"{rule.description} của {r.unit_name} {period_phrase(r.period, int(r.year))} là "
                f"{format_vn(round(value, 1 if value < 100 else 0))} {rule.unit_vi} "
                f"({names[rule.numerator]} "
                f"{amount_text(r.value, units[rule.numerator], with_unit=True)} ÷ "
                f"{names[rule.denominator]} "
                f"{amount_text(r.value_den, units[rule.denominator], with_unit=True)} ở ô "
                f"{den['source_cell']}), ngoài khoảng hợp lý {format_vn(rule.low)} – "
                f"{format_vn(rule.high)} {rule.unit_vi}.{hint} Hãy kiểm tra hai ô này."
            )
        out.append(
            cell_issues(data, bad["_row"].tolist(), "warning", "value.implausible_ratio", messages)
        )
    return out


def robust_z(
    values: pd.Series, groups: list[pd.Series] | pd.Series | np.ndarray, *, min_spread: float = 0.0
) -> pd.DataFrame:
    """Modified z-score of each value within its group: columns ``z``, ``center`` and
    ``spread`` (the robust standard deviation, at least ``min_spread``; NaN where the group has
    no spread at all)."""
    group = values.groupby(groups, sort=False).ngroup().to_numpy()  # one integer key
    x = values.to_numpy(dtype=float)

    def per_group(a: np.ndarray, how: str) -> np.ndarray:
        return pd.Series(a).groupby(group).transform(how).to_numpy(dtype=float)

    center = per_group(x, "median")
    deviation = np.abs(x - center)
    mad = per_group(deviation, "median") / _MAD_TO_SD
    mean_ad = per_group(deviation, "mean") * _MEAN_AD_TO_SD
    spread = np.where(mad > 0, mad, mean_ad)
    spread = np.maximum(np.where(spread > 0, spread, np.nan), min_spread)  # NaN stays NaN
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (x - center) / spread
    return pd.DataFrame({"z": z, "center": center, "spread": spread}, index=values.index)


def check_outliers(
    data: pd.DataFrame,
    *,
    settings: QualitySettings,
    catalog: pd.DataFrame,
    registry: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> list[pd.DataFrame]:
    ref = reference_of(None, ref)
    names, units = indicator_maps(catalog)
    kinds = dict(zip(catalog["code"], catalog["kind"], strict=True))
    registry = load_registry(ref=ref) if registry is None else registry
    frame = data.loc[
        (data["value"] > 0)
        & data["indicator"].isin([c for c, k in kinds.items() if k in ("flow", "stock")]),
        ["unit_id", "unit_name", "cluster_id", "year", "period", "indicator", "value"],
    ]
    communes = (
        registry.drop_duplicates(["unit_id", "year"])
        .set_index(["unit_id", "year"])["communes"]
        .astype("Float64")
        .astype("float64")
        .rename("_communes")
    )
    frame = frame.join(communes, on=["unit_id", "year"])
    # the comparison groups, as integers: the unit's own years, and its cluster's peers
    codes = {k: pd.factorize(frame[k])[0] for k in ("unit_id", "cluster_id", "period", "indicator")}
    codes["year"] = frame["year"].to_numpy()
    history_group = _group_ids(codes, ["unit_id", "indicator", "period"])
    peer_group = _group_ids(codes, ["cluster_id", "year", "period", "indicator"])
    # per commune only when every peer's communes are known
    per_commune = frame["_communes"].gt(0).groupby(peer_group).transform("all")
    frame = frame.assign(
        _log=np.log(frame["value"]),
        _scale=np.where(per_commune.astype(bool), frame["_communes"], 1.0),
    )
    frame["_plog"] = frame["_log"] - np.log(frame["_scale"])
    threshold = format_vn(settings.z_threshold)
    clusters = cluster_names(ref=ref)

    def what(r: dict) -> tuple[str, str]:
        unit = units.get(r["indicator"], "")
        name = names.get(r["indicator"], r["indicator"])
        return f"{name} {period_phrase(r['period'], int(r['year']))}", unit

    def own_years(r: dict, z: float, bounds: str) -> str:
        label, unit = what(r)
        return (
            f"{label} là {amount_text(r['value'], unit, with_unit=True)}, "
            f"{'cao' if z > 0 else 'thấp'} bất thường so với cùng kỳ các năm khác của "
            f"{r['unit_name']}: khoảng thường gặp {bounds} (điểm z hiệu chỉnh "
            f"{format_vn(round(z, 1))}, ngưỡng {threshold}). Hãy kiểm tra số liệu và đơn vị tính; "
            "nếu đúng, hãy ghi chú lý do."
        )

    def cluster_peers(r: dict, z: float, bounds: str) -> str:
        label, unit = what(r)
        basis = (
            f", tính theo {format_vn(r['_scale'])} xã, phường của đơn vị"
            if r["_scale"] != 1.0
            else ""
        )
        return (
            f"{label} của {r['unit_name']} là {amount_text(r['value'], unit, with_unit=True)}, "
            f"{'cao' if z > 0 else 'thấp'} bất thường so với các đơn vị cùng "
            f"{clusters.get(r['cluster_id'], r['cluster_id'])}: khoảng thường gặp {bounds}{basis} "
            f"(điểm z hiệu chỉnh {format_vn(round(z, 1))}, ngưỡng {threshold}). Hãy kiểm tra số "
            "liệu và đơn vị tính."
        )

    out = [
        # the unit against its own other years, same indicator and period
        _outlier_issues(data, frame.assign(_scale=1.0), column="_log", group=history_group,
                        min_size=settings.min_history + 1, settings=settings, units=units,
                        code="value.outlier_history", describe=own_years),
        # the unit against the other units of its cluster, same indicator, year and period
        _outlier_issues(data, frame, column="_plog", group=peer_group, min_size=settings.min_peers,
                        settings=settings, units=units, code="value.outlier_peers",
                        describe=cluster_peers),
    ]  # fmt: skip
    return [part for part in out if len(part)]


def _group_ids(codes: dict[str, np.ndarray], keys: list[str]) -> np.ndarray:
    """One integer per combination of ``keys`` (-1 where a key is missing)."""
    group = pd.DataFrame({k: codes[k] for k in keys}).groupby(keys, sort=False).ngroup().to_numpy()
    missing = np.logical_or.reduce([codes[k] < 0 for k in keys if k != "year"])
    return np.where(missing, -1, group)


def _outlier_issues(
    data: pd.DataFrame,
    frame: pd.DataFrame,
    *,
    column: str,
    group: np.ndarray,
    min_size: int,
    settings: QualitySettings,
    units: dict[str, str],
    code: str,
    describe,
) -> pd.DataFrame:
    """Robust z-scores of ``column`` within each ``group`` (an integer per row of ``frame``; -1
    for none) holding at least ``min_size`` values; the notable ones as warnings,
    ``describe(row, z, range text)`` saying why."""
    size = np.bincount(group[group >= 0], minlength=1)[np.maximum(group, 0)]
    keep = (group >= 0) & (size >= min_size)
    scored = robust_z(
        frame[column][keep], group[keep], min_spread=float(np.log1p(settings.min_spread))
    )
    hits = _notable(frame, scored, settings=settings, units=units)
    messages = []
    for (_idx, score), r in zip(
        hits.iterrows(), frame.loc[hits.index].to_dict("records"), strict=True
    ):
        low, high = _range(score, settings.z_threshold)
        unit = units.get(r["indicator"], "")
        bounds = _bounds(low * r["_scale"], high * r["_scale"], unit)
        messages.append(describe(r, float(score["z"]), bounds))
    return cell_issues(data, hits.index.tolist(), "warning", code, messages)


def _notable(
    frame: pd.DataFrame, scored: pd.DataFrame, *, settings: QualitySettings, units: dict
) -> pd.DataFrame:
    """Scores beyond the threshold, leaving out counts within ``min_difference`` of the median
    (the group's median in the value's own scale is ``exp(center) * scale``)."""
    hits = scored[scored["z"].abs() > settings.z_threshold]
    rows = frame.loc[hits.index]
    median = np.exp(hits["center"]) * rows["_scale"]
    money = rows["indicator"].map(units).eq("đồng")
    return hits[money | ((rows["value"] - median).abs() >= settings.min_difference)]


def _range(score: pd.Series, threshold: float) -> tuple[float, float]:
    """The expected range in the value's own unit, from a score on the log scale."""
    return (
        float(np.exp(score["center"] - threshold * score["spread"])),
        float(np.exp(score["center"] + threshold * score["spread"])),
    )


def _bounds(low: float, high: float, unit: str) -> str:
    """``"56 – 269 người"``: counts of ten or more without decimals; money with its scale."""
    if unit != "đồng":
        low, high = (round(x) if x >= 10 else round(x, 1) for x in (low, high))
    return f"{amount_text(low, unit)} – {amount_text(high, unit, with_unit=True)}"
