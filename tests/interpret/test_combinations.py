"""Arrangements that each load alone, combined at random: a report of one unit (title block,
header wordings, plan, comparison and notes columns, a quarter beside its year to date under a
merged header, headings, "Trong đó" rows, numbers typed as text, a signature block) and a
cluster's summary (units as rows or as columns, a total first, last or none, before and after
the 2025 reform). Each workbook's expected values follow from how it was built; every one must
load exactly those, and nothing else.

The pieces are the hand-built corpus's (``corpus.py``); this file checks that they hold together.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from thidua_analysis.interpret import interpret_file

from .corpus import Case, Sheet
from .test_corpus import loaded_values, write_case

N = None
COLUMNS = "ABCDEFGHIJKLMNOP"

# one unit's report -------------------------------------------------------------------------

UNITS = [("ba_dinh", "QUẬN BA ĐÌNH"), ("dong_anh", "HUYỆN ĐÔNG ANH"), ("ha_dong", "QUẬN HÀ ĐÔNG"),
         ("son_tay", "THỊ XÃ SƠN TÂY"), ("thanh_tri", "HUYỆN THANH TRÌ"), ("cau_giay", "QUẬN CẦU GIẤY")]  # fmt: skip
TITLES = {"Q1": ["QUÝ I NĂM {y}", "QUÝ 1/{y}", "3 THÁNG ĐẦU NĂM {y}"], "Q2": ["QUÝ II NĂM {y}"],
          "Q3": ["QUÝ III NĂM {y}", "QUÝ III/{y}"], "H1": ["6 THÁNG ĐẦU NĂM {y}", "SƠ KẾT 6 THÁNG NĂM {y}"],
          "9M": ["9 THÁNG NĂM {y}", "9 THÁNG ĐẦU NĂM {y}"], "FY": ["TỔNG KẾT NĂM {y}", "NĂM {y}"]}  # fmt: skip
LABELS = {
    "hoi_nghi_tuyen_truyen": [("Hội nghị tuyên truyền", "Hội nghị"), ("Số hội nghị tuyên truyền, phổ biến", "HN"),
                              ("Tổ chức hội nghị tuyên truyền", "Cuộc")],
    "luot_nguoi_tham_du": [("Số lượt người tham dự", "Lượt người"), ("Lượt người dự", "Lượt"),
                           ("Số người tham dự hội nghị", "Người")],
    "suat_qua": [("Số suất quà trao tặng", "Suất"), ("Tặng quà hộ nghèo, gia đình chính sách", "Suất"),
                 ("Trao quà", "Suất quà")],
    "gia_tri_qua": [("Trị giá quà", "Triệu đồng"), ("Tổng trị giá quà tặng", "Đồng"), ("Giá trị quà", "Tr.đồng")],
    "cuoc_giam_sat": [("Số cuộc giám sát", "Cuộc"), ("Chủ trì, phối hợp giám sát", "Cuộc"), ("Giám sát", "Cuộc")],
    "thanh_vien_ttnd": [("Số thành viên Ban Thanh tra nhân dân", "Người"), ("Thành viên Ban TTND", "Người")],
    "cuoc_gsdtccd": [("Số cuộc giám sát đầu tư của cộng đồng", "Cuộc"), ("Giám sát đầu tư của cộng đồng", "Cuộc")],
    "nha_dai_doan_ket": [("Nhà Đại đoàn kết xây mới, sửa chữa", "Nhà"), ("Số nhà Đại đoàn kết", "Căn")],
}  # fmt: skip
MONEY = {"Triệu đồng": 10**6, "Đồng": 1, "Tr.đồng": 10**6}
TO_DATE = {"Q2": "H1", "Q3": "9M", "Q4": "FY"}


def _typed(value: int, rnd: random.Random, measure: str) -> object:
    """A figure as an office types it: a number, or text with dots for thousands (and "đ")."""
    if measure == "Đồng":
        return rnd.choice([value, f"{value:,}".replace(",", "."), f"{value:,}đ".replace(",", ".")])
    return rnd.choice([value, value, f"{value:,}".replace(",", "."), str(value)])


def unit_report(seed: int) -> Case:
    rnd = random.Random(seed)
    uid, uname = rnd.choice(UNITS)
    year, period = rnd.randint(2016, 2024), rnd.choice(list(TITLES))
    title = rnd.choice(TITLES[period]).format(y=year)
    if rnd.random() < 0.5:
        rows = [["ỦY BAN MTTQ VIỆT NAM", N, N, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                [uname, N, N, "Độc lập - Tự do - Hạnh phúc"],
                [f"Số: {rnd.randint(1, 99)}/BC-MTTQ", N, N,
                 f"ngày {rnd.randint(1, 28)} tháng {rnd.randint(1, 12)} năm {year + rnd.choice([0, 1])}"]]  # fmt: skip
    else:
        rows = [[f"ỦY BAN MTTQ VIỆT NAM {uname}"]]
    if rnd.random() < 0.5:
        rows += [["BÁO CÁO"], [f"KẾT QUẢ CÔNG TÁC MẶT TRẬN {title}"]]
    else:
        rows += [[f"BÁO CÁO KẾT QUẢ CÔNG TÁC {title}"]]
    if rnd.random() < 0.3:
        rows.append([])
    plan, notes = rnd.random() < 0.4, rnd.random() < 0.4
    header = ["STT", rnd.choice(["Nội dung", "Nội dung công việc", "Chỉ tiêu", "Danh mục"]),
              rnd.choice(["ĐVT", "Đơn vị tính", "Đơn vị"])]  # fmt: skip
    if plan:
        header.append(rnd.choice(["Kế hoạch năm", "Chỉ tiêu giao"]))
    to_date = TO_DATE.get(period) if rnd.random() < 0.5 else None
    if to_date:  # "Kết quả thực hiện" merged over "Trong quý" | "Lũy kế"
        header += [rnd.choice(["Kết quả thực hiện", "Thực hiện"]), N]
    else:
        header.append(rnd.choice(["Kết quả", "Kết quả thực hiện", "Thực hiện", "Số lượng", "Số liệu"]))
    value_col = len(header) - (2 if to_date else 1)
    if rnd.random() < 0.4:
        header.append(rnd.choice(["So sánh (%)", "Đạt % KH", "Tăng/giảm"]))
    if notes:
        header.append("Ghi chú")
    top = len(rows) + 1
    rows.append(header)
    merges = []
    if to_date:
        rows.append([N] * value_col + [rnd.choice(["Trong quý", "Quý này", "Kết quả quý"]),
                                       rnd.choice(["Lũy kế", "Lũy kế từ đầu năm", "Cộng dồn"])]
                    + [N] * (len(header) - value_col - 2))  # fmt: skip
        merges.append(f"{COLUMNS[value_col]}{top}:{COLUMNS[value_col + 1]}{top}")
        merges += [f"{COLUMNS[c]}{top}:{COLUMNS[c]}{top + 1}" for c in range(len(header))
                   if c not in (value_col, value_col + 1)]  # fmt: skip
    if rnd.random() < 0.3:  # the columns' numbers under the header
        rows.append(["A", "B", "C"] + [str(i) for i in range(1, len(header) - 2)])
    headings = rnd.random() < 0.4
    expected = []
    for n, code in enumerate(rnd.sample(list(LABELS), rnd.randint(2, 6)), 1):
        label, measure = rnd.choice(LABELS[code])
        value = rnd.randint(2, 4000) * (100_000 if measure == "Đồng" else 1)
        if headings and rnd.random() < 0.4:
            rows.append([rnd.choice(["I", "II", "III"]),
                         rnd.choice(["CÔNG TÁC TUYÊN TRUYỀN", "CÔNG TÁC AN SINH", "CÔNG TÁC GIÁM SÁT"])])  # fmt: skip
        row = [str(n), label, measure] + ([value + rnd.randint(0, 50)] if plan else []) + [_typed(value, rnd, measure)]
        if to_date:
            row.append(value + rnd.randint(0, 900) * (100_000 if measure == "Đồng" else 1))
        while len(row) < len(header):
            row.append(rnd.choice([N, 101.5, "Tăng 5"]) if len(row) < len(header) - notes else rnd.choice([N, "Vượt KH"]))
        rows.append(row)
        scale = MONEY.get(measure, 1)
        expected.append((uid, year, period, code, value * scale, f"{COLUMNS[value_col]}{len(rows)}"))
        if to_date:
            expected.append((uid, year, to_date, code, row[value_col + 1] * scale, f"{COLUMNS[value_col + 1]}{len(rows)}"))
        if measure not in MONEY and rnd.random() < 0.2:  # a detail, never loaded
            rows.append(["-", "Trong đó: " + rnd.choice(["trực tuyến", "tại khu dân cư", "cấp xã"]), measure]
                        + [N] * (value_col - 3) + [1] + [N] * (len(header) - value_col - 1))  # fmt: skip
    if rnd.random() < 0.5:
        rows += [[], ["Nơi nhận:", N, N, "TM. BAN THƯỜNG TRỰC"], ["- Lưu VP.", N, N, "CHỦ TỊCH"]]
    return Case(f"unit_report_{seed}", f"bao_cao_{seed}.xlsx",
                [Sheet(rnd.choice(["Sheet1", "BC", "Báo cáo"]), rows, merges)], expected)  # fmt: skip


# a cluster's summary -----------------------------------------------------------------------

BEFORE = [("ba_dinh", ["Quận Ba Đình", "Q. Ba Đình", "Ba Đình", "Q.Ba Đình"]), ("hoan_kiem", ["Quận Hoàn Kiếm", "Hoàn Kiếm"]),
          ("tay_ho", ["Quận Tây Hồ", "Tây Hồ"]), ("long_bien", ["Quận Long Biên", "Long Biên"]),
          ("dong_anh", ["Huyện Đông Anh", "H. Đông Anh", "Đông Anh"]), ("son_tay", ["Thị xã Sơn Tây", "TX Sơn Tây", "Sơn Tây"]),
          ("me_linh", ["Huyện Mê Linh", "Mê Linh"])]  # fmt: skip
AFTER = [("phuong_ba_dinh", ["Phường Ba Đình", "P. Ba Đình", "Ba Đình"]), ("phuong_ngoc_ha", ["Phường Ngọc Hà", "Ngọc Hà"]),
         ("phuong_giang_vo", ["Phường Giảng Võ", "Giảng Võ"]), ("xa_soc_son", ["Xã Sóc Sơn", "Sóc Sơn"]),
         ("xa_da_phuc", ["Xã Đa Phúc", "Đa Phúc"])]  # fmt: skip
HEADERS = {"hoi_nghi_tuyen_truyen": ["Hội nghị tuyên truyền", "Số hội nghị", "HN tuyên truyền"],
           "luot_nguoi_tham_du": ["Lượt người tham dự", "Số lượt người"],
           "suat_qua": ["Số suất quà", "Quà (suất)", "Suất quà"],
           "gia_tri_qua": ["Trị giá quà (triệu đồng)", "Giá trị quà (tr.đ)"],
           "cuoc_giam_sat": ["Số cuộc giám sát", "Giám sát (cuộc)"], "nha_dai_doan_ket": ["Nhà Đại đoàn kết", "Số nhà ĐĐK"]}  # fmt: skip
SUMMARY_TITLES = {"Q1": "QUÝ I NĂM {y}", "Q2": "QUÝ II NĂM {y}", "H1": "6 THÁNG ĐẦU NĂM {y}", "9M": "9 THÁNG NĂM {y}",
                  "FY": "NĂM {y}", "Q3": "QUÝ III/{y}"}  # fmt: skip


def cluster_summary(seed: int) -> Case:
    rnd = random.Random(seed)
    after = rnd.random() < 0.4
    year, period = (2026 if after else rnd.randint(2017, 2024)), rnd.choice(list(SUMMARY_TITLES))
    units = rnd.sample(AFTER if after else BEFORE, rnd.randint(2, 5))
    codes = rnd.sample(list(HEADERS), rnd.randint(2, 5))
    rows = [[rnd.choice(["CỤM THI ĐUA SỐ 1", "ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI"])],
            [f"BIỂU TỔNG HỢP KẾT QUẢ {SUMMARY_TITLES[period].format(y=year)}"]]  # fmt: skip
    if rnd.random() < 0.3:
        rows.append(["(Kèm theo báo cáo số 12/BC-CTĐ)"])
    values = {(u, c): rnd.randint(1, 900) for u, _names in units for c in codes}
    scale = {c: 10**6 if c == "gia_tri_qua" else 1 for c in codes}
    with_total, total_first = rnd.random() < 0.6, rnd.random() < 0.3
    expected = []
    if rnd.random() < 0.5:  # units as rows, indicators across
        rows.append(["STT", rnd.choice(["Đơn vị", "Tên đơn vị"])] + [rnd.choice(HEADERS[c]) for c in codes])
        if rnd.random() < 0.3:
            rows.append([str(k) for k in range(1, len(codes) + 3)])
        total = [N, rnd.choice(["Tổng cộng", "Cộng", "Toàn cụm"])] + [sum(values[(u, c)] for u, _n in units) for c in codes]
        if with_total and total_first:
            rows.append(total)
        for n, (unit, names) in enumerate(units, 1):
            rows.append([n, rnd.choice(names)] + [values[(unit, c)] for c in codes])
            expected += [(unit, year, period, c, values[(unit, c)] * scale[c], f"{COLUMNS[2 + k]}{len(rows)}")
                         for k, c in enumerate(codes)]  # fmt: skip
        if with_total and not total_first:
            rows.append(total)
    else:  # indicators as rows, units across
        rows.append(["STT", "Nội dung"] + [rnd.choice(names) for _u, names in units] + (["Tổng"] if with_total else []))
        for n, c in enumerate(codes, 1):
            rows.append([n, rnd.choice(HEADERS[c])] + [values[(u, c)] for u, _n in units]
                        + ([sum(values[(u, c)] for u, _n in units)] if with_total else []))  # fmt: skip
            expected += [(unit, year, period, c, values[(unit, c)] * scale[c], f"{COLUMNS[2 + k]}{len(rows)}")
                         for k, (unit, _names) in enumerate(units)]  # fmt: skip
    return Case(f"cluster_summary_{seed}", rnd.choice([f"tong_hop_{seed}.xlsx", f"Cum 1 {seed}.xlsx"]),
                [Sheet("TH", rows)], expected)  # fmt: skip


SEEDS = range(60)


@pytest.mark.parametrize("build", [unit_report, cluster_summary], ids=["unit_report", "cluster_summary"])
def test_arrangements_combined_at_random_load_exactly(build, tmp_path: Path) -> None:
    wrong = []
    for seed in SEEDS:
        case = build(seed)
        reading = interpret_file(write_case(case, tmp_path / str(seed)), case.file)
        expected = {(u, y, p, i, float(v), cell) for u, y, p, i, v, cell in case.expected}
        got = loaded_values(reading)
        if got != expected:
            wrong.append(f"seed {seed}: missing {sorted(expected - got)[:2]}, extra {sorted(got - expected)[:2]}")
    assert not wrong, "\n".join(wrong)
