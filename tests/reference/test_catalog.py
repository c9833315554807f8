import pandas as pd
import pytest

from thidua_analysis.errors import ReferenceDataError
from thidua_analysis.reference import load_catalog, match_indicator
from thidua_analysis.reference.catalog import says_money, says_which

DESIGN_CODES = [
    "hoi_nghi_tuyen_truyen",
    "luot_nguoi_tham_du",
    "luot_tuyen_truyen",
    "suat_qua",
    "gia_tri_qua",
    "nha_dai_doan_ket",
    "kinh_phi_nha_dai_doan_ket",
    "quy_vi_nguoi_ngheo",
    "cuoc_giam_sat",
    "hoi_nghi_phan_bien",
    "thanh_vien_ttnd",
    "vu_viec_ttnd",
    "thanh_vien_gsdtccd",
    "cuoc_gsdtccd",
    "diem_thi_dua",
]


def test_catalog_has_exactly_the_design_codes():
    catalog = load_catalog()
    assert catalog["code"].tolist() == DESIGN_CODES
    kinds = dict(zip(catalog["code"], catalog["kind"], strict=True))
    assert kinds["thanh_vien_ttnd"] == kinds["thanh_vien_gsdtccd"] == "stock"
    assert kinds["diem_thi_dua"] == "score"
    assert (
        catalog.set_index("code").loc[["gia_tri_qua", "quy_vi_nguoi_ngheo"], "base_unit"] == "đồng"
    ).all()
    assert catalog["aliases"].map(len).min() >= 4


@pytest.mark.parametrize(
    ("label", "unit", "code"),
    [
        (
            "1. Tổ chức hội nghị tuyên truyền, phổ biến chủ trương, chính sách",
            "Hội nghị",
            "hoi_nghi_tuyen_truyen",
        ),
        ("Lượt người dự", None, "luot_nguoi_tham_du"),
        ("Trị giá (triệu đồng)", None, "gia_tri_qua"),
        ("- Quà", "suất", "suat_qua"),
        ("Quà", "triệu đồng", "gia_tri_qua"),
        ("Nhà Đại đoàn kết", "nhà", "nha_dai_doan_ket"),
        ("Nhà Đại đoàn kết", "đồng", "kinh_phi_nha_dai_doan_ket"),
        ("Ban TTND", None, "thanh_vien_ttnd"),
        ("Ban GSĐTCCĐ", None, "thanh_vien_gsdtccd"),
        ("GSĐTCĐ", None, None),
        ("Số hội nghị phản biện xã hội", None, "hoi_nghi_phan_bien"),
        ("Trong đó: Số thành viên Ban GSĐTCĐ", None, "thanh_vien_gsdtccd"),
        ("a) Số cuộc giám sát đầu tư của cộng đồng", None, "cuoc_gsdtccd"),
        ("Hỗ trợ học sinh nghèo", None, None),
        ("II. Công tác giám sát", None, None),
        # a label that opens with its work, and a measure that fits one of its indicators
        ("Phối hợp tổ chức tuyên truyền, phổ biến pháp luật", "Hội nghị", "hoi_nghi_tuyen_truyen"),
        ("Phối hợp tổ chức tuyên truyền, phổ biến pháp luật", "Buổi", None),  # conferences or broadcasts
        ("Phối hợp tổ chức tuyên truyền, phổ biến pháp luật", None, None),  # no measure: never
        ("Hội nghị sơ kết công tác tuyên truyền", "Hội nghị", None),  # opens with another meeting
        ("Giám sát của Ban TTND", "Cuộc", None),  # a body the measure does not pick
        ("Tuyên truyền viên", "Người", None),  # people who do the work, not those reached
        ("Tổ chức tuyên truyền (lượt người)", None, "luot_nguoi_tham_du"),  # the measure in brackets
        # two works counted together
        ("Giám sát, phản biện xã hội", "Cuộc", None),
        ("Giám sát, phản biện xã hội", "Hội nghị", "hoi_nghi_phan_bien"),
        ("Số vụ việc Ban TTND giám sát, kiến nghị", None, "vu_viec_ttnd"),  # the body's own words
        ("Số Ban Giám sát đầu tư của cộng đồng", "Ban", None),  # boards, not supervisions
    ],
)
def test_labels_map_by_rule(label, unit, code):
    assert match_indicator(label, unit_text=unit).code == code


def test_user_aliases_extend_without_code(tmp_path):
    user = tmp_path / "ref"
    user.mkdir()
    assert match_indicator("Số buổi nói chuyện chuyên đề", user_dir=user).code is None
    pd.DataFrame(
        {
            "code": ["hoi_nghi_tuyen_truyen"],
            "alias": ["Số buổi nói chuyện chuyên đề"],
            "measure": [""],
        }
    ).to_csv(user / "indicator_aliases.csv", index=False)
    assert (
        match_indicator("Số buổi nói chuyện chuyên đề", user_dir=user).code
        == "hoi_nghi_tuyen_truyen"
    )
    assert (
        "Số buổi nói chuyện chuyên đề"
        in load_catalog(user_dir=user).set_index("code").loc["hoi_nghi_tuyen_truyen", "aliases"]
    )


def test_bad_user_alias_code_is_a_clear_error(tmp_path):
    pd.DataFrame({"code": ["khong_co"], "alias": ["x"], "measure": [""]}).to_csv(
        tmp_path / "indicator_aliases.csv", index=False
    )
    with pytest.raises(ReferenceDataError, match="khong_co"):
        load_catalog(user_dir=tmp_path)


