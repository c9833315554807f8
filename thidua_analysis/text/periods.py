"""Reporting periods: parse them from titles, sheet and file names; know what each contains.

Period codes (docs/design.md §3): ``Q1``..``Q4`` a quarter alone; ``H1`` (Jan–Jun), ``9M`` (Jan–Sep)
and ``FY`` (the year) cumulative from 1 January; ``H2`` (Jul–Dec, not cumulative) for the units
created by the 2025 reform, whose first report covers 1 July–31 December 2025.

Rules, tried in this order on the diacritic-free text (first match wins):

1. a quarter: "Quý I năm 2021", "quý 1/2021", "Q1-2021", "2021-Q1", "QI"
2. nine months: "9 tháng", "9T", "2021-9M", "3 quý đầu năm"
3. first half: "6 tháng đầu năm", "sơ kết 6 tháng", "6 tháng", "H1", "2022-H1", "2 quý đầu năm"
4. the year: "năm 2017", "tổng kết năm", "cả năm", "FY", "2017-FY"

"6 tháng cuối năm" (the second half) is H2. Dates ("05/10/2023", "ngày 5 tháng 10 năm 2023"),
terms ("nhiệm kỳ 2019-2024") and months ("tháng 9/2023") are left out before anything is read:
they never give a period or a year.
The year is the first 4-digit year from 1990 to 2099 in the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .vietnamese import match_key

__all__ = [
    "CUMULATIVE",
    "DATES",
    "PERIODS",
    "PERIOD_LABELS",
    "QUARTERS",
    "QUARTER_OF",
    "TO_DATE",
    "ParsedPeriod",
    "dated_periods",
    "end_month",
    "is_cumulative",
    "months_period",
    "name_periods",
    "odd_months",
    "one_month",
    "parse_period",
    "period_label",
    "period_phrase",
    "period_text",
    "period_title",
    "periods_said",
    "quarters_in",
    "says_the_year",
    "short_year",
    "start_month",
    "strip_dates",
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
# the quarter a period ends with, and the period from 1 January to the same end
QUARTER_OF = {"Q1": "Q1", "Q2": "Q2", "Q3": "Q3", "Q4": "Q4", "H1": "Q2", "9M": "Q3", "FY": "Q4", "H2": "Q4"}
TO_DATE = {"Q1": "Q1", "Q2": "H1", "Q3": "9M", "Q4": "FY", "H1": "H1", "9M": "9M", "FY": "FY", "H2": "H2"}
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

DATES = re.compile(
    r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d\b"  # 05/10/2023
    r"|\b(?:19|20)\d\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\b"  # 2023-10-05
    r"|\b(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"  # 20231005
)
_KEYDATES = re.compile(
    r"\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\b"
    r"|\bthang\s+\d{1,2}\s+nam\s+\d{4}\b|\bthang\s+\d{1,2}\s+\d{4}\b"
    r"|\b(?:nhiem ky|giai doan|khoa)\s+\d{4}(?:\s+\d{4})?\b"
    r"|\b\d{1,2} \d{1,2} (?:19|20)\d\d\b"  # a date whose slashes became spaces
)
_YEAR = re.compile(r"(?<!\d)(199\d|20\d\d)(?!\d)")
# (never "Quỹ 1 tỷ đồng": a figure of money after the fund's name)
_QUARTER = re.compile(r"\b(?:quy|q)\s*(iv|iii|ii|i|[1-4])\b(?!\s*(?:ty|ti|trieu|tr|nghin|ngan)\b)")
_QUARTER_ORDINAL = re.compile(r"\bquy\s+thu\s+(iv|iii|ii|i)\b")  # "Quý thứ II" (never "Quỹ thu 1 tỷ")
# the quarters listed after one ("Quý I, II", "quý I và II"): never "3 tháng", never a year
_MORE_QUARTERS = re.compile(r"(?:\s+(?:va\s+)?(?:iv|iii|ii|i|[1-4])\b(?!\s*(?:thang|t)\b))+")
# a quarter in words ("Quý một"; never "quý tư": "Quỹ từ thiện" has the same letters)
# ("Quý thứ hai": an ordinal after "thứ" is a quarter's; "quý thứ tư" only with its marks, as
# "Quỹ thu từ các nguồn" has the same letters)
_QUARTER_WORD = re.compile(r"\bquy\s+(mot|hai|ba|bon)\b|\bquy\s+thu\s+(nhat|hai|ba)\b")
_QUARTER_WORDS = {"mot": 1, "nhat": 1, "hai": 2, "ba": 3, "bon": 4}
_FOURTH_QUARTER = re.compile(r"\bquý\s+thứ\s+tư\b", re.IGNORECASE)
# "3 tháng đầu năm", "quý đầu năm" (never "2 quý đầu năm", "ba quý đầu năm": H1, 9M)
_FIRST_QUARTER = re.compile(r"\b(?:0?3|ba)\s*thang\s*dau\s*nam\b|(?<!\d )(?<!hai )(?<!\bba )\bquy\s+dau\s+(?:nam|tien)\b")
_LAST_QUARTER = re.compile(r"(?<!\d )(?<!hai )(?<!\bba )\bquy\s+cuoi(?:\s+cung)?\s+nam\b")  # "quý cuối năm": Q4
# ("3 quý năm 2023": the first three quarters, never "năm 2023" alone; "3 quỹ" has the same letters, so
# only with "đầu" or "năm" after it)
_NINE = re.compile(r"\b(?:0?9|chin)\s*(?:thang|t)\b|\b9m\b|\b(?:0?3|ba)\s*quy\s*(?:dau(?:\s*nam)?|nam)\b")
_SECOND_HALF = re.compile(r"\b(?:0?6|sau)\s*(?:thang|t)\s*cuoi(?:\s*nam)?\b|\bh2\b|\b6\s*tcn\b")  # "6TCN": cuối năm
_HALF = re.compile(r"\b(?:0?6|sau)\s*(?:thang|t)\b|\bh1\b|\bnua\s*dau\s*nam\b|\b6\s*tdn\b|\b(?:0?2|hai)\s*quy\s*(?:dau(?:\s*nam)?|nam)\b")  # "6TĐN": đầu năm
_WHOLE_YEAR = re.compile(
    r"\btong\s*ket\s*nam\b|\bca\s*nam\b|\b12\s*(?:thang|t)\b|\bfy\b"
    # "Tổng kết 2023", "TỔNG KẾT CÔNG TÁC MẶT TRẬN 2023": words, then the year (never a term:
    # "tổng kết nhiệm kỳ 2019-2024", "giai đoạn 2020-2025")
    r"|\btong\s*ket\b(?=(?:\s+(?!nhiem\b|giai\b|nam\b)[a-z]+){0,6}\s+(?:199\d|20\d\d)\b(?!\s*[-–/]?\s*(?:199\d|20\d\d)\b))"
    # "BÁO CÁO TỔNG KẾT CÔNG TÁC MẶT TRẬN" and nothing after: the year's review (its year said elsewhere)
    r"|\btong\s*ket\s+cong\s+tac(?:\s+mat\s+tran|\s+mttq)?(?:\s+nam)?\s*$"
)
# months from … to …: "tháng 1-3", "T7-T9", "từ tháng 1 đến tháng 6" (read before dates are left
# out: "tháng 7-9/2024" is months, not the 7th of September)
_MONTHS = re.compile(
    r"\b(?:tháng|thang|t)\s*0?(\d{1,2})\s*(?:[-–]|đến|den)\s*(?:(?:tháng|thang|t)\s*)?0?(\d{1,2})\b",
    re.IGNORECASE,
)
_QUARTERS_ADDED = re.compile(
    r"\b(?:quý|quy|q)\s*(?:iv|iii|ii|i|[1-4])(?:\s*\+\s*(?:(?:quý|quy|q)\s*)?(?:iv|iii|ii|i|[1-4]))+\b", re.IGNORECASE
)
_QUARTER_WORD_OUT = re.compile(r"quý|quy|q")
_QUARTER_NUMBER = re.compile(r"iv|iii|ii|i|[1-4]")
_MONTH_SPANS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2",
                (1, 9): "9M", (1, 12): "FY"}  # fmt: skip


def period_text(text: str) -> str:
    """``text`` ready to be keyed for its periods: dates blanked, spans of months spelt out ("tháng
    1 - 9/2023" is January to September, "tháng 1 đến tháng 9/2023", never the 1st of September),
    "quý thứ tư" written "quý IV" (without its marks it has the letters of "Quỹ thu từ")."""

    def spelt(m: re.Match) -> str:
        first, last = int(m.group(1)), int(m.group(2))
        return f"tháng {first} đến tháng {last}" if 1 <= first < last <= 12 else m.group(0)

    return DATES.sub(" ", _MONTHS.sub(spelt, _FOURTH_QUARTER.sub("quý IV", text)))


def months_period(months: list[int]) -> str | None:
    """The period whose months ``months`` are, each once ([7, 8, 9] → "Q3"), or None."""
    if not months or sorted(months) != list(range(min(months), max(months) + 1)):
        return None
    return _MONTH_SPANS.get((min(months), max(months)))


_NAMED_YEAR = re.compile(r"\bnam\s+(?:199\d|20\d\d)\b")
_NAMED_YEAR_MARKED = re.compile(r"\bnăm\s+(?:199\d|20\d\d)\b")


def says_the_year(text: str, key: str | None = None) -> bool:
    """Whether "năm 2023" is written, not a place's "Nam" before a year ("Lĩnh Nam 2026", "Việt
    Nam 2026"): by the word's marks when the text has marks, else by the words ("Viet Nam" is none)."""
    key = match_key(text) if key is None else key
    if text.isascii():
        return bool(_NAMED_YEAR.search(key.replace("viet nam", "viet")))
    return bool(_NAMED_YEAR_MARKED.search(unicodedata.normalize("NFC", text).lower()))
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True, slots=True)
class ParsedPeriod:
    year: int | None
    period: str | None


