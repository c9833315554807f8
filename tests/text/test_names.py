"""Unit names as reports write them: a place's name by its form, a unit before a merger."""

from __future__ import annotations

import pytest

from thidua_analysis.text.names import (
    admin_type,
    is_former,
    is_proper_name,
    name_key,
    names_a_place,
    names_an_area,
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Phường Đại Kim", True),
        ("P.Đại Kim", True),
        ("X. Sóc Sơn", True),
        ("Phường 12", True),
        ("UBMTTQ phường Đại Kim", True),
        ("Xã hội hóa", False),  # a common phrase that opens with a type's word
        ("XÃ HỘI HÓA", False),
        ("Phường, xã", False),
        ("Huyện ủy", False),
        ("Cấp phường", False),
        ("TT", False),
        ("Kết quả", False),
        ("Q.III", False),  # a quarter written short, never a "Quận III"
        ("Q.3", False),
        ("Q.III/2021", False),
        ("Quận 3", True),  # written out: a place
        ("Q.12", True),
        ("Phường III", True),
    ],
)
def test_a_place_is_known_by_its_type_and_proper_name(text, place):
    assert names_a_place(text) is place


@pytest.mark.parametrize(
    ("text", "former"),
    [
        ("Bồ Đề (cũ)", True),
        ("Ngọc Lâm (cu)", True),
        ("Phường Ngọc Lâm cũ", True),
        ("Xã Kim Lan trước sáp nhập", True),
        ("Bồ Đề", False),
        ("Củ Chi", False),
        ("Phường Cửu Long", False),
    ],
)
def test_a_unit_before_a_merger_is_said_so(text, former):
    assert is_former(text) is former


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Tổ dân phố số 1", True),
        ("TDP 3", True),
        ("KDC Ngọc Lâm", True),
        ("Thôn Đông", True),
        ("Ban CTMT khu dân cư số 2", True),
        ("TỔ DÂN PHỐ SỐ 2", True),
        ("Các khu dân cư", False),  # areas in general
        ("Tổ dân phố", False),
        ("Thôn, xóm", False),
        ("Áp dụng BHYT", False),  # "áp" and "ấp" share their letters
        ("BAN THANH TRA NHÂN DÂN", False),
        ("KHU DÂN CƯ VĂN HÓA", False),  # in capitals a name cannot be told from words
    ],
)
def test_one_residential_area_is_named_by_its_word_and_a_number_or_name(text, area):
    assert names_an_area(text) is area


@pytest.mark.parametrize(
    ("text", "proper"),
    [("Ngọc Lâm", True), ("Gia Thụy", True), ("Mỹ Đình 1", True), ("Tổng cộng", False), ("Phường 12", False),
     ("Quý 3", False), ("Mỹ Đình 123", False), ("Mỹ 1 Đình", False), ("NGỌC LÂM", True), ("TỔNG", False)],
)
def test_a_bare_place_name_opens_each_word_with_a_capital(text, proper):
    assert is_proper_name(text) is proper


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [("Quán Thánh", "quan thanh", ""), ("Phường Quán Thánh", "quan thanh", "phường"),
     ("Phượng Dực", "phuong duc", ""), ("Xã Phượng Dực", "phuong duc", "xã"),
     ("Phương Liệt", "phuong liet", ""), ("Phường Phương Liệt", "phuong liet", "phường"),
     ("Q.Long Biên", "long bien", "quận"), ("Ủy ban MTTQ Việt Nam quận Đống Đa", "dong da", "quận"),
     ("TX. Sơn Tây", "son tay", "thị xã"), ("QUẬN HOÀN KIẾM", "hoan kiem", "quận"),
     ("Quan Dong Da", "dong da", "quận")],  # (typed with no tone marks at all: still the type)
)  # fmt: skip
def test_a_name_that_opens_like_an_administrative_word_keeps_it(text, key, kind):
    assert (name_key(text), admin_type(text)) == (key, kind)


def test_a_name_typed_with_no_tone_marks_may_keep_its_first_word():
    assert name_key("Phuong Liet") == "liet" and name_key("Phuong Liet", keep_type=True) == "phuong liet"
    assert name_key("Quận Đống Đa", keep_type=True) == "quan dong da" and name_key("Đống Đa", keep_type=True) == "dong da"
