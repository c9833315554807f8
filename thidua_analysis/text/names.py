"""Unit names as reports write them: strip the Front's and the administration's prefixes.

"Ủy ban MTTQ Việt Nam quận Đống Đa" → "dong da"; "Q.Long Biên" → "long bien"; "TX. Sơn Tây" →
"son tay"; "X. Sóc Sơn", "Ph. Giảng Võ"; "MTTQ huyện Đan Phượng" → "dan phuong". Works on
:func:`match_key` keys, so accents, case and punctuation do not matter.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .vietnamese import match_key

__all__ = ["FORMER_MARK", "admin_type", "is_former", "is_proper_name", "name_key", "names_a_place", "names_an_area"]

_FRONT = (
    r"(?:(?:ban thuong truc|btt)\s+)?(?:uy ban|ubnd|ub)?\s*"
    r"(?:mat tran to quoc|mat tran|mttq|mt)\s*(?:viet nam|vn)?\s*"
)
ADMIN_TYPES = {"thanh pho": "thành phố", "tp": "thành phố", "quan": "quận", "q": "quận",
               "huyen": "huyện", "h": "huyện", "thi xa": "thị xã", "tx": "thị xã",
               "phuong": "phường", "p": "phường", "ph": "phường", "xa": "xã", "x": "xã", "thi tran": "thị trấn",
               "tt": "thị trấn"}  # fmt: skip
_ADMIN_WORDS = "|".join(sorted(ADMIN_TYPES, key=len, reverse=True))  # the longest first: "phuong" before "p"
_ADMIN = rf"(?:{_ADMIN_WORDS})\s+"
_PREFIX = re.compile(rf"^(?:{_FRONT})?(?:({_ADMIN_WORDS})\s+)?")
_BARE_FRONT = re.compile(r"^(?:uy ban|ubmttq|ub)\s+")
_NUMBERED = re.compile(r"^\d{1,3}\s+(?=[a-z])")
_SUFFIX = re.compile(r"\s+(?:thanh pho|tp)\s+(?:ha noi|can tho)$")


def _key(text: str) -> str:
    """The match key of a name without a row number before it ("1. Đống Đa", "3- Hoàn Kiếm";
    "Phường 1" keeps its own), "UBMTTQ" spelt apart ("BTT UBMTTQ": its standing committee)."""
    return re.sub(r"^((?:btt|ban thuong truc)\s+)?ubmttq\s*", r"\1mttq ", _NUMBERED.sub("", match_key(text), count=1))


@lru_cache(maxsize=65536)
def name_key(text: str, keep_type: bool = False) -> str:
    """Matching key of a unit name without the Front's or the administrative prefix (with
    ``keep_type``, the administrative word is kept: "Phuong Liet", a name typed with no tone
    marks, may be the ward Phương Liệt)."""
    key = _key(text)
    found = _PREFIX.match(key)
    admin = found.group(1)
    cut = found.start(1) if admin and (keep_type or not _as_written(text, admin)) else found.end()
    stripped = key[cut:].strip()
    stripped = _SUFFIX.sub("", stripped).strip()
    return stripped or key


_ADMIN_WORD = re.compile(rf"^(?:{_FRONT})?({_ADMIN_WORDS})\s+\S")
# how the first word of an administrative type is spelt, with its tone marks or with none at all
_ADMIN_SPELLINGS = frozenset({"quận", "quan", "q", "huyện", "huyen", "h", "thị", "thi", "tx", "phường", "phuong", "p",
                              "ph", "xã", "xa", "x", "tt", "thành", "thanh", "tp"})  # fmt: skip


def _as_written(text: str, admin: str) -> bool:
    """Whether the administrative word ``admin`` (a match key: "quan", "thi xa") that ``text``'s key
    opens with is written as one, not as a name that loses its tone marks to it: "Quán Thánh",
    "Phương Liệt", "Phượng Dực", "Xa La" are names of places, never "quận Thánh", "phường Liệt"."""
    first = admin.split()[0]
    for word in re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()):
        if match_key(word) == first:
            return word in _ADMIN_SPELLINGS
    return True


@lru_cache(maxsize=65536)
def admin_type(text: str) -> str:
    """The administrative type a name is written with: "Q. Ba Đình" → "quận", "Ủy ban MTTQ
    phường Ba Đình" → "phường", "Ba Đình" → "" (none said)."""
    found = _ADMIN_WORD.match(_key(text))
    return ADMIN_TYPES[found.group(1)] if found and _as_written(text, found.group(1)) else ""


