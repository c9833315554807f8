"""Each step of interpretation on a small inline grid: one rule, one fixture."""

from __future__ import annotations

import pytest

from thidua_analysis.interpret.cells import label_facts
from thidua_analysis.interpret.context import text_of
from thidua_analysis.interpret.grid import Grid
from thidua_analysis.interpret.table import column_roles, locate_table
from thidua_analysis.interpret.title import read_title
from thidua_analysis.interpret.vocabulary import load_vocabulary
from thidua_analysis.reference import Reference, match_indicator

N = None


def grid(rows, merges=()):
    return Grid([list(r) for r in rows], 0, 0, list(merges))


def roles(rows, merges=()):
    g = grid(rows, merges)
    vocab = load_vocabulary()
    table = locate_table(g, vocab, text_of)
    return table, {c: col.role for c, col in column_roles(g, table, vocab, text_of).items()}


def test_the_header_row_is_the_first_naming_a_label_column():
    table, _ = roles([["BÁO CÁO QUÝ I NĂM 2024"], ["Nội dung: kết quả công tác"],
                      ["TT", "Nội dung công việc", "ĐVT", "Kết quả"], [1, "Số hội nghị", "HN", 3]])  # fmt: skip
    assert (table.kind, table.header_top, table.label_col, table.first_row) == ("rows", 2, 1, 3)


def test_a_change_is_no_figure_of_the_period_but_a_gift_in_it_is():
    # without their marks "tăng" (an increase) and "tặng" (given) are one word
    _, by_role = roles([["STT", "Nội dung", "ĐVT", "Tăng trong kỳ", "Tặng trong kỳ", "Số giảm"],
                        [1, "Số suất quà", "Suất", 3, 4, 1]])  # fmt: skip
    assert [by_role[c] for c in (3, 4, 5)] == ["compare", "in_period", "compare"]


def test_a_funds_balances_and_what_it_paid_out_are_no_results():
    _, by_role = roles([["STT", "Nội dung", "ĐVT", "Số dư đầu kỳ", "Thu trong kỳ", "Chi trong kỳ", "Cuối kỳ"],
                        [1, "Quỹ Vì người nghèo", "Đồng", 1, 2, 3, 4]])  # fmt: skip
    assert [by_role[c] for c in (3, 4, 5, 6)] == ["balance", "in_period", "spent", "balance"]


def test_don_vi_is_the_measure_over_measure_words_and_the_units_over_unit_names():
    _, by_role = roles([["STT", "Danh mục", "Đơn vị", "Số lượng"], [1, "Số hội nghị", "Hội nghị", 3]])
    assert by_role[2] == "uom"
    table, _ = roles([["STT", "Đơn vị", "Số hội nghị"], [1, "Q. Đống Đa", 3], [2, "Quận Ba Đình", 4]])
    assert table.kind == "units" and table.label_col == 1


def test_a_column_numbering_row_is_skipped():
    table, _ = roles([["STT", "Nội dung", "ĐVT", "Kết quả"], ["A", "B", "C", 1], [1, "Số hội nghị", "HN", 3]])
    assert table.numbering_row == 1 and table.first_row == 2


@pytest.mark.parametrize(("header", "role"), [
    ("Kết quả thực hiện", "result"), ("Thực hiện 9 tháng", "result"), ("Số liệu", "result"),
    ("Kế hoạch năm", "target"), ("Chỉ tiêu", "target"), ("Ước thực hiện cả năm", "target"),
    ("Cùng kỳ năm 2022", "prior"), ("So sánh (%)", "compare"), ("Đạt % KH", "compare"),
    ("Tăng/giảm", "compare"), ("Trong quý", "in_quarter"), ("Lũy kế từ đầu năm", "to_date"),
    ("Ghi chú", "skip"), ("Tổng cộng", "total"), ("Quý III", "result"), ("Năm 2022", "result"),
    ("Gia Lâm", "result"), ("Xếp loại", "compare"), ("Tích lũy", "to_date"), ("Phấn đấu", "target"),
    ("Số lượng/Kết quả", "result"), ("TH/KH", "compare"), ("Số cuộc", "result"), ("Số hộ", "unknown"),
])  # fmt: skip
def test_column_roles_from_header_words(header, role):
    _, by_role = roles([["STT", "Nội dung", "ĐVT", header], [1, "Số hội nghị", "HN", 3]])
    assert by_role[3] == role


@pytest.mark.parametrize(("header", "measure"), [
    ("Số cuộc", "cuộc"), ("SỐ NGƯỜI THAM DỰ", "NGƯỜI"), ("Số lượt người", "lượt người"), ("Lượt người", "Lượt người"),
    ("Tổng số suất quà", "suất quà"), ("Phấn đấu", ""), ("Số lượng", ""), ("Số hộ", ""), ("Số đợt", ""),
])  # fmt: skip
def test_a_value_column_headed_by_the_count_it_holds_states_its_measure(header, measure):
    g = grid([["STT", "Nội dung", header], [1, "Hội nghị tuyên truyền", 3]])
    vocab = load_vocabulary()
    table = locate_table(g, vocab, text_of)
    assert column_roles(g, table, vocab, text_of)[2].measure == measure


