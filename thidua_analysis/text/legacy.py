"""Legacy 8-bit Vietnamese text (TCVN3/ABC ".VnTime" fonts and VNI) converted to Unicode.

Such text reaches Excel as Latin-1 characters ("Hµ Néi", "Haø Noäi"). Detection is a readable
rule, not a model:

1. Text that already holds a Vietnamese-only Unicode letter (ạ…ỹ, ă, đ, ơ, ư, ĩ, ũ) is Unicode.
2. Text made only of ASCII and Latin-1 letters that Vietnamese Unicode also uses (á, à, â, ê, ô…)
   is left alone: it may be ordinary Unicode ("Cà Mau", "Ban TTND").
3. Otherwise each candidate encoding converts it; a candidate is kept only if its result has no
   leftover foreign Latin-1 letter and every word carries at most one tone mark. If both qualify,
   the one with fewer foreign letters before conversion explained wins (TCVN3 first on a tie).

Words typed in ".VnTimeH" (capitals) come back upper-case when the word's ASCII letters are.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .vietnamese import fold_tone_placement, is_vietnamese_syllable

__all__ = [
    "detect_legacy",
    "detect_legacy_many",
    "fix_legacy",
    "legacy_votes",
    "tcvn3_to_unicode",
    "to_tcvn3",
    "to_vni",
    "vni_to_unicode",
]

# TCVN 5712:1993 VN3 (the ABC encoding of the .VnTime fonts): code point -> Unicode letter.
_TCVN3_PAIRS = (
    "µà ¸á ¶ả ·ã ¹ạ ¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ ©â Çầ Êấ Èẩ Éẫ Ëậ ®đ Ìè Ðé Îẻ Ïẽ Ñẹ ªê Òề Õế Óể Ôễ Öệ "
    "×ì Ýí Øỉ Üĩ Þị ßò ãó áỏ âõ äọ «ô åồ èố æổ çỗ éộ ¬ơ êờ íớ ëở ìỡ îợ ïù óú ñủ òũ ôụ "
    "\u00adư õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ ¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư"
)
_TCVN3 = {pair[0]: pair[1] for pair in _TCVN3_PAIRS.split(" ")}

# VNI Windows: a base letter followed by a mark character.
_VNI_TONE = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_CIRCUMFLEX = {
    "â": "",
    "á": "\u0301",
    "à": "\u0300",
    "å": "\u0309",
    "ã": "\u0303",
    "ä": "\u0323",
}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {
    "ô": "ơ",
    "ö": "ư",
    "ñ": "đ",
    "í": "í",
    "ì": "ì",
    "æ": "ỉ",
    "ó": "ĩ",
    "ò": "ị",
    "î": "ỵ",
}


def _build_vni() -> tuple[dict[str, str], dict[str, str]]:
    table: dict[str, str] = {}
    for base in "aeiouy":
        for mark, tone in _VNI_TONE.items():
            table[base + mark] = unicodedata.normalize("NFC", base + tone)
    for base in "aeo":
        for mark, tone in _VNI_CIRCUMFLEX.items():
            table[base + mark] = unicodedata.normalize("NFC", base + "\u0302" + tone)
    for mark, tone in _VNI_BREVE.items():
        table["a" + mark] = unicodedata.normalize("NFC", "a\u0306" + tone)
    for single, uni in _VNI_SINGLE.items():
        if single in "ôö":
            for mark, tone in _VNI_TONE.items():
                table[single + mark] = unicodedata.normalize("NFC", uni + tone)
        table[single] = uni
    upper = {k.upper(): v.upper() for k, v in table.items()}
    # Mixed case as typed in titles: "Haø" has a lower-case mark, "HAØ" an upper-case one.
    mixed = {k[0].upper() + k[1:]: v.upper() for k, v in table.items() if len(k) == 2}
    return {**table, **mixed, **upper}, {
        **{v: k for k, v in upper.items()},
        **{v: k for k, v in table.items()},
    }


_VNI, _VNI_INVERSE = _build_vni()
_TCVN3_INVERSE = {v: k for k, v in _TCVN3.items()}
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))

_VIET_ONLY = re.compile("[ăđơưĩũĂĐƠƯĨŨ\u1ea0-\u1ef9]")
# Latin-1 letters Vietnamese Unicode itself uses.
_VIET_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_LETTERS = re.compile(r"[^\W\d_]+")
_PUNCT = ".,;:!?()[]{}\"'/-–…"


def _beyond_cp1252(text: str) -> bool:
    """True when text holds a character no 8-bit Windows font could have produced."""
    return any(ord(c) > 0xFF and c not in _CP1252_EXTRA for c in text)


_CP1252_EXTRA = set(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))


def _foreign(text: str) -> int:
    """Count Latin-1 characters (U+00A0..U+00FF) that Vietnamese Unicode text does not use."""
    return sum(
        1 for c in text if "\u00a0" <= c <= "\u00ff" and c not in _VIET_LATIN1 and c != "\u00a0"
    )


def _recase(original: str, converted: str) -> str:
    words_in = original.split(" ")
    words_out = converted.split(" ")
    if len(words_in) != len(words_out):
        return converted
    out = []
    for w_in, w_out in zip(words_in, words_out, strict=True):
        ascii_letters = [c for c in w_in if c.isascii() and c.isalpha()]
        if len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters):
            out.append(w_out.upper())
        else:
            out.append(w_out)
    return " ".join(out)


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 (ABC) text to Unicode NFC, upper-casing words typed in capitals."""
    converted = "".join(_TCVN3.get(c, c) for c in text)
    return unicodedata.normalize("NFC", _recase(text, converted))