def parse_period(text: str) -> ParsedPeriod:
    """The year and the period a title, sheet name or file name names (a quarter first, then
    9 tháng, 6 tháng cuối năm, 6 tháng đầu năm, the year)."""
    periods, years, _weak = name_periods(str(text))
    ranked = sorted(periods, key=lambda p: (not p.startswith("Q"), ("9M", "H2", "H1", "FY").index(p)
                                            if not p.startswith("Q") else 0))  # fmt: skip
    return ParsedPeriod(years[0] if years else None, ranked[0] if ranked else None)


def strip_dates(key: str) -> str:
    """A diacritic-free key without dates, terms or date-like numbers."""
    return _KEYDATES.sub(" ", key)


# "đến 30/9/2024", "tính đến ngày 15/6": figures counted up to a date, a cumulative period (a
# cut-off before the 14th belongs to the month before: "đến 05/10" is nine months)
_DAY = r"(?:ngày\s+|ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*((?:19|20)\d\d))?"
_UNTIL = re.compile(r"(?:đến|den)\s+(?:hết\s+|het\s+)?" + _DAY, re.IGNORECASE)
# "từ ngày 01/4/2024 đến ngày 30/6/2024", "từ 15/12/2023 đến 14/12/2024" (the year many offices
# count from the 15th of December), "01/7-30/9/2023": the months between, rounded at the 14th
_RANGE = re.compile(r"(?:(?:từ|tu)\s+)?(?<![\d/.])" + _DAY + r"\s*(?:đến|den|[-–])\s*(?:hết\s+|het\s+)?" + _DAY,
                    re.IGNORECASE)  # fmt: skip
