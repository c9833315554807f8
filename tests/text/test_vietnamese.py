import random
import unicodedata

import pytest

from thidua_analysis.text.vietnamese import (
    clean_text,
    fold_tone_placement,
    is_vietnamese_syllable,
    match_key,
    slugify,
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà", "hòa"),
        ("Thuỷ", "Thủy"),
        ("khoẻ", "khỏe"),
        ("Uỷ ban", "Ủy ban"),
        ("Ứng Hoà", "Ứng Hòa"),
        ("tuỳ", "tùy"),
        ("HOÀ", "HÒA"),
    ],
)
def test_old_style_tone_folds_to_new_style(old, new):
    assert clean_text(old) == new
    assert fold_tone_placement(new, style="old") == unicodedata.normalize("NFC", old)


@pytest.mark.parametrize("word", ["quý", "hoàn", "thuyền", "hòa", "Hà Nội", "khuya"])
def test_words_outside_the_rule_are_untouched(word):
    assert clean_text(word) == word


def test_decomposed_equals_composed_and_spaces_collapse():
    decomposed = unicodedata.normalize("NFD", "Hai Bà Trưng")
    assert decomposed != "Hai Bà Trưng"
    assert clean_text(f"  Hai\n{decomposed[4:]}\u00a0 ") == "Hai Bà Trưng"


def test_match_key_and_slug():
    assert match_key("Ủy ban MTTQ  Đống Đa\n") == "uy ban mttq dong da"
    assert match_key("Hoà") == match_key("Hòa") == "hoa"
    assert slugify("Hai Bà Trưng") == "hai_ba_trung"
    assert slugify("Đống Đa") == "dong_da"


@pytest.mark.parametrize("word", ["Lâm", "nghiêng", "Người", "ĐỒNG", "giữa", "khuya", "Thạch"])
def test_real_syllables(word):
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["Laõm", "mèom", "ViƯt", "Müller", "haứ", "xyzw"])
def test_not_syllables(word):
    assert not is_vietnamese_syllable(word)


def test_match_key_by_table_equals_its_definition_for_every_character_and_mixed_text():
    # match_key maps each character through a table built from the definition (đ → d, NFD, marks
    # dropped, lower case); every character up to U+3000 and 3 000 random mixed strings must agree
    from thidua_analysis.text.vietnamese import _match_key_by_definition

    for code in range(0x3000):
        if not 0xD800 <= code <= 0xDFFF:
            assert match_key(chr(code)) == _match_key_by_definition(chr(code)), hex(code)
    rng = random.Random(7)
    alphabet = "aAđĐ ,.-\u0300\u0301\u0303\u0309\u0323ăâêôơưĂÂÊÔƠƯ0123456789İǅﬁÅΣσς\u00a0\n\tỦỳỸ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert match_key(text) == _match_key_by_definition(text), repr(text)
    assert match_key("Ủy ban MTTQ  Đống Đa\n") == "uy ban mttq dong da"
    assert match_key("Hoa\u0300 bi\u0300nh") == "hoa binh"
