"""The conference pack: charts (PNG and SVG), one formatted Excel workbook and a PowerPoint deck,
built from the processed store for one year and period, for one cluster or for all of them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import xlsxwriter

from .. import charts
from ..analysis import REFORM_LABEL, cluster_totals, unit_comparison, wide_table
from ..analysis.reform import REFORM_YEAR
from ..charts.style import PROVINCE_NAMES, SLIDE_SIZE, indicator_label, save_slide_image, value_text
from ..errors import UsageError
from ..quality.completeness import completeness_grid
from ..reference import (
    Reference,
    cluster_names,
    load_catalog,
    load_clusters,
    load_registry,
    load_units,
    reference_of,
)
from ..scoring import Review
from ..text.numbers import format_vn
from ..text.periods import PERIODS, period_label, period_phrase
from ..text.vietnamese import sort_vi
from .excel import MILLION, money_in_millions, write_table

__all__ = ["KEY_INDICATORS", "Pack", "build_pack"]

KEY_INDICATORS = (
    "hoi_nghi_tuyen_truyen",
    "luot_nguoi_tham_du",
    "suat_qua",
    "gia_tri_qua",
    "cuoc_giam_sat",
    "vu_viec_ttnd",
)


@dataclass
class Slide:
    title: str
    image: Path
    notes: list[str]
    min_pt: float = 18.0  # the smallest text of its chart, on the slide


@dataclass
class Pack:
    folder: Path
    charts: list[Path] = field(default_factory=list)
    workbook: Path | None = None
    deck: Path | None = None
    slides: list[Slide] = field(default_factory=list)


def _change_words(change_pct: float, previous_year: int) -> str:
    if change_pct != change_pct:  # NaN
        return f"chưa có số liệu năm {previous_year} để so sánh"
    direction = "tăng" if change_pct >= 0 else "giảm"
    return f"{direction} {format_vn(round(abs(change_pct), 1), decimals=1)}% so với năm {previous_year}"


def build_pack(
    data: pd.DataFrame,
    *,
    year: int,
    period: str = "FY",
    cluster: str | None = None,
    out: str | Path,
    indicators: tuple[str, ...] = KEY_INDICATORS,
    review: Review | None = None,
    template: str | Path | None = None,
    ref: Reference | None = None,
) -> Pack:
    """Write the pack for ``year`` and ``period`` (and ``cluster``, or every cluster) to ``out``.

    With ``review`` (:func:`~thidua_analysis.scoring.review_year` of the year) the pack also has
    the emulation scores: the breakdown and attainment charts for ``cluster``, and sheets of
    scores, points per criterion, attainment and the comparison with the clusters' sheets.
    ``template``: the organisation's PowerPoint template (.pptx) for the deck; by default
    ``mau_trinh_chieu.pptx`` in the project's reference folder when there is one.
    ``ref``: the reference data (names, units, clusters) the pack speaks with.
    """
    ref = reference_of(None, ref)
    if period not in PERIODS:
        raise UsageError(f"Kỳ {period!r} không hợp lệ; dùng một trong: {', '.join(PERIODS)}.")
    if data.empty or year not in set(data["year"]):
        years = sorted(set(data["year"])) if len(data) else []
        raise UsageError(
            f"Kho dữ liệu không có số liệu năm {year}"
            + (f" (có các năm {years[0]}–{years[-1]})" if years else "")
            + ". Hãy nạp báo cáo của năm đó bằng 'thidua ingest'."
        )
    names = cluster_names(ref=ref)
    if template is None and (Path(ref.folder) / TEMPLATE_NAME).exists():  # the project's own
        template = Path(ref.folder) / TEMPLATE_NAME
    template = Path(template) if template is not None else None
    if template is not None and not template.exists():
        raise UsageError(f"Không có mẫu trình chiếu {template}; hãy kiểm tra đường dẫn tệp .pptx.")
    room = chart_room(template)
    if cluster is not None and cluster not in set(data["cluster_id"]):
        raise UsageError(f"Không có cụm {cluster!r} trong kho dữ liệu; các cụm: "
                         f"{', '.join(sorted(set(data['cluster_id'].dropna())))}.")  # fmt: skip
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    pack = Pack(folder)
    scope = names.get(cluster, cluster) if cluster else "Tất cả các cụm, khối thi đua"
    totals = cluster_totals(data, period=period, ref=ref)
    clusters = load_clusters(ref=ref)  # totals never cross provinces: one figure per city
    provinces = dict(zip(clusters["cluster_id"], clusters["province"], strict=True))
    units = unit_comparison(data, year=year, period=period, cluster=cluster, ref=ref)
    when = period_phrase(period, year)

    def add(ax, stem: str, title: str, notes: list[str]) -> None:
        paths = charts.save_figure(ax, folder / "bieu_do" / stem)  # with its own title, to reuse
        image, smallest = save_slide_image(ax, folder / "bieu_do" / "trang_chieu" / f"{stem}.png", size=room)
        plt.close(ax.figure)
        pack.charts.extend(paths)
        pack.slides.append(Slide(title, image, notes, smallest))

    for code in indicators:
        label = indicator_label(code, ref=ref)
        if cluster is None:
            this = totals[(totals["indicator"] == code) & (totals["year"] == year)]
            if this.empty:
                continue
            by_province = this.assign(_p=this["cluster_id"].map(provinces)).groupby("_p")["value"].sum()
            top = this.sort_values("value", ascending=False).iloc[0]
            notes = ["; ".join(f"{PROVINCE_NAMES.get(p, p)}: {value_text(v, code, ref=ref)}"
                               for p, v in by_province.items()) + f" ({when}).",
                     f"Cao nhất: {names.get(top['cluster_id'], top['cluster_id'])} với "
                     f"{value_text(top['value'], code, ref=ref)}, {_change_words(top['change_pct'], year - 1)}."]  # fmt: skip
            add(charts.trend(data, indicator=code, period=period, year=year, ref=ref), f"xu_huong_{code}",
                label, notes)  # fmt: skip
            for province in sorted(set(this["cluster_id"].map(provinces).dropna())):
                mine = this[this["cluster_id"].map(provinces) == province]
                if len(mine) < 2:  # one bloc alone: nothing to compare it with
                    continue
                best = mine.sort_values("value", ascending=False).iloc[0]
                add(charts.cluster_bars(data, indicator=code, year=year, period=period, province=province, ref=ref),
                    f"so_sanh_cum_{code}_{province}",
                    f"{label}: so sánh các cụm, {PROVINCE_NAMES.get(province, province)}",
                    [f"Cao nhất: {names.get(best['cluster_id'], best['cluster_id'])} với "
                     f"{value_text(best['value'], code, ref=ref)} ({when}); vạch đen: năm {year - 1}."])  # fmt: skip
        else:
            this = units[units["indicator"] == code]
            if this.empty:
                continue
            total = this["cluster_total"].iloc[0]
            row = totals[(totals["cluster_id"] == cluster) & (totals["indicator"] == code)
                         & (totals["year"] == year)]  # fmt: skip
            change = row["change_pct"].iloc[0] if len(row) else float("nan")
            top = this.sort_values("rank").iloc[0]
            notes = [f"Toàn cụm: {value_text(total, code, ref=ref)}, {_change_words(change, year - 1)}.",
                     f"Cao nhất: {top['unit_name']} với {value_text(top['value'], code, ref=ref)} "
                     f"({format_vn(round(top['share_pct'], 1), decimals=1)}% của cụm)."]  # fmt: skip
            add(charts.unit_bars(data, indicator=code, year=year, period=period, cluster=cluster, ref=ref),
                f"so_sanh_{code}", f"{label}, {when}", notes)  # fmt: skip
    if cluster is not None:
        add(charts.trend(data, indicator=indicators[0], by="unit_id", period=period,
                         cluster=cluster, year=year, ref=ref), "xu_huong_don_vi", f"{indicator_label(indicators[0], ref=ref)} "
            "qua các năm", ["Mỗi đường là một đơn vị của cụm; điểm rỗng là số tính từ kỳ khác."])  # fmt: skip
        add(charts.ranking(data, indicator="suat_qua", cluster=cluster, period=period, ref=ref),
            "thu_hang_suat_qua", "Thứ hạng trong cụm qua các năm",
            ["Thứ hạng theo số suất quà trao tặng; 1 là cao nhất, đơn vị bằng nhau cùng hạng."])  # fmt: skip
        groups = _unit_groups(units)  # every label readable: indicators in parts, units in groups
        slides = [(p, ps, chunk, g, members) for p, ps, chunk in _parts(units["indicator"], ref, room)
                  for g, members in enumerate(groups, start=1)]  # fmt: skip
        for part, parts, chunk, g, members in slides:
            suffix = f"{part}/{parts}" + (f", nhóm đơn vị {g}/{len(groups)}" if len(groups) > 1 else "")
            add(charts.heatmap(data, year=year, period=period, cluster=cluster, indicators=chunk,
                               units=members, ref=ref),
                f"ban_do_nhiet_{part}" + (f"_{g}" if len(groups) > 1 else ""),
                f"Các chỉ tiêu theo đơn vị, {when} ({suffix})",
                ["Màu: tỷ lệ so với đơn vị cao nhất của từng chỉ tiêu; số trong ô là số thực."])  # fmt: skip
    _reform_slides(data, add, year=year, period=period, cluster=cluster, code=indicators[0], ref=ref)
    shown = [cluster] if cluster is not None else sorted(  # every cluster its own slide: readable
        set(load_registry(ref=ref).query("year == @year")["cluster_id"]) & set(data["cluster_id"]))
    note = "Xanh: đã báo cáo; cam: tính được từ kỳ khác; đỏ: chưa có số liệu."
    if len(shown) > MAX_COMPLETENESS_SLIDES:  # many clusters: those missing most, and say so
        grid = completeness_grid(data, year=year, ref=ref)
        missing = grid[grid["status"] != "reported"].groupby("cluster_id").size()
        worst = missing.reindex(shown).fillna(0).sort_values(ascending=False, kind="stable")
        left = len(shown) - MAX_COMPLETENESS_SLIDES
        shown = sorted(worst.index[:MAX_COMPLETENESS_SLIDES])
        note += (f" Chỉ hiện {MAX_COMPLETENESS_SLIDES} cụm còn thiếu nhiều báo cáo nhất; {left} cụm khác: xem "
                 "danh sách báo cáo còn thiếu (thidua check).")  # fmt: skip
    for one in shown:
        stem = "tinh_hinh_bao_cao" if cluster is not None else f"tinh_hinh_bao_cao_{one}"
        title = f"Tình hình gửi báo cáo năm {year}" + ("" if cluster is not None else f" — {names.get(one, one)}")
        add(charts.completeness(data, year=year, cluster=one, ref=ref), stem, title, [note])

    extra: dict[str, pd.DataFrame] = {}
    if review is not None:
        extra = scoring_sheets(review, cluster=cluster, names=names)
        if cluster is not None and (review.table["cluster_id"] == cluster).any():
            table = review.table[review.table["cluster_id"] == cluster]
            best = table.iloc[0]
            differs = review.comparison
            differs = (
                differs[(differs["cluster_id"] == cluster) & differs["differs"]
                        & (differs["criterion"] != "tong")]
                if len(differs) else differs
            )  # fmt: skip
            add(charts.score_breakdown(review.points, cluster=cluster, ref=ref), "diem_thi_dua",
                f"Điểm thi đua năm {review.year}",
                [f"Cao nhất: {best['unit_name']}, {format_vn(round(best['total'], 2))} điểm "
                 f"({best['grade'].lower()}).",
                 f"{len(differs)} điểm cụm chấm khác điểm tính theo tiêu chí (xem bảng Đối chiếu)."
                 if len(review.comparison) else "Chưa có bảng chấm điểm của cụm để đối chiếu."])  # fmt: skip
            if (review.attainment["cluster_id"] == cluster).any():
                reached = review.attainment[review.attainment["cluster_id"] == cluster]
                below = int((reached["attainment_pct"] < 100).sum())
                for part, parts, chunk in _parts(reached["indicator"], ref, room):  # readable
                    mine = review.attainment[review.attainment["indicator"].isin(chunk)]
                    add(charts.attainment_heatmap(mine, cluster=cluster, ref=ref), f"muc_dat_chi_tieu_{part}",
                        f"Mức thực hiện chỉ tiêu đăng ký năm {review.year} ({part}/{parts})",
                        [f"{below} trong {len(reached)} chỉ tiêu của các đơn vị chưa đạt 100%.",
                         "Màu xanh: đạt hoặc vượt chỉ tiêu; đỏ: chưa đạt."])  # fmt: skip
    pack.workbook = _write_workbook(folder / f"bang_so_lieu_{year}_{period}.xlsx", data=data,
                                    totals=totals, units=units, year=year, period=period,
                                    cluster=cluster, names=names, extra=extra, ref=ref)  # fmt: skip
    pack.deck = _write_deck(folder / f"trinh_chieu_{year}_{period}.pptx", pack.slides,
                            title=f"Kết quả công tác Mặt trận {when}",
                            subtitle=scope, template=template)  # fmt: skip
    return pack


ROW_INCHES = 0.55  # a heatmap row with a two-line label at 18 pt
MAX_COMPLETENESS_SLIDES = 12  # clusters shown one slide each in the all-clusters pack
MAX_HEATMAP_UNITS = 12  # units (columns) of one heatmap slide


def _unit_groups(units: pd.DataFrame) -> list[list[str] | None]:
    """The cluster's units in groups of at most :data:`MAX_HEATMAP_UNITS` (in Vietnamese order),
    a heatmap each; ``[None]`` (all) when they fit one."""
    names = sort_vi(units["unit_name"].dropna().unique())
    if len(names) <= MAX_HEATMAP_UNITS:
        return [None]
    parts = math.ceil(len(names) / MAX_HEATMAP_UNITS)
    size = math.ceil(len(names) / parts)
    return [list(names[i : i + size]) for i in range(0, len(names), size)]


def _parts(indicators: pd.Series, ref: Reference, room: tuple[float, float]) -> list[tuple[int, int, list[str]]]:
    """The indicators present, in catalogue order, in as many even parts as the chart's room
    needs for every row to be read: ``(part, parts, codes)``, one slide each."""
    present = set(indicators)
    codes = [c for c in load_catalog(ref=ref)["code"] if c in present]
    per_slide = max(3, int((room[1] - 1.3) / ROW_INCHES))
    parts = max(1, math.ceil(len(codes) / per_slide))
    size = math.ceil(len(codes) / parts) if codes else 0
    chunks = [codes[i : i + size] for i in range(0, len(codes), size)] if size else []
    return [(n, len(chunks), chunk) for n, chunk in enumerate(chunks, start=1)]


def _reform_slides(data: pd.DataFrame, add, *, year: int, period: str, cluster: str | None,
                   code: str, ref: Reference) -> None:  # fmt: skip
    """Where the data is from the commune-level units of the 2025 reform: a map per province of
    ``code``; where the years span the reform: the city across it."""
    units = load_units(ref=ref)
    level = dict(zip(units["unit_id"], units["level"], strict=True))
    province = dict(zip(units["unit_id"], units["province"], strict=True))
    this = data[data["year"] == year]
    if cluster is not None:
        this = this[this["cluster_id"] == cluster]
    new = sorted({province[u] for u in set(this["unit_id"]) if level.get(u) == "commune"})
    registry = load_registry(ref=ref)
    for place in new:
        members = registry[(registry["year"] == year) & (registry["province"] == place)]
        if cluster is not None:
            members = members[members["cluster_id"] == cluster]
        expected = sorted(u for u in set(members["unit_id"]) if level.get(u) == "commune")
        ax = charts.choropleth(data, indicator=code, year=year, period=period, province=place,
                               units=expected, ref=ref)  # fmt: skip
        reported = {u for u in set(this.loc[this["indicator"] == code, "unit_id"]) if u in expected}
        add(ax, f"ban_do_{code}_{place}", f"{indicator_label(code, ref=ref)} theo phường, xã",
            [f"{len(reported)} trong {len(expected)} phường, xã có số liệu; gạch chéo: chưa có.",
             "Màu càng đậm, số càng lớn; khung nhỏ phóng to các phường trung tâm."])  # fmt: skip
    years = set(data["year"])
    if cluster is None and new and min(years) < REFORM_YEAR <= max(years):
        add(charts.trend(data, indicator=code, period=period, by="province", ref=ref), f"toan_thanh_pho_{code}",
            f"{indicator_label(code, ref=ref)}: toàn thành phố qua các năm",
            [f"Đường đứt: {REFORM_LABEL}. Năm {REFORM_YEAR}: 6 tháng đầu của quận, huyện cũ cộng 6 "
             "tháng cuối của phường, xã mới."])  # fmt: skip


def scoring_sheets(
    review: Review, *, cluster: str | None, names: dict[str, str]
) -> dict[str, pd.DataFrame]:
    """The review as the pack's extra Excel sheets, in Vietnamese."""

    def mine(frame: pd.DataFrame) -> pd.DataFrame:
        return (
            frame[frame["cluster_id"] == cluster] if cluster is not None and len(frame) else frame
        )

    table, points, reached = mine(review.table), mine(review.points), mine(review.attainment)
    label = indicator_label
    sheets = {
        "Chấm điểm": pd.DataFrame({
            "Cụm, khối": table["cluster_id"].map(names), "Đơn vị": table["unit_name"],
            "Điểm tiêu chí": table["criteria_points"], "Điểm thưởng": table["bonus"],
            "Điểm trừ": table["deduction"], "Tổng điểm": table["total"],
            "Xếp hạng trong cụm": table["rank"], "Xếp loại": table["grade"],
            "Tiêu chí chưa chấm": table["unscored"],
        }),
        "Điểm theo tiêu chí": pd.DataFrame({
            "Cụm, khối": points["cluster_id"].map(names), "Đơn vị": points["unit_name"],
            "Nhóm": points["group_name"], "Tiêu chí": points["label_vi"],
            "Điểm tối đa": points["max_points"], "Điểm": points["points"],
            "Căn cứ": points["basis"],
        }),
        "Mức đạt chỉ tiêu": pd.DataFrame({
            "Cụm, khối": reached["cluster_id"].map(names), "Đơn vị": reached["unit_name"],
            "Chỉ tiêu": reached["indicator"].map(label), "Thực hiện": reached["actual"],
            "Đăng ký": reached["target"], "Đạt (%)": reached["attainment_pct"],
        }),
    }  # fmt: skip
    compared = mine(review.comparison)
    if len(compared):
        sheets["Đối chiếu chấm điểm"] = pd.DataFrame({
            "Cụm, khối": compared["cluster_id"].map(names), "Đơn vị": compared["unit_name"],
            "Tiêu chí": compared["label_vi"], "Điểm tính": compared["computed"],
            "Đơn vị tự chấm": compared["self_score"], "Cụm chấm": compared["cluster_score"],
            "Chênh lệch (cụm − tính)": compared["difference"],
            "Cần xem lại": compared["differs"].map({True: "có", False: ""}),
            "Tệp": compared["source_file"], "Ô": compared["source_cell"],
        })  # fmt: skip
    return sheets


