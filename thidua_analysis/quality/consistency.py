"""Checks that a unit's figures agree with each other.

* Cumulative flows never fall: Q1 ≤ H1 ≤ 9M ≤ FY (``value.cumulative_decrease``, error).
* Where a cumulative figure and the quarters that lead to it were both reported, they add up:
  H1 = Q1 + Q2, 9M = H1 + Q3, FY = 9M + Q4, or FY = Q1 + Q2 + Q3 + Q4 when only quarters
  precede it (``value.quarters_mismatch``, error), within ``sum_tolerance``.
* A stock (board members) does not jump or collapse between consecutive reports: a factor of
  ``stock_jump_factor`` or more and a change of at least ``stock_jump_min`` people is a
  ``value.stock_jump`` warning asking for the reason.

Parts ("Trong đó") above their whole and totals that differ from the sum of units are checked
while the sheet is interpreted, because those cells are not loaded as data
(``row.part_exceeds_whole``, ``total.mismatch``).
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from ..analysis.periods import indicator_kinds
from ..issue_codes import check
from ..reference.catalog import indicator_maps
from ..text.numbers import amount_text, format_vn
from ..text.periods import PERIODS, end_month, period_phrase
from .settings import QualitySettings

__all__ = ["cell_issues", "check_cumulative", "check_stocks"]

_CHAIN = ("Q1", "H1", "9M", "FY")  # C(1)..C(4)
KEY = ["unit_id", "year", "indicator"]


def cell_issues(
    data: pd.DataFrame, rows: list[int], severity: str, code: str, messages: list[str]
) -> pd.DataFrame:
    """Issues pointing at the cells ``data.loc[rows]`` came from."""
    check(severity, code)
    cells = data.loc[rows, ["source_file", "source_sheet", "source_cell", "unit_id", "year", "period",
                            "indicator"]].reset_index(drop=True)  # fmt: skip
    cells["year"] = cells["year"].astype("Int64").astype(str).replace("<NA>", "")
    return pd.DataFrame({"severity": severity, "code": code, "message": messages}).join(cells)


def _where(data: pd.DataFrame, row: int) -> str:
    r = data.loc[row]
    return f"ô {r['source_cell']} trang '{r['source_sheet']}' của tệp {r['source_file']}"


def check_cumulative(
    data: pd.DataFrame, *, settings: QualitySettings, catalog: pd.DataFrame
) -> list[pd.DataFrame]:
    kinds = indicator_kinds(catalog)
    names, units = indicator_maps(catalog)
    not_flows = [code for code, kind in kinds.items() if kind != "flow"]
    is_flow = ~data["indicator"].isin(not_flows).to_numpy()
    flows = data.loc[is_flow, [*KEY, "period"]]
    if flows.empty:
        return []
    # positions (not labels) of each unit, year and indicator's reported periods
    rows = flows.assign(_row=np.flatnonzero(is_flow)).pivot_table(
        index=KEY, columns="period", values="_row", aggfunc="last"
    )
    rows = rows.reindex(columns=list(PERIODS))
    value = data["value"].to_numpy(dtype=float)
    labels = data.index

    @functools.cache
    def column(period: str) -> np.ndarray:
        r = rows[period].to_numpy()
        out = np.full(len(r), np.nan)
        known = ~np.isnan(r)
        out[known] = value[r[known].astype(np.int64)]
        return out

    out = []
    decrease_rows, decrease_msgs = [], []
    mismatch_rows, mismatch_msgs = [], []
    index = rows.index.to_frame(index=False)
    last_val = np.full(len(rows), np.nan)
    last_row = np.full(len(rows), np.nan)
    # C(j) and the quarters after it, to compare with the next cumulative figure
    for k, period in enumerate(_CHAIN, start=1):
        current = column(period)
        current_row = rows[period].to_numpy()  # positions
        fell = ~np.isnan(current) & ~np.isnan(last_val) & (current < last_val - 0.5)
        for i in np.flatnonzero(fell):
            code = index.loc[i, "indicator"]
            year = int(index.loc[i, "year"])
            earlier = data["period"].iloc[int(last_row[i])]
            decrease_rows.append(labels[int(current_row[i])])
            decrease_msgs.append(
                f"{names.get(code, code)}: số cộng dồn {period_phrase(period, year)} "
                f"({amount_text(current[i], units.get(code, ''), with_unit=True)}) nhỏ hơn số "
                f"{period_phrase(earlier, year)} "
                f"({amount_text(last_val[i], units.get(code, ''), with_unit=True)}, "
                f"{_where(data, labels[int(last_row[i])])}). Số cộng dồn từ đầu năm không thể giảm; hãy "
                "kiểm tra lại số liệu hoặc ghi số của riêng quý vào báo cáo quý."
            )
        if k > 1:
            quarters = [column(f"Q{q}") for q in range(1, k + 1)]
            # the latest earlier cumulative figure reported, and the quarters after it
            expected = np.full(len(rows), np.nan)
            basis = np.full(len(rows), "", dtype=object)
            for j in range(k - 1, 0, -1):
                base = column(_CHAIN[j - 1])
                rest = np.sum(quarters[j:k], axis=0)
                take = np.isnan(expected) & ~np.isnan(base)
                expected = np.where(take, base + rest, expected)
                label = " + ".join([_CHAIN[j - 1]] + [f"Q{q}" for q in range(j + 1, k + 1)])
                basis = np.where(take, label, basis)
            gap = np.abs(current - expected)
            tolerance = 0.5 + settings.sum_tolerance * np.abs(current)
            bad = ~np.isnan(current) & ~np.isnan(expected) & (gap > tolerance)
            for i in np.flatnonzero(bad):
                code = index.loc[i, "indicator"]
                year = int(index.loc[i, "year"])
                unit = units.get(code, "")
                mismatch_rows.append(labels[int(current_row[i])])
                mismatch_msgs.append(
                    f"{names.get(code, code)}: số {period_phrase(period, year)} là "
                    f"{amount_text(current[i], unit, with_unit=True)} nhưng tổng các kỳ đã báo cáo "
                    f"({basis[i]}) là {amount_text(expected[i], unit, with_unit=True)}, lệch "
                    f"{amount_text(current[i] - expected[i], unit, with_unit=True)}. Hãy đối chiếu "
                    "số cộng dồn với số của từng quý và sửa số sai."
                )
        reported = ~np.isnan(current)
        last_val = np.where(reported, current, last_val)
        last_row = np.where(reported, current_row, last_row)
    if decrease_rows:
        out.append(
            cell_issues(data, decrease_rows, "error", "value.cumulative_decrease", decrease_msgs)
        )
    if mismatch_rows:
        out.append(
            cell_issues(data, mismatch_rows, "error", "value.quarters_mismatch", mismatch_msgs)
        )
    return out


def check_stocks(
    data: pd.DataFrame, *, settings: QualitySettings, catalog: pd.DataFrame
) -> list[pd.DataFrame]:
    kinds = indicator_kinds(catalog)
    names, units = indicator_maps(catalog)
    stocks = data.loc[
        data["indicator"].isin([c for c, k in kinds.items() if k == "stock"]),
        [*KEY, "period", "value"],
    ]
    if stocks.empty:
        return []
    frame = stocks.assign(
        _row=stocks.index,
        _month=stocks["year"] * 12 + stocks["period"].map(end_month),
        _cumulative=~stocks["period"].str.startswith("Q"),
    )
    # one level per moment: the cumulative report's when a quarter ends the same month
    frame = frame.sort_values(["unit_id", "indicator", "_month", "_cumulative"])
    frame = frame.drop_duplicates(["unit_id", "indicator", "_month"], keep="last")
    previous = frame.groupby(["unit_id", "indicator"])["value"].shift()
    previous_row = frame.groupby(["unit_id", "indicator"])["_row"].shift()
    change = (frame["value"] - previous).abs()
    factor = settings.stock_jump_factor
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = frame["value"] / previous
    jump = (
        previous.notna()
        & (change >= settings.stock_jump_min)
        & ((ratio >= factor) | (ratio <= 1 / factor))
    )
    rows, messages = [], []
    for idx in frame.index[jump]:
        r = frame.loc[idx]
        code = r["indicator"]
        before_row = int(previous_row[idx])
        before = data.loc[before_row]
        unit = units.get(code, "")
        grew = r["value"] > previous[idx]
        size = (
            f"gấp {format_vn(round(ratio[idx], 1))} lần"
            if grew and previous[idx] > 0
            else f"bằng {format_vn(round(ratio[idx] * 100))}%"
            if not grew
            else "từ 0"
        )
        rows.append(int(r["_row"]))
        messages.append(
            f"{names.get(code, code)} {'tăng' if grew else 'giảm'} đột ngột từ "
            f"{amount_text(previous[idx], unit, with_unit=True)} "
            f"({period_phrase(before['period'], int(before['year']))}, "
            f"{_where(data, before_row)}) {'lên' if grew else 'xuống'} "
            f"{amount_text(r['value'], unit, with_unit=True)} "
            f"({period_phrase(r['period'], int(r['year']))}), {size} kỳ trước. "
            "Nếu đúng (kiện toàn, sáp nhập…), hãy ghi chú lý do; nếu sai, hãy sửa số liệu."
        )
    if not rows:
        return []
    return [cell_issues(data, rows, "warning", "value.stock_jump", messages)]
