from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thidua_analysis.text.numbers import count_scale, format_vn, parse_number, scale_from_text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.124", 1124),
        ("87.264", 87264),
        ("47.530", 47530),
        ("2.350.000.000", 2_350_000_000),
        ("1,25", 1.25),
        ("1,4 tỷ đồng", 1_400_000_000),
        ("1,4 tỉ", 1_400_000_000),
        ("05", 5),
        ("3.737 suất", 3737),
        ("12,5 triệu", 12_500_000),
        ("250 nghìn đồng", 250_000),
        ("250 ngàn", 250_000),
        ("1 124", 1124),
        ("1.124,5", 1124.5),
        (" 952 ", 952),
        ("１２", 12),  # full-width digits
        ("１．１２４", 1124),
        (1.4, 1.4),
        (7, 7),
        ("500k", 500_000),  # thousands, as people write them
        ("2K", 2_000),
        ("1,5k", 1_500),
    ],
)
def test_vietnamese_numbers(text, value):
    parsed = parse_number(text)
    assert parsed.problem is None
    assert parsed.value == value


def test_seed_sentence_numbers():
    # "1.124 hội nghị cho 87.264 lượt người", "3.737 suất quà trị giá 1,4 tỷ đồng"
    assert parse_number("1.124 hội nghị").value == 1124
    assert parse_number("87.264 lượt người").value == 87264
    assert parse_number("3.737 suất quà").value == 3737
    assert parse_number("1,4 tỷ đồng").value == 1_400_000_000


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("hơn 200", "hon"),
        ("gần 1.000 người", "gan"),
        ("trên 50", "tren"),
        ("khoảng 30", "khoang"),
        ("ước 2,5 tỷ", "uoc"),
        (">300", "tren"),
        ("≥ 300", "tren"),
        ("300+", "tren"),
        ("<50", "duoi"),
        ("~300", "khoang"),
        ("300 (ước)", "uoc"),
    ],
)
def test_qualifiers_are_kept(text, qualifier):
    parsed = parse_number(text)
    assert parsed.ok and parsed.qualifier == qualifier


@pytest.mark.parametrize("text", ["-", "x", "X", "không", "Không", "", "  ", "–", None, "Không phát sinh",
                                  "chưa phát sinh", "Chưa thực hiện", "không tổ chức"])
def test_nothing(text):
    parsed = parse_number(text)
    assert parsed.empty and parsed.value is None and parsed.problem is None


@pytest.mark.parametrize("text", ["1.5", "12.34", "1,234,56", "1.234,567,890", "1.5 người", "1,234.56.7"])
def test_ambiguous_is_reported_not_guessed(text):
    parsed = parse_number(text)
    assert parsed.value is None and parsed.problem == "number.ambiguous"


@pytest.mark.parametrize(("text", "value"), [("1,234,567", 1_234_567), ("12,000,000 đồng", 12_000_000)])
def test_two_grouping_commas_can_only_be_thousands(text, value):
    assert parse_number(text).value == value


@pytest.mark.parametrize(("text", "value"), [("1,234.5", 1234.5), ("1,234,567.5", 1_234_567.5), ("1.5 tỷ", 1_500_000_000),
                                             ("2.25 triệu đồng", 2_250_000), ("1.500 triệu", 1_500_000_000)])
def test_writings_with_one_reading_are_read(text, value):
    """English grouping with a decimal point, and a decimal point before a scale word (no group of
    thousands has one or two digits)."""
    assert parse_number(text).value == value


@pytest.mark.parametrize("text", ["abc", "Tổng 5", "đã báo cáo", "?", " ?? "])  # "?": not known, not nothing
def test_not_a_number(text):
    assert parse_number(text).problem == "number.not_a_number"