def _write_workbook(
    path: Path,
    *,
    data: pd.DataFrame,
    totals: pd.DataFrame,
    units: pd.DataFrame,
    year: int,
    period: str,
    cluster: str | None,
    names: dict[str, str],
    extra: dict[str, pd.DataFrame] | None = None,
    ref: Reference,
) -> Path:
    catalog = load_catalog(ref=ref).set_index("code")
    label = catalog["name_vi"].to_dict()
    unit_of = catalog["base_unit"].to_dict()
    order = {code: i for i, code in enumerate(catalog.index)}
    this_year = totals[totals["year"] == year]
    if cluster is not None:
        this_year = this_year[this_year["cluster_id"] == cluster]
    this_year = this_year.assign(_o=this_year["indicator"].map(order)).sort_values(
        ["cluster_id", "_o"]
    )
    units = units.assign(_o=units["indicator"].map(order)).sort_values(["cluster_id", "_o", "rank"])
    summary = pd.DataFrame({
        "Cụm, khối": this_year["cluster_id"].map(names),
        "Chỉ tiêu": this_year["indicator"].map(label),
        "ĐVT": this_year["indicator"].map(unit_of),
        f"Năm {year}": this_year["value"],
        f"Năm {year - 1}": this_year["previous"],
        "Tăng, giảm (%)": this_year["change_pct"],
        "Số đơn vị": this_year["units"],
        "Số đơn vị phải báo cáo": this_year["expected_units"],
        "Ghi chú": this_year["partial"].map({True: "Chưa đủ đơn vị, chưa so sánh được", False: ""}),
    })  # fmt: skip
    comparison = pd.DataFrame({
        "Cụm, khối": units["cluster_id"].map(names),
        "Đơn vị": units["unit_name"],
        "Chỉ tiêu": units["indicator"].map(label),
        "ĐVT": units["indicator"].map(unit_of),
        "Số liệu": units["value"],
        "Cùng kỳ năm trước": units["previous"],
        "Tăng, giảm (%)": units["change_pct"],
        "Tỷ trọng trong cụm (%)": units["share_pct"],
        "Thứ hạng trong cụm": units["rank"].astype("float"),
        "Số xã, phường": units["communes"].astype("float"),
        "Bình quân mỗi xã": units["per_commune"],
        "Tính từ kỳ khác": units["derived"].map({True: "có", False: ""}),
    })  # fmt: skip
    money_codes = [code for code, unit in unit_of.items() if unit == "đồng"]
    in_millions = units.assign(value=units["value"].where(~units["indicator"].isin(money_codes),
                                                          units["value"] / MILLION))  # fmt: skip
    wide = wide_table(in_millions, index=["cluster_id", "unit_name"], ref=ref).reset_index()
    wide = wide.rename(columns={label[code]: f"{label[code]} (triệu đồng)" for code in money_codes
                                if label.get(code) in wide.columns})  # fmt: skip
    wide["cluster_id"] = wide["cluster_id"].map(names)
    wide = wide.rename(columns={"cluster_id": "Cụm, khối", "unit_name": "Đơn vị"})
    sources = data[data["year"] == year]
    if cluster is not None:
        sources = sources[sources["cluster_id"] == cluster]
    sources = pd.DataFrame({
        "Đơn vị": sources["unit_name"], "Kỳ": sources["period"].map(period_label),
        "Chỉ tiêu": sources["indicator"].map(label), "ĐVT": sources["indicator"].map(unit_of),
        "Số liệu": sources["value"], "Tệp": sources["source_file"], "Trang": sources["source_sheet"],
        "Ô": sources["source_cell"],
    })  # fmt: skip
    summary = money_in_millions(summary, unit_column="ĐVT", value_columns=[f"Năm {year}", f"Năm {year - 1}"])
    comparison = money_in_millions(comparison, unit_column="ĐVT",
                                   value_columns=["Số liệu", "Cùng kỳ năm trước", "Bình quân mỗi xã"])  # fmt: skip
    sources = money_in_millions(sources, unit_column="ĐVT", value_columns=["Số liệu"])
    sheets = {"Tổng hợp cụm": summary, "So sánh đơn vị": comparison, "Bảng ngang": wide,
              "Nguồn số liệu": sources, **(extra or {})}  # fmt: skip
    # places shown for the columns that are not whole numbers; money in triệu đồng keeps one
    places = {"Tăng, giảm (%)": 1, "Tỷ trọng trong cụm (%)": 1, "Bình quân mỗi xã": 1, "Số liệu": 1,
              f"Năm {year}": 1, f"Năm {year - 1}": 1, "Cùng kỳ năm trước": 1}  # fmt: skip
    with xlsxwriter.Workbook(str(path)) as book:
        title = book.add_format({"bold": True, "font_size": 14})
        for name, frame in sheets.items():
            ws = book.add_worksheet(name[:31])
            ws.write_string(0, 0, f"{name} — {period_label(period, year)}", title)
            decimals = {**places, **{c: 1 for c in frame.columns if "điểm" in str(c).lower()
                                     or "(triệu đồng)" in str(c)}}  # fmt: skip
            write_table(book, ws, frame, start_row=1, decimals=decimals)
    return path


