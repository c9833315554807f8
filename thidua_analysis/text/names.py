"""Unit names as reports write them: strip the Front's and the administration's prefixes.

"Ủy ban MTTQ Việt Nam quận Đống Đa" → "dong da"; "Q.Long Biên" → "long bien"; "TX. Sơn Tây" →
"son tay"; "X. Sóc Sơn", "Ph. Giảng Võ"; "MTTQ huyện Đan Phượng" → "dan phuong". Works on :func:`match_key` keys, so accents,
case and punctuation do not matter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vietnamese import match_key

__all__ = ["admin_type", "name_key"]

_FRONT = (
    r"(?:ban thuong truc\s+)?(?:uy ban|ubnd|ub)?\s*"
    r"(?:mat tran to quoc|mttq|mt)\s*(?:viet nam|vn)?\s*"
)
_ADMIN = r"(?:thanh pho|tp|quan|q|huyen|h|thi xa|tx|phuong|ph|p|xa|x|thi tran|tt)\s+"
_PREFIX = re.compile(rf"^(?:{_FRONT})?(?:{_ADMIN})?")
_BARE_FRONT = re.compile(r"^(?:uy ban|ubmttq|ub)\s+")
_NUMBERED = re.compile(r"^\d{1,3}\s+(?=[a-z])")  # a row number before the name ("Phường 1" keeps its own)
_SUFFIX = re.compile(r"\s+(?:thanh pho|tp)\s+(?:ha noi|can tho)$")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Matching key of a unit name without the Front's or the administrative prefix."""
    key = _NUMBERED.sub("", match_key(text), count=1)  # "1. Đống Đa", "3- Hoàn Kiếm"
    key = re.sub(r"^ubmttq\s*", "mttq ", key)
    stripped = _PREFIX.sub("", key, count=1).strip()
    stripped = _SUFFIX.sub("", stripped).strip()
    return stripped or key


_ADMIN_WORD = re.compile(
    rf"^(?:{_FRONT})?(thanh pho|tp|quan|q|huyen|h|thi xa|tx|phuong|ph|p|xa|x|thi tran|tt)\s+\S"
)
ADMIN_TYPES = {"thanh pho": "thành phố", "tp": "thành phố", "quan": "quận", "q": "quận",
               "huyen": "huyện", "h": "huyện", "thi xa": "thị xã", "tx": "thị xã",
               "phuong": "phường", "p": "phường", "ph": "phường", "xa": "xã", "x": "xã", "thi tran": "thị trấn",
               "tt": "thị trấn"}  # fmt: skip


@lru_cache(maxsize=65536)
def admin_type(text: str) -> str:
    """The administrative type a name is written with: "Q. Ba Đình" → "quận", "Ủy ban MTTQ
    phường Ba Đình" → "phường", "Ba Đình" → "" (none said)."""
    key = re.sub(r"^ubmttq\s*", "mttq ", _NUMBERED.sub("", match_key(text), count=1))
    found = _ADMIN_WORD.match(key)
    return ADMIN_TYPES[found.group(1)] if found else ""