# "ngày 30 tháng 6 năm 2024" as 30/6/2024, for the rules above
_WORDED_DATE = re.compile(r"(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2})(?:\s+(?:năm|nam)\s+((?:19|20)\d\d))?",
                          re.IGNORECASE)  # fmt: skip
_UNTIL_PERIOD = {3: "Q1", 6: "H1", 9: "9M", 12: "FY"}
# "lũy kế đến hết tháng 9", "tính đến tháng 6 năm 2024": counted to the end of a month
_UNTIL_MONTH = re.compile(r"(?:đến|den|tới|toi)\s+(?:hết\s+|het\s+)?(?:tháng|thang)\s*(\d{1,2})"
                          r"(?:\s*[/.-]\s*((?:19|20)\d\d)(?!\d)|(?!\s*[/.-]\s*\d)(?:\s*(?:năm|nam)\s*((?:19|20)\d\d))?)",
                          re.IGNORECASE)  # fmt: skip


# "Lũy kế từ 01/7/2025", "từ ngày 15/12/2023": a start with no end (the end is the report's)
_FROM = re.compile(r"(?:từ|tu)\s+" + _DAY + r"(?![\d/.])(?!\s*(?:đến|den|[-–])\s*(?:hết\s+|het\s+)?(?:ngày\s+|ngay\s+)?\d)",
                   re.IGNORECASE)  # fmt: skip