TEMPLATE_NAME = "mau_trinh_chieu.pptx"  # the organisation's template, in data/reference/


def _write_deck(path: Path, slides: list[Slide], *, title: str, subtitle: str,
                template: Path | None = None) -> Path:  # fmt: skip
    """The deck: a cover, then one slide per chart with its title and notes. With ``template``
    (the organisation's .pptx), its masters, layouts, colours and slide size are used and its
    own slides are left out; the chart is fitted to whatever room its layout leaves."""
    from pptx import Presentation
    from pptx.util import Emu, Inches, Pt

    if template is not None:
        try:
            deck = Presentation(str(template))
        except Exception as exc:  # not a .pptx, damaged: say which file and why
            raise UsageError(f"Không mở được mẫu trình chiếu {template}: {type(exc).__name__}. Hãy lưu "
                             "lại mẫu dạng .pptx (PowerPoint) rồi chạy lại.") from exc  # fmt: skip
        _drop_slides(deck)
    else:
        deck = Presentation()
        deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    width, height = int(deck.slide_width), int(deck.slide_height)
    margin = Inches(0.4)
    cover_layout, chart_layout = _layouts(deck)
    cover = deck.slides.add_slide(cover_layout)
    if cover.shapes.title is not None:
        cover.shapes.title.text = title
    body = [p for p in cover.placeholders if p.placeholder_format.idx != 0]
    if body:
        body[0].text = subtitle
    if template is None:
        for shape, top in ((cover.shapes.title, 2.2), (cover.placeholders[1], 4.1)):
            shape.left, shape.width, shape.top = Inches(0.8), Inches(11.7), Inches(top)
    for slide in slides:
        page = deck.slides.add_slide(chart_layout)
        for placeholder in list(page.placeholders):  # only the title is used: no empty boxes
            if placeholder.placeholder_format.idx != 0:
                placeholder._element.getparent().remove(placeholder._element)
        heading = page.shapes.title
        if heading is None:
            heading = page.shapes.add_textbox(margin, Inches(0.25), width - 2 * margin, Inches(0.9))
        if template is None:
            heading.left, heading.top, heading.width, heading.height = (
                Inches(0.5), Inches(0.25), Inches(12.3), Inches(0.9))  # fmt: skip
        heading.text = slide.title
        heading.text_frame.paragraphs[0].font.size = Pt(30)
        notes_height = Inches(1.1)
        top = int(heading.top + heading.height) + Inches(0.05)
        room_w, room_h = width - 2 * margin, height - top - notes_height - Inches(0.15)
        picture = page.shapes.add_picture(str(slide.image), margin, top)
        natural_w, natural_h = picture.width, picture.height
        ratio = min(1.0, room_w / natural_w, room_h / natural_h)
        picture.width, picture.height = int(natural_w * ratio), int(natural_h * ratio)
        picture.left = int((width - picture.width) / 2)
        # what the smallest text of the chart measures on the slide, for whoever checks (the
        # chart was drawn for this room: it is shrunk only if the layout leaves less)
        picture._element.nvPicPr.cNvPr.set("descr", f"min_pt={slide.min_pt * ratio:.1f}")
        box = page.shapes.add_textbox(margin, Emu(height - notes_height - Inches(0.1)), width - 2 * margin,
                                      notes_height)  # fmt: skip
        frame = box.text_frame
        frame.word_wrap = True
        for i, note in enumerate(slide.notes):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            paragraph.text = note
            paragraph.font.size = Pt(18)
        page.notes_slide.notes_text_frame.text = "\n".join(slide.notes)
    deck.save(path)
    return path