def test_the_columns_under_trong_do_and_a_measure_left_of_the_labels():
    _, by_role = roles([["STT", "ĐVT", "Nội dung", "Tổng số", "Trong đó", N], [N, N, N, N, "Chủ trì", "Phối hợp"],
                        [1, "Cuộc", "Giám sát", 5, 2, 3]], [(0, 4, 0, 5), *((0, c, 1, c) for c in range(4))])  # fmt: skip
    assert [by_role[c] for c in range(6)] == ["skip", "uom", "label", "result", "skip", "skip"]


def test_the_only_column_of_figures_under_a_blank_header_is_the_result():
    _, by_role = roles([["STT", "Nội dung", "ĐVT", N, "Ghi chú"], [1, "Số hội nghị", "HN", 3, N]])
    assert by_role[3] == "result"
    _, by_role = roles([["STT", "Nội dung", "ĐVT", N, N], [1, "Số hội nghị", "HN", 3, 4]])
    assert (by_role[3], by_role[4]) == ("empty", "empty")


def test_a_merged_group_header_gives_its_words_to_the_columns_below():
    rows = [["STT", "Nội dung", "ĐVT", "Năm 2023", N], [N, N, N, "Kế hoạch", "Thực hiện"],
            [1, "Số hội nghị", "HN", 5, 4]]  # fmt: skip
    g = grid(rows, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)])
    vocab = load_vocabulary()
    table = locate_table(g, vocab, text_of)
    columns = column_roles(g, table, vocab, text_of)
    assert table.header_bottom == 1
    assert (columns[3].role, columns[4].role, columns[4].year) == ("target", "result", 2023)


def test_the_title_block_ignores_dates_numbers_and_plans():
    block = read_title([
        ("A1", "ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"), ("C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("A2", "Số: 45/BC-MTTQ"), ("C2", "Hà Nội, ngày 10 tháng 01 năm 2024"),
        ("A3", "Kết quả công tác năm 2023 và phương hướng, nhiệm vụ năm 2024"),
    ], load_vocabulary())  # fmt: skip
    assert [m.value for m in block.weak_years] == ["FY"] and [m.value for m in block.years] == [2023]
    assert [(m.where, m.value) for m in block.units] == [("A1", ("dong_da",))]
    assert {m.where for m in block.ignored} == {"C1", "A2", "C2", "A3"}


@pytest.mark.parametrize("line", [
    "BÁO CÁO KẾT QUẢ 11 THÁNG NĂM 2023", "Báo cáo kết quả 11 tháng năm 2023 và phương hướng tháng 12",
    "BÁO CÁO KẾT QUẢ 11 THÁNG NĂM 2023, PHƯƠNG HƯỚNG THÁNG 12", "Kết quả công tác tháng 1-10 năm 2023",
])  # fmt: skip
def test_months_that_make_no_period_are_said_even_before_plans_for_later(line):
    block = read_title([("A2", line)], load_vocabulary())
    assert [(m.value, m.where) for m in block.odd_months] == [(10 if "1-10" in line else 11, "A2")]
    assert not block.periods and not block.weak_years


def test_the_unit_named_after_an_administrative_word_inside_a_sentence():
    block = read_title([("A1", "BÁO CÁO 9 THÁNG NĂM 2023 CỦA BAN THƯỜNG TRỰC UBMTTQ HUYỆN GIA LÂM")],
                       load_vocabulary())  # fmt: skip
    assert [m.value for m in block.units] == [("gia_lam",)] and [m.value for m in block.periods] == ["9M"]


@pytest.mark.parametrize(("label", "facts"), [
    ("Tổng cộng", (True, False, False)), ("TOÀN CỤM", (True, False, False)),
    ("Tổng số lượt người tham dự", (False, False, False)),  # an indicator, not a total
    ("Trong đó: quà Tết", (False, True, False)), ("+ Quà Tết", (False, True, False)),
    ("- Quà cho hộ nghèo", (False, False, True)), ("1.1 Hội nghị phổ biến", (False, False, True)),
])  # fmt: skip
def test_label_facts(label, facts):
    assert label_facts(Reference(), label)[1:] == facts


@pytest.mark.parametrize(("label", "unit", "code"), [
    ("Chủ trì, phối hợp giám sát", None, "cuoc_giam_sat"),
    ("Cuộc giám sát đầu tư của cộng đồng", "Cuộc", "cuoc_gsdtccd"),
    ("Tuyên truyền qua hệ thống loa truyền thanh, bản tin", None, "luot_tuyen_truyen"),
    ("Tặng quà", "Suất", "suat_qua"), ("Tặng quà", "Triệu đồng", "gia_tri_qua"),
    ("Nhà Đại đoàn kết", "Triệu đồng", "kinh_phi_nha_dai_doan_ket"),
    ("Số vụ việc", "Vụ", "vu_viec_ttnd"), ("Hội nghị hiệp thương", "Hội nghị", None),
    ("Số hội nghị tuyên truyền", "Người", None),  # the ĐVT contradicts the wording
])  # fmt: skip
def test_labels_by_wording_and_measure_most_specific_first(label, unit, code):
    assert match_indicator(label, unit_text=unit).code == code
