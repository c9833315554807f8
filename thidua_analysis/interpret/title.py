"""The title block above a table: which lines speak of the period, the year and the unit.

Rules (each a person would accept as evidence):

* A place-and-date line ("Hà Nội, ngày 05 tháng 10 năm 2023"), a date anywhere ("05/10/2023"), a
  document number ("Số: 45/BC-MTTQ"), a term ("nhiệm kỳ 2019 - 2024") and the national motto
  never decide anything: an annual report is often dated in January of the next year.
* A title runs on into plans ("… 9 tháng năm 2023 và phương hướng, nhiệm vụ 3 tháng cuối năm"):
  the words from a ``title_cut`` phrase on are about later periods and are dropped.
* Periods named in the block: a quarter, "9 tháng", "6 tháng (đầu năm)", "6 tháng cuối năm", or
  the whole year ("tổng kết năm", "cả năm"). A bare "năm 2023" names the whole year only where
  no other period is named ("quý III" on one line and "năm 2023" on the next is quý III 2023).
* The unit: a line that is a unit's name, with or without the Front's and the administration's
  prefixes ("ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"), or the words after "quận/huyện/phường/xã …"
  inside a longer line ("… CỦA ỦY BAN MTTQ HUYỆN GIA LÂM").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..reference.files import resolve_user_dir
from ..reference.registry import is_province_name, match_unit
from ..text.vietnamese import match_key
from .vocabulary import Vocabulary

__all__ = ["Mention", "TitleBlock", "name_periods", "read_title", "strip_dates"]

_DATE_LINE = re.compile(r"\bngay\b[\s\d.…_/-]*\bthang\b[\s\d.…_/-]*\bnam\b")
_DATES = re.compile(
    r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d\b"  # 05/10/2023
    r"|\b(?:19|20)\d\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\b"  # 2023-10-05
    r"|\b(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"  # 20231005
)
_KEY_DATES = re.compile(
    r"\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\b"
    r"|\bthang\s+\d{1,2}\s+nam\s+\d{4}\b|\bthang\s+\d{1,2}\s+\d{4}\b"
    r"|\b(?:nhiem ky|giai doan|khoa)\s+\d{4}(?:\s+\d{4})?\b"
    r"|\b\d{1,2} \d{1,2} (?:19|20)\d\d\b"  # a date whose slashes became spaces
)
_DOC_NUMBER = re.compile(r"^\s*s[ốo]\s*[:.]", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(199\d|20\d\d)(?!\d)")
_QUARTER = re.compile(r"\b(?:quy|q)\s*(iv|iii|ii|i|[1-4])\b")
_FIRST_QUARTER = re.compile(r"\b(?:0?3|ba)\s*thang\s*dau\s*nam\b")
_NINE = re.compile(r"\b(?:0?9|chin)\s*(?:thang|t)\b|\b9m\b")
_SECOND_HALF = re.compile(r"\b(?:0?6|sau)\s*thang\s*cuoi(?:\s*nam)?\b|\bh2\b")
_HALF = re.compile(r"\b(?:0?6|sau)\s*(?:thang|t)\b|\bh1\b|\bnua\s*dau\s*nam\b")
_WHOLE_YEAR = re.compile(r"\btong\s*ket\s*nam\b|\bca\s*nam\b|\b12\s*thang\b|\bfy\b")
_NAMED_YEAR = re.compile(r"\bnam\s+(?:199\d|20\d\d)\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ADMIN = re.compile(r"\b(?:quan|huyen|thi xa|phuong|xa|thi tran)\s+")


@dataclass(frozen=True, slots=True)
class Mention:
    """What one cell (``where``: A1 reference, "sheet name" or "file name") says."""

    value: object
    where: str
    text: str


@dataclass
class TitleBlock:
    periods: list[Mention] = field(default_factory=list)  # strong mentions: Q1..Q4, 9M, H1, H2, FY
    weak_years: list[Mention] = field(default_factory=list)  # "năm 2023": FY if nothing else
    years: list[Mention] = field(default_factory=list)
    units: list[Mention] = field(default_factory=list)  # value: the candidate unit ids
    ignored: list[Mention] = field(default_factory=list)  # date lines, numbers, motto (why)


def strip_dates(key: str) -> str:
    """A diacritic-free key without dates, terms or date-like numbers."""
    return _KEY_DATES.sub(" ", key)


@lru_cache(maxsize=16384)
def name_periods(text: str) -> tuple[tuple[str, ...], tuple[int, ...], bool]:
    """``(periods, years, whole_year_by_year_only)`` named in ``text`` (raw text or a key), dates
    left out; the flag is True when the only period is a bare "năm 2023"."""
    raw = _DATES.sub(" ", text.replace("_", " "))
    key = strip_dates(match_key(raw))
    key = re.sub(r"(\d{4})(q[1-4]|h[12]|9m|fy)\b", r"\1 \2", key)
    key = re.sub(r"\b(q[1-4]|h[12]|9m|fy)(\d{4})", r"\1 \2", key)
    years = tuple(dict.fromkeys(int(y) for y in _YEAR.findall(key)))
    found: list[tuple[int, str]] = []
    for m in _QUARTER.finditer(key):
        found.append((m.start(), f"Q{_ROMAN[m.group(1)]}"))
    for m in _FIRST_QUARTER.finditer(key):
        found.append((m.start(), "Q1"))
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
    periods = tuple(dict.fromkeys(p for _, p in sorted(found)))
    if not periods and _NAMED_YEAR.search(key):
        return ("FY",), years, True
    return periods, years, False


def _cut(key: str, vocab: Vocabulary) -> str:
    cut = len(key)
    for phrase, _mode in vocab.phrases.get("title_cut", ()):
        at = f" {key} ".find(f" {phrase} ")
        if at >= 0:
            cut = min(cut, at)
    return key[:cut]


def _unit_in(text: str, key: str) -> tuple[str, ...]:
    return _unit_in_for(text, key, *resolve_user_dir(None))


@lru_cache(maxsize=16384)
def _unit_in_for(text: str, key: str, user_dir: str, stamp: str) -> tuple[str, ...]:
    """The units a title line names (several when the name alone does not tell an old district
    from a new commune): the whole line, a part between dashes, or the words after an
    administrative word ("… CỦA ỦY BAN MTTQ HUYỆN GIA LÂM")."""
    del user_dir, stamp  # the cache key: another reference folder names other units
    for part in [text, *re.split(r"\s[-–—:]\s|\n", text)]:
        hit = match_unit(part, suggest=False)
        if hit.known:
            return (hit.unit_id,) if hit.unit_id else hit.candidates
    for m in _ADMIN.finditer(key):
        words = key[m.end() :].split()
        for n in range(min(6, len(words)), 0, -1):
            piece = m.group(0) + " ".join(words[:n])
            hit = match_unit(piece, suggest=False)
            if hit.known and not is_province_name(piece):
                return (hit.unit_id,) if hit.unit_id else hit.candidates
    return ()


def read_title(lines: list[tuple[str, str]], vocab: Vocabulary) -> TitleBlock:
    """What the title block ``lines`` (``(A1 reference, text)``, top to bottom) say."""
    block = TitleBlock()
    for where, text in lines:
        key = match_key(_DATES.sub(" ", text))
        if not key:
            continue
        if _DOC_NUMBER.match(text) and ("/" in text or len(key) < 6):
            block.ignored.append(Mention("số văn bản", where, text))
            continue
        if _DATE_LINE.search(key) and len(key.split()) <= 14:
            block.ignored.append(Mention("dòng địa danh, ngày tháng", where, text))
            continue
        if vocab.matches("motto", text, key=key):
            block.ignored.append(Mention("quốc hiệu, tiêu ngữ", where, text))
            continue
        unit = _unit_in(text, key)
        if unit:
            block.units.append(Mention(unit, where, text))
        kept = _cut(key, vocab)
        if kept != key:
            block.ignored.append(Mention("phần nói về kỳ sau", where, text))
        periods, years, weak = name_periods(kept)
        if kept != key and periods and not years:
            # "… 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023": the plans of the rest of the
            # same year carry its number; plans for a whole year ("năm 2024") are the next one's
            later, later_years, later_weak = name_periods(key[len(kept) :])
            if later_years and later and not later_weak and "FY" not in later:
                years = later_years[:1]
        for year in years:
            block.years.append(Mention(year, where, text))
        if weak:
            block.weak_years.append(Mention("FY", where, text))
        else:
            block.periods.extend(Mention(p, where, text) for p in periods)
    return block