_QUARTER_WRITTEN_Q = re.compile(r"^(?:i|ii|iii|iv|[1-4])(?: (?:19|20)?\d\d)?$")


@lru_cache(maxsize=65536)
def names_a_place(text: str) -> bool:
    """Whether ``text`` is written as the name of an administrative unit, known or not: its type
    and a proper name ("Phường Đại Kim", "X. Sóc Sơn", "Phường 12"), not a common phrase that
    begins with such a word ("Xã hội hóa", "Phường, xã", "Huyện ủy") nor a quarter ("Q.III")."""
    kind = admin_type(text)
    if not kind:
        return False
    rest = name_key(text).split()
    if not rest or rest[0] in ADMIN_TYPES or rest[0] == "hoi":
        return False
    if _QUARTER_WRITTEN_Q.match(" ".join(rest)) and kind == "quận" and \
            not text.lstrip().lower().startswith("quận"):  # "Q.III", "Q.3/2024": a quarter, never "Quận 3"
        return False
    last = text.split()[-1]
    return last[:1].isupper() or last[:1].isdigit()


FORMER_MARK = re.compile(r"\(\s*c[ũu]\s*\)|\bcũ\s*$|\btrước (?:sáp nhập|sắp xếp|hợp nhất)\b", re.IGNORECASE)


def is_former(text: str) -> bool:
    """Whether ``text`` names a unit as it was before a merger ("Bồ Đề (cũ)", "Phường Ngọc Lâm
    cũ", "Xã Kim Lan trước sáp nhập"): never the unit of that name today."""
    return bool(FORMER_MARK.search(text))


# (the words of the north, the centre and the south: "Khu vực 3" of a ward of Cần Thơ, "Khóm 2",
# "Buôn Đôn", "Tổ 12" with its number only)
_AREA = re.compile(r"^(?:ban (?:ctmt|cong tac mat tran) )?(?:to dan pho|tdp|khu dan cu|kdc|khu pho|kp|thon|ap|xom"
                   r"|khu vuc|khom|buon|to(?= (?:so )?\d))(?: so)?(?= )")  # fmt: skip


@lru_cache(maxsize=65536)
def names_an_area(text: str) -> bool:
    """Whether ``text`` names one residential area of a commune ("Tổ dân phố số 1", "TDP 3",
    "KDC Ngọc Lâm", "Thôn Đông", "Khu vực 1", "Tổ 12", "Ban CTMT khu dân cư số 2"): the area's
    word, then a number or a proper name; not areas in general ("Các khu dân cư", "Tổ dân phố")
    nor a phrase ("Áp dụng …", "Thôn, xóm")."""
    key = match_key(text)
    found = _AREA.match(key)
    if not found:
        return False
    words = text.split()
    after = words[len(found.group(0).split()):]  # the words of the original after the area's word
    if not after:
        return False
    if text.isupper():  # "TỔ DÂN PHỐ SỐ 2"; in capitals a name cannot be told from words ("KHU DÂN CƯ VĂN HÓA")
        return after[0][:1].isdigit()
    return after[0][:1].isupper() or after[0][:1].isdigit()


def is_proper_name(text: str) -> bool:
    """Whether ``text`` is written as a place's bare name: one to four words, each opening with a
    capital ("Ngọc Lâm", "Gia Thụy"), maybe a number after them ("Mỹ Đình 1"), no other digits;
    not words ("Tổng cộng", "Ghi chú"). In capitals ("NGỌC LÂM") words cannot be told from a name:
    two words at least, and the caller asks a list of names."""
    words = text.split()
    if len(words) > 2 and words[-1].isdigit() and len(words[-1]) <= 2:  # "Mỹ Đình 1", never "Phường 12"
        words = words[:-1]
    return 0 < len(words) <= 4 and all(w[:1].isupper() and not any(ch.isdigit() for ch in w) for w in words) \
        and (len(words) > 1 or not text.isupper())
