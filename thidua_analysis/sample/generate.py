"""Write the built-in sample: the reports units would have sent, and the ground truth.

Per cluster, the layout its units use (each a real pattern, docs/design.md §5):

* Cụm 1 — one file per unit and period, title block above STT | Nội dung | ĐVT | Kết quả;
  numbers often typed as text ("47.530"), name variants ("Q. Đống Đa").
* Cụm 2 — the cluster head's summary: units as columns under merged two-row headers, a total column.
* Cụm 3 — units as rows, indicators grouped under merged headers, a "Tổng cộng" row.
* Cụm 4 — one workbook per unit and year with an instruction sheet and a sheet per quarter,
  plus the annual report.
* Cụm 5 — one file per unit and period, many in legacy .xls, some typed in TCVN3 (.VnTime).
* Cần Thơ's bloc — one file per organisation and period, some in decomposed Unicode, some
  saved from LibreOffice as .ods.

Reports are Q1, H1 (6 tháng), 9M and FY, cumulative from 1 January. A few units miss a period,
one unit sends a corrected second file, a few files carry a formula without its cached value, an
unmapped row, an ambiguous number or a wrong total, and a few files are outright bad. Five typing
mistakes are planted for the quality checks (``PLANTED``): money in the wrong scale, a lost digit
that makes 9 tháng smaller than 6 tháng, an extra zero on board members, a year that is not the sum
of its quarters, and a "Trong đó" row larger than its whole.

Ground truth goes to ``truth_dir`` (default: ``<out>/../sample_truth``): ``values.csv`` (every
value each file must yield, with its sheet and cell, and whether it survives de-duplication) and
``issues.csv`` (the issues each file must raise when loaded) and ``quality.csv`` (the issues
``validate`` must raise at the planted mistakes).
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..reference import load_catalog, load_clusters, load_registry, load_units, unit_heading
from ..reference.files import read_reference
from ..reference.registry import UNIT_PREFIX
from ..schema import a1
from ..text.legacy import to_tcvn3
from ..text.names import is_proper_name
from ..text.numbers import MONEY_CEILING, format_vn
from ..text.periods import quarters_in
from .layouts import (
    MONEY_UNITS,
    OfficeStyle,
    a_list_of_supervisions,
    as_text,
    cluster_units_as_columns,
    cluster_units_as_rows,
    plain,
    unit_report,
    unit_report_across,
    units_as_sections,
    units_as_sheets,
    units_with_their_rows,
    with_parts_beside,
)
from .model import STOCKS, quarterly_values
from .scoring import write_scoring_sample
from .sheets import Sheet, write_workbook
from .word import paragraph, table, write_docx

__all__ = ["SampleSummary", "generate_sample"]

REPORT_PERIODS = ("Q1", "H1", "9M", "FY")
REFORM_YEAR = 2025  # districts report Q1 and H1 of it; the new communes from 1 July, as H2
COMMUNE_TYPES = ("phường", "xã", "thị trấn")
FORMULA_GAP_YEARS = (2019, 2023)  # Cụm 1's annual reports then hold a formula with no value

# Typing mistakes the quality checks must find, one of each kind: (unit, year, period) →
# (mistake, indicator). They are written after the random draws, so they change no other value.
PLANTED = {
    ("hoang_mai", 2022, "9M"): ("scale", "gia_tri_qua"),  # đồng typed under a triệu/nghìn heading
    ("dong_da", 2022, "9M"): ("digit_lost", "hoi_nghi_tuyen_truyen"),  # 9M below H1
    ("ba_dinh", 2022, "H1"): ("extra_zero", "thanh_vien_ttnd"),  # board members ×10
    ("cau_giay", 2022, "FY"): ("sum_off", "cuoc_giam_sat"),  # FY ≠ Q1 + Q2 + Q3 + Q4
    ("ung_hoa", 2022, "Q1"): ("part_above_whole", "suat_qua"),  # "Trong đó" above its row
}


@dataclass(frozen=True)
class SampleSummary:
    files: int
    values: int
    bytes: int
    out: Path
    truth_dir: Path


def _period_values(quarters: pd.DataFrame, period: str) -> dict[str, float]:
    """Cumulative values for ``period`` from quarter-alone values (stocks: last quarter's level)."""
    covered = quarters[quarters["quarter"].isin(quarters_in(period))]
    out: dict[str, float] = {}
    for indicator, group in covered.groupby("indicator", sort=False):
        if indicator in STOCKS:
            last = group.sort_values("quarter")["value"].iloc[-1]
            out[str(indicator)] = float(last)
        else:
            out[str(indicator)] = float(group["value"].sum())
    return out


class _Writer:
    def __init__(self, out: Path, rng: np.random.Generator, style_rng: np.random.Generator) -> None:
        self.out = out
        self.rng = rng
        self.style_rng = style_rng  # offices' own arrangements, drawn apart from the rest
        self.rows: list[dict] = []
        self.issues: list[dict] = []
        self.quality: list[dict] = []
        self.text: list[dict] = []  # figures written in the sentences of Word reports
        self.files = 0
        # the communes of before the reform, by old district, and the indicators they are given counts of
        # (read when the first report listing them is written)
        self.communes: dict[str, list[str]] | None = None
        self.counted: set[str] = set()

    def choose(self, options: list[str]) -> str:
        return options[int(self.rng.integers(len(options)))]

    def chance(self, p: float) -> bool:
        return bool(self.rng.random() < p)

    def record(self, rel: str, sheet: str, cells: dict, unit_year_period: dict) -> None:
        for key, (row, col, unit_id) in cells.items():
            indicator = key[1] if isinstance(key, tuple) else key
            year, period, value = unit_year_period[(unit_id, indicator)]
            self.rows.append(
                {"source_file": rel, "source_sheet": sheet, "source_cell": a1(row, col),
                 "unit_id": unit_id, "year": year, "period": period, "indicator": indicator,
                 "value": value, "final": True}
            )  # fmt: skip

    def expect(self, rel: str, code: str, severity: str, sheet: str = "", cell: str = "") -> None:
        self.issues.append(
            {"source_file": rel, "code": code, "severity": severity, "source_sheet": sheet,
             "source_cell": cell}
        )  # fmt: skip

    def expect_quality(self, rel: str, code: str, sheet: str, cell: str) -> None:
        """An issue ``validate`` must raise on the loaded sample."""
        self.quality.append(
            {"source_file": rel, "code": code, "source_sheet": sheet, "source_cell": cell}
        )

    def write(self, rel: str, sheets: list[Sheet], engine: str = "xlsxwriter") -> Path:
        path = self.out / rel
        write_workbook(path, sheets, engine=engine)
        self.files += 1
        return path


def _replicate(registry: pd.DataFrame, scale: int, reference_dir: Path) -> pd.DataFrame:
    """The registry plus ``scale - 1`` imaginary copies, whose reference files are written out."""
    units, clusters = load_units(), load_clusters()
    copies, unit_rows, cluster_rows = [registry.assign(copy=1)], [], []
    for j in range(2, scale + 1):
        tag = f"_b{j}"
        copy = registry.assign(
            unit_id=registry["unit_id"] + tag,
            unit_name=registry["unit_name"] + f" B{j}",
            cluster_id=registry["cluster_id"] + tag,
            copy=j,
        )
        copies.append(copy)
        own = units[units["unit_id"].isin(registry["unit_id"])]
        unit_rows.append(
            own.assign(unit_id=own["unit_id"] + tag, name=own["name"] + f" B{j}", gso_code="",
                       successor_ids="", note="Đơn vị giả lập (bản sao để đo tốc độ)")
        )  # fmt: skip
        mine = clusters[clusters["cluster_id"].isin(registry["cluster_id"])]
        cluster_rows.append(
            mine.assign(cluster_id=mine["cluster_id"] + tag, name=mine["name"] + f" (bản {j})")
        )
    frame = pd.concat(copies, ignore_index=True)
    spans = (
        frame[frame["copy"] > 1]
        .groupby(["cluster_id", "unit_id"], as_index=False)["year"]
        .agg(year_from="min", year_to="max")
        .assign(assumption="yes", note="Bản sao giả lập")
    )
    reference_dir.mkdir(parents=True, exist_ok=True)
    for name, rows, key in (
        ("units.csv", pd.concat(unit_rows), ["unit_id"]),
        ("clusters.csv", pd.concat(cluster_rows), ["cluster_id"]),
        ("membership.csv", spans, ["cluster_id", "unit_id", "year_from"]),
    ):
        path = reference_dir / name
        if path.is_file():  # keep the analyst's own rows
            rows = pd.concat([pd.read_csv(path, dtype=str), rows.astype(str)])
            rows = rows.drop_duplicates(subset=key, keep="last")
        rows.to_csv(path, index=False)
    return frame.drop(columns="copy")


def _unit_line(unit: pd.Series, w: _Writer, *, variant: bool) -> str:
    name = unit["unit_name"]
    if unit["unit_type"] == "tổ chức":
        return name.upper() if not variant else name
    prefix = UNIT_PREFIX.get(unit["unit_type"], "")
    if not variant:
        return unit_heading(name, unit["unit_type"])
    short = {"quận": "Q.", "huyện": "H.", "thị xã": "TX.", "phường": "P.", "xã": "Xã",
             "thị trấn": "TT."}[unit["unit_type"]]  # fmt: skip
    return w.choose(
        [
            f"{short} {name}",
            f"{short}{name}",
            f"{prefix.title()} {name}",
            f"MTTQ {prefix.lower()} {name}",
        ]
    )


def _committee(province: str) -> str:
    del province  # every committee of the sample heads its report the same way
    return "ỦY BAN MTTQ VIỆT NAM"


def _legacy(sheet: Sheet) -> Sheet:
    sheet.cells = {k: to_tcvn3(v) if isinstance(v, str) else v for k, v in sheet.cells.items()}
    return sheet


def _decompose(sheet: Sheet) -> Sheet:
    sheet.cells = {
        k: unicodedata.normalize("NFD", v) if isinstance(v, str) else v
        for k, v in sheet.cells.items()
    }
    return sheet


def generate_sample(
    out: str | Path,
    *,
    years: list[int] | range = range(2017, 2025),
    seed: int = 0,
    units: list[str] | None = None,
    truth_dir: str | Path | None = None,
    bad_files: bool = True,
    scale: int = 1,
    reference_dir: str | Path | None = None,
    scoring: bool = True,
    targets_dir: str | Path | None = None,
    scoring_dir: str | Path | None = None,
    progress=None,
) -> SampleSummary:
    """Write the sample reports to ``out`` and the ground truth to ``truth_dir``.

    ``scale`` > 1 adds ``scale - 1`` imaginary copies of the province ("Đống Đa B2", cluster
    ``ha_noi_cum_1_b2``, …) with their own values, for benchmarks; their registry is written to
    ``reference_dir`` (default: ``reference`` beside ``out``, i.e. ``data/reference``), where the
    loader finds it.

    With ``scoring``, the units' registered targets go to ``targets_dir`` (default
    ``data/targets`` beside ``out``) and the clusters' scoring sheets to ``scoring_dir`` (default
    ``data/scoring``); see :mod:`.scoring`.

    ``progress(done, total, what)``, when given, is called as each cluster's year is written.
    """
    out = Path(out)
    truth_dir = Path(truth_dir) if truth_dir is not None else out.parent / "sample_truth"
    years = list(years)
    rng = np.random.default_rng(seed)
    registry = load_registry()
    registry = registry[registry["year"].isin(years)]
    if units:
        registry = registry[registry["unit_id"].isin(units)]
    registry = registry.assign(layout=registry["cluster_id"])
    if scale > 1:
        registry = _replicate(
            registry,
            scale,
            Path(reference_dir) if reference_dir is not None else out.parent / "reference",
        )
    quarters = quarterly_values(registry, years, seed)
    w = _Writer(out, rng, np.random.default_rng([seed, 2025]))
    skip = {("long_bien", 2019, "9M"), ("ba_vi", 2022, "Q1"), ("hoi_nong_dan_can_tho", 2020, "H1"),
            ("my_duc", 2023, "FY")}  # fmt: skip
    by_key = {k: g for k, g in quarters.groupby(["unit_id", "year"], sort=False)}
    groups = registry.groupby(["cluster_id", "year"], sort=True)
    steps = len(groups) + 1  # and the answers, targets and scoring sheets at the end
    for done, ((cluster_id, year), members) in enumerate(groups, start=1):
        if progress is not None:
            progress(done - 1, steps, f"{cluster_id} năm {year}")
        members = members.sort_values("unit_id")
        period_values = {
            (uid, p): _period_values(by_key[(uid, year)], p)
            for uid in members["unit_id"] if (uid, year) in by_key for p in (*REPORT_PERIODS, "H2")
        }  # fmt: skip
        layout = members["layout"].iloc[0]
        if layout in ("ha_noi_cum_2", "ha_noi_cum_3"):
            _cluster_files(w, cluster_id, year, members, period_values,
                           periods=_report_periods(members["unit_type"].iloc[0], year))  # fmt: skip
            continue
        for unit in members.to_dict("records"):
            uid = unit["unit_id"]
            if (uid, year) not in by_key:
                continue
            if layout == "ha_noi_cum_4" and year < REFORM_YEAR:
                _quarter_workbook(w, unit, year, by_key[(uid, year)])
                periods = ("FY",)
            else:
                periods = _report_periods(unit["unit_type"], year)
            for period in periods:
                if (uid, year, period) in skip:
                    continue
                earlier = (uid, year - 1)
                prior = (  # the same period a year before, where that report gives every value
                    _period_values(by_key[earlier], period)
                    if earlier in by_key and (uid, year - 1, period) not in skip
                    and period in _report_periods(unit["unit_type"], year - 1)
                    and (unit["layout"] != "ha_noi_cum_4" or period == "FY")
                    and not (unit["layout"] == "ha_noi_cum_1" and period == "FY" and year - 1 in FORMULA_GAP_YEARS)
                    else None
                )  # fmt: skip
                quarter = (
                    _period_values(by_key[(uid, year)], "Q3")
                    if period == "9M" and not any(k[:2] == (uid, year) for k in PLANTED) else None
                )  # fmt: skip
                _unit_file(w, unit, cluster_id, year, period, period_values[(uid, period)],
                           prior=prior, quarter=quarter)  # fmt: skip
    if progress is not None:
        progress(steps - 1, steps, "đáp án, chỉ tiêu đăng ký, bảng chấm điểm")
    if bad_files:
        _bad_files(w)
    _corrected_file(
        w, registry, years, period_values_for=lambda u, y, p: _period_values(by_key[(u, y)], p)
    )
    truth_dir.mkdir(parents=True, exist_ok=True)
    values = pd.DataFrame(w.rows)
    values.to_csv(truth_dir / "values.csv", index=False)
    pd.DataFrame(
        w.issues, columns=["source_file", "code", "severity", "source_sheet", "source_cell"]
    ).to_csv(truth_dir / "issues.csv", index=False)
    pd.DataFrame(w.quality, columns=["source_file", "code", "source_sheet", "source_cell"]).to_csv(
        truth_dir / "quality.csv", index=False
    )
    pd.DataFrame(w.text, columns=["source_file", "indicator", "value", "unit_id", "year", "period"]).to_csv(
        truth_dir / "text_figures.csv", index=False
    )
    if scoring:
        final = values[values["final"]] if len(values) else values
        names = registry.drop_duplicates(["unit_id", "year"])[
            ["unit_id", "year", "unit_name", "cluster_id"]
        ]
        data = final.merge(names, on=["unit_id", "year"], how="left")
        before = registry["year"] < REFORM_YEAR  # targets of the new units are not simulated
        write_scoring_sample(
            registry=registry[before], years=[y for y in years if y < REFORM_YEAR],
            fy_values=lambda u, y: _period_values(by_key[(u, y)], "FY") if (u, y) in by_key else {},
            data=data[data["year"] < REFORM_YEAR],
            targets_dir=Path(targets_dir) if targets_dir is not None else out.parent / "targets",
            scoring_dir=Path(scoring_dir) if scoring_dir is not None else out.parent / "scoring",
            truth_dir=truth_dir, seed=seed,
        )  # fmt: skip
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    if progress is not None:
        progress(steps, steps, "xong")
    return SampleSummary(
        w.files, int(values["final"].sum()) if len(values) else 0, size, out, truth_dir
    )


def _office_style(w: _Writer, values: dict, *, prior: dict | None, quarter: dict | None,
                  planted: bool, plain_numbers: bool) -> OfficeStyle:  # fmt: skip
    """An office's own arrangement of the template, drawn from ``w.style_rng``."""
    rng = w.style_rng
    if rng.random() < 0.45:
        return OfficeStyle()

    def pick(options: list[str]) -> str:
        return options[int(rng.integers(len(options)))]

    plan = rng.random() < 0.25
    return OfficeStyle(
        doc_line=rng.random() < 0.7,
        run_on_title=rng.random() < 0.4,
        label_header=pick(["Nội dung", "Nội dung công việc", "Chỉ tiêu", "Danh mục"]),
        uom_header=pick(["ĐVT", "Đơn vị tính", "Đơn vị"]),
        value_header=pick(["Kết quả", "Kết quả thực hiện", "Thực hiện", "Số lượng", "Số liệu"]),
        plan={k: float(round(v * 1.15 + 1)) for k, v in values.items()} if plan else None,
        prior=prior if prior is not None and not planted and rng.random() < 0.3 else None,
        quarter=quarter if quarter is not None and rng.random() < 0.4 else None,
        numbering=rng.random() < 0.3,
        words=plain_numbers and rng.random() < 0.15,
        signature=rng.random() < 0.6,
    )


def _unit_file(
    w: _Writer, unit: dict, cluster_id: str, year: int, period: str, values: dict, *,
    prior: dict | None = None, quarter: dict | None = None,
) -> None:  # fmt: skip
    uid = unit["unit_id"]
    folder, cluster_id = cluster_id, unit["layout"]  # the original cluster decides the messes
    legacy_xls = cluster_id == "ha_noi_cum_5" and w.chance(0.4)
    tcvn3 = legacy_xls and w.chance(0.5)
    text_numbers = w.chance(0.35 if cluster_id == "ha_noi_cum_1" else 0.08)
    decomposed = unit["province"] == "can_tho" and w.chance(0.3)
    money_unit = w.choose(["triệu đồng", "triệu đồng", "nghìn đồng", "đồng"])
    money_in_label = w.chance(0.3)
    ods = unit["province"] == "can_tho" and not decomposed and w.chance(0.25)
    macro = not legacy_xls and not ods and w.style_rng.random() < 0.05
    ext = "xls" if legacy_xls else ("ods" if ods else ("xlsm" if macro else "xlsx"))
    rel = f"{year}/{folder}/{uid}_{year}_{period}.{ext}"
    unmapped = cluster_id == "ha_noi_cum_1" and w.chance(0.1)
    detail = period == "Q1" and w.chance(0.2) and "suat_qua" in values
    mistake, target = PLANTED.get((uid, year, period), (None, None))
    values = dict(values)
    if mistake == "digit_lost":
        values[target] = float(int(values[target]) // 10)
    elif mistake == "extra_zero":
        values[target] = values[target] * 10
    elif mistake == "sum_off":
        values[target] = values[target] + 7
    part = int(values["suat_qua"] * (1.6 if mistake == "part_above_whole" else 0.6))
    formula_gap = (
        cluster_id == "ha_noi_cum_1"
        and period == "FY"
        and year in FORMULA_GAP_YEARS
        and "gia_tri_qua" in values
    )
    ambiguous = (
        cluster_id == "can_tho_khoi_mttq"
        and period == "9M"
        and year == 2018
        and "vu_viec_ttnd" not in values
    )
    style = _office_style(w, values, prior=prior, quarter=quarter, planted=mistake is not None,
                          plain_numbers=not text_numbers)  # fmt: skip
    hidden_draft = w.style_rng.random() < 0.04 and not (legacy_xls or ods)  # .xlsx sheets hide
    # one report in twelve of a Hà Nội unit carries its women's union's section after its own
    member_body = None
    if unit["province"] == "ha_noi" and not style.topics and _stable(uid, year, period, "bodies") % 12 == 0:
        member_body = (f"Hội Liên hiệp Phụ nữ {unit['unit_type']} {unit['unit_name']}",
                       {"hoi_nghi_tuyen_truyen": float(_stable(uid, year, period, "body") % 9 + 2),
                        "suat_qua": float(_stable(uid, year, "body") % 80 + 20)})  # fmt: skip
    sheet, cells = unit_report(
        member_body=member_body,
        style=style,
        sheet_name=w.choose(["Báo cáo", "Sheet1", "BC"]),
        committee=_committee(unit["province"]),
        unit_line=_unit_line(pd.Series(unit), w, variant=w.chance(0.4)),
        period=period, year=year, values=values, unit_id=uid, choose=w.choose,
        money_unit=money_unit, money_in_label=money_in_label,
        render=as_text if text_numbers else plain,
        extra_rows=[*([("Hỗ trợ khám chữa bệnh hiểm nghèo", "Lượt", int(w.rng.integers(5, 60)))] if unmapped else []),
                    *([("Số vụ việc Ban TTND giám sát, kiến nghị", "Vụ", "1.5")] if ambiguous else [])],
        detail_rows={"suat_qua": ("Trong đó: Quà Tết", "Suất", part)} if detail or mistake == "part_above_whole" else None,
    )  # fmt: skip
    truth_values = {(uid, k): (year, period, v) for k, v in values.items()}
    if mistake == "scale":
        row, col, _ = cells[target]
        scale = MONEY_UNITS[money_unit]
        typed = values[target] if scale > 1 else values[target] / 1_000_000
        sheet.put(row, col, plain(typed, 1))
        truth_values[(uid, target)] = (year, period, typed * scale)
        if typed * scale >= MONEY_CEILING:  # đồng under "Triệu đồng": the reader refuses it, never loaded
            del truth_values[(uid, target)]
            cells = {k: v for k, v in cells.items() if k != target}
            w.expect(rel, "cell.unexpected_scale", "error", sheet.name, a1(row, col))
    code = {"scale": "value.implausible_ratio", "digit_lost": "value.cumulative_decrease",
            "extra_zero": "value.stock_jump", "sum_off": "value.quarters_mismatch"}.get(mistake)  # fmt: skip
    if mistake == "scale" and target not in cells:
        code = None  # refused by the reader, so no check sees it
    if code:
        row, col, _ = cells[target]
        w.expect_quality(rel, code, sheet.name, a1(row, col))
    if mistake == "part_above_whole":
        row, col, _ = cells[target]
        w.expect(rel, "row.part_exceeds_whole", "error", sheet.name, a1(row + 1, col))
    if formula_gap:
        row, col, _ = cells.pop("gia_tri_qua")
        del sheet.cells[(row, col)]
        sheet.formulas[(row, col)] = ("1200+350", None)
        w.expect(rel, "cell.formula_without_value", "error", sheet.name, a1(row, col))
    if ambiguous:  # the row was written last in the table, before any signature block
        row, col = next(k for k, v in sheet.cells.items() if v == "1.5")
        w.expect(rel, "cell.ambiguous_number", "error", sheet.name, a1(row, col))
    if unmapped:
        w.expect(rel, "row.unmapped_label", "warning", sheet.name)
    if detail or mistake == "part_above_whole":
        w.expect(rel, "row.detail_not_loaded", "info", sheet.name)
    quarter_cells = {k[1]: cell for k, cell in cells.items() if isinstance(k, tuple)}
    cells = {k: cell for k, cell in cells.items() if not isinstance(k, tuple)}
    sheets = [sheet]
    if hidden_draft:  # an old draft left in a hidden sheet, with other numbers: never loaded
        draft = Sheet("Bản nháp", dict(sheet.cells), list(sheet.merges), hidden=True)
        for row, col, _uid in cells.values():
            draft.put(row, col, 1)
        sheets.append(draft)
        w.expect(rel, "sheet.hidden", "warning", "Bản nháp")
    if tcvn3:
        for each in sheets:
            _legacy(each)
    if decomposed:
        _decompose(sheet)
    engine = "xlwt" if legacy_xls else ("openpyxl" if formula_gap or macro else "xlsxwriter")
    engine = "ods" if ods else engine
    plain_report = not (mistake or formula_gap or unmapped or detail or hidden_draft or legacy_xls or ods
                        or macro or tcvn3 or decomposed or ambiguous or quarter_cells)  # fmt: skip
    if plain_report and cluster_id == "ha_noi_cum_1" and period == "FY" and _stable(uid, year) % 3 == 0:
        _word_report(w, unit, year, period, values)  # this office writes its report in Word
        return
    # a one-page summary on its side (the report above was still drawn: the random draws of the
    # files after this one stay the same)
    across = plain_report and _stable(uid, year, period, "across") % 25 == 0
    if across:
        sheet, cells = unit_report_across(
            sheet_name=sheet.name, committee=_committee(unit["province"]),
            unit_line=_unit_line(pd.Series(unit), w, variant=False), period=period, year=year,
            values=values, unit_id=uid, money_unit=money_unit, plan=style.plan,
        )  # fmt: skip
        sheets = [sheet]
        member_body = None  # the summary on its side has no section of the women's union
    if member_body is not None:
        w.expect(rel, "row.other_body_not_loaded", "info", sheet.name)
    if (plain_report and not across and member_body is None and unit["province"] == "ha_noi" and year < REFORM_YEAR
            and unit["unit_type"] in ("quận", "huyện", "thị xã") and _one_column(style)
            and _stable(uid, year, period, "communes") % 12 == 0
            and len(parts := _communes_of(w, uid, year, period, {k: values[k] for k in cells})) >= 2):  # fmt: skip
        # one report in twelve of a Hà Nội district gives its wards' or communes' figures beside its
        # whole ("Toàn huyện | Ba Trại | Cam Thượng …"): the whole is the district's, they are parts
        render = as_text if text_numbers else plain
        with_parts_beside(sheet, cells, whole=f"Toàn {unit['unit_type']}",
                          parts=[(name, {k: render(v, 1) for k, v in figures.items()}) for name, figures in parts])
        w.expect(rel, "unit.commune", "info", sheet.name)
    if plain_report and values.get("cuoc_giam_sat") and _stable(uid, year, period, "list") % 20 == 0:
        # the list of the period's supervisions attached: said, never read as figures
        sheets.append(a_list_of_supervisions(period=period, year=year, count=min(4, int(values["cuoc_giam_sat"]))))
        w.expect(rel, "sheet.a_list", "info", "DS giám sát")
    w.write(rel, sheets, engine=engine)
    w.record(rel, sheet.name, cells, truth_values)
    if quarter_cells and style.quarter is not None:
        w.record(rel, sheet.name, quarter_cells,
                 {(uid, k): (year, "Q3", v) for k, v in style.quarter.items()})  # fmt: skip


def _one_column(style) -> bool:
    """The report has one column of figures, headed in words alone (no plan, same period,
    quarter, numbering, marks or words in the cells)."""
    return (style.plan is None and style.prior is None and style.quarter is None and not style.numbering
            and not style.words and not style.topics and not style.measure_after and not style.column_marks
            and not style.whole_on_group)  # fmt: skip


def _communes_of(w: _Writer, uid: str, year: int, period: str, values: dict[str, float]) -> list[tuple[str, dict[str, float]]]:
    """Three of district ``uid``'s wards or communes of before the 2025 reform, by their bare
    names, each with its part of the district's counts (they add up to them); money and scores
    are left to the whole."""
    if w.communes is None:
        crosswalk = read_reference("crosswalk_2025.csv", ["old_commune_name", "old_unit_id"], key=None)
        w.communes = {}
        for name, district in sorted(zip(crosswalk["old_commune_name"], crosswalk["old_unit_id"], strict=True)):
            if is_proper_name(name) and name not in w.communes.setdefault(district, []):
                w.communes[district].append(name)
        catalog = load_catalog()
        w.counted = set(catalog.loc[(catalog["base_unit"] != "đồng") & (catalog["kind"] != "score"), "code"])
    names = w.communes.get(uid, [])
    start = _stable(uid, year, period, "which") % max(1, len(names) - 2)
    names = names[start : start + 3]
    counts = {k: v for k, v in values.items() if k in w.counted}
    shares: dict[str, list[float]] = {}
    for code, whole in counts.items():
        weights = [_stable(uid, year, period, code, n) % 4 + 1 for n in range(len(names))]
        first = [float(int(whole * w_ // sum(weights))) for w_ in weights[:-1]]
        shares[code] = [*first, whole - sum(first)]
    return [(name, {code: shares[code][n] for code in counts}) for n, name in enumerate(names)]


def _stable(*parts) -> int:
    """A number from ``parts`` that is the same on every run (no random draw is spent on it)."""
    return int(hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:8], 16)


# how the narrative of a Word report states its headline figures: (indicator, sentence with {v})
_NARRATIVE = [
    ("hoi_nghi_tuyen_truyen", "Ban Thường trực đã tập trung tuyên truyền, tổ chức {v} hội nghị"),
    ("luot_nguoi_tham_du", "cho {v} lượt người tham dự"),
    ("suat_qua", "Nhân dịp Tết và các ngày lễ, đã trao {v} suất quà"),
    ("gia_tri_qua", "trị giá {v} cho các hộ nghèo, gia đình chính sách"),
    ("cuoc_giam_sat", "Các cấp đã giám sát, phối hợp giám sát {v} cuộc"),
]


def _word_report(w: _Writer, unit: dict, year: int, period: str, values: dict) -> None:
    """The unit's report as a Word document: the title block, a paragraph stating its headline
    figures in words, and the table of every figure (the figures the loader reads)."""
    uid = unit["unit_id"]
    rel = f"{year}/{unit['cluster_id']}/{uid}_{year}_{period}.docx"
    sentences, said = [], []
    for code, template in _NARRATIVE:
        if code not in values:
            continue
        v = values[code]
        text = f"{format_vn(v / 1e6)} triệu đồng" if code == "gia_tri_qua" else format_vn(v)
        sentences.append(template.format(v=text))
        said.append((code, v, text))
    narrative = f"Năm {year}, " + "; ".join(sentences) + "."
    rows = [["STT", "Nội dung", "ĐVT", "Kết quả"]]
    cells = {}
    catalog = load_catalog().set_index("code")
    for code in catalog.index:
        if code not in values:
            continue
        money = catalog.loc[code, "base_unit"] == "đồng"
        shown = format_vn(round(values[code] / 1e6, 1)) if money else format_vn(values[code])
        rows.append([str(len(rows)), catalog.loc[code, "name_vi"], "Triệu đồng" if money else
                     catalog.loc[code, "base_unit"].capitalize(), shown])  # fmt: skip
        cells[code] = (len(rows) - 1, 3, uid)
    write_docx(w.out / rel, [
        paragraph(_committee(unit["province"])),
        paragraph(unit_heading(unit["unit_name"], unit["unit_type"])),
        paragraph(f"Hà Nội, ngày 05 tháng 01 năm {year + 1}"),
        paragraph(f"BÁO CÁO TỔNG KẾT CÔNG TÁC MẶT TRẬN NĂM {year}"),
        paragraph(narrative),
        table(rows),
        paragraph("Nơi nhận: Như trên; Lưu VP."),
    ])  # fmt: skip
    w.files += 1
    truth = {(uid, code): (year, period, values[code]) for code in cells}  # money: whole 100.000s
    w.record(rel, "bảng 1", cells, truth)
    for code, value, _text in said:
        w.text.append({"source_file": rel, "indicator": code, "value": value, "unit_id": uid, "year": year,
                       "period": period})  # fmt: skip


def _quarter_workbook(w: _Writer, unit: dict, year: int, quarters: pd.DataFrame) -> None:
    uid = unit["unit_id"]
    rel = f"{year}/{unit['cluster_id']}/{uid}_{year}_cac_quy.xlsx"
    guide = Sheet("Hướng dẫn", widths={0: 100})
    guide.put(0, 0, "HƯỚNG DẪN ĐIỀN BÁO CÁO")
    guide.put(1, 0, "Mỗi quý điền vào một trang tính; số liệu của riêng quý đó, không cộng dồn.")
    guide.put(2, 0, "Số tiền ghi theo đơn vị tính ở cột ĐVT.")
    sheets, records = [guide], []
    for q, label in zip(
        ("Q1", "Q2", "Q3", "Q4"), ("Quý I", "Quý II", "Quý III", "Quý IV"), strict=True
    ):
        values = {
            str(r.indicator): float(r.value)
            for r in quarters[quarters["quarter"] == q].itertuples()
        }
        sheet, cells = unit_report(
            sheet_name=label, committee=_committee(unit["province"]),
            unit_line=_unit_line(pd.Series(unit), w, variant=False), period=q, year=year,
            values=values, unit_id=uid, choose=w.choose,
        )  # fmt: skip
        sheets.append(sheet)
        records.append((label, cells, {(uid, k): (year, q, v) for k, v in values.items()}))
    w.write(rel, sheets)
    for label, cells, truth in records:
        w.record(rel, label, cells, truth)


def _report_periods(unit_type: str, year: int) -> tuple[str, ...]:
    """What a unit reports for ``year``: districts only Q1 and H1 of the reform year, the new
    commune-level units only its second half (H2), then everything."""
    if year != REFORM_YEAR:
        return REPORT_PERIODS if year < REFORM_YEAR or unit_type in COMMUNE_TYPES else ()
    return ("H2",) if unit_type in COMMUNE_TYPES else ("Q1", "H1")


def _cluster_files(
    w: _Writer, cluster_id: str, year: int, members: pd.DataFrame, period_values: dict,
    *, periods: tuple[str, ...] = REPORT_PERIODS,
) -> None:  # fmt: skip
    layout = members["layout"].iloc[0]
    copy = cluster_id.removeprefix(layout)  # "" or "_b2" for an imaginary copy
    number = layout.rsplit("_", 1)[-1]
    units = [(r["unit_id"], r["unit_name"]) for r in members.to_dict("records")]
    for period in periods:
        present = [(uid, name) for uid, name in units if (uid, period) in period_values]
        values = {uid: period_values[(uid, period)] for uid, _ in present}
        names = [
            (uid, w.choose([name, f"{'TX.' if uid.startswith('son_tay') else 'H.'} {name}"]))
            for uid, name in present
        ]
        kwargs = {"committee": "ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI",
                  "cluster_line": f"CỤM THI ĐUA SỐ {number}", "period": period, "year": year,
                  "units": names, "values": values}  # fmt: skip
        rel = f"{year}/{cluster_id}/tong_hop_cum_{number}{copy}_{year}_{period}.xlsx"
        if layout == "ha_noi_cum_2" and period == "H1":  # a sheet per unit
            written = units_as_sheets(choose=w.choose, **kwargs)
            w.write(rel, [sheet for sheet, _ in written])
            for sheet, cells in written:
                w.record(rel, sheet.name, cells, {(uid, k): (year, period, v) for uid in values
                                                   for k, v in values[uid].items()})  # fmt: skip
            continue
        if layout == "ha_noi_cum_3" and period in ("9M", "H1"):  # units as sections, or with their rows
            sheet, cells = (units_as_sections if period == "9M" else units_with_their_rows)(choose=w.choose, **kwargs)
            w.write(rel, [sheet])
            w.record(rel, sheet.name, cells, {(uid, k): (year, period, v) for uid in values
                                               for k, v in values[uid].items()})  # fmt: skip
            continue
        if layout == "ha_noi_cum_2":
            wrong = "suat_qua" if (year, period) == (2020, "FY") else None
            sheet, cells = cluster_units_as_columns(choose=w.choose, wrong_total=wrong, **kwargs)
            if wrong:
                row = next(r for (u, c), (r, _, _) in cells.items() if c == wrong)
                w.expect(rel, "total.mismatch", "error", sheet.name, a1(row, 3 + len(names)))
        else:
            sheet, cells = cluster_units_as_rows(**kwargs)
        w.write(rel, [sheet])
        truth = {(uid, k): (year, period, v) for uid in values for k, v in values[uid].items()}
        w.record(rel, sheet.name, cells, truth)


def _bad_files(w: _Writer) -> None:
    bad = w.out / "khac"
    bad.mkdir(parents=True, exist_ok=True)
    (bad / "khong_phai_excel.xlsx").write_text(
        "Đây là ghi chú, không phải bảng tính.\n", encoding="utf-8"
    )
    (bad / "tep_rong.xlsx").write_bytes(b"")
    good = Sheet("Báo cáo")
    good.put(0, 0, "BÁO CÁO")
    for i in range(200):
        good.put(i + 1, 0, f"dòng {i} " * 5)
    tmp = bad / "_tmp.xlsx"
    write_workbook(tmp, [good])
    data = tmp.read_bytes()
    tmp.unlink()
    (bad / "bi_cat_cut.xlsx").write_bytes(data[: len(data) // 2])
    with zipfile.ZipFile(bad / "van_ban_word.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", "<w:document/>")
    for name, code in (
        ("khong_phai_excel.xlsx", "file.not_a_workbook"),
        ("tep_rong.xlsx", "file.empty"),
        ("bi_cat_cut.xlsx", "file.corrupt"),
        ("van_ban_word.xlsx", "file.not_a_workbook"),
    ):
        w.expect(f"khac/{name}", code, "error")  # fmt: skip
    w.files += 4


def _corrected_file(
    w: _Writer, registry: pd.DataFrame, years: list[int], period_values_for
) -> None:
    """Đống Đa re-sends its 2022 H1 report with one figure corrected, a day later."""
    if 2022 not in years or "dong_da" not in set(registry["unit_id"]):
        return
    stem = "2022/ha_noi_cum_1/dong_da_2022_H1."
    first = next((r["source_file"] for r in w.rows if r["source_file"].startswith(stem)), stem + "xlsx")
    values = dict(period_values_for("dong_da", 2022, "H1"))
    values["suat_qua"] = values["suat_qua"] + 120
    rel = "2022/ha_noi_cum_1/dong_da_2022_H1_bo_sung.xlsx"
    sheet, cells = unit_report(
        sheet_name="Báo cáo", committee=_committee("ha_noi"), unit_line="QUẬN ĐỐNG ĐA", period="H1",
        year=2022, values=values, unit_id="dong_da", choose=w.choose,
    )  # fmt: skip
    path = w.write(rel, [sheet])
    older = w.out / first
    if older.exists():
        stamp = older.stat().st_mtime
        os.utime(older, (stamp - 86400, stamp - 86400))
    for value in w.rows:
        if value["source_file"] == first:
            value["final"] = False
    w.record(rel, sheet.name, cells, {("dong_da", k): (2022, "H1", v) for k, v in values.items()})
    w.expect(first, "report.superseded", "warning")
    _ = path