def start_month(text: str) -> int | None:
    """The first month counted from a start date with no end date ("Lũy kế từ 01/7/2025": 7; "từ
    15/12/2023": 1, the year many offices count from the 15th of December), or None."""
    found = [m for m in _FROM.finditer(_WORDED_DATE.sub(lambda m: "/".join(g for g in m.groups() if g), text))
             if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12]  # fmt: skip
    if len(found) != 1:
        return None
    day, month = int(found[0].group(1)), int(found[0].group(2))
    month = month + 1 if day >= 14 else month  # from the 15th: the next month
    return 1 if month == 13 else month


def _month_ending(day: int, month: int) -> int:
    """The last whole month counted by a cut-off on ``day``/``month`` (0 for none)."""
    return month if day >= 14 else month - 1


def dated_periods(raw: str) -> list[tuple[int, str, int | None, bool]]:
    """``(position, period, year, ranged)`` of each span of dates in ``raw`` that is a reporting
    period: a range from one date to another (``ranged``; "từ 01/4/2024 đến 30/6/2024": Q2; "từ
    15/12/2023 đến 14/12/2024": the year 2024), else a cut-off at a quarter's end ("đến
    30/9/2024", "đến hết tháng 9": 9M, or any period ending then)."""
    raw = _WORDED_DATE.sub(lambda m: "/".join(g for g in m.groups() if g), raw)
    out, taken = [], []
    for m in _RANGE.finditer(raw):
        d1, m1, y1, d2, m2, y2 = m.groups()
        d1, m1, d2, m2 = int(d1), int(m1), int(d2), int(m2)
        if not (1 <= d1 <= 31 and 1 <= m1 <= 12 and 1 <= d2 <= 31 and 1 <= m2 <= 12):
            continue
        taken.append(m.span())
        start, carry = (m1 + 1 if d1 >= 14 else m1), 0  # from the 15th: the next month
        if start == 13:
            start, carry = 1, 1
        end = _month_ending(d2, m2)
        year = int(y2) if y2 else None
        years_agree = not (y1 and y2) or int(y1) + carry == int(y2)
        span = _MONTH_SPANS.get((start, end)) if years_agree else None
        if span:
            out.append((m.start(), span, year, True))
    for m in _UNTIL.finditer(raw):
        if any(a <= m.start() < b for a, b in taken):
            continue
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        month = _month_ending(day, month)
        if month in _UNTIL_PERIOD:
            out.append((m.start(), _UNTIL_PERIOD[month], int(m.group(3)) if m.group(3) else None, False))
    for m in _UNTIL_MONTH.finditer(raw):
        if int(m.group(1)) in _UNTIL_PERIOD and not any(a <= m.start() < b for a, b in taken):
            year = m.group(2) or m.group(3)
            out.append((m.start(), _UNTIL_PERIOD[int(m.group(1))], int(year) if year else None, False))
    return out