def test_scale_from_known_scale_and_label():
    assert parse_number("1,4", scale=1_000_000_000).value == 1_400_000_000
    assert parse_number(2.5, scale=1_000_000).value == 2_500_000
    assert scale_from_text("Trị giá (triệu đồng)") == 1_000_000
    assert scale_from_text("nghìn đồng") == 1_000
    assert scale_from_text("Số suất quà") is None
    # "động" (vận động, hoạt động) shares the letters of "đồng" without being it
    assert scale_from_text('Quỹ "Vì người nghèo" vận động được') is None
    assert scale_from_text("Kinh phí HOẠT ĐỘNG") is None
    assert scale_from_text("Số tiền vận động (đồng)") == 1
    assert scale_from_text("Số tiền ủng hộ, đóng góp") is None  # "đóng góp": contributed
    assert scale_from_text("Quỹ của huyện Đông Anh") is None
    assert scale_from_text("Kinh phí (tỷ lệ 50%)") is None  # a ratio, not billions
    assert scale_from_text("Kinh phí (dong)") == 1 and scale_from_text("tỉ đồng") == 1_000_000_000
    assert scale_from_text("Quỹ của xã Triều Khúc") is None and scale_from_text("Kinh phí ngăn chặn dịch") is None
    assert scale_from_text("NGÀN ĐỒNG") == 1_000 and scale_from_text("Trị giá (Tr.đ)") == 1_000_000
    assert scale_from_text("Ng.đ") == 1_000 and scale_from_text("Nguyễn Văn A") is None
    # run together, or "times a thousand"; a bare "x1000" names no money
    assert scale_from_text("Trđồng") == 1_000_000 and scale_from_text("Ngđồng") == 1_000
    assert scale_from_text("x1000đ") == 1_000 and scale_from_text("(x 1.000.000 đồng)") == 1_000_000
    assert scale_from_text("x1000") is None and scale_from_text("1000 người") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nghìn lượt người", (1_000, "luot nguoi")),
        ("ngàn lượt", (1_000, "luot")),
        ("nghìn người", (1_000, "nguoi")),
        ("Nghìn đồng", None),  # money, not a count
        ("nghìn đ", None),
        ("Lượt người", None),
        ("Triệu đồng", None),
    ],
)
def test_count_scale(text, expected):
    assert count_scale(text) == expected


@given(st.integers(min_value=0, max_value=10**13))
def test_integers_round_trip(n):
    assert parse_number(format_vn(n)).value == n


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_decimals_round_trip(d):
    value = float(d)
    assert parse_number(format_vn(value)).value == float(Decimal(repr(value)))


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["nghìn", "triệu", "tỷ"]))
def test_scaled_round_trip(n, word):
    factor = {"nghìn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000}[word]
    text = f"{format_vn(n / 100)} {word} đồng"
    assert parse_number(text).value == pytest.approx(n / 100 * factor, rel=1e-12)


def test_a_number_cell_times_its_scale_is_the_decimal_product():
    import random
    from decimal import Decimal

    rng = random.Random(7)
    typed = [rng.uniform(0, 1e6) for _ in range(2000)]
    typed += [round(rng.uniform(0, 5000), k) for k in range(6) for _ in range(300)]
    typed += [0.1, 1.4, 2.675, 1e-5, 1.5e20, 0.0, -3.2, 7, 12345]
    for value in typed:
        for scale in (1000, 10**6, 10**9):
            exact = float(Decimal(repr(float(value))) * scale)
            assert parse_number(value, scale=scale).value == exact, (value, scale)
    assert parse_number(1.4, scale=10**6).value == 1_400_000.0
    assert parse_number(8.2, scale=10**6).value == 8_200_000.0  # 8.2 * 1e6 is 8199999.999999999


@pytest.mark.parametrize(("text", "value"), [
    ("1 tỷ 200 triệu", 1_200_000_000), ("1 tỷ 200 triệu đồng", 1_200_000_000),
    ("2 tỷ 350 triệu 500 nghìn", 2_350_500_000), ("1,2 tỷ", 1_200_000_000),
])  # fmt: skip
def test_one_amount_written_in_parts_of_falling_scale(text, value):
    assert parse_number(text).value == value


@pytest.mark.parametrize(("text", "value"), [
    ("1tr5", 1_500_000), ("2 triệu 5", 2_500_000), ("2tr500", 2_500_000), ("1tr05", 1_050_000),
    ("1 tỷ 2", 1_200_000_000), ("3 tỉ 25 đồng", 3_250_000_000),
])  # fmt: skip
def test_an_amount_as_it_is_said_the_digits_after_the_scale_lead_the_next_group(text, value):
    parsed = parse_number(text)
    assert parsed.value == value and parsed.compound


def test_parts_that_do_not_fall_are_not_one_amount():
    parsed = parse_number("1 triệu 2 tỷ")
    assert parsed.value == 1_000_000 and not parsed.compound  # the first, and the row warns