@pytest.mark.parametrize(
    ("label", "unit", "heading", "code"),
    [
        ("Số thành viên", "Người", "III. Ban Thanh tra nhân dân", "thanh_vien_ttnd"),
        ("Số thành viên", "Người", "IV. Ban Giám sát đầu tư của cộng đồng", "thanh_vien_gsdtccd"),
        ("Số cuộc giám sát", "Cuộc", "IV. Ban Giám sát đầu tư của cộng đồng", "cuoc_gsdtccd"),
        ("Số cuộc giám sát", "Cuộc", "II. Công tác giám sát, phản biện xã hội", "cuoc_giam_sat"),
        ("Số suất", "Suất", "Trao quà cho hộ nghèo, gia đình chính sách", "suat_qua"),
        ("Trị giá", "Triệu đồng", "Trao quà cho hộ nghèo, gia đình chính sách", "gia_tri_qua"),
        ("Số tiền vận động được", "Đồng", "V. Quỹ Vì người nghèo", "quy_vi_nguoi_ngheo"),
        ("Xây mới", "Nhà", "VI. Nhà Đại đoàn kết", "nha_dai_doan_ket"),
        ("Số người tham dự", "Người", "I. Công tác tuyên truyền", "luot_nguoi_tham_du"),
        ("Số lượng", None, "Tặng quà", "suat_qua"),  # the topic's one count
        ("Số tiền", "Triệu đồng", "Tặng quà", "gia_tri_qua"),  # its money, the unit stated
        ("Số lượng", None, "Nhà Đại đoàn kết", "nha_dai_doan_ket"),
        ("Số suất", None, "An sinh xã hội", "suat_qua"),
    ],
)
def test_a_heading_names_the_topic_of_short_labels(label, unit, heading, code):
    assert match_indicator(label, unit_text=unit, topic=heading).code == code


@pytest.mark.parametrize(
    ("label", "unit", "heading"),
    [
        ("Số cuộc họp", "Cuộc", "IV. Ban Giám sát đầu tư của cộng đồng"),  # a word not of the topic
        ("Số thành viên", "Người", "Hoạt động của Ban TTND và Ban GSĐTCCĐ"),  # two topics: ambiguous
        ("Số thành viên", "Người", "I. Công tác tuyên truyền"),  # no such indicator in the topic
        ("Số tiền", None, "V. Quỹ Vì người nghèo"),  # money always states its unit
        ("Số tiền", None, "Tặng quà"),
        ("Số lượng", None, "I. Công tác tuyên truyền"),  # three counts: which one is not said
    ],
)
def test_a_heading_never_forces_a_label_into_its_topic(label, unit, heading):
    assert match_indicator(label, unit_text=unit, topic=heading).code is None


def test_alias_lookup_finds_what_trying_every_alias_finds() -> None:
    """The indexed alias lookup gives the same hits, in the same order, as trying each alias."""
    from thidua_analysis.reference.catalog import (
        _alias_hits,
        _alias_index,
        _holds,
        clean_label,
        load_aliases,
    )
    from thidua_analysis.reference.files import reference_of
    from thidua_analysis.text.vietnamese import match_key

    ref = reference_of(None, None)
    aliases = list(load_aliases(ref=ref)["alias"])
    labels = [*aliases, *(f"{a} {b}" for a, b in zip(aliases, reversed(aliases), strict=True)),
              *(f"Tổng số {a} (triệu đồng) năm 2023" for a in aliases), "Xây mới nhà ĐĐK", "Số cuộc giám sát ĐTCCĐ"]
    for label in labels:
        key = match_key(clean_label(label))
        brute = [(a, c, m) for a, c, m, mode in _alias_index(ref) if _holds(key, a, mode)]
        assert _alias_hits(ref, key) == brute, label
    assert _alias_hits(ref, match_key("Xây mới nhà ĐĐK"))  # a contained alias is found at all


@pytest.mark.parametrize(("label", "code", "heading", "which"), [
    ("- Quà Tết cho hộ nghèo", "suat_qua", "Công tác tặng quà", True),
    ("- Tặng quà", "suat_qua", "Công tác tặng quà", False),
    ("- Giám sát chuyên đề", "cuoc_giam_sat", "Công tác giám sát", True),
    ("- Số cuộc giám sát", "cuoc_giam_sat", "Công tác giám sát", False),
    ("- Hội nghị tuyên truyền", "hoi_nghi_tuyen_truyen", "Công tác tuyên truyền", False),
    ("- Hội nghị tuyên truyền trực tuyến", "hoi_nghi_tuyen_truyen", "", True),
])  # fmt: skip
def test_an_item_says_which_of_its_indicators_figures_it_holds(label, code, heading, which):
    assert says_which(label, code, heading) is which


@pytest.mark.parametrize(("text", "money"), [
    ("Tiền quà", True), ("Số tiền", True), ("TỔNG SỐ TIỀN", True), ("Kinh phí", True), ("tien qua", True),
    ("Tiến Thắng", False), ("Tiên Phương", False), ("Tiến hành giám sát", False),
])  # fmt: skip
def test_a_word_of_money_is_told_from_names_that_share_its_letters(text, money):
    assert says_money(text) is money