@lru_cache(maxsize=16384)
def name_periods(text: str) -> tuple[tuple[str, ...], tuple[int, ...], bool]:
    """``(periods, years, whole_year_by_year_only)`` named in ``text`` (raw text or a key), dates
    left out but for a span of dates ("đến 30/9/2024": nine months; "từ 01/4 đến 30/6": Q2); the flag is True when the only
    period is a bare "năm 2023"."""
    raw = _FOURTH_QUARTER.sub("quý IV", text.replace("_", " "))  # see period_text
    cut_offs = dated_periods(raw)
    cut_years = [y for _at, _p, y, _r in cut_offs if y]
    months = []
    for m in _MONTHS.finditer(raw):
        span = _MONTH_SPANS.get((int(m.group(1)), int(m.group(2))))
        if span:
            months.append((m.start(), span))
            raw = raw[: m.start()] + " " * (m.end() - m.start()) + raw[m.end() :]
    for m in _QUARTERS_ADDED.finditer(raw):  # "Quý I + II", "Q1+Q2+Q3": the quarters summed to date
        quarters = [_ROMAN[q] for q in _QUARTER_NUMBER.findall(_QUARTER_WORD_OUT.sub(" ", m.group(0).lower()))]
        if len(quarters) >= 2 and quarters == list(range(1, len(quarters) + 1)):
            months.append((m.start(), ("H1", "9M", "FY")[len(quarters) - 2]))
            raw = raw[: m.start()] + " " * (m.end() - m.start()) + raw[m.end() :]
    raw = DATES.sub(" ", raw)
    key = strip_dates(match_key(raw))
    key = re.sub(r"\bbc(?=q[1-4]\b|quy\b)", "bc ", key)  # "BCQ3-2023": a report (BC) of Q3
    # "BC9T2023", "SK6T_2024": a report (BC) or a review (sơ kết, SK) of 9 or 6 months
    key = re.sub(r"\b(?:bc|sk|bcsk)?([69]t)(\d{4}|\d{2})?\b", lambda m: f" {m.group(1)} {m.group(2) or ''}", key)
    key = re.sub(r"\bcn\s*((?:19|20)\d\d)\b", r"ca nam \1", key)  # "CN2024", "CN_2024": cả năm
    # "BCTK2024", "BC TK năm 2024": a report (BC) of the year's review (tổng kết, TK)
    key = re.sub(r"\bbc\s*tk\s*(?:nam\s*)?((?:19|20)\d\d)\b", r"bc tong ket nam \1", key)
    key = re.sub(r"(\d{4})(q[1-4]|h[12]|9m|fy)\b", r"\1 \2", key)
    key = re.sub(r"\b(q[1-4]|h[12]|9m|fy|nam)(\d{4})", r"\1 \2", key)  # "nam2023" too
    # "CaNam2023", "TongKet2023": "Cả năm 2023", "Tổng kết 2023" run together in a file name
    key = re.sub(r"\b(ca)(nam)(\d{4})?\b|\b(tong)(ket)(\d{4})?\b",
                 lambda m: " ".join(w for w in m.groups() if w), key)
    years = tuple(dict.fromkeys([*(int(y) for y in _YEAR.findall(key)), *cut_years]))
    found: list[tuple[int, str]] = []
    for m in _QUARTER.finditer(key):
        found.append((m.start(), f"Q{_ROMAN[m.group(1)]}"))
        listed = _MORE_QUARTERS.match(key, m.end())  # "Quý I, II": the quarters listed after it too
        if listed:
            found += [(m.end() + n, f"Q{_ROMAN[w]}") for n, w in enumerate(listed.group(0).split(), 1) if w != "va"]
    for m in _QUARTER_WORD.finditer(key):
        found.append((m.start(), f"Q{_QUARTER_WORDS[m.group(1) or m.group(2)]}"))
    for m in _QUARTER_ORDINAL.finditer(key):
        found.append((m.start(), f"Q{_ROMAN[m.group(1)]}"))
    for m in _FIRST_QUARTER.finditer(key):
        found.append((m.start(), "Q1"))
    for m in _LAST_QUARTER.finditer(key):
        found.append((m.start(), "Q4"))
    for m in _NINE.finditer(key):
        found.append((m.start(), "9M"))
    second = [m.span() for m in _SECOND_HALF.finditer(key)]
    for start, _end in second:
        found.append((start, "H2"))
    for m in _HALF.finditer(key):
        if not any(s <= m.start() < e for s, e in second):
            found.append((m.start(), "H1"))
    for m in _WHOLE_YEAR.finditer(key):
        found.append((m.start(), "FY"))
    found += months
    if not found:  # a cut-off date names the period only when nothing else does
        found = [(at, period) for at, period, _y, _r in cut_offs]
    periods = tuple(dict.fromkeys(p for _, p in sorted(found)))
    if not periods and _NAMED_YEAR.search(key) and says_the_year(text, key):
        return ("FY",), years, True
    return periods, years, False


# a two-digit year right after a period in a file name: "BC_Q3_23", "9T-24", "6thang_22", "BCQ3.24"
_SHORT_YEAR = re.compile(r"(?:\b|(?<=\bbc))(?:q[1-4]|quy\s*[1-4]|[69]\s*t|[69]\s*thang|h[12]|9m)\s*(\d{2})\b")


