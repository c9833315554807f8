"""The title block above a table: which lines speak of the period, the year and the unit.

Rules (each a person would accept as evidence):

* A paragraph above the table (thirty words or more, or "đã tổ chức 14 cuộc…") is no title; an
  appendix's line "(Kèm theo Báo cáo số … ngày … của … về …)", however long, is one.
* A place-and-date line ("Hà Nội, ngày 05 tháng 10 năm 2023"), a date anywhere ("05/10/2023"), a
  document number ("Số: 45/BC-MTTQ"), a term ("nhiệm kỳ 2019 - 2024") and the national motto
  never decide anything: an annual report is often dated in January of the next year.
* A title runs on into plans ("… 9 tháng năm 2023 và phương hướng, nhiệm vụ 3 tháng cuối năm"):
  the words from a ``title_cut`` phrase on are about later periods and are dropped.
* Words that begin plans ("định hướng", "triển khai", "dự kiến"…: ``title_ahead``) cut the
  title only between a year and a later one ("… năm 2023, định hướng năm 2024").
* A title that says its figures are an estimate ("BÁO CÁO ƯỚC THỰC HIỆN NĂM 2023", "(số liệu
  dự kiến)") loads nothing (an estimate after a period of results is cut off).
* A title compares its period with an earlier one ("… 9 tháng năm 2023 so với cùng kỳ năm
  2022"): the words from a ``title_compare`` phrase on name the base, not a second period.
* Periods named in the block: a quarter, "9 tháng", "6 tháng (đầu năm)", "6 tháng cuối năm", or
  the whole year ("tổng kết năm", "cả năm"). A bare "năm 2023" names the whole year only where
  no other period is named ("quý III" on one line and "năm 2023" on the next is quý III 2023).
* The unit: a line that is a unit's name, with or without the Front's and the administration's
  prefixes ("ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"), or the words after "quận/huyện/phường/xã …"
  inside a longer line ("… CỦA ỦY BAN MTTQ HUYỆN GIA LÂM").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..reference.files import Reference, per_reference
from ..reference.registry import is_province_name, match_unit, unit_province
from ..text.numbers import scale_from_text
from ..text.periods import (
    dated_periods,
    end_month,
    name_periods,
    odd_months,
    period_text,
    says_the_year,
)
from ..text.vietnamese import match_key
from .vocabulary import Vocabulary, load_vocabulary

__all__ = ["Mention", "TitleBlock", "lines_before_narrative", "read_title"]

_DATE_LINE = re.compile(r"\bngay\b[\s\d.…_/-]*\bthang\b[\s\d.…_/-]*\bnam\b")
_UOM_LINE = re.compile(  # the whole line: "ĐVT: triệu đồng" (never "Đơn vị: Đống Đa")
    r"^(?:dvt|d v t|don vi tinh|don vi)(?:\s+(?:tien|so tien|kinh phi))?\s+"
    r"(?:(?:trieu|nghin|ngan|ty|ti|tr)(?:\s+dong|\s+d)?|trd|dong|vnd|1\s?000(?:\s?000)?\s*(?:dong|d)?|1000d)$"
)
_DOC_NUMBER = re.compile(r"^\s*s[ốo]\s*[:.]", re.IGNORECASE)
# the party organisation of a place, above its Front committee's line ("ĐẢNG BỘ PHƯỜNG KIM LIÊN")
_PARTY = re.compile(r"^(?:dang uy|dang bo|ban chap hanh dang bo)\b")
# the Front committee's own line naming no place ("ỦY BAN MTTQ VIỆT NAM", "… PHƯỜNG"): the place
# is the party organisation's line above it
_FRONT_UNNAMED = re.compile(
    r"^(?:ban thuong truc )?(?:uy ban )?(?:mat tran to quoc|mttq)(?: viet nam)?(?: (?:phuong|xa|thi tran|dac khu))?$"
)
_ADMIN = re.compile(r"\b(?:quan|huyen|thi xa|phuong|xa|thi tran|q|h|tx|p|x|tt)\s+")  # "H. Chương Mỹ" too


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
    # periods a span of dates names ("từ 01/4/2024 đến 30/6/2024"): the period when no line
    # names one in words
    dated: list[Mention] = field(default_factory=list)
    # those of them that run from one date to another ("từ 01/01/2024 đến 30/9/2024": what the
    # figures cover, which a title's period must agree with), on lines naming no later plans
    ranges: list[Mention] = field(default_factory=list)
    lines: list[Mention] = field(default_factory=list)  # every line of the block, as written
    # months counted that make no reporting period ("10 THÁNG NĂM 2023", "THÁNG 1-10"; value: N)
    odd_months: list[Mention] = field(default_factory=list)
    scale: Mention | None = None  # "ĐVT: triệu đồng" above the table: money's scale (value: int)
    estimate: Mention | None = None  # "BÁO CÁO ƯỚC THỰC HIỆN NĂM 2023": its figures are no results
    # the lowest header line naming another organisation than a unit's Front committee ("BAN CÔNG
    # TÁC MẶT TRẬN KHU DÂN CƯ SỐ 5", "HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG LÁNG"), when no unit's line is below it
    issuer: Mention | None = None

    def line_of(self, vocab: Vocabulary, role: str) -> Mention | None:
        """The first line of the block holding a phrase of vocabulary ``role``, or None."""
        return next((m for m in self.lines if vocab.matches(role, m.text)), None)


# "ước thực hiện", "ước tính", "ước đạt", "ước cả năm": an estimate (match keys)
_ESTIMATE = re.compile(r"\buoc (?:thuc hien|tinh|dat|ca nam)\b")
_ESTIMATED_ALL = re.compile(r"\bso lieu (?:uoc|du kien)\b")  # "(số liệu dự kiến)": every figure
_DONE = " thuc hien"  # match keys: "kết quả thực hiện nhiệm vụ năm 2023": the tasks done, not those ahead
# a sentence, not a title: a verb of what was done and a figure of something ("đã tổ chức 14 cuộc")
# (in the text as written: "Đống Đa" is no "đã" once the marks are gone)
_DONE_VERB = re.compile(r"\b(?:đã|được)\b")
_FIGURE_OF = re.compile(r"\b(?!(?:19|20)\d\d\b)\d[\d.,]*\s+(?!thang\b|nam\b|quy\b|dau\b|cuoi\b)[a-z]")  # no year


def _is_sentence(key: str, text: str) -> bool:
    """A line of narrative: thirty words or more, or a verb of what was done with a figure of
    something ("9 tháng đầu năm đã tổ chức 14 cuộc giám sát"); a title names its period only."""
    return key.count(" ") >= 29 or bool(
        _FIGURE_OF.search(key) and _DONE_VERB.search(unicodedata.normalize("NFC", text).lower()))


def _cut(key: str, vocab: Vocabulary) -> str:
    """``key`` up to its first words about later periods ("… và phương hướng, nhiệm vụ năm
    2024"); "nhiệm vụ năm 2023" after "thực hiện (các)" is the year reported on, not one ahead."""
    cut = len(key)
    padded = f" {key} "
    for phrase, _mode in vocab.phrases.get("title_cut", ()):
        at = padded.find(f" {phrase} ")
        while at >= 0 and padded[:at].removesuffix(" cac").endswith(_DONE):
            at = padded.find(f" {phrase} ", at + 1)
        if at >= 0:
            cut = min(cut, at)
    return key[:cut]


def _ahead(key: str, vocab: Vocabulary) -> str:
    """``key`` up to a ``title_ahead`` word ("định hướng", "triển khai", "dự kiến"…) that stands
    between a year and a later one ("… năm 2023, định hướng năm 2024"): words that also begin a
    title of results ("Kết quả triển khai công tác năm 2023") are cut only there."""
    padded = f" {key} "
    for phrase, _mode in vocab.phrases.get("title_ahead", ()):
        at = padded.find(f" {phrase} ")
        if at <= 0:
            continue
        (b_periods, b_years, _w), (a_periods, a_years, _v) = name_periods(key[:at]), name_periods(key[at:])
        later_year = b_years and a_years and min(a_years) > max(b_years)
        later_period = (b_periods and a_periods and not (b_years and a_years and a_years != b_years)
                        and min(end_month(p) for p in a_periods) > max(end_month(p) for p in b_periods))  # fmt: skip
        if later_year or later_period:
            key = key[:at].rstrip()
            padded = f" {key} "
    return key


def _compared(key: str, vocab: Vocabulary) -> str:
    """``key`` up to the period it is compared with ("… 9 tháng năm 2023 so với cùng kỳ năm
    2022": the base of a comparison, not a second period), when what comes before names a
    period or a year of its own; a line that is only the comparison names nothing."""
    padded = f" {key} "
    cut = len(key)
    for phrase, _mode in vocab.phrases.get("title_compare", ()):
        at = padded.find(f" {phrase} ")
        if 0 <= at < cut:
            cut = at
    if cut == 0:  # a line of its own: "(So với cùng kỳ năm 2022)"
        return ""
    if cut == len(key):
        return key
    periods, years, _weak = name_periods(key[:cut])
    return key[:cut].rstrip() if periods or years else key


@per_reference
def _unit_in(ref: Reference, text: str, key: str) -> tuple[str, ...]:
    """The units a title line names (several when the name alone does not tell an old district
    from a new commune): the whole line, a part between dashes, or the words after an
    administrative word ("… CỦA ỦY BAN MTTQ HUYỆN GIA LÂM")."""
    for part in [text, *re.split(r"\s[-–—]\s|\s*:\s*|\n", text)]:  # "Đơn vị: Đống Đa"
        hit = match_unit(part, suggest=False, ref=ref)
        if hit.known:
            return (hit.unit_id,) if hit.unit_id else hit.candidates
    for m in _ADMIN.finditer(key):
        words = key[m.end() :].split()
        for n in range(min(6, len(words)), 0, -1):
            piece = m.group(0) + " ".join(words[:n])
            hit = match_unit(piece, suggest=False, ref=ref)
            if hit.known and not is_province_name(piece, ref=ref):
                return (hit.unit_id,) if hit.unit_id else hit.candidates
    return ()


_TITLE_WORDS = 30  # a longer paragraph is narrative, not a line of the header or title
_TITLE_LINES = 12


def lines_before_narrative(lines: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The ``(where, text)`` lines of a document's header and title: those before its narrative
    begins (a line of more than thirty words, or a sentence of more than eight ending in a full
    stop), twelve at most."""
    out: list[tuple[str, str]] = []
    for where, text in lines:
        words = len(text.split())
        if words > _TITLE_WORDS or len(out) >= _TITLE_LINES or (words > 8 and text.rstrip().endswith(".")):
            break
        out.append((where, text))
    return out


def read_title(lines: list[tuple[str, str]], vocab: Vocabulary) -> TitleBlock:
    """What the title block ``lines`` (``(A1 reference, text)``, top to bottom) say."""
    block = TitleBlock()
    party: Mention | None = None  # the place a party organisation's line names, for the line below
    for where, text in lines:  # each line is read once per reference: see _line
        ignored, units, cut, periods, years, weak, estimate, other, odd = _line(vocab.ref, text)
        if ignored == "trống":
            continue
        block.lines.append(Mention("", where, text))
        if party is not None and not units and not other and _FRONT_UNNAMED.match(match_key(text)):
            # "ĐẢNG BỘ PHƯỜNG KIM LIÊN", then "ỦY BAN MTTQ VIỆT NAM PHƯỜNG": the ward's Front committee
            block.units.append(party)
            block.issuer, party = None, None
            continue
        if party is not None and units and not _same_province(vocab.ref, party.value, units):
            # "ĐẢNG ỦY PHƯỜNG KIM LIÊN" (Hà Nội), then "HỘI LIÊN HIỆP PHỤ NỮ": the ward's women's union,
            # never the one of another province its bare name is an alias of
            units, other = (), True
        if party is not None and (units or _row(where) > _row(party.where) + 1):
            party = None  # (the line right under it, or beside it, is the Front committee's)
        dated = () if ignored == "số văn bản" else _dated(text)
        for period, year, ranged in dated:
            block.dated.append(Mention(period, where, text))
            if ranged and not cut:
                block.ranges.append(block.dated[-1])
            if year and not years:
                block.years.append(Mention(year, where, text))
        if ignored == "đơn vị tính chung":
            scale = scale_from_text(text.split(":", 1)[-1])
            if scale and block.scale is None:
                block.scale = Mention(scale, where, text)
        if ignored:
            block.ignored.append(Mention(ignored, where, text))
            continue
        if other:
            block.issuer = Mention("tổ chức khác", where, text)
            key = match_key(text)
            if _PARTY.match(key) and (named := _unit_in(vocab.ref, text, key)):
                party = Mention(named, where, text)
        if units:
            block.units.append(Mention(units, where, text))
            block.issuer = None  # the unit's own line below another organisation's
        if odd:
            block.odd_months.append(Mention(odd, where, text))
        if estimate and block.estimate is None:
            block.estimate = Mention("ước tính", where, text)
        if cut:
            block.ignored.append(Mention("phần nói về kỳ sau", where, text))
        for year in years:
            block.years.append(Mention(year, where, text))
        if weak:
            block.weak_years.append(Mention("FY", where, text))
        else:
            block.periods.extend(Mention(p, where, text) for p in periods)
    return block


def _same_province(ref: Reference, above: tuple[str, ...], units: tuple[str, ...]) -> bool:
    """Whether the units a line names lie in the province of the place named above it."""
    places = {unit_province(u, ref=ref) for u in above} - {""}
    return not places or bool(places & {unit_province(u, ref=ref) for u in units})


def _row(where: str) -> int:
    """The row number of an A1 reference ("D12" → 12)."""
    return int(re.sub(r"\D", "", where.split(":")[0]) or 0)


@lru_cache(maxsize=4096)
def _dated(text: str) -> tuple[tuple[str, int | None, bool], ...]:
    """``(period, year, ranged)`` of each span of dates on a title line ("(Từ ngày 01/01/2024 đến
    ngày 30/6/2024)": H1 2024, a range)."""
    return tuple((period, year, ranged) for _at, period, year, ranged in dated_periods(text))


class _Line(NamedTuple):
    """What one title line says."""

    ignored: str  # why the line is ignored ("" when it is not)
    units: tuple[str, ...] = ()  # the units it names
    cut: bool = False  # plans for later periods were cut off
    periods: tuple[str, ...] = ()  # the periods and years of what is left
    years: tuple[int, ...] = ()
    weak: bool = False  # only a bare "năm 2023"
    estimate: bool = False  # "Ước thực hiện năm 2023": its figures are an estimate
    other: bool = False  # another organisation than a unit's Front committee ("Chi hội …")
    odd: int | None = None  # months counted that make no period ("11 tháng năm 2023"), plans cut off


@per_reference
def _line(ref: Reference, text: str) -> _Line:
    """What one title line says (an estimate after a period of results is cut off)."""
    vocab = load_vocabulary(ref=ref)
    key = match_key(period_text(text))
    if not key:
        return _Line("trống")
    if _UOM_LINE.match(key):  # "ĐVT: triệu đồng" above the table
        return _Line("đơn vị tính chung")
    if _DOC_NUMBER.match(text) and ("/" in text or len(key) < 6):
        return _Line("số văn bản")
    if _DATE_LINE.search(key) and len(key.split()) <= 14:
        return _Line("dòng địa danh, ngày tháng")
    if vocab.matches("motto", text, key=key):
        return _Line("quốc hiệu, tiêu ngữ")
    if _is_sentence(key, text) and not key.startswith("kem theo "):
        # a paragraph of the report above its table: what it says is no title (an appendix's
        # "(Kèm theo Báo cáo số 45/BC-MTTQ ngày … của … về kết quả … 6 tháng đầu năm 2023)" is one)
        return _Line("câu văn")
    units = _unit_in(ref, text, key)
    said = text.split(":", 1)[1] if ":" in text else text  # "Đơn vị báo cáo: Hội LHPN phường Láng"
    other = bool(vocab.matches("other_issuer", said, key=key if said is text else None)) and not match_unit(
        said, suggest=False, ref=ref).known  # fmt: skip
    if other:  # "HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG LÁNG": the ward's name says where, not whose report
        units = ()
    kept = _compared(_ahead(_cut(key, vocab), vocab), vocab)
    estimate, estimated = bool(_ESTIMATED_ALL.search(kept)), ""
    if not estimate and (found := _ESTIMATE.search(kept)):  # "… 9 tháng và ước thực hiện cả năm 2023": the estimate is cut
        before = name_periods(kept[: found.start()])
        if before[0] or before[2] or odd_months(kept[: found.start()]):
            kept, estimated = kept[: found.start()].rstrip(), kept[found.start() :]
        else:  # "BÁO CÁO ƯỚC THỰC HIỆN NĂM 2023": the whole report is an estimate
            estimate = True
    periods, years, weak = name_periods(kept)
    if estimate or (weak and not says_the_year(text)):  # (a place's "Nam" before a year: "LĨNH NAM 2026")
        periods, weak = (), False
    if estimated and not years:  # the estimate of the same year carries its number
        years = name_periods(estimated)[1][:1]
    odd = odd_months(kept)
    if weak and (vocab.matches("campaign", text, key=key) or odd):
        # "Tháng cao điểm … năm 2023", "11 tháng năm 2024": no whole year
        periods, weak = (), False
    if kept != key and periods and not years:
        # "… 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2023": the plans of the rest of the
        # same year carry its number; plans for a whole year ("năm 2024") are the next one's
        later, later_years, later_weak = name_periods(key[len(kept) :])
        if later_years and later and not later_weak and "FY" not in later:
            years = later_years[:1]
    return _Line("", units, kept != key, periods, years, weak, estimate, other, odd)
