import pytest

from thidua_analysis.text.legacy import (
    detect_legacy,
    detect_legacy_many,
    fix_legacy,
    tcvn3_to_unicode,
    to_tcvn3,
    to_vni,
    vni_to_unicode,
)
from thidua_analysis.text.vietnamese import clean_text, match_key

# Phrases taken from the seed articles.
SEED_PHRASES = [
    "1.124 hội nghị cho 87.264 lượt người",
    "trao 3.737 suất quà trị giá 1,4 tỷ đồng",
    "kiện toàn 952 thành viên Ban TTND, tổ chức được 271 vụ",
    "kiện toàn 1.143 thành viên Ban GSĐTCCĐ, tổ chức 164 cuộc giám sát",
    "Ủy ban MTTQ Việt Nam quận Đống Đa",
    "Cụm thi đua số 3 Ủy ban MTTQ Việt Nam Thành phố Hà Nội",
    "Hội nghị tổng kết công tác thi đua năm 2017",
    "hỗ trợ xây sửa nhà Đại đoàn kết, hỗ trợ học sinh nghèo",
    "Hội Liên hiệp Phụ nữ, Hội Chữ thập đỏ và Ban Dân tộc thành phố",
]


def test_known_tcvn3_strings():
    assert tcvn3_to_unicode("Hµ Néi") == "Hà Nội"
    assert clean_text(fix_legacy("Uû ban MTTQ ViÖt Nam")[0]) == "Ủy ban MTTQ Việt Nam"
    assert fix_legacy("Uû ban MTTQ ViÖt Nam")[1] == "tcvn3"


def test_known_vni_strings():
    assert vni_to_unicode("Haø Noäi") == "Hà Nội"
    assert fix_legacy("Haø Noäi") == ("Hà Nội", "vni")
    assert (
        fix_legacy("UÛY BAN MAËT TRAÄN TOÅ QUOÁC VIEÄT NAM")[0]
        == "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"
    )


@pytest.mark.parametrize("phrase", SEED_PHRASES)
@pytest.mark.parametrize(("encoding", "encode"), [("tcvn3", to_tcvn3), ("vni", to_vni)])
def test_seed_phrases_round_trip(phrase, encoding, encode):
    legacy = encode(phrase)
    assert legacy != phrase
    assert detect_legacy(legacy) == encoding
    fixed, found = fix_legacy(legacy)
    assert found == encoding
    assert clean_text(fixed).lower() == clean_text(phrase).lower()


@pytest.mark.parametrize(
    "text",
    [
        "Hà Nội",
        "Cà Mau",
        "Ban TTND",
        "Café Sài Gòn",
        "Müller",
        "naïve façade",
        "Ba Vì",
        "Report of Q1 2021",
        "Ủy ban MTTQ",
        "1.124",
    ],
)
def test_unicode_and_english_are_left_alone(text):
    assert fix_legacy(text) == (text, None)


def test_workbook_vote_converts_short_ambiguous_cells():
    names = ["Quốc Oai", "Mê Linh", "Gia Lâm", "Thạch Thất", "Hoài Đức", "Phúc Thọ", "Ba Vì"]
    for encode, encoding in ((to_tcvn3, "tcvn3"), (to_vni, "vni")):
        cells = [encode(n) for n in names]
        assert detect_legacy_many(cells) == encoding
        assert [match_key(fix_legacy(c, encoding)[0]) for c in cells] == [
            match_key(n) for n in names
        ]
