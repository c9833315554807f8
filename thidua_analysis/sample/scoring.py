"""The sample's registered targets and the clusters' scoring sheets.

Targets: each unit's annual figures times a factor between 0,85 and 1,15, rounded as people round
targets (whole fives, tens of millions of đồng). Cụm 3 registers them on one cluster sheet with the
units as columns; every other unit fills in the target form (``thidua template --chi-tieu``).

Scoring sheets, one per cluster and year: the cluster's score of each criterion is the computed
one, rounded to two decimals, with the hand-scored criteria (leadership, bonus, deduction) drawn
at random and the self-score a little higher; one score per sheet of Cụm 1 in 2022 differs from
the computed one by 2 points, for the comparison to find (``scoring.csv`` in the truth folder).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from ..forms.templates import write_report_template
from ..reference import cluster_names
from ..scoring.scheme import load_scheme
from ..scoring.scores import criterion_points
from .layouts import MONEY_UNITS_CODES, cluster_units_as_columns, plain
from .sheets import Sheet, write_workbook

__all__ = ["PLANTED_SCORE", "write_scoring_sample"]

PLANTED_SCORE = ("ha_noi_cum_1", 2022, "hoan_kiem", "as_suat_qua", 2.0)
CLUSTER_SHEET = "ha_noi_cum_3"


def _round_target(code: str, value: float) -> float:
    if code in MONEY_UNITS_CODES:
        return max(10_000_000.0, round(value / 10_000_000) * 10_000_000)
    if value < 20:
        return float(max(1, round(value)))
    return float(round(value / 5) * 5)


def write_scoring_sample(
    *,
    registry: pd.DataFrame,
    years: list[int],
    fy_values: Callable[[str, int], dict[str, float]],
    data: pd.DataFrame,
    targets_dir: Path,
    scoring_dir: Path,
    truth_dir: Path,
    seed: int,
) -> int:
    """Write the targets and scoring sheets; return the number of files written."""
    rng = np.random.default_rng(seed + 1)
    scheme = load_scheme()
    files = 0
    target_rows = []
    for (cluster_id, year), members in registry.groupby(["cluster_id", "year"], sort=True):
        members = members.sort_values("unit_id")
        values = {}
        for uid in members["unit_id"]:
            fy = fy_values(uid, year)
            values[uid] = {k: _round_target(k, v * rng.uniform(0.85, 1.15)) for k, v in fy.items()
                           if v > 0}  # fmt: skip
            target_rows += [(uid, year, k, v) for k, v in values[uid].items()]
        folder = targets_dir / str(year) / cluster_id
        if cluster_id == CLUSTER_SHEET and len(members) > 1:
            units = list(zip(members["unit_id"], members["unit_name"], strict=True))
            sheet, _cells = cluster_units_as_columns(
                committee="ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI",
                cluster_line=cluster_names().get(cluster_id, cluster_id).upper(),
                period="FY", year=year, units=units, values=values,
                choose=lambda options: options[0],
                title=f"BẢNG ĐĂNG KÝ CHỈ TIÊU THI ĐUA NĂM {year}",
            )  # fmt: skip
            write_workbook(folder / f"chi_tieu_{cluster_id}_{year}.xlsx", [sheet])
            files += 1
        else:
            for uid in members["unit_id"]:
                write_report_template(folder, unit_id=uid, period=f"{year}-FY", registry=registry,
                                      targets=True, values=values[uid])  # fmt: skip
                files += 1
    targets = pd.DataFrame(target_rows, columns=["unit_id", "year", "indicator", "target"])
    planted = []
    for year, members in registry.groupby("year", sort=True):
        units = members.sort_values("unit_id")
        manual = pd.DataFrame(
            [(uid, "khac_chi_dao", round(rng.uniform(7, 10) * 2) / 2) for uid in units["unit_id"]]
            + [(uid, "thuong_mo_hinh", round(rng.uniform(1, 5) * 2) / 2 if rng.random() < 0.3
                else 0.0) for uid in units["unit_id"]]
            + [(uid, "tru_vi_pham", round(rng.uniform(0.5, 3) * 2) / 2 if rng.random() < 0.1
                else 0.0) for uid in units["unit_id"]],
            columns=["unit_id", "criterion", "points"],
        )  # fmt: skip
        points = criterion_points(
            data[data["year"] == year], year=year, targets=targets, scheme=scheme, manual=manual,
            registry=members,
        )  # fmt: skip
        for cluster_id, in_cluster in units.groupby("cluster_id", sort=True):
            scored = points[points["cluster_id"] == cluster_id]
            cluster_score = scored.set_index(["unit_id", "criterion"])["points"].round(2)
            rel = f"{year}/bang_cham_diem_{cluster_id}_{year}.xlsx"
            unit, criterion, delta = PLANTED_SCORE[2:]
            if (cluster_id, year) == PLANTED_SCORE[:2] and (unit, criterion) in cluster_score.index:
                old = cluster_score[(unit, criterion)]
                new = old + delta if old + delta <= 8 else old - delta
                cluster_score[(unit, criterion)] = new
                planted.append((rel, unit, criterion, round(new - old, 2)))
            sheet = _scoring_sheet(cluster_id, year, in_cluster, scheme, cluster_score, rng)
            write_workbook(scoring_dir / rel, [sheet])
            files += 1
    truth_dir.mkdir(parents=True, exist_ok=True)
    targets.to_csv(truth_dir / "targets.csv", index=False)
    pd.DataFrame(planted, columns=["source_file", "unit_id", "criterion", "difference"]).to_csv(
        truth_dir / "scoring.csv", index=False
    )
    return files


def _scoring_sheet(cluster_id, year, units, scheme, cluster_score, rng) -> Sheet:
    n = len(units)
    sheet = Sheet("Chấm điểm", widths={0: 6, 1: 48, 2: 10})
    sheet.merge(0, 0, 0, 2, "ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI")
    sheet.merge(1, 0, 1, 2, cluster_names().get(cluster_id, cluster_id).upper())
    sheet.merge(3, 0, 3, 2 + 2 * n, f"BẢNG CHẤM ĐIỂM THI ĐUA NĂM {year}")
    sheet.merge(5, 0, 6, 0, "STT")
    sheet.merge(5, 1, 6, 1, "Tiêu chí")
    sheet.merge(5, 2, 6, 2, "Điểm tối đa")
    for i, name in enumerate(units["unit_name"]):
        sheet.merge(5, 3 + 2 * i, 5, 4 + 2 * i, name)
        sheet.put(6, 3 + 2 * i, "Tự chấm")
        sheet.put(6, 4 + 2 * i, "Cụm chấm")
    row = 7
    totals = {uid: [0.0, 0.0] for uid in units["unit_id"]}
    for group, rows in scheme.groupby("group", sort=False):
        sheet.put(row, 0, group)
        sheet.put(row, 1, rows["group_name"].iloc[0])
        sheet.put(row, 2, plain(float(rows["group_max"].iloc[0]), 1))
        sheet.bold_rows.add(row)
        row += 1
        for number, c in enumerate(rows.itertuples(index=False), start=1):
            sheet.put(row, 0, str(number))
            sheet.put(row, 1, c.label_vi)
            sheet.put(row, 2, plain(c.max_points, 1))
            sign = -1.0 if c.kind == "deduction" else 1.0
            for i, uid in enumerate(units["unit_id"]):
                score = cluster_score.get((uid, c.criterion), np.nan)
                if pd.isna(score):
                    continue
                claim = score if c.kind == "deduction" else min(
                    c.max_points, round((score + rng.uniform(0, 1)) * 4) / 4
                )  # fmt: skip
                sheet.put(row, 3 + 2 * i, plain(claim, 1))
                sheet.put(row, 4 + 2 * i, plain(float(score), 1))
                totals[uid][0] += sign * claim
                totals[uid][1] += sign * score
            row += 1
    sheet.put(row, 1, "Tổng cộng")
    sheet.bold_rows.add(row)
    for i, uid in enumerate(units["unit_id"]):
        sheet.put(row, 3 + 2 * i, plain(round(totals[uid][0], 2), 1))
        sheet.put(row, 4 + 2 * i, plain(round(totals[uid][1], 2), 1))
    return sheet