def vni_to_unicode(text: str) -> str:
    """Convert VNI Windows text to Unicode NFC."""
    converted = _VNI_PATTERN.sub(lambda m: _VNI[m.group(0)], text)
    return unicodedata.normalize("NFC", converted)


_CONVERTERS = {"tcvn3": tcvn3_to_unicode, "vni": vni_to_unicode}


def _valid_word(word: str) -> bool:
    letters = word.strip(_PUNCT)
    return bool(letters) and is_vietnamese_syllable(letters)


@lru_cache(maxsize=65536)
def legacy_votes(text: str) -> tuple[int, int]:
    """Votes ``(tcvn3, vni)`` of the words of ``text``.

    A word votes for an encoding when it is not a Vietnamese syllable as it stands but is one
    once converted ("Laâm" → "Lâm" votes VNI; "Néi" → "Nội" votes TCVN3). Text that already
    holds a Vietnamese-only Unicode letter, or only ASCII, gives no votes.
    """
    if not text or text.isascii() or _VIET_ONLY.search(text) or _beyond_cp1252(text):
        return (0, 0)
    votes = [0, 0]
    for word in text.split():
        if word.isascii() or _valid_word(word):
            continue
        for slot, convert in enumerate(_CONVERTERS.values()):
            converted = convert(word)
            if converted != word and not _foreign(converted) and _valid_word(converted):
                votes[slot] += 1
    return (votes[0], votes[1])


def _winner(tcvn3: int, vni: int) -> str | None:
    if tcvn3 > vni:
        return "tcvn3"
    if vni > tcvn3:
        return "vni"
    return None


def detect_legacy(text: str) -> str | None:
    """Return ``"tcvn3"``, ``"vni"`` or ``None`` for one piece of text, by its words' votes."""
    return _winner(*legacy_votes(text))


def detect_legacy_many(texts: Iterable[str]) -> str | None:
    """The legacy encoding of a whole sheet or workbook, by the votes of all its texts.

    A workbook typed in one font is consistent, so its short cells ("Quèc Oai", whose words are
    ambiguous alone) are converted with the encoding its other cells reveal.
    """
    total = [0, 0]
    for text in texts:
        tcvn3, vni = legacy_votes(text)
        total[0] += tcvn3
        total[1] += vni
    return _winner(*total)


def fix_legacy(text: str, encoding: str | None = None) -> tuple[str, str | None]:
    """Return ``(unicode_text, encoding_used)``.

    With ``encoding`` (from :func:`detect_legacy_many`) every convertible text is converted;
    without it, only text whose own words reveal the encoding. Text already in Vietnamese
    Unicode, ASCII text, and conversions that would leave a foreign letter are left unchanged.
    """
    if not text or text.isascii() or _VIET_ONLY.search(text) or _beyond_cp1252(text):
        return text, None
    encoding = encoding or detect_legacy(text)
    if encoding is None:
        return text, None
    converted = _CONVERTERS[encoding](text)
    if converted == text or _foreign(converted):
        return text, None
    return converted, encoding


def to_tcvn3(text: str) -> str:
    """Encode Unicode text as TCVN3 would store it (upper-case toned letters use the lower-case
    code, as the ".VnTimeH" capital font does)."""
    out = []
    for c in fold_tone_placement(text, style="old"):
        code = _TCVN3_INVERSE.get(c) or _TCVN3_INVERSE.get(c.lower())
        out.append(code if code is not None else c)
    return "".join(out)


def to_vni(text: str) -> str:
    """Encode Unicode text as VNI Windows would store it."""
    return "".join(_VNI_INVERSE.get(c, c) for c in fold_tone_placement(text, style="old"))
