"""Reporting periods: parse them from titles, sheet and file names; know what each contains.

Period codes (DESIGN.md §3): ``Q1``..``Q4`` a quarter alone; ``H1`` (Jan–Jun), ``9M`` (Jan–Sep)
and ``FY`` (the year) cumulative from 1 January; ``H2`` (Jul–Dec, not cumulative) for the units
created by the 2025 reform, whose first report covers 1 July–31 December 2025.

Rules, tried in this order on the diacritic-free text (first match wins):

1. a quarter: "Quý I năm 2021", "quý 1/2021", "Q1-2021", "2021-Q1", "QI"
2. nine months: "9 tháng", "9T", "2021-9M"
3. first half: "6 tháng đầu năm", "sơ kết 6 tháng", "6 tháng", "H1", "2022-H1"
4. the year: "năm 2017", "tổng kết năm", "cả năm", "FY", "2017-FY"

"6 tháng cuối năm" (the second half) parses to no period here: titles are read by
``interpret.title``, which knows H2.
The year is the first 4-digit year from 1990 to 2099 in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vietnamese import match_key

__all__ = [
    "CUMULATIVE",
    "PERIODS",
    "PERIOD_LABELS",
    "QUARTERS",
    "ParsedPeriod",
    "end_month",
    "is_cumulative",
    "parse_period",
    "period_label",
    "period_phrase",
    "period_title",
    "quarters_in",
]

PERIODS: tuple[str, ...] = ("Q1", "Q2", "Q3", "Q4", "H1", "9M", "FY", "H2")
QUARTERS: tuple[str, ...] = ("Q1", "Q2", "Q3", "Q4")
CUMULATIVE: tuple[str, ...] = ("Q1", "H1", "9M", "FY")  # Q1 is both a quarter and Jan–Mar
PERIOD_LABELS: dict[str, str] = {
    "Q1": "Quý I",
    "Q2": "Quý II",
    "Q3": "Quý III",
    "Q4": "Quý IV",
    "H1": "6 tháng đầu năm",
    "9M": "9 tháng",
    "FY": "Cả năm",
    "H2": "6 tháng cuối năm",
}
_CONTAINS = {
    "Q1": ("Q1",),
    "Q2": ("Q2",),
    "Q3": ("Q3",),
    "Q4": ("Q4",),
    "H1": ("Q1", "Q2"),
    "9M": ("Q1", "Q2", "Q3"),
    "FY": ("Q1", "Q2", "Q3", "Q4"),
    "H2": ("Q3", "Q4"),
}
_END_MONTH = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "9M": 9, "FY": 12, "H2": 12}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_YEAR = re.compile(r"(?<!\d)(19[9]\d|20\d\d)(?!\d)")
_QUARTER = re.compile(r"\b(?:quy|q)\s*(iv|iii|ii|i|[1-4])\b")
_NINE = re.compile(r"\b9\s*(?:thang|t)\b|\b9m\b")
_SECOND_HALF = re.compile(r"\b6\s*thang\s*cuoi\b|\bh2\b")
_HALF = re.compile(r"\b6\s*(?:thang|t)\b|\bh1\b|\bnua\s*dau\s*nam\b")
_YEAR_WORDS = re.compile(r"\bnam\s+(?:19[9]\d|20\d\d)\b|\btong\s*ket\s*nam\b|\bca\s*nam\b|\bfy\b")


@dataclass(frozen=True, slots=True)
class ParsedPeriod:
    year: int | None
    period: str | None


def parse_period(text: str) -> ParsedPeriod:
    """Find the year and period code in a title, sheet name or file name."""
    return _parse_period(str(text))


@lru_cache(maxsize=65536)
def _parse_period(text: str) -> ParsedPeriod:
    key = match_key(text.replace("_", " "))
    # "2021Q1", "Q1-2021" and "2022-H1" split into tokens by match_key only at punctuation.
    key = re.sub(r"(\d{4})(q[1-4]|h1|9m|fy)\b", r"\1 \2", key)
    key = re.sub(r"\b(q[1-4]|h1|9m|fy)(\d{4})", r"\1 \2", key)
    year_match = _YEAR.search(key)
    year = int(year_match.group(1)) if year_match else None
    quarter = _QUARTER.search(key)
    if quarter:
        return ParsedPeriod(year, f"Q{_ROMAN[quarter.group(1)]}")
    if _NINE.search(key):
        return ParsedPeriod(year, "9M")
    if _SECOND_HALF.search(key):
        return ParsedPeriod(year, None)
    if _HALF.search(key):
        return ParsedPeriod(year, "H1")
    if _YEAR_WORDS.search(key):
        return ParsedPeriod(year, "FY")
    return ParsedPeriod(year, None)


def quarters_in(period: str) -> tuple[str, ...]:
    """The quarters a period covers: ``quarters_in("9M") == ("Q1", "Q2", "Q3")``."""
    return _CONTAINS[period]


def is_cumulative(period: str) -> bool:
    """True for periods counted from 1 January that cover more than one quarter (H1, 9M, FY)."""
    return period in ("H1", "9M", "FY")


def end_month(period: str) -> int:
    """The last month a period covers (a stock is the level at the end of this month)."""
    return _END_MONTH[period]


def period_label(period: str, year: int | None = None) -> str:
    """Vietnamese label: ``period_label("H1", 2021) == "6 tháng đầu năm 2021"``."""
    label = PERIOD_LABELS[period]
    if year is None:
        return label
    if period == "FY":
        return f"Năm {year}"
    if period in ("H1", "H2"):
        return f"{label} {year}"
    return f"{label} năm {year}"


def period_phrase(period: str, year: int | None = None) -> str:
    """The label inside a sentence: ``"quý I năm 2021"``, ``"6 tháng đầu năm 2021"``, ``"cả
    năm"``."""
    label = period_label(period, year)
    return label[:1].lower() + label[1:]


def period_title(period: str, year: int) -> str:
    """The period as a report title says it: ``"6 THÁNG ĐẦU NĂM 2022"``, ``"NĂM 2022"``."""
    if period == "FY":
        return f"NĂM {year}"
    if period in ("H1", "H2"):
        return f"{PERIOD_LABELS[period].upper()} {year}"
    return f"{PERIOD_LABELS[period].upper()} NĂM {year}"
