import pytest

from thidua_analysis.text.periods import (
    dated_periods,
    end_month,
    is_cumulative,
    name_periods,
    odd_months,
    parse_period,
    period_label,
    quarters_in,
    short_year,
    start_month,
)


@pytest.mark.parametrize(
    ("text", "year", "period"),
    [
        ("Quý I năm 2021", 2021, "Q1"),
        ("quý 1/2021", 2021, "Q1"),
        ("6 tháng đầu năm 2021", 2021, "H1"),
        ("sơ kết 6 tháng", None, "H1"),
        ("9 tháng", None, "9M"),
        ("năm 2017", 2017, "FY"),
        ("tổng kết năm 2017", 2017, "FY"),
        ("Q1-2021", 2021, "Q1"),
        ("2022-H1", 2022, "H1"),
        ("BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ IV NĂM 2019", 2019, "Q4"),
        ("dong_da_2021_Q3.xlsx", 2021, "Q3"),
        ("Quý III/2020", 2020, "Q3"),
        ("BC_cum3_2021_9T.xls", 2021, "9M"),
        ("BC_12T.2023.xlsx", 2023, "FY"),
        ("Gia Lam 6TĐN 2022", 2022, "H1"),
        ("Lũy kế đến hết tháng 9", None, "9M"),
        ("Tính đến tháng 6 năm 2024", 2024, "H1"),
        ("Lũy kế đến hết tháng 9/2023", 2023, "9M"),
        ("2021Q2", 2021, "Q2"),
        ("Hội nghị sơ kết 6 tháng đầu năm 2021 thi đua Khối số 02", 2021, "H1"),
        ("Hội nghị đánh giá kết quả công tác Quý I", None, "Q1"),
        ("6 tháng cuối năm 2025", 2025, "H2"),
        ("T1-T3", None, "Q1"),
        ("Tháng 7-9/2024", 2024, "Q3"),
        ("Số liệu từ tháng 1 đến tháng 6 năm 2023", 2023, "H1"),
        ("06 tháng đầu năm 2024", 2024, "H1"),
        ("Quý III và 9 tháng năm 2023", 2023, "Q3"),
        ("BÁO CÁO CÔNG TÁC QUÝ MỘT NĂM 2024", 2024, "Q1"),  # a quarter in words
        ("Kết quả quý ba năm 2024", 2024, "Q3"),
        ("Quý I và 3 tháng đầu năm 2024", 2024, "Q1"),  # "3" is the months, no third quarter
        ("Báo cáo kết quả công tác quý đầu năm 2024", 2024, "Q1"),  # (was the year's, by "năm 2024")
        ("Kết quả quý đầu tiên năm 2024", 2024, "Q1"),
        ("Báo cáo quý cuối năm 2024", 2024, "Q4"),
        ("Báo cáo 2 quý đầu năm 2024", 2024, "H1"),
        ("Báo cáo ba quý đầu năm 2024", 2024, "9M"),
        ("Báo cáo kết quả công tác 3 quý đầu năm 2024", 2024, "9M"),  # the first three quarters
        ("Kết quả hai quý đầu năm 2024", 2024, "H1"),
        ("QUÝ THỨ HAI NĂM 2023", 2023, "Q2"),  # an ordinal quarter
        ("Quý thứ tư năm 2023", 2023, "Q4"),
        ("Quý thứ III/2023", 2023, "Q3"),
        ("THÁNG 1 - 9/2023", 2023, "9M"),  # months 1 to 9, not the 1st of September
        ("dong_da_nam2023", 2023, "FY"),
        ("HoangMai_CaNam2023", 2023, "FY"),  # "Cả năm" run together in a file name
        ("HM_TongKet_2023", 2023, "FY"),
        ("Hoang_Mai_CN2024", 2024, "FY"),  # "CN": cả năm, run together with its year
        ("Báo cáo công tác năm 2024", 2024, "FY"),
        ("BÁO CÁO CÔNG TÁC PHƯỜNG LĨNH NAM 2026", 2026, None),  # a place's "Nam", no "năm"
        ("Mặt trận Tổ quốc Việt Nam 2026", 2026, None),
        ("MTTQ Viet Nam 2026", 2026, None),  # typed with no marks
        ("BC_CN_2024", 2024, "FY"),
        ("CNTT 2024", 2024, None),  # (no "cả năm" in another word)
        ("Canada 2023", 2023, None),  # no "ca nam" inside another word
        ("BC_30_9_2023", None, None),  # a date, not a year or a period
        ("Hà Nội, ngày 05 tháng 01 năm 2024", None, None),
    ],
)
def test_parse_period(text, year, period):
    parsed = parse_period(text)
    assert (parsed.year, parsed.period) == (year, period)