def chart_room(template: Path | None) -> tuple[float, float]:
    """Inches the chart of a slide has (width, height): under the title of the template's chart
    layout and above the notes; the default deck's when there is no template."""
    if template is None:
        return SLIDE_SIZE
    from pptx import Presentation

    try:
        deck = Presentation(str(template))
    except Exception as exc:
        raise UsageError(f"Không mở được mẫu trình chiếu {template}: {type(exc).__name__}. Hãy lưu lại "
                         "mẫu dạng .pptx (PowerPoint) rồi chạy lại.") from exc  # fmt: skip
    _cover, layout = _layouts(deck)
    title = next((p for p in layout.placeholders if p.placeholder_format.idx == 0), None)
    below_title = (title.top + title.height) / 914400 if title is not None and title.height else 1.2
    width = deck.slide_width / 914400 - 0.8
    height = deck.slide_height / 914400 - below_title - 0.05 - 1.1 - 0.15
    return round(width, 2), round(max(height, 2.5), 2)


def _layouts(deck):
    """(cover layout, chart layout): the template's "Title Slide" and "Title Only" layouts by
    their kind of placeholders, else its first layout and one with a title."""
    from pptx.enum.shapes import PP_PLACEHOLDER

    layouts = list(deck.slide_layouts)

    def kinds(layout):
        return [p.placeholder_format.type for p in layout.placeholders]

    cover = next((lay for lay in layouts if PP_PLACEHOLDER.CENTER_TITLE in kinds(lay)), layouts[0])
    titled = [lay for lay in layouts if any(k in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
                                            for k in kinds(lay))]  # fmt: skip
    title_only = [lay for lay in titled if len(kinds(lay)) - sum(
        k in (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER) for k in kinds(lay)) == 1]
    chart = (title_only or [lay for lay in titled if lay is not cover] or titled or layouts)[0]
    return cover, chart


def _drop_slides(deck) -> None:
    """Leave out the slides a template comes with (its examples): only its design is used."""
    ids = deck.slides._sldIdLst
    for entry in list(ids):
        deck.part.drop_rel(entry.rId)
        ids.remove(entry)