# in a title, only the slash after a quarter: "QUÝ III/23", "Quý 3/24" (a figure after other words
# may be anything)
_TITLE_SHORT_YEAR = re.compile(r"\b(?:(?:quý|quy)\s*(?:iv|iii|ii|i|[1-4])|q[1-4])\s*/\s*(\d{2})\b(?!\s*[/.]\s*\d)",
                               re.IGNORECASE)  # fmt: skip


def title_short_year(line: str) -> int | None:
    """The year a title line writes in two digits after its quarter and a slash ("QUÝ III/23" →
    2023), or None; only 2015–2039, and only when that is the line's one such year."""
    return _one_short_year(_TITLE_SHORT_YEAR.finditer(unicodedata.normalize("NFC", line)))


def short_year(name: str) -> int | None:
    """The year a file name writes in two digits after its period ("BC_Q3_23" → 2023), or None;
    only 2015–2039, and only when that is the name's one such year."""
    return _one_short_year(_SHORT_YEAR.finditer(match_key(name.replace("_", " "))))


def _one_short_year(found) -> int | None:
    """2000 + the one two-digit year the matches give, when it is 15–39; else None."""
    years = {int(m.group(1)) for m in found}
    return 2000 + years.pop() if len(years) == 1 and 15 <= min(years) <= 39 else None


_SPAN_KEY = re.compile(r"\bthang (\d{1,2}) den thang (\d{1,2})\b")
_MONTH_COUNT = re.compile(r"(?<!ngay )\b(\d{1,2})\s*thang\b")


def odd_months(text: str) -> int | None:
    """N when ``text`` counts N months that make no reporting period ("Thực hiện 11 tháng",
    "10 tháng đầu năm"): figures for them are neither the quarter's nor the year's."""
    key = match_key(period_text(text))
    for m in _SPAN_KEY.finditer(key):  # "tháng 1-10 năm 2023" (before "tháng 10 năm 2023" goes as a date)
        first, last = int(m.group(1)), int(m.group(2))
        if 1 <= first < last <= 12 and (first, last) not in _MONTH_SPANS:
            return last - first + 1
    key = strip_dates(key)
    for m in _MONTH_COUNT.finditer(key):
        n = int(m.group(1))
        if 1 <= n <= 12 and n not in (3, 6, 9, 12):
            return n
    return None


_A_MONTH = re.compile(r"\bthang\s*(\d{1,2})\b")
_MONTH_RUN = re.compile(
    # (never "tháng 6 và 6 tháng đầu năm": a number before "tháng" counts months)
    r"\bthang\s*\d{1,2}\s*(?:-|den|toi|,|va)\s*(?:thang\s*)?\d{1,2}\b(?!\s*(?:thang|t)\b)"
    r"|\b(?:tu|den|toi) thang\b|\bthang\s*\d{1,2}\s+\d{1,2}\b(?!\s*(?:thang|t)\b)"
)


def one_month(text: str) -> int | None:
    """N when ``text`` names one month and only one ("Tháng 9", "BÁO CÁO THÁNG 10 NĂM 2024"),
    never a span or a list of them ("từ tháng 7 đến tháng 9", "tháng 7, 8, 9") nor a date
    ("ngày 05 tháng 10")."""
    key = match_key(text)
    if "ngay" in key.split() or _MONTH_RUN.search(key):
        return None
    months = {int(n) for n in _A_MONTH.findall(key)}
    return months.pop() if len(months) == 1 and 1 <= min(months) <= 12 else None


def quarters_in(period: str) -> tuple[str, ...]:
    """The quarters a period covers: ``quarters_in("9M") == ("Q1", "Q2", "Q3")``."""
    return _CONTAINS[period]


def is_cumulative(period: str) -> bool:
    """True for periods counted from 1 January that cover more than one quarter (H1, 9M, FY)."""
    return period in ("H1", "9M", "FY")


def end_month(period: str) -> int:
    """The last month a period covers (a stock is the level at the end of this month)."""
    return _END_MONTH[period]


def periods_said(periods) -> str:
    """Vietnamese labels of several periods: ``("Q3", "9M")`` → "Quý III và 9 tháng"."""
    return " và ".join(period_label(p) for p in periods)


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