@pytest.mark.parametrize(
    "text", ["Ủy ban MTTQ Việt Nam quận Đống Đa", "Hướng dẫn", "Sheet1", "tháng 9/2023", "Quỹ từ thiện",
             "Quỹ thu từ các nguồn", "Quỹ thu 1 tỷ đồng", "Quỹ 1 tỷ đồng", "Quỹ 2 triệu",
             "Quỹ hỗ trợ"]
)
def test_no_period(text):
    assert parse_period(text).period is None


def test_period_helpers():
    assert quarters_in("9M") == ("Q1", "Q2", "Q3")
    assert quarters_in("Q2") == ("Q2",)
    assert is_cumulative("H1") and is_cumulative("FY") and not is_cumulative("Q3")
    assert end_month("H1") == 6
    assert period_label("H1", 2021) == "6 tháng đầu năm 2021"


@pytest.mark.parametrize(("text", "periods"), [
    ("Kết quả thực hiện đến 30/9/2024", ("9M",)),
    ("Lũy kế đến hết ngày 15/6/2024", ("H1",)),
    ("tính đến ngày 05/10/2023", ("9M",)),  # a cut-off early in a month: the month before
    ("BÁO CÁO QUÝ III NĂM 2024 (tính đến 30/9/2024)", ("Q3",)),  # the title's own period stands
    ("Hà Nội, ngày 30 tháng 9 năm 2024", ()),  # a date line is not a cut-off
    ("đến 20/5/2024", ()),  # not a quarter's end
])  # fmt: skip
def test_a_cut_off_date_names_a_cumulative_period(text, periods):
    assert name_periods(text)[0] == periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Từ ngày 01/01/2024 đến ngày 30/6/2024)", [("H1", 2024)]),
        ("Từ ngày 01/4/2024 đến ngày 30/6/2024", [("Q2", 2024)]),
        ("từ 15/6/2024 - 14/9/2024", [("Q3", 2024)]),
        ("tính từ 15/12/2023 đến 14/12/2024", [("FY", 2024)]),
        ("Từ ngày 15 tháng 12 năm 2023 đến ngày 14 tháng 12 năm 2024", [("FY", 2024)]),
        ("Kết quả thực hiện đến 30/9/2024", [("9M", 2024)]),
        ("tính đến ngày 05/10", [("9M", None)]),
        ("từ 01/10/2023 đến 30/9/2024", []),  # twelve months across two years: no period
        ("từ 01/02/2024 đến 30/4/2024", []),
        ("Hà Nội, ngày 05 tháng 10 năm 2023", []),
    ],
)
def test_spans_of_dates_name_periods(text: str, expected: list) -> None:
    assert [(p, y) for _at, p, y, _ranged in dated_periods(text)] == expected


@pytest.mark.parametrize(
    ("text", "ranged"),
    [("Từ ngày 01/01/2024 đến ngày 30/9/2024", True), ("từ 15/6/2024 - 14/9/2024", True),
     ("Kết quả thực hiện đến 30/9/2024", False), ("tính đến hết tháng 9 năm 2024", False)],
)
def test_a_range_of_dates_is_told_from_a_cut_off(text: str, ranged: bool) -> None:
    assert [r for _at, _p, _y, r in dated_periods(text)] == [ranged]


@pytest.mark.parametrize(
    ("text", "months"),
    [("Thực hiện 11 tháng", 11), ("10 tháng đầu năm 2024", 10), ("Thực hiện 9 tháng", None),
     ("Kết quả 6 tháng", None), ("Số liệu đến ngày 5 tháng 10", None), ("Kết quả", None)],
)
def test_month_counts_that_make_no_period(text: str, months: int | None) -> None:
    assert odd_months(text) == months


