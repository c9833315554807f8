"""One cell or one label at a time: what a value cell can be read as, and the facts of a row
label (total, detail, sub-item), cached across the files a process reads."""

from __future__ import annotations

import re
from functools import lru_cache

from ..reference.catalog import clean_label, is_measure, label_unit, match_indicator
from ..reference.files import Reference, per_reference
from ..text.numbers import parse_number, scale_from_text
from ..text.vietnamese import match_key
from .vocabulary import load_vocabulary

__all__ = [
    "RANGE",
    "RATIO",
    "SUB_ITEM",
    "SUM_TYPED",
    "figure_in_label",
    "is_figure",
    "label_facts",
    "money_scale",
    "numeric_like",
]

RATIO = re.compile(r"\d\s*/\s*\d")
# "12-15", "300 – 350 suất", "từ 12 đến 15": a range, no one figure
RANGE = re.compile(r"^\D{0,8}\d[\d.,]*\s*(?:[-–—]|đến|tới)\s*\d[\d.,]*\D{0,20}$", re.IGNORECASE)
# "12+3", "= 40 + 5": a sum typed as text (worked out by no one: the office must write the result)
SUM_TYPED = re.compile(r"^\s*=?\s*\d[\d.,]*\s*(?:\+\s*\d[\d.,]*\s*)+(?:=\s*\d[\d.,]*\s*)?\D{0,20}$")  # "3+2=5" too
# "Số hội nghị tuyên truyền: 45 hội nghị": a figure written into the label cell
_FIGURE_IN_LABEL = re.compile(r"^(?P<head>.*[^\W\d_].*?)\s*[:=]\s*(?P<figure>\d.*)$")
# (a capital with a full stop heads a group: "A. Tuyên truyền", "I. Công tác …", a roman numeral)
SUB_ITEM = re.compile(r"^\s*(?:[-–•*·]|[a-zđ]\s*[).]|[A-ZĐ]\s*\)|\d+\.\d+\.?\s)")


def figure_in_label(label: str) -> re.Match | None:
    """A figure written in the label itself ("Số hội nghị: 45"): groups ``head`` and ``figure``.
    Only a label with ':' or '=' is tried (the pattern backtracks over long labels)."""
    return _FIGURE_IN_LABEL.match(label) if (":" in label or "=" in label) else None


@per_reference
def label_facts(ref: Reference, label: str) -> tuple[str, bool, bool, bool]:
    """``(key, is_total, is_detail, is_sub_item)`` of a row label: a total row or section
    ("Tổng cộng", "TOÀN CỤM", not an indicator starting with the same word), a "Trong đó" / "+"
    detail, a dashed or sub-numbered item ("- Quà Tết", "a) …", "1.1 …")."""
    clean = clean_label(label)
    key = match_key(clean)
    vocab = load_vocabulary(ref=ref)
    is_total = bool(key and vocab.matches("total", clean)) and match_indicator(clean, ref=ref).code is None
    plain = match_key(label)
    is_detail = key.startswith(("trong do", "td ")) or plain.startswith(("trong do", "td ")) \
        or label.lstrip().startswith("+")  # fmt: skip
    return key, is_total, is_detail, SUB_ITEM.match(label) is not None


@lru_cache(maxsize=16384)
def money_scale(unit_text: str, label: str) -> int:
    """The scale of a money row: its ĐVT ("Triệu đồng"), else its label's bracket, else 1."""
    return scale_from_text(unit_text) or scale_from_text(label_unit(label)) or scale_from_text(label) or 1


_DIGITS_ONLY = re.compile(r"\s*\d[\d.,\u00a0 ]*\s*")
_YEAR_TEXT = re.compile(r"\s*(?:19|20)\d\d\s*")


_FIGURE_AND_WORDS = re.compile(r"\s*(?:khoảng\s+)?\d(?:[\d.,]*\d)?\s*(?P<words>\D{1,30})", re.IGNORECASE)


def is_figure_with_measure(value: object, ref: Reference) -> bool:
    """A figure written with its measure ("20 hội nghị", "500 suất", "15 triệu đồng"), as offices
    type a target or a result: never a label."""
    found = _FIGURE_AND_WORDS.fullmatch(value) if value.__class__ is str else None
    return found is not None and is_measure(found["words"], ref=ref)


def is_figure(value: object) -> bool:
    """A number, or a figure typed as text ("640", "1.250") but not a year a header may name
    ("2023"): what tells a table's body from its header."""
    if value.__class__ is str:
        return bool(_DIGITS_ONLY.fullmatch(value)) and not _YEAR_TEXT.fullmatch(value)
    return isinstance(value, int | float) and not isinstance(value, bool)


def numeric_like(value: object) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    return value.__class__ is str and bool(value) and parse_number(value).ok


