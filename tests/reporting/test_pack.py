"""The conference pack: charts, a formatted workbook and a deck, with the right numbers in them."""

import openpyxl
import pytest
from pptx import Presentation
from typer.testing import CliRunner

from thidua_analysis.analysis import unit_comparison
from thidua_analysis.cli import app
from thidua_analysis.errors import UsageError
from thidua_analysis.reporting import KEY_INDICATORS, build_pack
from thidua_analysis.reporting.excel import WHOLE_FORMAT
from thidua_analysis.sample import generate_sample
from thidua_analysis.storage import ingest, load_processed
from thidua_analysis.text.numbers import format_vn


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("pack")
    units = ["gia_lam", "me_linh", "dong_anh", "thanh_tri", "soc_son", "dong_da", "ba_dinh"]
    summary = generate_sample(root / "raw", years=[2020, 2021], units=units, bad_files=False)
    ingest(summary.out, out=root / "store", jobs=2)
    return root / "store"


def test_cluster_pack_has_charts_tables_and_slides(store, tmp_path):
    data = load_processed(store).data
    pack = build_pack(data, year=2021, cluster="ha_noi_cum_3", out=tmp_path)
    pngs = [p for p in pack.charts if p.suffix == ".png"]
    heatmaps = [s for s in pack.slides if s.title.startswith("Các chỉ tiêu theo đơn vị")]
    assert len(heatmaps) == 3  # 14 indicators: every row with room for a two-line label
    assert len(pngs) == len(KEY_INDICATORS) + 3 + len(heatmaps)
    assert all(p.with_suffix(".svg").exists() for p in pngs)

    book = openpyxl.load_workbook(pack.workbook)
    assert book.sheetnames == ["Tổng hợp cụm", "So sánh đơn vị", "Bảng ngang", "Nguồn số liệu"]
    ws = book["So sánh đơn vị"]
    assert ws.freeze_panes == "A3"
    header = [c.value for c in ws[2]]
    expected = unit_comparison(data, year=2021, cluster="ha_noi_cum_3")
    gifts = expected[expected["indicator"] == "suat_qua"].set_index("unit_name")["value"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    got = {r[header.index("Đơn vị")]: r[header.index("Số liệu")] for r in rows
           if r[header.index("Chỉ tiêu")] == "Số suất quà trao tặng"}  # fmt: skip
    assert got == gifts.to_dict()
    assert ws.cell(3, header.index("Số liệu") + 1).number_format == WHOLE_FORMAT  # 1.124 everywhere
    money = expected[expected["indicator"] == "gia_tri_qua"].set_index("unit_name")["value"] / 1e6
    in_millions = {r[header.index("Đơn vị")]: (r[header.index("Số liệu")], r[header.index("ĐVT")]) for r in rows
                   if r[header.index("Chỉ tiêu")] == "Trị giá quà"}  # fmt: skip
    assert in_millions == {unit: (value, "triệu đồng") for unit, value in money.items()}
    change = header.index("Tăng, giảm (%)") + 1
    shown = [ws.cell(r, change) for r in range(3, ws.max_row + 1)]
    fractions = [c for c in shown if isinstance(c.value, float) and not round(c.value, 1).is_integer()]
    assert fractions and all(c.number_format == '"' + format_vn(round(c.value, 1), decimals=1) + '"'
                             for c in fractions)  # fmt: skip
    sources = book["Nguồn số liệu"]
    in_pack = (data["year"] == 2021) & (data["cluster_id"] == "ha_noi_cum_3")
    assert sources.max_row - 2 == int(in_pack.sum())  # every value with its file, sheet and cell

    deck = Presentation(pack.deck)
    slides = list(deck.slides)
    assert len(slides) == len(pack.slides) + 1
    assert "năm 2021" in slides[0].shapes.title.text
    words = " ".join(sh.text_frame.text for sh in slides[3].shapes if sh.has_text_frame)
    total = expected[expected["indicator"] == "suat_qua"]["cluster_total"].iloc[0]
    assert (
        f"{int(total):,}".replace(",", ".") in words
    )  # the key figure, written the Vietnamese way
    assert any(sh.shape_type == 13 for sh in slides[3].shapes)  # a picture
    # readable from the back of the hall: no text under 18 pt, in the slide's words or its charts
    for slide in slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                sizes = [r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs if r.font.size]
                assert all(size >= 18 for size in sizes), (shape.text_frame.text, sizes)
            if shape.shape_type == 13:
                smallest = float(shape._element.nvPicPr.cNvPr.get("descr").split("=")[1])
                assert smallest >= 17.9, smallest
                assert shape.width <= 914400 * 12.4 and shape.height <= 914400 * 5.0
    chart_titles = {p.stem: p for p in (tmp_path / "bieu_do" / "trang_chieu").glob("*.png")}
    assert len(chart_titles) == len(pack.slides)  # each slide's picture drawn for the slide


def test_pack_for_all_clusters_and_cli(store, tmp_path):
    result = CliRunner().invoke(app, ["report", "--year", "2021", "--store", str(store),
                                      "--out", str(tmp_path / "all")])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (tmp_path / "all" / "trinh_chieu_2021_FY.pptx").exists()
    bad = CliRunner().invoke(app, ["report", "--year", "2030", "--store", str(store)])
    assert bad.exit_code == 2 and "2020–2021" in bad.output


def test_pack_refuses_unknown_cluster(store, tmp_path):
    with pytest.raises(UsageError, match="ha_noi_cum_3"):
        build_pack(load_processed(store).data, year=2021, cluster="cum_x", out=tmp_path)


def test_a_pack_of_the_new_units_has_their_map_and_the_city_across_the_reform(tmp_path):
    units = ["ba_dinh", "phuong_ba_dinh", "phuong_ngoc_ha", "phuong_giang_vo", "hoan_kiem",
             "phuong_hoan_kiem"]  # fmt: skip
    summary = generate_sample(tmp_path / "raw", years=[2024, 2025, 2026], units=units, bad_files=False,
                              scoring=False)  # fmt: skip
    ingest(summary.out, out=tmp_path / "store", jobs=1)
    data = load_processed(tmp_path / "store").data
    pack = build_pack(data, year=2026, out=tmp_path / "pack")
    titles = [slide.title for slide in pack.slides]
    assert "Số hội nghị tuyên truyền, phổ biến theo phường, xã" in titles
    assert any(t.endswith("toàn thành phố qua các năm") for t in titles)
    map_slide = next(s for s in pack.slides if s.title.endswith("theo phường, xã"))
    assert map_slide.notes[0].startswith("4 trong 126 phường, xã có số liệu")  # the others: hatched
    deck = Presentation(pack.deck)
    assert len(deck.slides) == len(pack.slides) + 1


def test_totals_never_cross_provinces(tmp_path):
    units = ["dong_da", "ba_dinh", "hoi_nong_dan_can_tho", "thanh_doan_can_tho"]
    summary = generate_sample(tmp_path / "raw", years=[2021], units=units, bad_files=False, scoring=False)
    ingest(summary.out, out=tmp_path / "store", jobs=1)
    pack = build_pack(load_processed(tmp_path / "store").data, year=2021, out=tmp_path / "all")
    first = pack.slides[0].notes[0]
    assert first.startswith("Cần Thơ: ") and "; Hà Nội: " in first and "Toàn thành phố" not in first


def test_the_all_clusters_pack_compares_the_clusters_of_each_province(store, tmp_path):
    data = load_processed(store).data
    pack = build_pack(data, year=2021, out=tmp_path)
    compared = [s for s in pack.slides if "so sánh các cụm" in s.title]
    # the store holds two Hà Nội clusters: one comparison per key indicator, none for one bloc
    assert len(compared) == len(KEY_INDICATORS)
    assert all(s.title.endswith("Hà Nội") and "vạch đen: năm 2020" in s.notes[0] for s in compared)


def test_an_organisations_template_gives_the_deck_its_design(store, tmp_path):
    template = Presentation()  # 4:3, with an example slide of its own
    template.slides.add_slide(template.slide_layouts[1]).shapes.title.text = "Trang mẫu"
    template.slide_master.background.fill.solid()
    template.save(tmp_path / "mau.pptx")
    pack = build_pack(load_processed(store).data, year=2021, cluster="ha_noi_cum_3", out=tmp_path / "p",
                      template=tmp_path / "mau.pptx")  # fmt: skip
    deck = Presentation(pack.deck)
    assert (deck.slide_width, deck.slide_height) == (template.slide_width, template.slide_height)
    assert len(deck.slides) == len(pack.slides) + 1  # the template's own slide left out
    assert "Trang mẫu" not in [s.shapes.title.text for s in deck.slides if s.shapes.title is not None]
    for slide in list(deck.slides)[1:]:
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.left + shape.width <= deck.slide_width
            assert shape.top >= 0 and shape.top + shape.height <= deck.slide_height
            if shape.shape_type == 13:  # the chart was drawn for the template's room: 18 pt
                assert float(shape._element.nvPicPr.cNvPr.get("descr").split("=")[1]) >= 17.9
    with pytest.raises(UsageError, match=r"mau_khong_co\.pptx"):
        build_pack(load_processed(store).data, year=2021, out=tmp_path / "q", template=tmp_path / "mau_khong_co.pptx")


def test_many_clusters_and_units_are_paginated_or_chosen_and_said(store, tmp_path, monkeypatch):
    from thidua_analysis.reporting import pack as module

    monkeypatch.setattr(module, "MAX_COMPLETENESS_SLIDES", 1)
    monkeypatch.setattr(module, "MAX_HEATMAP_UNITS", 2)
    data = load_processed(store).data
    everyone = build_pack(data, year=2021, out=tmp_path / "all")
    reporting = [s for s in everyone.slides if s.title.startswith("Tình hình gửi báo cáo")]
    assert len(reporting) == 1 and "Chỉ hiện 1 cụm còn thiếu nhiều báo cáo nhất" in reporting[0].notes[0]
    one = build_pack(data, year=2021, cluster="ha_noi_cum_3", out=tmp_path / "one")
    heat = [s.title for s in one.slides if s.title.startswith("Các chỉ tiêu theo đơn vị")]
    assert len(heat) == 3 * 3 and all("nhóm đơn vị" in t for t in heat)  # 5 units in groups of 2