@pytest.mark.parametrize(
    ("text", "month"),
    [("Tháng 9", 9), ("BÁO CÁO CÔNG TÁC THÁNG 10 NĂM 2024", 10), ("THÁNG 9/2024", 9), ("tháng 7, 8, 9", None),
     ("Quý III (từ tháng 7 đến tháng 9)", None), ("tháng 7-9", None), ("Hà Nội, ngày 5 tháng 10 năm 2024", None),
     ("Lũy kế 9 tháng", None), ("BÁO CÁO CÔNG TÁC THÁNG 6 VÀ 6 THÁNG ĐẦU NĂM 2024", 6),  # "6 tháng" counts months
     ("tháng 6 và 7", None)],
)
def test_one_month_is_a_month_alone(text, month):
    from thidua_analysis.text.periods import one_month

    assert one_month(text) == month


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I, II NĂM 2024", ("Q1", "Q2")),
        ("quý II, III, IV năm 2022", ("Q2", "Q3", "Q4")),
        ("Quý I và II năm 2024", ("Q1", "Q2")),
        ("Quý III và 9 tháng năm 2023", ("Q3", "9M")),
        ("Quý 4 2023", ("Q4",)),
    ],
)
def test_quarters_listed_after_one(text, periods):
    assert name_periods(text)[0] == periods


@pytest.mark.parametrize(("text", "periods", "weak"), [
    ("Tổng kết 2023", ("FY",), False),
    ("TỔNG KẾT CÔNG TÁC MẶT TRẬN 2023", ("FY",), False),
    ("TỔNG KẾT CÔNG TÁC MẶT TRẬN NĂM 2023", ("FY",), True),  # a bare "năm 2023", as before
    ("Tổng kết nhiệm kỳ 2019-2024", (), False),  # a term
    ("Tổng kết phong trào 2019 - 2024", (), False),  # a span of years
    ("Tổng kết 6 tháng 2023", ("H1",), False),
    ("BCQ3-2023 DongDa", ("Q3",), False),
    ("01/7-30/9/2023", ("Q3",), False),  # a span of dates joined by a dash, no "từ"
    ("01/01/2023 - 30/9/2023", ("9M",), False),
    ("1.250-1.300", (), False),  # figures, not dates
    ("BC9T2023", ("9M",), False),  # a report of nine months, run together with its year
    ("BC_SK6T_2024", ("H1",), False),  # a review (sơ kết) of six months
    ("BC6T", ("H1",), False),
    ("BC62023", (), False),  # no word of months: nothing
])  # fmt: skip
def test_a_review_and_a_quarter_written_short(text, periods, weak):
    named, _years, only_year = name_periods(text)
    assert named == periods and only_year == weak


@pytest.mark.parametrize(("name", "year"), [
    ("BC_Q3_23", 2023), ("bao cao 9T-24", 2024), ("6thang_22", 2022), ("Quy 3 23 Dong Da", 2023),
    ("Q3_2023", None),  # four digits: the usual reading says it
    ("BC_Q3_23_Q4_24", None),  # two years: neither
    ("BC Q3 07", None),  # before the reports this tool reads
    ("So 45 BC", None),  # a number after no period
    ("BCQ3.24", 2024), ("BC9T.24", 2024),  # run together with the word for report
    ("TKQ3-24", None),  # run together with other letters
])
def test_a_two_digit_year_is_read_only_right_after_a_period(name, year):
    assert short_year(name) == year


@pytest.mark.parametrize(("text", "month"), [
    ("Lũy kế từ 01/7/2025", 7), ("Từ ngày 01/7/2025 đến nay", 7), ("từ 1 tháng 7 năm 2025", 7),
    ("từ 15/12/2023", 1),  # the year many offices count from the 15th of December
    ("Lũy kế từ đầu năm", None),  # no date
    ("từ 01/4/2024 đến 30/6/2024", None), ("01/7-30/9/2023", None),  # a span with its end: dated_periods
])  # fmt: skip
def test_the_month_a_start_date_with_no_end_counts_from(text, month):
    assert start_month(text) == month
