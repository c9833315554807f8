"""The rows of a located table: sections, totals, details, labels → indicators, and the values
of the data columns with their evidence (see :mod:`.sheet` for the rules)."""

from __future__ import annotations

import re
from functools import cached_property

from ..reference.catalog import (
    PER_UNIT,
    IndicatorMatch,
    clean_label,
    counted_in,
    excluded_by,
    indicator_name,
    indicator_parts,
    is_measure,
    label_unit,
    match_indicator,
    measure_fits,
    measure_indicator,
    same_group,
    says_which,
    topic_by_measure,
)
from ..reference.files import per_reference
from ..reference.registry import (
    UnitMatch,
    match_unit,
    merged_into,
    province_named,
    unit_label,
    unit_level,
    unit_lifetime,
    unit_province,
    unit_valid,
)
from ..schema import a1
from ..text.names import FORMER_MARK as _FORMER_MARK
from ..text.names import admin_type, is_former, is_proper_name, name_key, names_an_area
from ..text.numbers import MONEY_CEILING, format_vn, parse_number, scale_from_text, split_figures
from ..text.periods import (
    PERIOD_LABELS,
    PERIODS,
    QUARTER_OF,
    TO_DATE,
    end_month,
    months_period,
    name_periods,
    one_month,
    period_label,
    periods_said,
    start_month,
)
from ..text.vietnamese import match_key
from .cells import (
    RANGE,
    RATIO,
    SUB_ITEM,
    SUM_TYPED,
    figure_in_label,
    label_facts,
    money_scale,
    numeric_like,
)
from .context import ROLE_VI, Decision, text_of
from .evidence import resolve_unit, where_said
from .table import (
    A_YEAR,
    DATA_ROLES,
    NUMBERING,
    Column,
    header_column,
    is_numbering,
    is_stop,
    row_label,
)
from .vocabulary import load_vocabulary

__all__ = ["RowWalk"]

ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "a", "b", "c", "d", "e"}


# a column of one level of a unit's work ("Cấp huyện", "Cấp xã", "Cấp cơ sở", "MTTQ huyện", "MTTQ các xã,
# thị trấn", "Huyện" beside "Xã"; since the reform "Phường" beside "Tổ dân phố", "Ban CTMT các khu dân cư")
_LEVEL_WORD = r"(?:tinh|thanh pho|tp|quan|huyen|thi xa|tx|phuong|xa|thi tran|co so|khu dan cu|kdc|to dan pho|tdp|thon|ap)"
_LEVEL = re.compile(rf"(?:(?:uy ban |ban thuong truc )?mttq |mat tran |cap |ban ctmt |ban cong tac mat tran )?"
                    rf"(?:cac )?{_LEVEL_WORD}(?: (?:va )?(?:cac )?{_LEVEL_WORD})*$")
# the header of a column naming each row's period or year, and a year alone in its cells
_TIME_HEADERS = frozenset({"ky", "nam", "ky bao cao", "nam bao cao", "thoi gian", "thoi ky"})
# columns of figures that are no results of the period, each said as a note: what they hold
_NOT_RESULT_COLUMNS = {"target": "kế hoạch, chỉ tiêu", "compare": "so sánh, tỷ lệ, số tăng giảm, chuyển kỳ hoặc việc chưa làm",
                       "balance": "số đầu kỳ, cuối kỳ hoặc số dư", "spent": "số đã chi của quỹ"}  # fmt: skip
# a column of levels at the period's end ("Cuối kỳ", "Số cuối kỳ"; not a fund's balance): a stock's figures
_END_LEVEL = re.compile(r"^(?:tong so den |so )?(?:cuoi ky|hien co|cuoi nam$)|^(?:tinh )?den (?:nay|thoi diem bao cao)$|^hien nay$")
_POINTS_TITLE = re.compile(r"\b(?:cham diem|diem thi dua|bang (?:tong hop )?diem)\b")  # a title of points
_POINTS = re.compile(r"(?:^|\d\s*)diem\b(?! cau)")  # "(20 điểm)", "Điểm tuyên truyền": a criterion's points
# the fix for a district's communes of before the reform with no whole of the district beside them
_WHOLE_FIX = " Hãy ghi số của cả đơn vị ở cột hoặc dòng 'Tổng số' (số của từng phường, xã chỉ để đối chiếu)."
_PART_ROW = "số của một phần đơn vị: đối chiếu với tổng, không nạp"  # a row under a commune's heading
_WHOLE_SAID = ("tổng mục", "dòng tổng: đối chiếu, không nạp")  # how a whole's row is said while the table is walked
_NOT_RESULT = "-"  # a row's period cell says its figures are a plan or a comparison ("Kế hoạch", "So sánh")
# a footnote's mark after a figure ("1.250(1)", "45 (*)"): the note is below the table
_FOOTNOTE = re.compile(r"(?<=\d)\s*\((?:\d|\*{1,3})\)\s*$")
_DIGIT_RUNS = re.compile(r"\d[\d.,\u00a0 ]*\d|\d")
_ESTIMATE = re.compile(r"\buoc\b")  # "Ước cả năm", "Ước thực hiện năm 2023"
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(,\d{3})+(?:\s*[^\W\d_][^\d]{0,30})?")  # "1,250", "5,200 lượt"
_SIGNING = re.compile(r"(?:tm|t m|kt|thay mat)\b")  # "TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH"
_MARK = re.compile(r"^\s*\(?([ivxlc]+|\d+|[a-zđ])[.)/]\s", re.IGNORECASE)


_CELL = re.compile(r"([A-Z]+)(\d+)")  # one cell's A1 reference (never a range "D5:D6")


def _run_in_column(rows: list[tuple]) -> tuple[str, list[tuple], list[int]] | None:
    """``(column letter, rows top to bottom, their line numbers)`` of values that lie one under
    the other in one column, or None."""
    cells = [_CELL.fullmatch(v[9]) for v in rows]
    if None in cells or len({c.group(1) for c in cells}) != 1:
        return None
    lines = sorted(int(c.group(2)) for c in cells)
    rows = sorted(rows, key=lambda v: int(_CELL.fullmatch(v[9]).group(2)))
    return (cells[0].group(1), rows, lines) if lines == list(range(lines[0], lines[0] + len(lines))) else None


# a label worded as a total (match keys): "Tổng số hội nghị", "Tổng cộng", "Cộng" (never "Tổng kết …",
# "Cộng đồng …")
_WORDED_TOTAL = re.compile(r"^(?:tong(?! ket\b)\b|cong$|cong (?:so|lai)\b)")


# a row's label that only says "its money" (match keys): the money of the indicator on the row above
_MONEY_OF_ROW_ABOVE = frozenset({"thanh tien", "so tien", "tri gia", "gia tri", "tong tri gia", "tong gia tri",
                                 "tong so tien", "kinh phi", "tong kinh phi", "quy ra tien", "tri gia quy ra tien",
                                 "kinh phi ho tro", "tong kinh phi ho tro", "so tien ho tro", "kinh phi thuc hien"})


_BULLETS = "-–—+•*·○▪"  # dashes of every width are one
_LETTER_MARK = re.compile(r"\s*\(?[a-zđ]\s*[).]?\s*")  # "a)", "b.", "(c)": lower case (capitals head groups)
_LAST_YEAR = re.compile(r"\bnam (?:truoc|ngoai)\b")  # "Năm trước", "năm ngoái"
_SAME_PERIOD = re.compile(r"\b(?:cung ky|ck)\b")  # "Cùng kỳ năm trước": the same period, said
_LETTER_OPENING = re.compile(r"\s*\(?[a-zđ]\s*[).]\s")  # a label opening with one: "a) Quà Tết"
_DECIMAL_MARK = re.compile(r"\s*\d+\.\d+(?:\.\d+)*\.?(?:\s|$)")  # "1.1", "2.3.", "1.2.1"


def _bullet(label: str, stt: str = "", *, capitals: bool = False) -> str:
    """The mark of a sub-item, in its label or else alone in its STT cell: the bullet ("-", "+",
    "•"…; dashes of every width are one), "a)" for a lower-case letter (or a capital one, with
    ``capitals``: a row of figures after a numbered one, "1" | 8 then "A" | 3), "1.1" for a
    decimal number; "" for none."""
    first = label.lstrip()[:1]
    if first and first in _BULLETS:
        return "-" if first in "-–—" else first
    if _LETTER_OPENING.match(label):
        return "a)"
    if _DECIMAL_MARK.match(label):
        return "1.1"
    stt = stt.strip()
    if not stt:
        return ""
    if len(stt) == 1 and stt in _BULLETS:
        return "-" if stt in "-–—" else stt
    if _LETTER_MARK.fullmatch(stt.lower()) and (capitals or stt.strip("() .").islower()):
        return "a)"
    return "1.1" if _DECIMAL_MARK.match(stt + " ") else ""


def _mark_number(number_mark: str, label: str) -> int | None:
    """The whole number a row is numbered with, in its STT cell or before its words ("2.")."""
    found = _MARK.match(label)
    mark = (number_mark or (found[1] if found else "")).strip()
    return int(mark) if mark.isdigit() else None


def _heads_a_part(stt_text: str, label: str) -> bool:
    """Whether a row is numbered as a part of the report is: a roman numeral ("I", "II.") or a
    capital letter ("A", "B."), in its STT cell or before its words."""
    found = _MARK.match(label)
    mark = (stt_text or (found[1] if found else "")).strip().rstrip(".")
    kind = _mark_kind(mark, "")
    return kind == "roman" or (kind == "letter" and mark.isupper())


def _mark_kind(number_mark: str, label: str) -> str:
    """How a heading is numbered, in its STT cell or before its words: "roman" ("II", "II."),
    "digit" ("1", "2."), "letter" ("a)"), "" for none."""
    found = _MARK.match(label)
    mark = (number_mark or (found[1] if found else "")).strip().lower()
    if not mark:
        return ""
    if mark.isdigit():
        return "digit"
    if len(mark) == 1 and mark not in "ivx":
        return "letter"
    return "roman" if set(mark) <= set("ivxlc") else ""


_SCALE_WORDS = {1_000: "nghìn đồng", 1_000_000: "triệu đồng", 1_000_000_000: "tỷ đồng"}
_TOO_LITTLE = 1_000  # đồng: no sum of money a report counts is smaller
_COUNT_OF = ("so ", "so luong ", "tong so ")  # match keys of labels that name what they count: "Số hội nghị"
# an organisation's levels after its name: "Hội Nông dân các cấp", "Hội LHPN thành phố", "… cơ sở"
_OWN_LEVELS = re.compile(r"^(?:các cấp|cấp cơ sở|cơ sở|thành phố|tp\.?|quận|huyện)\s+", re.IGNORECASE)
# the length past which a cell is no figure with a note nor a label read for its doer (the patterns
# for them would take time that grows as its square)
_SHORT_TEXT = 300
# the words after "do" ("by") in a label: who did the work ("… do Hội LHPN tổ chức")
_DOER = re.compile(r"\bdo (?=(.+))")
# what follows its name when it did the work ("… do Hội LHPN huyện tổ chức", "… do Hội CTĐ trao"),
# not when it is named for another reason ("công trình do UBND xã làm chủ đầu tư")
_DID = re.compile(r"^(?:\s*$|(?: \S+){0,3}? (?:to chuc|trao|thuc hien|chu tri|trien khai|van dong|phu trach|dam nhan"
                  r"|dam nhiem|tang|phat)\b)")
# words that say a figure's period inside a cell ("12 (lũy kế 30)")
_PERIOD_WORDS = ("to_date", "in_quarter", "in_period")  # (beside "cùng kỳ", the first is still the period's)


def _names_a_period(text: str) -> bool:
    """Whether ``text`` names a period ("quý III", "9 tháng"), a bare "năm 2021" not counted."""
    periods, _years, weak = name_periods(text)
    return bool(periods) and not weak


# a figure, then its share in brackets: "45 (đạt 112%)", "1.250 (tăng 15% so cùng kỳ)"
_SHARE_NOTE = re.compile(r"^(?P<figure>[^()%]*\d[^()%]*?)\s*\((?P<note>[^()]*%[^()]*)\)\s*$")
# … or after a comma, a semicolon or a dash, opening with a word of comparison: "12 cuộc, đạt 120% KH"
_SHARE_AFTER = re.compile(r"^(?P<figure>[^()%]*?\d[^()%]*?)\s*[,;–-]\s*(?P<note>(?:đạt|bằng|tăng|giảm|vượt|so với)\s"
                          r"[^()]*%[^()]*)$", re.IGNORECASE)  # fmt: skip
# words only money takes ("tr", "trđ": triệu of đồng, never of people)
_MONEY_NAMED = re.compile(r"đồng|(?<![a-zà-ỹ])đ(?![a-zà-ỹ])|vnđ|vnd|tỷ|tỉ|(?<![a-zà-ỹ])tr(?:\.?đ)?(?![a-zà-ỹ])")

# a word of what a figure counts after its millions ("1,2 triệu lượt người"), not a scale or a qualifier
_COUNTED_AFTER = re.compile(r"(?:triệu|tỷ|tỉ)\s+(?!(?:nghìn|ngàn|trăm|triệu|đồng|đ)\b)[a-zà-ỹ]")


def _opening(label: str) -> str:
    """The words a label (or a column's lowest header) opens with, after "Số", "Số cuộc":
    "Giám sát / Chủ trì" → "chu tri"; "Số cuộc phối hợp giám sát" → "phoi hop giam sat"."""
    key = match_key(clean_label(label.rsplit(" / ", 1)[-1]))
    return re.sub(r"^(?:so\s+)?(?:cuoc\s+)?", "", key)


def _words_of(text: str, key: str) -> str:
    """The words of ``text`` whose match key is ``key`` (the phrase as the report wrote it)."""
    words = re.findall(r"\w+", text)
    keys = [match_key(w) for w in words]
    n = len(key.split())
    for i in range(len(words) - n + 1):
        if " ".join(k for k in keys[i : i + n] if k) == key:
            return " ".join(words[i : i + n]).strip("(),;:.")
    return key


def _quarter_and_cumulative(base: tuple[str, ...]) -> tuple[str | None, str | None]:
    """The report's quarter and its other period ("Quý III và 9 tháng": Q3, 9M), each or None."""
    return (next((p for p in base if p.startswith("Q")), None),
            next((p for p in base if not p.startswith("Q")), None))  # fmt: skip


@per_reference
def _period_named(ref, label: str, base: tuple[str, ...], year: int, words: int | None) -> str | None:
    """:meth:`RowWalk._label_period`, remembered per label, report periods and year (the same
    labels come back in every file)."""
    vocab = load_vocabulary(ref=ref)
    text = clean_label(label)
    if not text or (words is not None and len(text.split()) > words):
        return None
    named, years, weak = name_periods(text)
    if weak or (years and year not in years):
        return None
    if len(named) == 1:
        return named[0] if end_month(named[0]) in {end_month(p) for p in base} else None
    if named:
        return None
    if len(base) == 2:  # "Quý III và 9 tháng": "trong quý" is the quarter, "lũy kế" the other
        quarter, cumulative = _quarter_and_cumulative(base)
        if vocab.matches("in_quarter", text):
            return quarter
        return cumulative if quarter and vocab.matches("to_date", text) else None
    if len(base) != 1:
        return None
    for role, period_of in (("in_quarter", QUARTER_OF), ("to_date", TO_DATE)):
        if vocab.matches(role, text):
            return period_of.get(base[0])
    return base[0] if vocab.matches("in_period", text) else None


def _qualifier(ref, text: str, alias: str) -> str:
    """The words of ``text`` (a row's label, a column's header) that make its figure no result
    ("kế hoạch", "bình quân", "chưa thực hiện": the ``not_result`` vocabulary), unless the alias
    matched says them itself; "" for none."""
    phrase = load_vocabulary(ref=ref).matches("not_result", text)
    return _words_of(text, phrase) if phrase and f" {phrase} " not in f" {match_key(alias)} " else ""


@per_reference
def _not_result_words(ref, label: str, alias: str, base: tuple[str, ...], year: int) -> str:
    """The words of a row's label that make its figure no result of the report's periods
    ``base`` of ``year`` ("kế hoạch", "bình quân", "năm 2022", "6 tháng đầu năm"), or ""."""
    clean = " ".join(label.split())
    said = _qualifier(ref, clean, alias)
    if said:
        return said
    periods, years, weak = name_periods(clean)
    other = [y for y in years if y < year]  # "năm 2022" in 2023 (a later "Tết 2024" may be given now)
    if periods and other:
        return f"năm {other[0]}"
    if len(periods) == 1 and not weak and not years and _period_named(ref, label, base, year, None) is None:
        return PERIOD_LABELS[periods[0]].lower()  # "6 tháng" in a report of the third quarter
    return ""


def list_issue(ctx, listed) -> dict:
    """A sheet titled as a list ("DANH SÁCH CÁC CUỘC GIÁM SÁT"), said once, nothing loaded."""
    return ctx.issue("info", "sheet.a_list",
                     f"Trang '{ctx.sheet}' là một danh sách ('{listed.text}'), mỗi dòng là một việc hoặc một "
                     "người, không phải một chỉ tiêu; không nạp.", listed.where)  # fmt: skip


# a row of an indicator's parts that only says their total ("- Tổng số" after "- Chủ trì", "- Phối hợp")
_TOTAL_OF_PARTS = frozenset({"tong so", "tong", "cong", "tong cong"})


class RowWalk:
    """One pass over the rows of a located table, emitting values and issues."""

    def __init__(self, grid, ctx, table, title, periods, period_where, year, year_where, result):
        self.grid, self.ctx, self.table, self.title = grid, ctx, table, title
        self.periods, self.period_where = periods, period_where
        self.level_columns: set[str] = set()  # letters of columns of a unit's levels ("Cấp quận | Cấp phường")
        # the levels' columns and their "Tổng" column; a district's communes of before the reform and
        # its whole ("Toàn quận"), one pair per period: (parts, whole, what they are)
        self.level_totals: list[tuple[list[int], int, str]] = []
        self.years_column = False  # the period column names years ("Năm": 2023, 2022), see _period_column
        self.year, self.year_where = year, year_where
        self.result = result
        self.trace = result.trace
        self.unit: Decision | None = None
        self.unit_problem: str | None = None  # unresolved until a value needs the file's unit
        self.values: dict[tuple, list[tuple]] = {}
        self.level_cells: set[str] = set()  # the cells of a stock's level at the period's end ("Cuối kỳ")
        self.stop_row: int | None = None  # where the signature block or the notes below the table begin
        self._own_of: dict = {}  # section's unit → the organisation whose own report it is (or None)
        self.totals: dict[tuple, tuple[float, str, int]] = {}  # (indicator, col) → stated
        self.unit_refused = False  # a unit's row was not loaded: the units' sum is no check of the total
        self.sums: dict[tuple, float] = {}
        # a district's communes of before the 2025 reform as rows (not reporting units): their sums,
        # their rows' issues, and the total row that is the district's own figure
        self.communes: dict[tuple, float] = {}  # (indicator, period, year) → the communes' sum
        self.commune_rows: list[tuple[int, str]] = []
        self.whole_row: tuple | None = None  # a units table's total row
        self.whole_section: dict[tuple, tuple] = {}  # the rows of a total's section ("I. Toàn quận")
        self.in_commune = False  # the rows below a commune's heading ("II. Phường Ngọc Lâm")
        # a table of units in groups: the units' sums since the last group heading or total row,
        # the figures written on that heading (its group's total), and the checks they give
        self.running: dict[tuple, float] = {}
        self.group_stated: dict[tuple, tuple[float, str, int]] = {}
        self.group_heading: tuple[str, int] = ("", -1)  # the name and row of the group heading above
        self.grouped = False
        self.group_checks: list[tuple[float, str, int, float, float | None]] = []
        self.parts: dict[str, int] = {}  # cell → row of its heading, for labels read in its topic
        # (row of a heading, column letter) → the labels of the rows under it that matched no indicator
        self.unmapped_under: dict[tuple[int, str], list[str]] = {}
        # (row of a heading, column) → (text, cell, ĐVT, label) of a total row under it ("Cộng" after
        # "- Chủ trì", "- Phối hợp"): checked against its parts when they are added
        self.heading_totals: dict[tuple[int, str], tuple[object, str, str, str]] = {}
        # cell → (text, ĐVT, label) of each figure of a total row ("Cộng"), for rows of one indicator
        # just above it that clash: their total, written by the office (see _closed_by_total)
        self.closing_totals: dict[str, tuple[object, str, str]] = {}
        # a heading that names a period ("II. LŨY KẾ 9 THÁNG"): the period of the rows below it,
        # for the columns whose period came from the title
        self.section_period: tuple[str, str] | None = None
        # a table turned on its side with units as sections ("1. Huyện Đông Anh" over "Quý III",
        # "Lũy kế 9 tháng"): the unit of the rows below, or False under a total's heading
        self.turned_unit: Decision | bool | None = None
        self.scored = table.kind == "rows" and self._scored_criteria()  # rows of a score's criteria
        if self.scored:  # "Nội dung | Điểm": the points, by the column the words of which name the score
            for col in table.columns.values():
                if col.role in ("unknown", "empty") and col.texts and col.col != table.label_col \
                        and self._names_the_score(col.texts[-1]):  # fmt: skip
                    col.role, col.why = "result", "cột điểm của bảng chấm điểm theo tiêu chí"
        for col in table.columns.values():  # which unit a header names, at the report's date
            if col.unit_text:
                col.unit_id = match_unit(col.unit_text, when=ctx.when, suggest=False, ref=ctx.ref).unit_id
        # "DANH SÁCH CÁC CUỘC GIÁM SÁT" over rows: each row one supervision, one household, no
        # indicator's figure (its columns are not looked at, so nothing is said of them)
        self.listed = None if self.scored or table.kind != "rows" or any(
            col.unit_id for col in table.columns.values()) else title.line_of(ctx.vocab, "list_title")  # fmt: skip
        self.columns = [] if self.listed is not None else self._value_columns()

    # columns ----------------------------------------------------------------------------------

    def _value_columns(self) -> list[tuple[Column, str, int, str, str, str]]:
        """``(column, period, year, period_where, year_where, role)`` of the columns that give
        values; every other column with figures is said once."""
        out = []
        ctx, base = self.ctx, self.periods
        said = len(self.result.issues)
        wanted = DATA_ROLES
        if ctx.targets and any(col.role == "target" for col in self.table.columns.values()):
            wanted = ("target",)  # a registration's own columns, or a unit's columns, are targets
        if any(col.unit_text and col.unit_id is None and self._part_of_unit(col.unit_text)
               for col in self.table.columns.values()):  # communes beside: "Toàn huyện | Ba Trại | Ba Vì" in huyện
            for col in self.table.columns.values():  # Ba Vì, the commune Ba Vì
                if col.unit_id and col.unit_text and self._namesake(col.unit_text, col.unit_id):
                    col.unit_id = None
        if any(col.unit_id for col in self.table.columns.values()):
            for col in self.table.columns.values():  # "Tổng số" beside the units' columns: their total
                if col.role == "result" and not col.unit_text and match_key(col.texts[-1] if col.texts else "") in (
                        "tong so", "tong", "cong", "tong cong"):  # fmt: skip
                    col.role = "total"
                elif col.role in DATA_ROLES and not col.unit_id and len(col.texts) > 1 \
                        and any(ctx.vocab.matches("total", t) for t in col.texts[:-1]):  # fmt: skip
                    col.role, col.why = "total", "cột tổng của các đơn vị"  # "Tổng cụm" over "Quý III | Lũy kế"
        elif self.table.kind == "rows":  # one unit's quarters, then "Cộng" / "Tổng cộng 9 tháng"
            quarters = sorted(col.period for col in self.table.columns.values()
                              if col.role in DATA_ROLES and col.period in QUARTER_OF and col.period.startswith("Q"))  # fmt: skip
            months = months_period([n for col in self.table.columns.values()  # "Tháng 7 | Tháng 8 | Tháng 9 | Cộng"
                                    if col.role == "unknown" and col.texts and (n := one_month(col.texts[-1]))])  # fmt: skip
            for col in self.table.columns.values():
                if col.role != "total":
                    continue
                if col.period is None and months and not quarters:
                    col.period, col.period_where = months, col.where
                    col.role, col.why = "result", "tổng các tháng bên cạnh"
                    continue
                if col.period is None and quarters and quarters == [f"Q{n}" for n in range(1, len(quarters) + 1)]:
                    col.period, col.period_where = TO_DATE[quarters[-1]], col.where  # Q1..Q3 → 9M
                if col.period is not None and col.period.startswith("Q"):  # "Toàn quận" over "Quý III"
                    col.role, col.why = "result", "cột tổng của cả đơn vị"
                elif col.period is not None:
                    col.role, col.why = "to_date", "tổng các quý từ đầu năm"
            beside = any(col.period and col.role in DATA_ROLES for col in self.table.columns.values())
            for c, col in self.table.columns.items():  # "Quý IV | Năm": the year beside the quarter
                if col.role in ("unknown", "empty") and match_key(col.header) == "nam" and col.period is None \
                        and (beside or self.periods == ("FY",)) and self._column_has_numbers(c) \
                        and not self._years_of_a_label(c):  # fmt: skip
                    col.role, col.year, col.why = "result", self.year, "'Năm' bên cạnh cột của một kỳ"
            totals = [col for col in self.table.columns.values() if col.role == "total"]
            levels = [col for col in self.table.columns.values()
                      if col.role in ("result", "unknown") and col.texts and _LEVEL.match(match_key(col.texts[-1]))]  # fmt: skip
            if len(totals) == 1 and len(levels) >= 2:  # "Cấp quận | Cấp phường | Tổng": the total is the unit's
                for col in levels:
                    col.role, col.why = "skip", "một cấp của đơn vị; đã lấy cột tổng, đối chiếu với tổng các cấp"
                self.level_totals.append(([col.col for col in levels], totals[0].col, "các cấp"))
            elif len(levels) >= 2:  # "Cấp quận | Cấp phường" alone: the unit's figure is their sum
                for col in levels:
                    col.role, col.why = "result", "một cấp của đơn vị: các cấp được cộng"
                self.level_columns = {a1(0, col.col)[:-1] for col in levels}
            if len(totals) == 1 and not any(col.role in DATA_ROLES and not col.unit_text
                                            for col in self.table.columns.values()):  # fmt: skip
                # "Nội dung | ĐVT | Tổng" (or "Toàn quận", "Cấp quận | Cấp phường | Tổng"; "Toàn quận" beside
                # its communes of before the reform, no reporting units): the unit's whole figure
                totals[0].role, totals[0].why = "result", "cột tổng là cột kết quả duy nhất"
        for c, col in sorted(self.table.columns.items()):
            if col.unit_text and col.unit_id is None and col.role in wanted:
                commune = self._part_of_unit(col.unit_text)
                if commune and any(
                        other.role in DATA_ROLES and not other.unit_text for other in self.table.columns.values()):
                    # "Toàn quận | Phường Ngọc Lâm | …" in 2023: the district's figure is its whole column
                    self.result.issues.append(ctx.issue("info", "unit.commune", f"Cột '{col.header}' ghi số liệu "
                                                        f"của {self._unknown_unit(col.unit_text)}", col.where))
                elif match_unit(col.unit_text, when=ctx.when, suggest=False, ref=ctx.ref).candidates:
                    self._column_issue(col, "unit.unknown",
                                       f"Cột '{col.header}' mang tên đơn vị nhưng không rõ là đơn vị nào vào "
                                       "kỳ báo cáo này (quận/huyện cũ hay phường/xã mới); không được nạp. Hãy "
                                       "ghi rõ 'Phường …', 'Xã …' hoặc 'Quận …'.")  # fmt: skip
                else:  # "Phường Đại Kim": some unit's column, never the sheet's own figures
                    self._column_issue(col, "unit.unknown", f"Cột '{col.header}' ghi số liệu của "
                                       f"{self._unknown_unit(col.unit_text)}{_WHOLE_FIX if commune else ''}")
                col.role, col.why = "skip", "một phần của đơn vị, không phải đơn vị" if commune else "tên đơn vị không rõ"
                if commune:
                    self._commune_beside_whole(col)
                continue
            if (col.role in wanted or col.role in ("unknown", "empty")) and col.header and self._other_body(col.header) \
                    and (not col.unit_id or self._elsewhere(col.unit_id)) and self._column_has_numbers(c):  # fmt: skip
                self.result.issues.append(ctx.issue(
                    "info", "column.other_body",
                    f"Cột '{col.header}' ghi số liệu của tổ chức khác, không phải của Ủy ban MTTQ; không được nạp.",
                    col.where))  # fmt: skip
                col.role, col.why, col.unit_id = "skip", "số liệu của tổ chức khác, không phải của Ủy ban MTTQ", None
                continue
            if col.unit_id and col.role in wanted and (home := self._elsewhere(col.unit_id)):
                self._column_issue(col, "unit.other_province", self._elsewhere_message(
                    f"Cột '{col.header}'", col.unit_id, home))
                col.role, col.why = "skip", f"đơn vị của tỉnh khác, không cùng tỉnh với {home}"
                continue
            if col.role in wanted and self.table.one_unit:
                out.append((col, "", self.year, "", "", "result"))  # each row says its period
                continue
            if col.role in wanted and self._year_beside_periods(col):  # "Quý IV | Năm 2023"
                if any(end_month(p) == 12 for p in base):
                    out.append((col, "FY", self.year, col.period_where, col.period_where, "result"))
                else:
                    self._column_issue(col, "column.period_unknown",
                                       f"Cột '{col.header}' chỉ nêu năm, bên cạnh cột của kỳ báo cáo ({periods_said(base)}); "
                                       "năm chưa hết nên không rõ là kế hoạch năm hay số lũy kế: không được nạp. "
                                       "Hãy ghi rõ, ví dụ 'Kế hoạch năm 2023' hoặc 'Lũy kế 9 tháng'.")  # fmt: skip
                continue
            if col.role in wanted and self._earlier_year_beside_periods(col, base):  # "Năm 2022 | 9 tháng"
                self._column_issue(col, "column.period_unknown",
                                   f"Cột '{col.header}' chỉ nêu năm {col.year}, bên cạnh cột của kỳ báo cáo "
                                   f"({periods_said(base)}): không rõ là số cả năm {col.year} hay số cùng kỳ năm "
                                   f"{col.year}; không được nạp. Hãy ghi rõ, ví dụ 'Cùng kỳ năm {col.year}' hoặc "
                                   f"'Cả năm {col.year}'.")  # fmt: skip
                continue
            if col.role == "prior" and col.role in wanted and self._last_year_unclear(col, base):  # "Năm trước" in 9M
                last = (self.year or 0) - 1
                self._column_issue(col, "column.period_unknown",
                                   f"Cột '{col.header}' ghi năm trước, bên cạnh kỳ báo cáo ({periods_said(base)}): "
                                   f"không rõ là số cả năm {last} hay số cùng kỳ năm {last}; không được nạp. Hãy "
                                   f"ghi rõ, ví dụ 'Cùng kỳ năm {last}' hoặc 'Cả năm {last}'.")  # fmt: skip
                continue
            if col.role in wanted and self._after_report(col, base):
                self._column_issue(col, "column.period_unknown",
                                   f"Cột '{col.header}' nêu kỳ sau kỳ báo cáo ({' và '.join(period_label(p, self.year) for p in base)}): "
                                   "có lẽ là kế hoạch, dự kiến; không được nạp. Nếu đó là kết quả, hãy sửa kỳ "
                                   "báo cáo ở tiêu đề hoặc ghi 'Kế hoạch', 'Dự kiến' ở tiêu đề cột.")  # fmt: skip
                continue
            if col.role in wanted and (estimate := self._estimate_beside(col, base)) is not None:
                self._column_issue(col, "column.period_unknown",
                                   f"Cột '{col.header}' không nêu kỳ, bên cạnh cột ước tính '{estimate.header}' của "
                                   f"chính kỳ báo cáo ({periods_said(base)}): số của cột là số đến lúc báo cáo, chưa "
                                   "phải của cả kỳ; không được nạp. Hãy ghi rõ kỳ trong tiêu đề cột (ví dụ 'Thực "
                                   "hiện 11 tháng'), hoặc gửi kết quả khi kỳ đã hết.")  # fmt: skip
                continue
            if col.role == "prior" and col.role in wanted and col.period is None and self.table.kind == "rows" \
                    and not self.table.one_unit \
                    and len(rivals := self._result_periods(col, base)) > 1:  # fmt: skip
                # "Thực hiện quý III | Lũy kế 9 tháng | Cùng kỳ năm 2022": the same period as which?
                found = self._compared_with(col, rivals)
                if found is None and len(base) == 1 and base[0] in rivals and not base[0].startswith("Q"):
                    # a nine months' report with its quarter beside: the same period is the report's, the title's
                    found = (base[0], self.period_where)
                if found is None:
                    self._prior_unclear(col, rivals)
                    continue
                year, ywhere, role = self._year_of(col, col.role)
                out.append((col, found[0], year, f"{rivals[found[0]][0]}; {found[1]}", ywhere, role))
                continue
            if col.role in wanted:
                decided = self._column_period(col, base)
                if decided is None and self._rows_name_periods(base):  # each row says which period
                    year, ywhere, role = self._year_of(col, col.role)
                    out.append((col, None, year, "", ywhere, role))
                    continue
                if decided is None and col.role == "to_date" and (start := start_month(col.header)) is not None:
                    self._column_issue(col, "column.period_unknown",
                                       f"Cột '{col.header}' cộng dồn từ tháng {start} đến hết kỳ báo cáo "
                                       f"({periods_said(base)}): không phải một kỳ báo cáo (quý, 6 tháng, 9 tháng, năm); "
                                       "số liệu của cột không được nạp. Hãy ghi lũy kế từ đầu năm, hoặc số của "
                                       "từng quý.")  # fmt: skip
                    continue
                if decided is None:
                    month = self._title_month
                    said = " và ".join([*([f"tháng {month}"] if month else []), periods_said(base)])
                    self._column_issue(col, "column.period_unknown",
                                       f"Cột '{col.header}' không nêu kỳ, trong khi tiêu đề nêu nhiều kỳ "
                                       f"({said}); số liệu của cột không được nạp. Hãy ghi kỳ "
                                       "trong tiêu đề cột, ví dụ 'Quý III', 'Lũy kế 9 tháng'.")  # fmt: skip
                    continue
                period, pwhere = decided
                year, ywhere, role = self._year_of(col, "result" if ctx.targets else col.role)
                out.append((col, period, year, pwhere, ywhere, role))
            elif col.role in ("unknown", "empty") and self._column_has_numbers(c) and not (
                    match_key(col.header) in _TIME_HEADERS and self._years_of_a_label(c)):  # each row's year: _period_column
                what = col.why if col.why.startswith("ghi số liệu") else (
                    "có số liệu nhưng không rõ là kết quả, kế hoạch hay so sánh")
                if not col.where:  # a column with no header: said at its header's place
                    col.where = a1(self.table.header_top, c)
                self._column_issue(col, "column.unknown_role",
                                   f"Cột '{col.header or col.where}' {what}; không "
                                   "được nạp. Hãy ghi tiêu đề cột ('Kết quả', 'Kế hoạch', 'Cùng kỳ'…), "
                                   "hoặc chỉ rõ vai trò cột trong công thức đọc (recipes.toml).")  # fmt: skip
            elif col.role in (*_NOT_RESULT_COLUMNS, *DATA_ROLES) and self.trace is not None and not self._end_level(col):
                self.trace.skipped.append((col.where, f"cột '{col.header}': {ROLE_VI[col.role]}"))
        for col in self.table.columns.values():  # "Cuối kỳ": the level at the period's end, a stock's figure
            if self._end_level(col) and (decided := self._column_period(col, base)) is not None:
                year, ywhere, _role = self._year_of(col, "result")
                out.append((col, decided[0], year, decided[1], ywhere, "level"))
        stale = self._stale_headers(out, base)
        if stale is not None:  # every figure under a header of an earlier period or year than the title's
            what, title_said, title_where, column_said = stale
            col = out[0][0]
            self.result.issues.append(ctx.issue(
                "error", "period.conflict",
                f"Hai nguồn ghi {what} báo cáo khác nhau: '{title_said}' ({where_said(title_where)}) và '{column_said}' "
                f"(tiêu đề cột '{col.header}', ô {col.where}), và bảng không có cột nào của {what} {title_said}. "
                f"Không nạp số liệu của bảng này để tránh ghi sai {what} (mẫu của {what} trước chưa sửa tiêu đề "
                "cột?). Hãy sửa cho thống nhất, hoặc viết công thức đọc (recipes.toml) ghi rõ.", col.where))  # fmt: skip
            return []
        levels = {col.col for col, *_ in out if col.role == "balance"}
        skipped = [col for c, col in sorted(self.table.columns.items())
                   if col.role in _NOT_RESULT_COLUMNS and c not in levels and self._column_has_numbers(c)]  # fmt: skip
        if out and not ctx.targets:  # beside the results: each said once, as a note
            for col in skipped:
                self._column_not_result(col, _NOT_RESULT_COLUMNS[col.role])
            if not any(col.unit_id for col in self.table.columns.values()):  # a "Tổng" of nothing to add up
                for c, col in sorted(self.table.columns.items()):
                    if col.role == "total" and self._column_has_numbers(c) \
                            and all(c != whole for _parts, whole, _what in self.level_totals):  # fmt: skip
                        self._column_not_result(col, "tổng cộng của các cột")
        if not out and skipped and not ctx.targets and len(self.result.issues) == said:  # nothing else says why
            kinds = {**_NOT_RESULT_COLUMNS, "target": "kế hoạch hoặc số ước tính"}
            what = ", ".join(f"'{col.header}' ({kinds[col.role]})" for col in skipped)
            self._column_issue(skipped[0], "sheet.no_result",
                               f"Bảng không có cột kết quả: cột {what}; không nạp số nào của bảng này. "
                               "Nếu đó là số đã thực hiện trong kỳ, hãy ghi tiêu đề cột 'Kết quả' hoặc "
                               "'Thực hiện', hoặc chỉ rõ vai trò cột trong công thức đọc (recipes.toml).")  # fmt: skip
        return out

    def _stale_headers(self, out: list[tuple], base: tuple[str, ...]) -> tuple[str, str, str, str] | None:
        """``(what, the title's, where, the column's)`` when a report's table (of indicators, or
        of units with indicators across) has figures only under headers that name an earlier year
        than the report's ("Năm 2023" alone under a title of 2024), or a period of its year ending
        before the title's ("Quý II" alone under "QUÝ III", "6 tháng" under "9 THÁNG"): last
        period's template with its headers left, or a title mistyped; nobody can say which. Not
        beside an estimate of the title's period ("Thực hiện 9 tháng | Ước cả năm" in a year's
        review written in November: the results so far)."""
        columns = self.table.columns.values()
        if not out or self.year is None or self.table.one_unit or any(col.unit_id for col in columns):
            return None
        if all(role == "prior" and col.role != "prior" and col.year and col.year < self.year
               for col, _period, _year, _pw, _yw, role in out):  # fmt: skip
            return "năm", str(self.year), self.year_where, str(out[0][0].year)
        if not base:
            return None
        last = max(end_month(p) for p in base)
        if all(col.period and col.period_where and col.role == "result" and year == self.year and role == "result"
               and end_month(col.period) < last for col, _period, year, _pw, _yw, role in out) \
                and not any(_ESTIMATE.search(match_key(col.header)) for col in columns):  # fmt: skip
            return "kỳ", periods_said(base), self.period_where, period_label(out[0][0].period)
        return None

    def _end_level(self, col: Column) -> bool:
        """A column of levels at the end of the report's period ("Cuối kỳ"; in a table of units,
        "Đến nay" under its indicator): a stock's figures."""
        key = match_key(col.texts[-1] if self.table.kind == "units" and col.texts else col.header)
        return (col.role == "balance" and not self.ctx.targets and self.table.kind in ("rows", "units") and not col.unit_text
                and col.year in (None, self.year) and bool(_END_LEVEL.search(key))
                and (not key.endswith("cuoi nam") or self.periods == ("FY",)))  # the year's end: a year's report  # fmt: skip

    def _result_periods(self, col: Column, base: tuple[str, ...]) -> dict[str, tuple[str, list[int]]]:
        """The periods of the table's columns of this year's results other than ``col``, each with
        the cell that said it and its columns ("Thực hiện quý III": Q3, "Lũy kế 9 tháng": 9M)."""
        found: dict[str, tuple[str, list[int]]] = {}
        for other in self.table.columns.values():
            if other.col == col.col or other.role not in DATA_ROLES or other.role == "prior" or other.unit_id \
                    or (other.year and other.year != self.year):  # fmt: skip
                continue
            decided = self._column_period(other, base)
            if decided is not None:
                found.setdefault(decided[0], (decided[1], []))[1].append(other.col)
        return found

    def _compared_with(self, prior: Column, results: dict[str, tuple[str, list[int]]]) -> tuple[str, str] | None:
        """Which of the ``results`` periods a column of last year's figures is the same period of,
        and the header of the comparison that says so: on every row with figures, "So sánh (%)"
        is the result of that period over it (× 100, or as a ratio) and of no other period. None
        when nothing compares them or more than one period fits."""
        grid, table = self.grid, self.table
        fits: dict[str, str] = {}
        for compare in (c for c in table.columns.values() if c.role == "compare"):
            agree = dict.fromkeys(results, 0)
            rows = 0
            for r in range(table.first_row, min(grid.height, table.first_row + 200)):
                old, said = parse_number(grid.raw(r, prior.col)).value, parse_number(grid.raw(r, compare.col)).value
                if not old or said is None:
                    continue
                rows += 1
                for p, (_where, cols) in results.items():
                    now = next((v for c in cols if (v := parse_number(grid.raw(r, c)).value) is not None), None)
                    if now is not None and (abs(now / old * 100 - said) <= 1 or abs(now / old - said) <= 0.01):
                        agree[p] += 1
            for p, n in agree.items():
                if rows and n == rows:
                    fits.setdefault(p, compare.where)
        return next(iter(fits.items())) if len(fits) == 1 else None

    def _year_beside_periods(self, col: Column) -> bool:
        """True for a column headed by the report's year alone ("Năm 2023", "Kết quả năm 2023")
        beside a column of the same table that names a period ("Quý IV"): the year's figures,
        not the quarter's."""
        bare = match_key(col.header) == "nam"  # "Năm" alone: the report's year
        if col.period is not None or col.year != self.year or self.table.one_unit:
            return False
        if not bare and not any(name_periods(t)[2] for t in col.texts):
            return False
        return self._beside_a_period(col)

    def _beside_a_period(self, col: Column) -> bool:
        """Whether another column of figures of the table names a period ("Quý IV", "9 tháng")."""
        return any(other.period and other.col != col.col and other.role in DATA_ROLES
                   for other in self.table.columns.values())  # fmt: skip

    def _earlier_year_beside_periods(self, col: Column, base: tuple[str, ...]) -> bool:
        """True for a column headed by an earlier year alone ("Năm 2022", "Thực hiện năm 2022")
        beside a column naming the report's period ("Thực hiện 9 tháng"), or beside a plain
        "Kết quả" that takes the title's, in a report of less than a year: the whole of that year,
        or its same period? Nothing says (years side by side with no period, "2022 | 2023", are
        each the report's period)."""
        if col.period is not None or not col.year or self.year is None or col.year >= self.year \
                or col.role == "prior" or self.table.one_unit or not base or "FY" in base:  # fmt: skip
            return False
        plain = any(other.col != col.col and other.role == "result" and not other.period and not other.year
                    for other in self.table.columns.values())  # "Kết quả": the title's period  # fmt: skip
        return any(name_periods(t)[2] for t in col.texts) and (self._beside_a_period(col) or plain)

    def _last_year_unclear(self, col: Column, base: tuple[str, ...]) -> bool:
        """True for a column headed "Năm trước" ("last year", no "cùng kỳ") that names no period, in
        a report of less than a year: the whole of last year, or its same period? Nothing says."""
        if col.period is not None or self.table.one_unit or not base or "FY" in base or self.year is None:
            return False
        keys = [match_key(t) for t in col.texts]
        return any(_LAST_YEAR.search(k) for k in keys) and not any(_SAME_PERIOD.search(k) for k in keys)

    def _estimate_beside(self, col: Column, base: tuple[str, ...]) -> Column | None:
        """The column estimating the report's own period beside ``col``, a column of results that
        names no period ("Kết quả | Ước cả năm" under "… NĂM 2023": the results so far, not the
        year's), or None."""
        if col.period is not None or len(base) != 1 or self.ctx.targets or col.role != "result":
            return None
        for other in self.table.columns.values():
            if other.role == "target" and _ESTIMATE.search(match_key(other.header)) \
                    and (other.period or base[0]) == base[0] and (other.year or self.year) == self.year:  # fmt: skip
                return other
        return None

    def _year_of(self, col: Column, role: str) -> tuple[int, str, str]:
        """``(year, year_where, role)`` of a column's figures (or a row's, in a table on its side):
        the year its header names, else the report's (the year before for "Cùng kỳ"); ``role``
        "prior" for any year but the report's, else "result"."""
        year, ywhere = (col.year, col.period_where or col.where) if col.year else (self.year, self.year_where)
        if role == "prior" and not col.year:
            year, ywhere = self.year - 1, col.where
        return year, ywhere, "prior" if role == "prior" or year != self.year else "result"

    def _header_value(self, code: str, col: Column, raw: object, ref: str) -> float | None:
        """A cell's figure under a header naming its indicator (a units table, one unit's table on
        its side): in the money unit the header states, if any; None (said) when it cannot be."""
        if self._money_unstated(code, "", col.header, raw, ref):
            return None
        return self._value(raw, scale=self._scale(code, "", col.header), ref=ref, code=code)

    def _row_period_unknown(self, r: int, label: str, col: Column) -> None:
        self.result.issues.append(self.ctx.issue(
            "warning", "column.period_unknown",
            f"Dòng {r + 1} ('{label}'): cột '{col.header}' không nêu kỳ, tiêu đề nêu hai kỳ "
            f"({periods_said(self.periods)}) và tên dòng không nói kỳ nào; "
            "không được nạp. Hãy ghi kỳ vào tên dòng ('trong quý', 'lũy kế') hoặc tách thành hai cột.",
            a1(r, col.col)))  # fmt: skip

    def _rows_name_periods(self, base: tuple[str, ...]) -> bool:
        """True when the title names two periods, the column neither, and rows of the table name
        one of them each ("Số hội nghị trong quý", "Số hội nghị lũy kế 9 tháng"): such a row's
        figure is of the period it names; a row that names none is said, not loaded."""
        table = self.table
        if len(base) != 2 or table.kind != "rows" or table.one_unit or self._title_month:
            return False
        if any(col.measure for col in table.columns.values()):
            return False
        return any(self._label_period(self._label(r)) in base
                   for r in range(table.first_row, min(self.grid.height, table.first_row + 200)))  # fmt: skip

    def _after_report(self, col: Column, base: tuple[str, ...]) -> bool:
        """True for a column naming a period that ends after the report's ("Quý III" in a report of
        Quý II), or a later year alone ("Năm 2024" in a report of 2023): the next period's plans,
        never its results."""
        if not base or self.year is None or self.table.one_unit:
            return False
        if not col.period:
            return bool(col.year) and col.year > self.year
        return (col.year or self.year, end_month(col.period)) > (self.year, max(end_month(p) for p in base))

    def _column_period(self, col: Column, base: tuple[str, ...]) -> tuple[str, str] | None:
        if col.period:
            return col.period, col.period_where
        quarter, cumulative = _quarter_and_cumulative(base)
        if col.role == "in_quarter":
            source = quarter or cumulative or base[0]
            return QUARTER_OF[source], col.where
        if col.role == "to_date":
            source = cumulative or quarter or base[0]
            start = start_month(col.header)
            if start is not None and start != 1:  # "Lũy kế từ 01/7/2025": from July to the report's end
                counted = months_period(list(range(start, end_month(TO_DATE[source]) + 1)))
                return (counted, col.where) if counted else None
            return TO_DATE[source], col.where
        if len(base) > 1 or self._title_month:
            return None
        return base[0], self.period_where

    @cached_property
    def _title_month(self) -> int | None:
        """The month the title line that names the period names too ("BÁO CÁO CÔNG TÁC THÁNG 9 VÀ
        QUÝ III"): a column that names neither is the month's or the quarter's, nobody can say."""
        return next((n for n in (one_month(m.text) for m in self.title.lines if m.where == self.period_where) if n),
                    None) if self.title is not None else None  # fmt: skip

    def _column_has_numbers(self, c: int) -> bool:
        grid = self.grid
        for r in range(self.table.first_row, min(grid.height, self.table.first_row + 200)):
            v = grid.raw(r, c)
            if isinstance(v, int | float) and not isinstance(v, bool):
                return True
            if v.__class__ is str and v and parse_number(v).ok:
                return True
        return False

    def _column_not_result(self, col: Column, what: str) -> None:
        """A column of figures that are no results (a plan, a comparison, last year's in a units
        table): said once, as a note (every figure of a table is loaded or named)."""
        self.result.issues.append(self.ctx.issue(
            "info", "column.not_result",
            f"Cột '{col.header}' ghi {what}, không phải kết quả của kỳ báo cáo; số liệu của cột không được nạp.",
            col.where))  # fmt: skip

    def _column_issue(self, col: Column, code: str, message: str) -> None:
        self.result.issues.append(self.ctx.issue("warning", code, message, col.where))
        if self.trace is not None:
            self.trace.skipped.append((col.where, message))

    # the unit of the sheet's own figures --------------------------------------------------------

    def file_unit(self) -> Decision | None:
        if self.unit is None and self.unit_problem is None:
            self.unit, problem = resolve_unit(self.title, self.ctx)
            if self.unit is None and "Không xác định" in problem:
                self.unit = self._signed_by()  # the committee that signs it, when nothing above names it
            self.unit_problem = problem
            if self.unit is None and "Không xác định" in problem and (
                    self.ctx.vocab.matches("total", self.ctx.sheet)
                    or any(self.ctx.vocab.matches("total", m.text) for m in self.title.periods)):
                # a summary sheet of the cluster ("Tổng hợp"): its figures are the units' sums
                self.result.issues.append(self.ctx.issue(
                    "info", "sheet.summary_not_loaded",
                    f"Trang '{self.ctx.sheet}' là bảng tổng hợp chung, không ghi số liệu của đơn vị nào; "
                    "không nạp (số liệu từng đơn vị lấy ở trang của đơn vị).", a1(self.grid.top, self.grid.left)))  # fmt: skip
            elif self.unit is None:
                self.result.issues.append(self.ctx.issue(
                    "error", "unit.unknown" if "Không xác định" in problem else "unit.conflict",
                    problem + " Không nạp số liệu của trang này. Hãy ghi tên đơn vị ở đầu báo cáo, "
                    "ví dụ 'ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA', hoặc viết công thức đọc "
                    "(recipes.toml).", a1(self.grid.top, self.grid.left)))  # fmt: skip
            elif self.trace is not None:
                self.trace.decisions.append(("đơn vị", str(self.unit.value), self.unit.where))
        return self.unit

    def _signature_agrees(self, unit: Decision) -> None:
        """A unit read above the table that the signature block (where the table ended) names
        otherwise ("ỦY BAN MTTQ HUYỆN ĐÔNG ANH" at the top, "ỦY BAN MTTQ HUYỆN GIA LÂM" under "TM.
        BAN THƯỜNG TRỰC"): said (a report copied from another unit's); the figures load as the top
        names them, the stronger evidence."""
        if self.stop_row is None or unit.where in ("file name", "sheet name") or str(unit.where).startswith("recipe"):
            return
        signed = self._signed_by(self.stop_row)
        if signed is not None and signed.value != unit.value:
            self.result.issues.append(self.ctx.issue(
                "warning", "unit.signature_differs",
                f"Đơn vị ký tên dưới bảng ({unit_label(str(signed.value), ref=self.ctx.ref)}, ô {signed.where}) khác "
                f"đơn vị ở đầu báo cáo ({unit_label(str(unit.value), ref=self.ctx.ref)}, ô {unit.where}); đã nạp "
                "theo đầu báo cáo. Hãy kiểm tra và sửa cho thống nhất: báo cáo có thể chép từ mẫu của đơn vị khác.",
                signed.where))  # fmt: skip

    def _label_period(self, label: str, *, words: int | None = None) -> str | None:
        """The period a label alone names, when the report covers it and no other year is named:
        a heading for the rows below it ("II. LŨY KẾ 9 THÁNG": 9M) or a row under an indicator
        ("- Trong quý": the report's quarter; "- Lũy kế từ đầu năm": the year to its end); with
        ``words``, a longer label says more than a period and names none."""
        return _period_named(self.ctx.ref, label, self.periods, self.year, words)

    def _label_role(self, label: str) -> str:
        """What a short row under an indicator with no figures of its own holds, by its words:
        "result" ("- Thực hiện", "Kết quả đạt được"), "target" ("- Kế hoạch", "Chỉ tiêu") or
        "compare" ("Tỷ lệ", "Đạt %"); "" for anything else."""
        vocab = self.ctx.vocab
        text = clean_label(label)
        if not text or len(text.split()) > 5 or name_periods(text)[0]:
            return ""
        if "%" in text or vocab.matches("compare", text):
            return "compare"
        if vocab.matches("target", text) or match_key(text) in ("chi tieu", "ke hoach"):
            return "target"
        return "result" if vocab.matches("result", text) else ""

    def _elsewhere(self, unit_id: str) -> str:
        """The sheet's own unit, when ``unit_id`` (named in a table of units) is of another
        province than it ("Hội LHPN" in a ward of Hà Nội is not Cần Thơ's union); else ""."""
        home = self._home
        other = unit_province(unit_id, ref=self.ctx.ref)
        return home[0] if home and other and home[1] and other != home[1] else ""

    @cached_property
    def _home(self) -> tuple[str, str] | None:
        """``(who, province)`` of the report, without saying anything: the committee the title
        names, else the province a title line ends with ("… THÀNH PHỐ HÀ NỘI")."""
        unit, _problem = resolve_unit(self.title, self.ctx)
        if unit is not None:
            return f"đơn vị báo cáo {unit.value}", unit_province(str(unit.value), ref=self.ctx.ref)
        named = next((p for m in self.title.lines if (p := province_named(m.text, ref=self.ctx.ref))), "")
        return (f"báo cáo của {named}", named) if named else None

    def _commune_beside_whole(self, col: Column) -> None:
        """A commune's column joins the parts of the whole column of the same period ("Toàn quận /
        Quý III" for "Phường Đại Kim / Quý III"), to check the whole row by row."""
        wholes = [c for c in self.table.columns.values() if c.role in DATA_ROLES and not c.unit_text
                  and (len(col.texts) == 1 or c.texts[-1:] == col.texts[-1:])]  # fmt: skip
        if len(wholes) != 1:
            return
        for parts, total, what in self.level_totals:
            if total == wholes[0].col and what == "các phường, xã":
                parts.append(col.col)
                return
        self.level_totals.append(([col.col], wholes[0].col, "các phường, xã"))

    @cached_property
    def _uom_col(self) -> int | None:
        """The table's measure (ĐVT) column, if it has one."""
        return next((c for c, col in self.table.columns.items() if col.role == "uom"), None)

    def _unit_named(self, name: str, *, when: bool = True, suggest: bool = False) -> UnitMatch:
        """The unit a row's or a heading's ``name`` is, at the report's date (``when``); none for
        a unit named as it was before a merger ("Bồ Đề (cũ)"), whose bracket the label's cleaning
        would drop. A type's letter ("P. Long Biên", "Q. Hoàn Kiếm") is kept: the cleaning takes
        it for an item's letter, and the name without it may be another unit (the district)."""
        if is_former(name):
            return UnitMatch(None)
        cleaned = clean_label(name) or name
        if admin_type(name) and not admin_type(cleaned):  # "P. Long Biên": the type's letter, not an item's
            cleaned = name
        return match_unit(cleaned, when=self.ctx.when if when else None, suggest=suggest, ref=self.ctx.ref)

    def _old_commune(self, name: str) -> str:
        """For a commune of before the 2025 reform ("Phường Ngọc Lâm") in a report of before it:
        the units it went into, in words; "" otherwise."""
        ctx = self.ctx
        former = is_former(name)  # "Bồ Đề (cũ)", in a report of any date
        kind = admin_type(name)  # "Phường Ngọc Lâm"; or a bare "Ngọc Lâm", a commune's name, in a report before 07/2025
        if not former and (not ctx.when or ctx.when >= (2025, 7) or kind not in ("phường", "xã", "thị trấn", "")
                           or (not kind and not is_proper_name(name))):  # fmt: skip
            return ""
        bare = _FORMER_MARK.sub(" ", name) if former else name
        own = self._reporting_unit  # (its district's commune of that name, when there are several)
        went = [unit_label(u, ref=ctx.ref) + ("" if whole else " (một phần)")
                for u, whole in merged_into(name_key(bare), ref=ctx.ref, district=own)]  # fmt: skip
        return ", ".join(went[:3]) + (f" và {len(went) - 3} đơn vị khác" if len(went) > 3 else "")

    def _namesake(self, name: str, unit_id: str) -> bool:
        """Whether ``name``, the reporting unit's own (``unit_id``) written bare, is the commune of
        before the reform that bore its name ("Ba Vì", a commune of huyện Ba Vì) among the unit's
        communes or under its whole: the commune, never the unit."""
        return not admin_type(name) and bool(self._old_commune(name)) and self._reporting_unit == unit_id

    @cached_property
    def _reporting_unit(self) -> str | None:
        """The unit the title names as reporting, if any (asked without saying anything)."""
        own = self.unit if self.unit is not None else resolve_unit(self.title, self.ctx)[0]
        return own.value if own is not None else None

    def _part_of_unit(self, name: str) -> str:
        """What ``name`` is when it names a part of the reporting unit, not a unit: a commune of
        before the 2025 reform ("Phường Ngọc Lâm" in 2023, "Bồ Đề (cũ)"), or one residential area
        ("Tổ dân phố số 1", "KDC Ngọc Lâm"); "" otherwise."""
        if went := self._old_commune(name):
            kind = admin_type(_FORMER_MARK.sub(" ", name)) or "xã, phường"
            return f"'{name}', một {kind} trước sắp xếp 07/2025 (nay thuộc {went})"
        if names_an_area(name):
            return f"'{name}', một khu dân cư, tổ dân phố, thôn của đơn vị"
        return ""

    def _unknown_unit(self, name: str) -> str:
        """Why the unit ``name`` (a row's or a column's) is none of the list at the report's date,
        and the fix: a part of the unit (a commune before the reform, a residential area), a unit
        that existed only at another time ("Phường Định Công" in 2023), or a name of no list, with
        the closest known name."""
        ctx = self.ctx
        if part := self._part_of_unit(name):
            return f"{part}, không phải đơn vị báo cáo thi đua; không được nạp."
        hit = self._unit_named(name, when=False, suggest=True)
        if hit.unit_id and ctx.when:
            label = unit_label(hit.unit_id, ref=ctx.ref)
            said = "" if match_key(label) == match_key(name) else f" ({label})"
            return (f"'{name}'{said} chỉ có {unit_lifetime(hit.unit_id, ref=ctx.ref)}, không có vào kỳ báo cáo "
                    f"({ctx.when[1]:02d}/{ctx.when[0]}); không được nạp. Hãy kiểm tra năm, kỳ báo cáo và tên đơn vị.")
        hint = f" Có phải là '{hit.suggestion}'?" if hit.suggestion else ""
        return (f"'{name}' không có trong danh mục; không được nạp.{hint} Hãy sửa tên hoặc thêm bí danh vào "
                "unit_aliases.csv.")

    def _elsewhere_message(self, what: str, unit_id: str, home: str) -> str:
        return (f"{what} khớp đơn vị {unit_label(unit_id, ref=self.ctx.ref)} ({unit_province(unit_id, ref=self.ctx.ref)}), "
                "không cùng tỉnh, "
                f"thành phố với {home}; không được nạp. Nếu đúng là đơn vị đó, hãy ghi đủ tên; "
                "nếu là một tổ chức của chính đơn vị báo cáo, số liệu của nó không thuộc danh mục.")

    def _other_body(self, label: str) -> bool:
        """A section heading of another organisation than the committee ("II. Hội Liên hiệp Phụ nữ
        phường", "Hoạt động của các tổ chức chính trị - xã hội"), not one of the committee's own
        ("Công tác Mặt trận và các đoàn thể")."""
        vocab, text = self.ctx.vocab, clean_label(label)
        return bool(vocab.matches("other_issuer", text) or vocab.matches("other_bodies", text)) \
            and not vocab.matches("own_front", text)  # fmt: skip

    def _done_by_other_body(self, label: str, section: Decision | None) -> bool:
        """Whether a row's label opens with another organisation doing the work ("Hội LHPN tổ chức
        hội nghị tuyên truyền", "UBND quận trao quà Tết") or names it after "do" ("Hội nghị tuyên
        truyền do các tổ chức thành viên tổ chức"): in a Front committee's report or section, any
        organisation's; in an organisation's own (or its section of a bloc's), another's than its
        own name ("UBND thành phố trao quà" in the Women's Union's report)."""
        text = clean_label(label)
        vocab = self.ctx.vocab
        own = self._own_organisation(section)
        if own is None:
            if vocab.matches("other_doer", text):
                return True
            key = match_key(text)[:_SHORT_TEXT]  # (a label's words, never a crafted cell's whole length)
            return " do " in f" {key}" and any((body := vocab.matches("other_doer", doer)) and _DID.match(doer[len(body):])
                                               for doer in _DOER.findall(key)[:4])  # fmt: skip
        name = self._doer_named(text)
        return bool(name) and match_unit(name, when=self.ctx.when, suggest=False, ref=self.ctx.ref).unit_id != own

    def _own_organisation(self, section: Decision | None) -> str | None:
        """The organisation whose own report (or section of a bloc's) this is, or None (a Front
        committee's)."""
        own = section.value if section is not None and section.value else self._reporting_unit
        if own not in self._own_of:
            self._own_of[own] = own if own and unit_level(own, ref=self.ctx.ref) == "city_organisation" else None
        return self._own_of[own]

    def _doer_named(self, text: str) -> str:
        """The organisation a (cleaned) label opens with, as written ("Hội LHPN" in "Hội LHPN các
        cấp trao quà"), or ""."""
        body = self.ctx.vocab.matches("other_doer", text)
        name = _words_of(text, body) if body else ""
        return name if name and text.lower().startswith(name.lower()) else ""

    def _without_own_name(self, label: str, section: Decision | None) -> str:
        """A label of an organisation's own report (or its section of a bloc's) without the
        organisation's own name it opens with: "Hội Nông dân các cấp trao quà cho hội viên" →
        "trao quà cho hội viên" (the name says who did the work, not what it is)."""
        own = self._own_organisation(section)
        if own is None:
            return label
        text = clean_label(label)
        name = self._doer_named(text)
        if not name or match_unit(name, when=self.ctx.when, suggest=False, ref=self.ctx.ref).unit_id != own:
            return label
        return _OWN_LEVELS.sub("", text[len(name):].strip(" ,:-")) or label

    def _names_a_unit_here(self, label: str) -> bool:
        """Whether a heading names a unit of the registry of the report's own province (a bloc's
        member organisation, "II. Hội Liên hiệp Phụ nữ" in Cần Thơ's bloc): a unit's section."""
        hit = self._unit_named(label)
        return bool(hit.unit_id) and not self._elsewhere(hit.unit_id)

    def _ends_other_body(self, label: str, number_mark: str, kind: str, key: str, is_total: bool) -> bool:
        """Whether a row with no figures closes the section of another organisation: a heading
        numbered like it, the committee's own section, another organisation's, a unit, a total."""
        ctx, text = self.ctx, clean_label(label)
        return bool((_mark_kind(number_mark, label) == kind and (kind or not SUB_ITEM.match(label)))
                    or ctx.vocab.matches("own_front", text) or self._other_body(label) or (key and is_total)
                    or match_unit(text, when=ctx.when, suggest=False, ref=ctx.ref).unit_id)  # fmt: skip

    def _signed_by(self, start: int | None = None) -> Decision | None:
        """The unit the signature block below the table names ("TM. BAN THƯỜNG TRỰC / ỦY BAN MTTQ
        QUẬN TÂY HỒ / CHỦ TỊCH"), when it names exactly one that existed then: the weakest
        evidence, taken only when the title, sheet and file name say nothing."""
        grid, ctx = self.grid, self.ctx
        for r in range(self.table.first_row if start is None else start, grid.height):
            signing = next((c for c in range(grid.left, grid.width)
                            if (t := text_of(grid.raw(r, c)))[:1] in "TtKk"
                            and _SIGNING.match(match_key(t))), None)  # fmt: skip
            if signing is None:
                continue  # only under the signing line ("TM. BAN THƯỜNG TRỰC"), never "Nơi nhận"'s list
            found = []
            for rr in range(r, min(grid.height, r + 3)):
                for c in range(max(grid.left, signing - 1), min(grid.width, signing + 2)):
                    text = text_of(grid.raw(rr, c))
                    if text:
                        hit = match_unit(text, when=ctx.when, suggest=False, ref=ctx.ref)
                        if hit.unit_id:
                            found.append((hit.unit_id, a1(rr, c)))
            units = {u for u, _where in found}
            return Decision(found[0][0], found[0][1]) if len(units) == 1 else None
        return None

    # rows: indicators as rows -------------------------------------------------------------------

    def _label(self, r: int) -> str:
        return self._label_and_topic(r)[0]

    def _label_and_topic(self, r: int) -> tuple[str, str]:
        """The row's label and the topic written beside it: the label column's text (a label
        merged down over rows counts for each); under a label header merged over two columns,
        the right one's text, the left one's its topic ("Tuyên truyền" | "Số hội nghị") or a
        sub-numbering ("1.1" | "Số hội nghị"); the topic column's text (``Table.group_col``)."""
        grid, table = self.grid, self.table
        topic = text_of(grid.header(r, table.group_col)) if table.group_col is not None else ""
        if table.label_end <= table.label_col:
            return text_of(grid.header(r, table.label_col)), topic
        parts = [text_of(grid.header(r, c)) for c in range(table.label_col, table.label_end + 1)]
        parts = list(dict.fromkeys(p for p in parts if p))  # a label merged across counts once
        if len(parts) > 1:
            topic = topic or (parts[0] if len(parts[0]) > 5 else "")
            parts = parts[1:]
        return " ".join(parts), topic

    def _is_total(self, label: str) -> bool:
        return label_facts(self.ctx.ref, label)[1]

    def _is_stop(self, cells: list[object]) -> bool:
        """The signature block or the notes below the table begin here: "Nơi nhận:", "TM. BAN
        THƯỜNG TRỰC"; a plain word that can also head a group ("Nguồn", "Ghi chú", "Lưu ý")
        only with its colon ("Nguồn: …")."""
        return is_stop(self.ctx.vocab, next((text_of(v) for v in cells if text_of(v)), ""))

    def _header_again(self, label: str, filled: list) -> bool:
        """A second table's header row under the first ("STT | Nội dung | ĐVT | Kết quả"): a label
        header word with only header words, never figures, in the value columns."""
        vocab = self.ctx.vocab
        return bool(label) and bool(vocab.matches("label_header", label)) and all(
            isinstance(v, str) and not numeric_like(v) and (not v.strip() or any(
                vocab.matches(role, v) for role in ("result", "in_quarter", "in_period", "to_date", "prior")))
            for _entry, v in filled)  # fmt: skip

    def indicators_as_rows(self) -> None:
        grid, ctx, table = self.grid, self.ctx, self.table
        hc, left, gaps = table.label_col, grid.left, ctx.formula_gaps
        uom = self._uom_col
        stt = next((c for c, col in table.columns.items() if col.role == "skip" and c < hc), None)
        section: Decision | None = None
        in_total = False
        parent, parent_values = None, {}
        parent_mark = ""  # the parent row's own bullet when it is an item under a heading ("-" of "- Chủ trì")
        heading = parent_label = ""  # the topic of the labels below ("III. Ban Thanh tra nhân dân")
        parent_at = -1  # the row of parent_label
        item_label, item_at = "", -1  # the last item ("- Số suất quà") with a figure of its indicator
        peer_label = ""  # the last item added with its siblings ("- Quà Tết cho hộ nghèo")
        detail_at = -1  # the row of the last detail ("- Quà Tết" under "Tổng số suất quà")
        parent_money = False  # the money of the parent's indicator was given on a row of its own
        numbered = ""  # the STT of the last row numbered with a whole number ("1"), the parent of "1.1"
        parent_indent = 0  # the spaces before parent_label's words
        parent_numbered = False  # parent_label's row has a whole number in the STT column
        parent_heads = False  # parent_label's row is numbered as a part of the report ("I", "A")
        # a heading numbered as its rows are ("1. Tặng quà", then "2. Nhà Đại đoàn kết" | 6): the next row
        # so numbered is its sibling, under the heading above it (outer: "II. CÔNG TÁC AN SINH XÃ HỘI")
        numbered_heading: int | None = None  # its number
        outer: tuple[str, int] = ("", -1)
        period_parent: tuple[str, str, int] | None = None  # an indicator whose periods are rows below
        heading_row = -1
        other_body: tuple[str, int, str] | None = None  # a section of another organisation's figures
        topic_said = ""  # the text of a topic column beside the labels, row by row
        extra = ctx.recipe.aliases if ctx.recipe else ()
        if self.scored:
            self._score_total()
            return
        if self.listed is not None:
            self.result.issues.append(list_issue(ctx, self.listed))
            self._skip(self.listed.where, "danh sách: không phải bảng số liệu")
            return
        reference = ctx.ref
        if uom is not None and match_key(table.columns[uom].header) in ("don vi", "ten don vi") \
                and self._names_units(uom):  # "Nội dung | Đơn vị": the units, not the measure  # fmt: skip
            self._units_and_labels(uom, hc, None)
            return
        total_cols = sorted(c for c, col in table.columns.items() if col.role == "total")
        period_col = self._period_column()  # "Kỳ": an indicator's periods on rows of their own
        if period_col is not None:
            self.columns = [e for e in self.columns if e[0].col != period_col]
        measured = any(col.measure for col, *_ in self.columns)
        value_cols = [(entry, entry[0].col - left) for entry in self.columns]
        detail_run = False
        for r in range(table.first_row, grid.height):
            cells = grid.rows[r - grid.top]
            row_period = None
            if period_col is not None:
                time = self._row_time(self._period_said(r, period_col))
                row_period = (time[0], a1(r, period_col), time[1]) if time is not None else None
            label, topic_beside = self._label_and_topic(r)
            if topic_beside != topic_said:  # "Tuyên truyền" beside its rows, merged down or not
                topic_said = topic_beside
                if topic_beside:
                    heading, parent, heading_row = topic_beside, None, r
            filled = [(entry, cells[i]) for entry, i in value_cols
                      if cells[i] not in (None, "") or (gaps and a1(r, entry[0].col) in gaps)]  # fmt: skip
            if self._is_stop(cells) and not any(v.__class__ is float or numeric_like(v) for _c, v in filled):
                self._skip(a1(r, hc), "hết bảng: " + next(text_of(v) for v in cells if text_of(v)))
                self.stop_row = r
                break
            number_mark = match_key(text_of(cells[stt - left])) if stt is not None else ""
            key, is_total, is_detail, sub_item = label_facts(reference, label)
            if is_detail:  # "Trong đó:" — the rows after it with no number are its parts too
                detail_run = True
            elif number_mark or (not filled and label):
                detail_run = False
            elif detail_run and stt is not None and label and not sub_item:
                is_detail = True  # "Trong đó: MTTQ chủ trì" | 8, then "Phối hợp giám sát" | 4
            stt_text = text_of(cells[stt - left]).strip() if stt is not None else ""
            mark = _bullet(label, stt_text, capitals=bool(numbered and filled))
            if mark == "1.1" and not sub_item and stt_text.split(".")[0] != numbered:
                mark = ""  # "1.1", "1.2", "2.1" with no row "1" above: the table's own numbering, not items
            if stt_text.isdigit() or (stt_text and not filled and not mark):
                numbered = stt_text if stt_text.isdigit() else ""  # (a heading, "II", "B", starts its own "1")
            raw_label = cells[hc - left]
            indent = len(raw_label) - len(raw_label.lstrip(" \t\u00a0")) if raw_label.__class__ is str else 0
            if not mark and filled and parent_label and parent_at > heading_row and indent >= parent_indent + 2:
                mark = "  "  # "    Quà Tết cho hộ nghèo" set in under "Tổng số suất quà": an item of it
            if mark and not (sub_item or is_detail):  # the item's mark alone in the STT column: "-", "a", "1.1"
                sub_item, is_detail = mark != "+", mark == "+"
            if is_detail and mark == "+" and (parent is None or parent_mark == "+"):
                # "+ Quà Tết cho hộ nghèo" with no figure above it since the heading (or under a sibling
                # "+" item of it): nothing it could be a detail of; an item of the heading, as a dashed one is
                is_detail, sub_item = False, True
            if other_body is not None:  # under "II. Hội LHPN phường": its figures, until the next section
                if filled or not label or not self._ends_other_body(label, number_mark, other_body[2], key, is_total):
                    if filled:
                        self._row(r, label, "", "", f"thuộc mục '{other_body[0]}' (tổ chức khác): không nạp")
                    continue
                other_body = None
            if not filled and label and self._other_body(label) and not self._names_a_unit_here(label):
                other_body = (label, r, _mark_kind(number_mark, label))
                self.result.issues.append(ctx.issue(
                    "info", "row.other_body_not_loaded",
                    f"Mục '{label}' (dòng {r + 1}) ghi số liệu của tổ chức khác, không phải của Ủy ban MTTQ; các dòng "
                    "của mục này không được nạp.", a1(r, hc)))  # fmt: skip
                self._row(r, label, "", "", "mục của tổ chức khác: không nạp")
                continue
            if not filled:
                # a section's name: the label, or one written in the STT column ("I. HUYỆN ĐAN PHƯỢNG")
                name, where, total = label, a1(r, hc), key and is_total
                if not label and hc > left:  # (past its number: "II" | "Ban Thanh tra nhân dân" | (empty))
                    side = next(((c, t) for c in range(left, hc)
                                 if (t := text_of(cells[c - left])) and not NUMBERING.match(t)), None)  # fmt: skip
                    if side is not None:
                        name, where = side[1], a1(r, side[0])
                        key, total, _detail, sub_item = label_facts(reference, name)
                if total:
                    section, in_total, heading, self.in_commune = None, True, "", False
                    self._row(r, name, "", "", "mục tổng: đối chiếu, không nạp")
                    continue
                opened = self._section_unit(name, extra) if name else None
                if opened:
                    section, in_total, heading, self.in_commune = Decision(opened, where), False, "", False
                    self._row(r, name, "", "", f"mục của đơn vị {opened}")
                    continue
                if name and self._part_of_unit(name):  # "II. Phường Ngọc Lâm" in 2023, "II. Tổ dân phố số 2"
                    section, in_total, heading, self.in_commune = Decision("", where), False, "", True
                    self.commune_rows.append((r, name))
                    self._row(r, name, "", "", "mục của một phần đơn vị (phường, xã cũ; khu dân cư): không nạp")
                    continue
                figure = figure_in_label(label)
                if figure and match_indicator(figure["head"], extra=extra, ref=reference).code:
                    self.result.issues.append(ctx.issue(
                        "warning", "row.figure_in_label",
                        f"Ô {a1(r, hc)} ghi số liệu ngay trong nội dung ('{label[:80]}') còn ô kết quả của dòng để "
                        "trống; số này không được nạp. Hãy ghi số vào ô kết quả của dòng (mỗi số một ô) rồi gửi lại.",
                        a1(r, hc)))  # fmt: skip
                if name:
                    self._row(r, name, "", "", "dòng nhóm hoặc không có số liệu")
                    if key and not sub_item:
                        numbered_heading = _mark_number(number_mark, name)
                        if numbered_heading is None:
                            outer = (name, r)
                        heading, parent, heading_row = name, None, r
                        # an indicator named with no figures: its periods may follow on rows below
                        named_code = match_indicator(name, extra=extra, ref=reference).code
                        period_parent = (named_code, name, r) if named_code else None
                words = label or next((text_of(v) for v in cells if text_of(v)), "")  # or a heading in A
                named = self._label_period(words) if words and not sub_item else None
                if named is not None:
                    self.section_period = (named, a1(r, next(c for c in range(left, grid.width)
                                                              if text_of(grid.raw(r, c)))))  # fmt: skip
                continue
            if r != table.first_row and len(label) <= 4 and is_numbering(grid, text_of, r, hc):
                self._skip(a1(r, hc), "dòng đánh số cột lặp lại (sang trang)")
                continue
            if self._header_again(label, filled):
                self._skip(a1(r, hc), f"dòng tiêu đề cột của bảng sau: '{label}'")
                continue
            if not label:
                self.result.issues.append(ctx.issue(
                    "warning", "row.unmapped_label",
                    f"Dòng {r + 1} có số liệu nhưng không có nội dung (tên chỉ tiêu); không được nạp.",
                    a1(r, hc)))  # fmt: skip
                continue
            unit_text = text_of(cells[uom - left]) if uom is not None else ""
            if self._done_by_other_body(label, section):
                self._row(r, label, "", "", "số của tổ chức khác: không nạp")
                self.result.issues.append(ctx.issue(
                    "info", "row.other_body_not_loaded",
                    f"Dòng '{label}' (dòng {r + 1}) ghi việc của tổ chức khác, không phải của đơn vị lập báo cáo; không "
                    "nạp.", a1(r, hc)))  # fmt: skip
                continue
            if is_total:
                self._row(r, label, "", "", "dòng tổng: không nạp")
                for entry, raw in filled:
                    self.closing_totals[a1(r, entry[0].col)] = (raw, unit_text, label)
                if heading_row >= 0 and not in_total:
                    for entry, raw in filled:
                        where = a1(r, entry[0].col)
                        self.heading_totals[(heading_row, where.rstrip("0123456789"))] = (raw, where, unit_text, label)
                self.result.issues.append(ctx.issue(
                    "info", "row.total_not_loaded",
                    f"Dòng tổng '{label}' (dòng {r + 1}) không phải số liệu của một chỉ tiêu; không nạp.",
                    a1(r, hc)))  # fmt: skip
                continue
            if measured:  # "Số lượng" | "Kinh phí (triệu đồng)"
                if is_detail:
                    self._detail(r, label)
                    continue
                self._measured_row(r, label, unit_text, cells, extra, section, in_total, heading)
                continue
            # (the indicator above, unless a heading came after it: "3. Ban Thanh tra nhân dân" with no
            # figures, then "- Số thành viên" is the board's, not the row above the heading's)
            number = _mark_number(number_mark, label) if numbered_heading is not None and not sub_item else None
            if number is not None:
                if number == numbered_heading + 1:  # "2. Nhà Đại đoàn kết" after the heading "1. Tặng quà"
                    heading, heading_row = outer
                numbered_heading = None  # (a "1" under it starts its own items' numbering)
            topic = parent_label if (sub_item or is_detail) and parent_label and parent_at > heading_row else heading
            match = match_indicator(self._without_own_name(label, section), unit_text=unit_text or None, extra=extra,
                                    topic=topic, ref=reference)  # fmt: skip
            # (the heading told what the row is: never a body's or a work's name in the label itself,
            # "Phối hợp tổ chức tuyên truyền …" | Hội nghị under "Công tác an sinh xã hội")
            under_heading = bool(topic) and match.alias.startswith(f"{match_key(clean_label(topic))} › ")
            if match.mismatch and unit_text and (
                    (grid.raw(r, hc) in (None, "") and r > table.first_row) or not key.startswith(_COUNT_OF)):
                # the label merged down (or written again) over rows of other measures ("Tổ chức hội
                # nghị tuyên truyền": "Hội nghị" 15, then "Lượt người" 1.200): each row is the topic's
                # figure of its measure; "Số hội nghị …" in "Lượt người" says two things: refused
                by_measure = topic_by_measure(label, unit_text, ref=reference)
                if by_measure is not None:
                    match = IndicatorMatch(by_measure, (), f"{match_key(label)} › {match_key(unit_text)}")
            # the row's measure: its ĐVT, its label's ("Trị giá (nghìn đồng)"), or money for the whole table
            # ("ĐVT tiền: triệu đồng" above it)
            measure_said = unit_text or label_unit(label) or (
                "đồng" if self.title is not None and self.title.scale is not None else "")  # fmt: skip
            money_of_peer = keeps_items = False
            if key in _MONEY_OF_ROW_ABOVE and not under_heading and measure_said:
                if detail_at > max(item_at, parent_at, heading_row) and not key.startswith("tong ") and (
                        bool(mark) or parent_money):  # fmt: skip
                    # the money of a detail is a detail too: marked as an item ("- Quà Tết" | 300, "- Trị giá"
                    # | 150), or after the whole's own money ("Tổng số nhà" | 6, "Tổng kinh phí" | 360, "- Xây
                    # mới" | 4, "Kinh phí" | 280); "Kinh phí" or "Tổng kinh phí" after the details, the whole's
                    # money not given yet, is the whole's
                    self._detail(r, label)
                    self._row(r, label, "", "", "chi tiết: không nạp")
                    continue
                # a label that only says "its money" ("Thành tiền", "Kinh phí") names no indicator alone:
                # "Tặng quà | Suất | 300", then "Thành tiền | Triệu đồng | 150" is the money of the
                # indicator above it (under the same heading, details between); after "Tổ chức hội
                # nghị", or with nothing above, it is nobody's (said, not loaded)
                # (or of the heading it stands under: "Nhà Đại đoàn kết", then "- Số nhà", "- Kinh phí")
                # (or of the item above it: "- Số suất quà" | 300, then "- Trị giá" | 150)
                # (the money of an item added with its siblings is added with theirs: "- Quà Tết" | 300,
                # "Trị giá" | 150, "- Quà cho gia đình chính sách" | 200, "Trị giá" | 100)
                near = item_at > max(parent_at, heading_row)
                context = [t for t in ((item_label if near else ""),
                                       (parent_label if parent_at >= max(heading_row, 0) else ""), topic) if t]  # fmt: skip
                found = next(((t, c) for t in context if (c := topic_by_measure(t, measure_said, ref=reference))),
                             None)  # fmt: skip
                if found is not None:
                    match = IndicatorMatch(found[1], (), f"{match_key(found[0])} › {key}")
                    under_heading, topic = True, found[0]
                    money_of_peer = bool(peer_label) and found[0] == peer_label
                    # the money of the item or indicator above leaves the items as they were: "Tặng quà" | 500,
                    # "- Trị giá" | 250, then "- Quà Tết" | 300 is still a detail of the gifts
                    keeps_items = found[0] in ((item_label if near else None), parent_label)
                    # (given before any detail: after them, it may as well be the last detail's, "- Xây mới" |
                    # 4, "Kinh phí" | 280, "- Sửa chữa" | 2, "Kinh phí" | 80: both are then the whole's, and clash)
                    parent_money = parent_money or (keeps_items and found[0] == parent_label and detail_at < parent_at)
                else:
                    match = IndicatorMatch(None, ())
            if not under_heading and self._bare_under_other_work(match, key, heading):
                match = IndicatorMatch(None, ())
            code = match.code
            if number_mark in ROMAN and code is None:
                self._row(r, label, "", "", "dòng nhóm")
                heading, parent, heading_row = label, None, r
                numbered_heading, outer = None, (label, r)
                continue
            # a dashed item under another is its detail, but not under a sibling with the same bullet that
            # names a part ("Công tác giám sát", then "- Chủ trì" | 3 and "- Phối hợp" | 5: two parts of the
            # heading's indicator; "+ Hộ nghèo" under "- Tặng quà" is a detail of it)
            if stt is not None and not stt_text and not mark and parent_numbered and parent_at > heading_row \
                    and code is not None and code == parent and not sub_item and period_col is None \
                    and match_key(label) != match_key(parent_label):  # fmt: skip
                # a row with no number under a numbered one, of its indicator and in other words: its part
                # (its own row of another period, or the label written again, is not)
                is_detail = True
            numbered_part = False
            if parent_heads and not (sub_item or is_detail) and parent_at > heading_row \
                    and code is not None and code == parent and period_col is None \
                    and _mark_kind(number_mark, label) == "digit" and match_key(label) != match_key(parent_label):  # fmt: skip
                # "I | Công tác tuyên truyền | Hội nghị | 40", then "1 | Hội nghị tuyên truyền pháp luật | 25" and
                # "2 | … nghị quyết | 15": the rows numbered under a part's numeral (or "A") with its figure are its
                # parts, together no more than it
                is_detail = numbered_part = True
            if (is_detail and (code is None or code == parent)) or (sub_item and parent and (
                    not parent_mark or mark != parent_mark) and (
                    code == parent or (code is None and self._label_period(label, words=6) is None
                                       and not self._label_role(label)))):  # fmt: skip
                self._detail(r, label)
                self._row(r, label, code or "", match.alias, "chi tiết: không nạp")
                detail_at = r
                if parent and not (unit_text and measure_fits(parent, unit_text, ref=reference) is False) and not (
                        scale_from_text(unit_text or "") and self.ctx.base_units.get(parent) != "đồng"):
                    # ("+ Số hộ | Hộ | 30" under "Nhà Đại đoàn kết | Nhà | 2" counts something else, and
                    # "- Kinh phí | Triệu đồng | 12" under "Số hội nghị | Hội nghị | 5" is money, not a count)
                    self._check_part(r, filled, parent_values, self._scale(parent, unit_text, label), label,
                                     named=numbered_part or bool(self._part_named(label, parent)))  # fmt: skip
                continue
            by_period = self._label_period(label, words=6) if code is None and period_parent is not None else None
            by_role = self._label_role(label) if code is None and period_parent is not None and by_period is None else ""
            if by_role in ("target", "compare"):  # "- Kế hoạch: 20" under "Số hội nghị tuyên truyền"
                self._row(r, label, period_parent[0], "", f"{ROLE_VI[by_role]} của dòng {period_parent[2] + 1}")
                continue
            if by_period is not None or by_role == "result":  # "- Lũy kế từ đầu năm", "- Thực hiện"
                parent_code, parent_text, parent_row = period_parent
                scale = self._scale(parent_code, unit_text, parent_text)
                who = section or self.file_unit()
                for col, period, year, pwhere, ywhere, role in self.columns:
                    raw = cells[col.col - left]
                    ref = a1(r, col.col)
                    if role != "result" or raw in (None, "") or who is None:
                        continue
                    if period is None and not by_period:
                        self._row_period_unknown(r, f"{parent_text} / {label}", col)
                        continue
                    if by_period:  # the row's label named the period; else the column's did
                        period, pwhere = by_period, a1(r, hc)
                    elif ywhere not in ("", pwhere):
                        pwhere = f"{pwhere}; {ywhere}"
                    value = self._value(raw, scale=scale, ref=ref, code=parent_code)
                    if value is not None:
                        self._emit(who, year, period, parent_code, value, ref, f"{parent_text} / {label}", pwhere,
                                   role)  # fmt: skip
                said = f"kỳ {period_label(by_period)}" if by_period else "kết quả"
                self._row(r, label, parent_code, "", f"{said} của dòng {parent_row + 1}")
                continue
            if code is None:
                if all(isinstance(v, str) and v.strip() and not any(ch.isdigit() for ch in v) for _e, v in filled):
                    self._row(r, label, "", "", "không có số (đánh giá bằng lời): không nạp")  # "Hoàn thành tốt"
                    continue
                what = self._unmatched(match, label, unit_text)
                issue_code = "row.measure_mismatch" if match.mismatch else "row.unmapped_label"
                self.result.issues.append(ctx.issue(
                    "warning", issue_code,
                    f"Nội dung '{label}' (dòng {r + 1}) {what}; số liệu của dòng này không được nạp. Hãy "
                    "dùng tên chỉ tiêu theo mẫu hoặc thêm bí danh vào indicator_aliases.csv.",
                    a1(r, hc)))  # fmt: skip
                self._row(r, label, "", "", "không nạp: " + what)
                if heading_row >= 0 and not is_detail:  # (a part the sum of its siblings would miss)
                    for entry, _raw in filled:
                        self.unmapped_under.setdefault((heading_row, a1(r, entry[0].col).rstrip("0123456789")),
                                                       []).append(label)  # fmt: skip
                continue
            if not in_total and self._not_result(r, label, match.alias):
                continue
            peers = False
            if not is_detail:
                # (an item that names a part of its indicator, "- Chủ trì", has its siblings as peers; one
                # that names the whole, "- Số cuộc giám sát", "- Tặng quà", has them as its details; under
                # a heading with no figure, items that each say which of the indicator's figures they are,
                # "- Quà Tết cho hộ nghèo", "- Quà cho gia đình chính sách", are peers too: added)
                said_more = not under_heading and says_which(label, code, heading, ref=reference)
                peers = sub_item and (bool(self._part_named(label, code)) or (
                    said_more and heading_row > parent_at and (parent is None or bool(parent_mark))))  # fmt: skip
                # numbered items under such a heading likewise ("II. Công tác an sinh xã hội", then "1. Trao
                # quà Tết cho hộ nghèo" | 300, "2. Trao quà cho gia đình chính sách" | 200): added when every
                # one of them says which figures it holds; one that names the whole still clashes
                peers = peers or (not sub_item and said_more and heading_row >= 0
                                  and _mark_kind(number_mark, label) == "digit")  # fmt: skip
                if peers:
                    peer_label = label
                elif not money_of_peer:
                    peer_label = ""
            if not is_detail and not money_of_peer and not keeps_items:
                parent, parent_values, parent_mark = code, {}, mark if peers else ""
                parent_money = False
                if sub_item:
                    item_label, item_at = label, r
                else:
                    parent_label, parent_at, parent_indent = label, r, indent
                    parent_numbered = stt_text.isdigit()
                    parent_heads = _heads_a_part(stt_text, label)
                    period_parent = None  # an indicator with its own figures: no periods below it
            scale = self._scale(code, unit_text, label)
            unit = section
            # the text mapped: the label, under its heading when the heading told what it is
            mapped = f"{topic} / {label}" if under_heading and topic else label
            named = self._label_period(label) if period_col is None else None  # "Số cuộc giám sát 9 tháng"
            unsaid = False  # a figure left unread: the row names no period and its column neither
            refused = ""  # the row's own "Kỳ" cell says its figures are no result
            for col, period, year, pwhere, ywhere, role in self.columns:
                if self.section_period is not None and role == "result" and (pwhere == self.period_where or period is None):
                    period, pwhere = self.section_period  # the heading above says which period
                if named is not None and role == "result" and col.period is None:
                    period, pwhere = named, a1(r, hc)  # the row's label says which period
                if row_period is not None and role == "result":
                    period, pwhere, row_year = row_period  # the row's own "Kỳ" cell
                    if period == _NOT_RESULT:  # "Kế hoạch", "So sánh" on an indicator's rows
                        refused = f"dòng '{self._period_said(r, period_col)}': không phải kết quả"
                        self._skip(pwhere, refused)
                        break
                    if row_year and row_year > year:
                        self._later_year(r, period_col, row_year)
                        refused = f"năm {row_year}, sau năm báo cáo: không nạp"
                        break
                    if row_year and row_year != year:  # "Năm | 2022": the same period of an earlier year
                        year, ywhere, role = row_year, pwhere, "prior"
                elif period_col is not None and role == "result":
                    said = self._period_said(r, period_col)
                    self.result.issues.append(ctx.issue(
                        "warning", "column.period_unknown",
                        f"Dòng {r + 1}: cột kỳ ghi '{said}', không phải một kỳ báo cáo (quý, 6 tháng, 9 tháng, "
                        "năm); số liệu của dòng này không được nạp.", a1(r, period_col)))  # fmt: skip
                    break
                if period is None:  # a column of the title's two periods: the row must say which
                    if not in_total and cells[col.col - left] not in (None, ""):
                        self._row_period_unknown(r, label, col)
                        unsaid = True
                    continue
                pwhere = pwhere if ywhere in ("", pwhere) else f"{pwhere}; {ywhere}"
                raw = cells[col.col - left]
                ref = a1(r, col.col)
                if raw in (None, "") and ref not in gaps:
                    continue
                figures = self._figures(raw, label, code, topic) if not (in_total or is_detail) else None
                if figures:  # "12 hội nghị, 1.500 lượt người": the first is the row's, the others their own
                    self.result.issues.append(ctx.issue(
                        "info", "cell.figures_split",
                        f"Ô {ref} ghi '{raw}': mỗi số đi với đơn vị tính của nó, đã nạp vào các chỉ tiêu "
                        f"{', '.join(c for c, _ in figures)}.", ref))  # fmt: skip
                    raw = figures[0][1]
                    for other, text in figures[1:]:
                        extra_value = self._value(text, scale=self._scale(other, "", label), ref=ref,
                                                  code=other)  # fmt: skip
                        who = Decision(col.unit_id, col.unit_where) if col.unit_id else unit or self.file_unit()
                        if extra_value is not None and who is not None:
                            self._emit(who, year, period, other, extra_value, ref, label, pwhere, role)
                if self._money_unstated(code, unit_text, label, raw, ref):
                    continue
                value = self._value(raw, scale=scale, ref=ref, code=code)
                if value is None:
                    continue
                if not (is_detail or keeps_items or money_of_peer):  # (an item's money is no whole of items)
                    parent_values[col.col] = value
                if in_total:
                    self.totals[(code, col.col, period, year)] = (value, ref, scale)
                    self.whole_section[(code, col.col, period, year)] = (r, year, period, code, value, mapped,
                                                                         pwhere, role)  # fmt: skip
                    continue
                who = Decision(col.unit_id, col.unit_where) if col.unit_id else unit or self.file_unit()
                if who is None:
                    continue
                self._emit(who, year, period, code, value, ref, mapped, pwhere, role)
                if (under_heading and topic == heading) or ((peers or money_of_peer) and heading_row >= 0):
                    self.parts[ref] = heading_row
                if not self.in_commune:
                    self.sums[(code, col.col, period, year)] = self.sums.get((code, col.col, period, year), 0.0) + value
            if total_cols and not in_total:
                self._row_totals(r, cells, total_cols, scale)
            if self.level_totals and not in_total and code:
                self._levels_total(r, cells, scale)
            self._row(r, label, code, match.alias, "tổng mục" if in_total else refused or (
                "không nạp ô không rõ kỳ" if unsaid else _PART_ROW if self.in_commune else "nạp"))  # fmt: skip

    def _scored_criteria(self) -> bool:
        """A table of a score's criteria ("Nội dung thi đua | Điểm chuẩn | Đống Đa | Ba Đình"):
        a column of the most each criterion can score, or criteria under a title of points. Its
        rows' figures are points, never the indicators their words name."""
        vocab, columns = self.ctx.vocab, self.table.columns
        if any(vocab.matches("score_scale", t) for col in columns.values() for t in col.texts):
            return True
        label = columns.get(self.table.label_col)
        if not (label and label.texts) or not any(_POINTS_TITLE.search(match_key(m.text)) for m in self.title.lines):
            return False
        if any(col.role == "uom" for col in columns.values()):  # "Tiêu chí | ĐVT | Kết quả": figures, measured
            return False
        return bool(vocab.matches("score_criteria", label.texts[-1])) or any(
            c != self.table.label_col and col.texts and self._names_the_score(col.texts[-1])
            for c, col in columns.items())  # "Nội dung | Điểm" under "BẢNG CHẤM ĐIỂM …"  # fmt: skip

    def _names_the_score(self, text: str) -> bool:
        """"Tổng điểm", "Điểm Cụm chấm": words the catalogue maps to the score (diem_thi_dua)."""
        return match_indicator(text, ref=self.ctx.ref).code == "diem_thi_dua"

    def _score_total(self) -> None:
        """In a table of a score's criteria, the total row ("Tổng cộng", "Tổng điểm") is each
        scored column's score (diem_thi_dua); the criteria rows are not loaded."""
        grid, hc = self.grid, self.table.label_col
        for r in range(self.table.first_row, grid.height):
            cells = grid.rows[r - grid.top]
            label = text_of(grid.header(r, hc))
            if self._is_stop(cells) and not any(numeric_like(cells[e[0].col - grid.left]) for e in self.columns):
                self._skip(a1(r, hc), "hết bảng")
                self.stop_row = r
                break
            if not label:
                continue
            if not (self._is_total(label) or self._names_the_score(label)):
                self._row(r, label, "", "", "tiêu chí chấm điểm: điểm của tiêu chí, không phải số liệu chỉ tiêu; không nạp")
                continue
            for col, period, year, pwhere, ywhere, role in self.columns:
                raw, ref = cells[col.col - grid.left], a1(r, col.col)
                if raw in (None, "") or period is None:
                    continue
                value = self._value(raw, scale=1, ref=ref, code="diem_thi_dua")
                who = Decision(col.unit_id, col.unit_where) if col.unit_id else self.file_unit()
                if value is not None and who is not None:
                    where = pwhere if ywhere in ("", pwhere) else f"{pwhere}; {ywhere}"
                    self._emit(who, year, period, "diem_thi_dua", value, ref, label, where, role)
            self._row(r, label, "diem_thi_dua", label, "tổng điểm: điểm thi đua")
            break

    def _figures(self, raw, label, code, topic) -> list[tuple[str, str]] | None:
        """``[(code, text)]`` of a cell stating several figures, each with its own measure
        ("200 suất, trị giá 100 triệu đồng"): the first the row's indicator, the others distinct
        ones; None when any figure cannot be told (then the first is read, with a warning)."""
        if not isinstance(raw, str) or len(_DIGIT_RUNS.findall(raw)) < 2:
            return None
        out = []
        for text, said in split_figures(raw):
            # the measure is the words right after the figure that name one ("1.200 lượt người tham dự")
            words = said.split()
            measure = next((m for n in range(min(len(words), 4), 0, -1)
                            if is_measure(m := " ".join(words[:n]), ref=self.ctx.ref)), said)  # fmt: skip
            if not measure:
                return None
            other = match_indicator(label, unit_text=measure, topic=topic, ref=self.ctx.ref).code
            other = other or (measure_indicator(measure, ref=self.ctx.ref) if not scale_from_text(measure) else None)
            if other is None:
                return None
            out.append((other, text))
        codes = [c for c, _ in out]
        if len(out) < 2 or codes[0] != code or len(set(codes)) < len(codes) \
                or not all(same_group(code, other, ref=self.ctx.ref) for other in codes[1:]):  # fmt: skip
            return None
        return out

    def _not_result(self, r: int, label: str, alias: str) -> bool:
        """True (with a warning) when the row's label says its figure is no result of the period:
        a plan ("Số hội nghị (kế hoạch)", "dự kiến"), a comparison or an average ("tăng so với
        cùng kỳ", "bình quân/xã"), another period ("cùng kỳ năm trước", "năm 2022" in a 2023
        report) or what is not done ("chưa thực hiện", "còn tồn") — unless the alias matched says
        so itself. The words are ``not_result`` in the vocabulary."""
        if self.ctx.targets:  # a registration of targets: its rows are targets by design
            return False
        said = _not_result_words(self.ctx.ref, label, alias, self.periods, self.year)
        if not said:
            return False
        where = a1(r, self.table.label_col)
        self.result.issues.append(self.ctx.issue(
            "warning", "row.not_a_result",
            f"Nội dung '{label}' (dòng {r + 1}) ghi '{said}': số của dòng này là kế hoạch, so sánh, số của kỳ "
            "khác hoặc việc chưa làm, không phải kết quả của kỳ báo cáo; không nạp. Hãy ghi kết quả ở dòng "
            "có tên chỉ tiêu, còn kế hoạch, so sánh ghi ở cột riêng có tiêu đề.", where))  # fmt: skip
        self._row(r, label, "", alias, f"'{said}': không phải kết quả, không nạp")
        return True

    def _measured_row(self, r, label, unit_text, cells, extra, section, in_total, heading="") -> None:
        """A row whose value columns each state their measure: each column maps the label with
        its own measure ("Tặng quà" under "Số suất" is suat_qua, under "Trị giá" gia_tri_qua)."""
        left, loaded = self.grid.left, []
        if not in_total and self._not_result(r, label, ""):
            return
        for col, period, year, pwhere, ywhere, role in self.columns:
            raw = cells[col.col - left]
            ref = a1(r, col.col)
            if raw in (None, "") and ref not in self.ctx.formula_gaps:
                continue
            measure = col.measure or unit_text
            if measure == "money":
                measure = unit_text if scale_from_text(unit_text or "") else "đồng"
            match = match_indicator(label, unit_text=measure or None, extra=extra, topic=heading, ref=self.ctx.ref)
            if match.code is None and match.mismatch and col.measure not in ("", "money") \
                    and (by_measure := topic_by_measure(label, col.measure, ref=self.ctx.ref)):  # fmt: skip
                # "Hội nghị tuyên truyền" under "Số người tham dự": the people who came
                match = IndicatorMatch(by_measure, (), f"{match_key(label)} › {match_key(col.measure)}")
            if match.code is None and match.mismatch:  # "Số hội nghị" in "Giá trị (triệu đồng)"
                named = self._named(match.candidates)
                self.result.issues.append(self.ctx.issue(
                    "warning", "row.measure_mismatch",
                    f"Nội dung '{label}' (dòng {r + 1}) là chỉ tiêu {named} nhưng cột '{col.header}' tính bằng "
                    f"'{measure}'; ô {ref} không được nạp. Hãy ghi số này vào cột đúng đơn vị tính, hoặc thêm cột "
                    "ĐVT ghi đơn vị của từng dòng.", ref))  # fmt: skip
                continue
            if match.code is None:
                self.result.issues.append(self.ctx.issue(
                    "warning", "row.unmapped_label",
                    f"Nội dung '{label}' (dòng {r + 1}) ở cột '{col.header}' không khớp chỉ tiêu nào; ô "
                    f"{ref} không được nạp. Hãy thêm bí danh vào indicator_aliases.csv.", ref))  # fmt: skip
                continue
            scale = self._scale(match.code, measure if measure != "money" else "", label)
            value = self._value(raw, scale=scale, ref=ref, code=match.code)
            if value is None or in_total:
                continue
            who = Decision(col.unit_id, col.unit_where) if col.unit_id else section or self.file_unit()
            if who is None:
                continue
            pwhere = pwhere if ywhere in ("", pwhere) else f"{pwhere}; {ywhere}"
            self._emit(who, year, period, match.code, value, ref, label, pwhere, role)
            loaded.append(match.code)
        self._row(r, label, ", ".join(dict.fromkeys(loaded)), "", _PART_ROW if loaded and self.in_commune
                  else "nạp" if loaded else "không nạp")  # fmt: skip

    def _row_totals(self, r, cells, total_cols, scale) -> None:
        """The "Tổng cộng" columns beside the units' columns, checked against their sum; a
        group's total right of its units ("Cộng" under "Cụm thi đua số 1") against that group's
        units (then, like a grand total after the groups, against every unit left of it)."""
        units = {col.col for col, *_ in self.columns if col.unit_id}
        if not units:
            return
        # "MTTQ" beside the member organisations' columns: the file's own unit, in the total too
        own = [col.col for col, *_ in self.columns if not col.unit_id and self.ctx.vocab.matches("own_column", col.header)]
        group: list[int] = []  # the units since the last total column
        last: list[int] = []  # those before it ("Tổng cụm" over "Quý III | Lũy kế": two total columns)
        seen: list[int] = []  # every unit left of this column
        for c in sorted(units | set(total_cols)):
            if c in units:
                group.append(c)
                seen.append(c)
                continue
            if cells[c - self.grid.left] not in (None, ""):
                stated = parse_number(cells[c - self.grid.left], scale=scale).value
                # (a second total column right after one: of the same units when they share its lowest header)
                members = self._alike(c, group) if group else self._alike(c, last, strict=True) or sorted(units)
                before = self._alike(c, seen)
                whole = self._added(cells, before, scale) if group and len(before) > len(members) else None
                added = self._added(cells, members, scale)
                if stated is not None and (mine := [o for o in own if o < c]) \
                        and self._agrees(stated, added + self._added(cells, mine, scale), scale):  # fmt: skip
                    last, group = group or last, []
                    continue
                self._check_total(stated, added, scale, a1(r, c), whole=whole)
            last, group = group or last, []

    def _alike(self, total: int, columns: list[int], *, strict: bool = False) -> list[int]:
        """Of the units' ``columns``, those under the same lowest header as the ``total`` column
        ("Quý III" under "Tổng cụm" adds the units' "Quý III"); when none is, all of them (none
        if ``strict``)."""
        said = self.table.columns[total].texts
        alike = [c for c in columns if len(said) > 1 and self.table.columns[c].texts[-1:] == said[-1:]]
        return alike or ([] if strict else columns)

    def _levels_total(self, r, cells, scale) -> None:
        """"Cấp quận | Cấp phường | Tổng", or a district's "Toàn quận" beside its communes: the
        whole, which is loaded, checked against its parts."""
        for parts, total, what in self.level_totals:
            if cells[total - self.grid.left] in (None, "") or all(cells[c - self.grid.left] in (None, "") for c in parts):
                continue
            said = len(self.result.issues)
            self._check_total(parse_number(cells[total - self.grid.left], scale=scale).value,
                              self._added(cells, parts, scale), scale, a1(r, total), what=what)  # fmt: skip
            if len(self.result.issues) > said and what == "các phường, xã":  # the communes disagree: not loaded
                ref = a1(r, total)
                self.values = {key: kept for key, rows in self.values.items() if (kept := [v for v in rows if v[9] != ref])}

    def _added(self, cells, columns, scale) -> float:
        """The sum of a row's figures in ``columns`` (an empty or unreadable cell adds nothing)."""
        return sum(parse_number(v, scale=scale).value or 0.0
                   for c in columns if (v := cells[c - self.grid.left]) not in (None, ""))  # fmt: skip

    def _prior_unclear(self, col: Column, rivals) -> None:
        """A "Cùng kỳ" column naming no period beside the results of several: refused, said."""
        self._column_issue(col, "column.period_unknown",
                           f"Cột '{col.header}' không nêu kỳ, bên cạnh các cột kết quả của "
                           f"{periods_said(tuple(p for p in PERIODS if p in rivals))}: không rõ là cùng kỳ của kỳ "
                           "nào; không được nạp. Hãy ghi rõ, ví dụ 'Cùng kỳ 9 tháng năm trước'.")  # fmt: skip

    def _group_periods(self, entry: tuple) -> set:
        """The periods of the results beside a units table's "Cùng kỳ" column under the same
        indicator ("Năm 2023 | Cùng kỳ 2022": {"FY"}, its own, and it is loaded as last year's
        same period; "Quý III | 9 tháng | Cùng kỳ": two, and which one it repeats is not said)."""
        group = entry[0].texts[:-1]
        return {p for other, p, _y, _pw, _yw, role in self.columns
                if group and other.col != entry[0].col and role == "result" and other.texts[:-1] == group}  # fmt: skip

    # rows: units as rows ------------------------------------------------------------------------

    def units_as_rows(self) -> None:
        grid, ctx, table = self.grid, self.ctx, self.table
        hc = table.label_col
        stt = next((c for c, col in table.columns.items() if col.role == "skip" and c < hc), None)
        extra = ctx.recipe.aliases if ctx.recipe else ()
        labels = self._indicator_column()
        if labels is not None:  # "Đơn vị | Nội dung | ĐVT | Kết quả": each unit's indicators on rows
            self._units_and_labels(hc, labels, self._uom_col)
            return
        indicators: dict[int, tuple[str, str]] = {}
        kept = []
        period_col = self._period_column()  # "Kỳ": each unit's periods on rows of their own
        # the headers of the column of figures to the left, and the name of its indicator
        before: list[str] = []
        before_col = -1
        for entry in self.columns:
            col = entry[0]
            if col.col == period_col:
                continue
            left, before = before, list(col.texts)
            left_col, before_col = before_col, col.col
            if any(_POINTS.search(match_key(t)) for t in col.texts) and not any(
                    self._names_the_score(t) for t in col.texts):  # fmt: skip
                # "Giám sát (30 điểm)": a criterion's points, not the indicator its words name
                self._skip(col.where, f"cột '{col.header}': điểm của một tiêu chí chấm điểm, không phải số liệu")
                continue
            texts = [t for t in col.texts if not ctx.vocab.matches("result", t) or len(col.texts) == 1]
            match = None
            texts = texts or list(col.texts)
            for i in range(len(texts) - 1, -1, -1):  # the lowest header first, under its group's topic
                match = match_indicator(texts[i], extra=extra, topic=" ".join(texts[:i]), ref=ctx.ref)
                if " › " not in match.alias and self._bare_under_other_work(match, match_key(texts[i]),
                                                                              " ".join(texts[:i])):
                    match = IndicatorMatch(None, ())  # "Hòa giải cơ sở" over "Số vụ việc": that work's cases
                    break
                if match.code:
                    break
            if (match is None or match.code is None) and len(col.texts) > 1:
                match = match_indicator(" ".join(col.texts[-2:]), extra=extra, ref=ctx.ref)
            if match.code and " › " not in match.alias and match_key(clean_label(col.texts[-1])) in _MONEY_OF_ROW_ABOVE:
                # "Kinh phí (triệu đồng)", "Trị giá" alone: the money of the work of the column to its left
                # ("Suất quà | Trị giá": the gifts'; "Hội nghị tuyên truyền | Kinh phí": nobody's)
                # (its headers, then the name of its indicator: "Số suất" is of gifts)
                owners = [*left, indicator_name(indicators[left_col][0], ref=ctx.ref)] if left_col in indicators else left
                code = next((c for t in reversed(owners) if (c := topic_by_measure(t, "đồng", ref=ctx.ref))), None)
                if code is None:
                    if self._column_has_numbers(col.col):
                        self._column_issue(col, "row.unmapped_label",
                                           f"Cột '{col.header}' chỉ ghi tiền, không nói của việc nào; cột bên trái "
                                           f"('{' / '.join(left) or 'không có'}') không có chỉ tiêu tiền đi kèm; số liệu "
                                           "của cột này không được nạp. Hãy ghi rõ, ví dụ 'Trị giá quà (triệu đồng)'.")  # fmt: skip
                    continue
                match = IndicatorMatch(code, (), f"{match_key(owners[-1])} › {match.alias}")
            if match is None or match.code is None:
                if self._column_has_numbers(col.col):
                    what = self._unmatched(match, col.texts[-1]) if match is not None else "không khớp chỉ tiêu nào"
                    self._column_issue(col, "row.unmapped_label",
                                       f"Cột '{col.header}' {what}; số liệu của cột này "
                                       "không được nạp. Hãy thêm bí danh vào indicator_aliases.csv.")  # fmt: skip
                continue
            said = "" if ctx.targets else _qualifier(ctx.ref, col.header, match.alias)
            if said and entry[5] == "prior":
                rivals = self._group_periods(entry)
                if len(rivals) > 1 and entry[0].period is None and self._column_has_numbers(col.col):
                    self._prior_unclear(col, rivals)
                    continue
                if rivals == {entry[1]}:
                    said = ""  # "Số hội nghị" over "Năm 2023 | Cùng kỳ 2022": last year's same period, loaded so
            if said:  # "Số hội nghị (kế hoạch)", "… dự kiến": a plan or the like, as a column's role would say
                if self._column_has_numbers(col.col):
                    self._column_not_result(col, f"'{said}'")
                else:
                    self._skip(col.where, f"cột '{col.header}': '{said}', không phải kết quả")
                continue
            indicators[col.col] = (match.code, match.alias)
            kept.append(entry)
        self.columns = self._totals_win(kept, indicators)
        for r in range(table.first_row, grid.height):
            cells = grid.rows[r - grid.top]
            # a unit's name merged down over its rows counts for each; "II" under "Quý" is "Quý II"
            name = row_label(table, text_of(grid.header(r, hc)))
            filled = [e for e in self.columns if cells[e[0].col - grid.left] not in (None, "")
                      or a1(r, e[0].col) in ctx.formula_gaps]  # fmt: skip
            if period_col is not None and filled:
                said = self._period_said(r, period_col)
                time = self._row_time(said)
                if time is None:
                    self.result.issues.append(ctx.issue(
                        "warning", "column.period_unknown",
                        f"Dòng {r + 1}: cột kỳ ghi '{said}', không phải một kỳ báo cáo (quý, 6 tháng, 9 tháng, "
                        "năm); số liệu của dòng này không được nạp.", a1(r, period_col)))  # fmt: skip
                    continue
                period, row_year = time
                if period == _NOT_RESULT:
                    self._row(r, name, "", "", f"dòng '{said}': không phải kết quả, không nạp")
                    continue
                if row_year and row_year > self.year:
                    self._later_year(r, period_col, row_year)
                    continue
                filled = [(col, period, row_year or year, a1(r, period_col), ywhere if not row_year
                           else a1(r, period_col), "prior" if row_year and row_year < self.year and role == "result"
                           else role) for col, _p, year, _pw, ywhere, role in filled]  # fmt: skip
            if self._is_stop(cells) and not any(numeric_like(cells[e[0].col - grid.left]) for e in filled):
                self._skip(a1(r, hc), "hết bảng")
                self.stop_row = r
                break
            if table.one_unit:
                if not filled and name:
                    self._turned_section(r, name)
                    continue
                self._one_unit_row(r, name, cells, filled, indicators)
                continue
            if not name:
                if filled:  # figures with no unit named: whose they are is nowhere said
                    self.result.issues.append(ctx.issue(
                        "warning", "row.unmapped_label",
                        f"Dòng {r + 1} có số liệu nhưng không có tên đơn vị; không được nạp. Hãy ghi tên "
                        "đơn vị ở đầu dòng.", a1(r, hc)))  # fmt: skip
                continue
            if is_numbering(grid, text_of, r, hc) or (
                    (ctx.vocab.matches("unit_header", name) or ctx.vocab.matches("label_header", name))
                    and not any(numeric_like(cells[e[0].col - grid.left]) for e in filled)):  # fmt: skip
                self._skip(a1(r, hc), "dòng tiêu đề hoặc đánh số cột lặp lại (sang trang)")
                continue
            if self._is_total(name) or ctx.vocab.matches("units_total", name):  # "Tổng số" under the units
                stated = self._stated(r, cells, filled, indicators)
                section, grouped = self.running, self.grouped
                self._close_group()
                if section:  # it closes the units above it ("Cộng cụm 1"; "Tổng cộng" at the foot)
                    self.group_checks += [(*stated[key], section[key], self.sums.get(key) if grouped else None)
                                          for key in stated if key in section]  # fmt: skip
                else:  # above the units, or under the groups' own totals: the whole table's
                    self.totals.update(stated)
                    self.whole_row = (r, name, cells, filled, indicators) if self.whole_row is None else self.whole_row
                self._row(r, name, "", "", "dòng tổng: đối chiếu, không nạp")
                self.turned_unit = False if not filled else None  # a total's heading over its periods' rows
                continue
            if filled and self.turned_unit is not None and self._names_a_kind(r, name):
                # "Quý III" under a unit's name with no figures: that unit's figures of the period
                self._one_unit_row(r, name, cells, filled, indicators)
                continue
            hit = self._unit_named(name, suggest=bool(filled))
            if hit.unit_id and filled and (self.whole_row is not None or self.commune_rows) \
                    and self._namesake(name, hit.unit_id):  # "Ba Vì" under "Toàn huyện" in huyện Ba Vì  # fmt: skip
                hit = UnitMatch(None)
            if hit.unit_id is None and label_facts(ctx.ref, name)[2]:  # "Trong đó: các quận": the total's parts
                self._row(r, name, "", "", "chi tiết của dòng tổng: không nạp")
                continue
            if hit.unit_id is None and (ctx.vocab.matches("unit_group", name) or (
                    stt is not None and match_key(text_of(cells[stt - grid.left])) in ROMAN
                    and self._unit_below(r, stt))):  # a misspelt unit numbered "b" is still said  # fmt: skip
                # "II | Cụm thi đua số 2 | 12 | 3": a heading of the units below; its figures are theirs
                self._close_group()
                self.grouped, self.group_stated = True, self._stated(r, cells, filled, indicators)
                self.group_heading = (name, r)
                self._row(r, name, "", "", "dòng nhóm: tổng của nhóm, đối chiếu, không nạp" if filled else "dòng nhóm")
                continue
            if hit.unit_id is None and any(ctx.vocab.matches(role, name) for role in ("compare", "not_result")):
                self._row(r, name, "", "", "so sánh, bình quân của các đơn vị: không nạp")  # "Bình quân", "Tỷ lệ (%)"
                continue
            if hit.unit_id is None and filled and self._part_of_unit(name):
                # "Phường Ngọc Lâm" in a district's table of 2023: its communes; said when the table ends
                self.commune_rows.append((r, name))
                for (code, _col, period, year), (value, _ref, _scale) in self._stated(r, cells, filled, indicators).items():
                    self.communes[(code, period, year)] = self.communes.get((code, period, year), 0.0) + value
                self._row(r, name, "", "", "một phần của đơn vị (phường, xã cũ; khu dân cư), không phải đơn vị: không nạp")
                continue
            if hit.unit_id is None:
                if filled:
                    self.result.issues.append(ctx.issue(
                        "error", "unit.unknown", f"Dòng {r + 1}: tên đơn vị {self._unknown_unit(name)}", a1(r, hc)))
                    self.unit_refused = True
                self._row(r, name, "", "", "không phải đơn vị: không nạp" if filled else "dòng nhóm")
                continue
            if filled and (home := self._elsewhere(hit.unit_id)):
                self.result.issues.append(ctx.issue("warning", "unit.other_province", self._elsewhere_message(
                    f"Tên '{name}' (dòng {r + 1})", hit.unit_id, home), a1(r, hc)))  # fmt: skip
                self.unit_refused = True
                self._row(r, name, "", "", "đơn vị của tỉnh khác: không nạp")
                continue
            who = Decision(hit.unit_id, a1(r, hc))
            self.turned_unit = None if filled else who  # a unit's name alone: its periods' rows may follow
            for col, period, year, pwhere, ywhere, role in filled:
                pwhere = pwhere if ywhere in ("", pwhere) else f"{pwhere}; {ywhere}"
                code, _alias = indicators[col.col]
                ref = a1(r, col.col)
                value = self._header_value(code, col, cells[col.col - grid.left], ref)
                if value is None:
                    continue
                self._emit(who, year, period, code, value, ref, col.header, pwhere, role)
                key = (code, col.col, period, year)
                self.sums[key] = self.sums.get(key, 0.0) + value
                self.running[key] = self.running.get(key, 0.0) + value
            self._row(r, name, hit.unit_id, "", "nạp" if filled else "tên đơn vị, dòng không có số liệu")

    def _unit_below(self, r: int, stt: int) -> bool:
        """Whether the next named row under row ``r`` of a table of units names a known unit
        numbered at another level ("II" over "1", "2"; not "b" among "a", "c")."""
        grid, ctx, hc = self.grid, self.ctx, self.table.label_col
        for below in range(r + 1, min(grid.height, r + 4)):
            name = text_of(grid.header(below, hc))
            if name:
                return match_key(text_of(grid.raw(below, stt))) not in ROMAN and match_unit(
                    clean_label(name) or name, when=ctx.when, suggest=False, ref=ctx.ref).known  # fmt: skip
        return False

    def _indicator_column(self) -> int | None:
        """In a table of units as rows, a column headed as the labels' ("Nội dung", "Chỉ tiêu")
        whose rows mostly name indicators: each unit's indicators on rows of their own."""
        table, ctx = self.table, self.ctx
        for c, col in sorted(table.columns.items()):
            if c == table.label_col or col.role in ("uom", "compare", "total"):
                continue  # (words under "Nội dung", "Chỉ tiêu" are a result or a target column to the header's eyes)
            if not any(ctx.vocab.matches("label_header", t) for t in col.texts):
                continue
            body = [t for t in self._texts_of_column(c) or () if not label_facts(ctx.ref, t)[2]]  # details aside
            if body and sum(1 for t in body if match_indicator(t, ref=ctx.ref).code) >= max(2, 0.6 * len(body)):
                named = [e for e in self.columns if e[0].col != c and match_indicator(e[0].header, ref=ctx.ref).code]
                return None if named else c  # value columns named by indicator: the words are notes
        return None

    def _names_units(self, c: int) -> bool:
        """Whether column ``c`` (headed "Đơn vị") holds the names of units rather than measures."""
        body = self._texts_of_column(c)
        known = sum(1 for t in body or () if self._unit_named(t).unit_id)
        return bool(body) and known >= max(2, 0.6 * len(body))

    def _units_and_labels(self, units: int, labels: int, uom: int | None) -> None:
        """Rows each naming a unit (column ``units``, merged down or written again) and one of its
        indicators (column ``labels``, with its measure in ``uom``): "Đống Đa | Số hội nghị
        tuyên truyền | Hội nghị | 50"."""
        grid, ctx, table = self.grid, self.ctx, self.table
        extra = ctx.recipe.aliases if ctx.recipe else ()
        self.columns = [entry for entry in self.columns if entry[0].col not in (units, labels)]
        table.columns[units].role, table.columns[units].why = "unit", "mỗi dòng một đơn vị"
        table.columns[labels].role, table.columns[labels].why = "label", "chỉ tiêu của đơn vị trên dòng"
        if self.trace is not None:  # the labels mapped are this column's
            self.trace.label_letter = a1(0, labels)[:-1]
        for r in range(table.first_row, grid.height):
            cells = grid.rows[r - grid.top]
            name, label = text_of(grid.header(r, units)), text_of(grid.header(r, labels))
            filled = any(cells[e[0].col - grid.left] not in (None, "") or a1(r, e[0].col) in ctx.formula_gaps
                         for e in self.columns)  # fmt: skip
            if self._is_stop(cells) and not filled:
                self._skip(a1(r, units), "hết bảng")
                self.stop_row = r
                break
            if not filled or is_numbering(grid, text_of, r, labels):
                continue
            if not name or not label:
                self.result.issues.append(ctx.issue(
                    "warning", "row.unmapped_label",
                    f"Dòng {r + 1} có số liệu nhưng không ghi {'tên đơn vị' if not name else 'nội dung'}; không "
                    "được nạp.", a1(r, units if not name else labels)))  # fmt: skip
                continue
            if self._is_total(name) or ctx.vocab.matches("units_total", name):
                self._row(r, f"{name} / {label}", "", "", "dòng tổng: không nạp")
                continue
            hit = self._unit_named(name, suggest=True)
            if hit.unit_id is None:
                self.result.issues.append(ctx.issue(
                    "error", "unit.unknown", f"Dòng {r + 1}: tên đơn vị {self._unknown_unit(name)}", a1(r, units)))
                continue
            if label_facts(ctx.ref, label)[2]:  # "Trong đó: chủ trì" under the unit's indicator
                self._detail(r, label)
                continue
            unit_text = text_of(grid.header(r, uom)) if uom is not None else ""
            self._measured_row(r, label, unit_text, cells, extra, Decision(hit.unit_id, a1(r, units)), False)

    def _totals_win(self, kept: list, indicators: dict[int, tuple[str, str]]) -> list:
        """Columns of one indicator and role where one is headed as their total ("Điểm Cụm chấm |
        Điểm thưởng | Tổng điểm", "Quà Tết | Tổng số suất quà"): the total is the figure, the
        others its parts, never loaded (they would clash with it)."""
        groups: dict[tuple, list] = {}
        for entry in kept:
            groups.setdefault((indicators[entry[0].col][0], entry[1], entry[2], entry[5]), []).append(entry)
        dropped = set()
        for entries in groups.values():
            totals = [e for e in entries if match_key(e[0].texts[-1] if e[0].texts else "").startswith("tong ")]
            if len(entries) > 1 and len(totals) == 1:
                for e in entries:
                    if e is not totals[0]:
                        dropped.add(e[0].col)
                        self._skip(e[0].where, f"cột '{e[0].header}': một phần của cột tổng '{totals[0][0].header}'")
        return [e for e in kept if e[0].col not in dropped]

    def _named(self, codes) -> str:
        """Indicators as a message names them: "'Số suất quà trao tặng'", "khác" for none."""
        return ", ".join(indicator_name(c, ref=self.ctx.ref) for c in codes) or "khác"

    def _names_a_kind(self, r: int, name: str) -> bool:
        """Whether a row's name says what kind of figures it holds ("Quý III", "Lũy kế 9 tháng",
        "Kế hoạch"), as a column's header would, and no unit."""
        said = header_column(self.table.label_col, [(a1(r, self.table.label_col), name)], self.ctx.vocab, "rows")
        return said.unit_id is None and said.role in (*DATA_ROLES, "target", "compare")

    def _turned_section(self, r: int, name: str) -> None:
        """A row with no figures in a table turned on its side: a unit's name opens its rows
        ("1. Huyện Đông Anh" over "Quý III", "Lũy kế 9 tháng"); a total's heading ("Toàn cụm")
        opens rows that are no unit's and never load."""
        where = a1(r, self.table.label_col)
        if self._is_total(name) or self.ctx.vocab.matches("units_total", name):
            self.turned_unit = False
            self._row(r, name, "", "", "mục tổng: không nạp")
            return
        opened = self._section_unit(name, self.ctx.recipe.aliases if self.ctx.recipe else ())
        if opened:
            self.turned_unit = Decision(opened, where)
            self._row(r, name, "", "", f"mục của đơn vị {opened}")

    def _section_unit(self, name: str, extra: tuple = ()) -> str | None:
        """The unit a heading with no figures names ("I. Huyện Đan Phượng"), opening its rows;
        None when it names none, or names an indicator too."""
        hit = self._unit_named(name)
        if hit.unit_id and match_indicator(name, extra=extra, ref=self.ctx.ref).code is None:
            return hit.unit_id
        return None

    def _one_unit_row(self, r: int, name: str, cells: list, filled: list, indicators: dict) -> None:
        """A row of one unit's table turned on its side: its label says what its figures are
        ("Thực hiện quý III", "Lũy kế 9 tháng"; the plan and the rate never load), as a column's
        header would; the only row of figures, unlabelled, is the result of the title's period."""
        if not filled:
            return
        ctx, grid, hc = self.ctx, self.grid, self.table.label_col
        where = a1(r, hc)
        named = bool(name) and not NUMBERING.match(name)  # "1", "a": a row number, no label
        row = header_column(hc, [(where, name)], ctx.vocab, "rows") if named else Column(hc, "result", where=where)
        if row.role not in DATA_ROLES:
            said = ROLE_VI.get(row.role, row.role)
            self._row(r, name, "", "", said if "không nạp" in said else f"{said}: không nạp")
            return
        decided = self._column_period(row, self.periods)
        if decided is None:
            self.result.issues.append(ctx.issue(
                "warning", "column.period_unknown",
                f"Dòng {r + 1} ('{name}') không nêu kỳ, trong khi tiêu đề nêu nhiều kỳ ({' và '.join(self.periods)}); "
                "số liệu của dòng này không được nạp. Hãy ghi kỳ ở đầu dòng, ví dụ 'Thực hiện quý III'.",
                where))  # fmt: skip
            return
        period, pwhere = decided
        year, ywhere, role = self._year_of(row, row.role)
        if year > self.year:  # "2024" under "Năm" in a report of 2023: a plan
            self._later_year(r, hc, year)
            return
        pwhere = pwhere if ywhere in ("", pwhere) else f"{pwhere}; {ywhere}"
        if self.turned_unit is False:  # under a total's heading: the units' sums
            self._row(r, name, "", "", "dòng của mục tổng: không nạp")
            return
        who = self.turned_unit or self.file_unit()
        if who is None:
            return
        for col, *_rest in filled:
            code = indicators[col.col][0]
            ref = a1(r, col.col)
            value = self._header_value(code, col, cells[col.col - grid.left], ref)
            if value is not None:
                self._emit(who, year, period, code, value, ref, col.header, pwhere, role)
        self._row(r, name, f"{ROLE_VI[row.role]} kỳ {period} năm {year}", "", "nạp")  # what the row holds

    def _texts_of_column(self, c: int, rows: int = 60, *, years: bool = False) -> list[str] | None:
        """The texts of column ``c`` in the first ``rows`` rows of the table, or None as soon as
        a cell holds a figure (but for a year, with ``years``)."""
        grid, table = self.grid, self.table
        texts = []
        for r in range(table.first_row, min(grid.height, table.first_row + rows)):
            value = grid.header(r, c)
            if isinstance(value, int | float) and not isinstance(value, bool) and not (
                    years and float(value).is_integer() and 1990 <= value <= 2099):  # fmt: skip
                return None
            if text_of(value):
                texts.append(row_label(table, text_of(value), c))
        return texts

    def _period_said(self, r: int, c: int) -> str:
        """What row ``r``'s cell of the period column ``c`` says ("II" under "Quý": "Quý II")."""
        return row_label(self.table, text_of(self.grid.header(r, c)), c)

    def _period_column(self) -> int | None:
        """The column of a table whose cells name each row's period ("Quý I", "6
        tháng", "Cả năm") or, under a header "Năm" / "Kỳ", its year ("2022"), when there is one:
        most of its cells name exactly one period, none is a figure."""
        table = self.table
        for c, col in sorted(table.columns.items()):
            if c == table.label_col or (col.role not in (*DATA_ROLES, "unknown", "empty")
                                        and not (c < table.label_col and match_key(col.header) in (*_TIME_HEADERS, "quy"))):
                continue  # (a column of years or periods left of the labels, merged down over their rows, is one)
            # "Kỳ", "Năm"; or, beside the units' names, "Nội dung": "Kế hoạch" | "Thực hiện" on each unit's rows
            years = match_key(col.header) in _TIME_HEADERS or (
                table.kind == "units" and bool(self.ctx.vocab.matches("label_header", col.header)))  # fmt: skip
            body = self._texts_of_column(c, years=years)
            if body is None or len(body) < 2 or self._row_time(body[0], years=years) is None:
                continue  # a column of figures, of nothing, or one that does not begin with a period
            named = sum(1 for b in body if self._row_time(b, years=years) is not None or name_periods(b)[2]
                        or re.search(r"\bthang \d{1,2}\b", match_key(b)))  # a month: time too  # fmt: skip
            alone = years and any(self._row_time(b, years=True) is not None and self._row_time(b, years=False) is None
                                  for b in body)  # a year alone, "Cùng kỳ": read so only under "Năm", "Kỳ"  # fmt: skip
            if named >= 0.8 * len(body) and (not alone or self._years_of_a_label(c)):
                self.years_column = years
                return c
        return None

    def _years_of_a_label(self, c: int) -> bool:
        """Whether column ``c`` gives years the way a column of years does: the report's own year
        among them, and one label (a unit, an indicator, merged down or written again) over rows of
        different years. A column of figures that happen to look like years (2015 lượt người
        under "Năm") is none."""
        grid, table = self.grid, self.table
        seen: dict[str, set[int]] = {}
        for r in range(table.first_row, min(grid.height, table.first_row + 60)):
            label, said = text_of(grid.header(r, table.label_col)), self._period_said(r, c)
            time = self._row_time(said, years=True) if label and said else None
            if time is not None:  # a plan's or a comparison's row counts as a year of its own (0)
                seen.setdefault(label, set()).add(time[1] or (0 if time[0] == _NOT_RESULT else self.year))
        return any(self.year in years for years in seen.values()) and any(len(years) > 1 for years in seen.values())

    def _later_year(self, r: int, c: int, year: int) -> None:
        self.result.issues.append(self.ctx.issue(
            "warning", "row.not_a_result",
            f"Dòng {r + 1} ghi năm {year}, sau năm báo cáo {self.year}: đó là kế hoạch hoặc dự kiến, không phải "
            "kết quả; số liệu của dòng này không được nạp.", a1(r, c)))  # fmt: skip

    def _row_time(self, said: str, *, years: bool | None = None) -> tuple[str, int | None] | None:
        """``(period, year or None)`` a row's cell of the period column names: one period ("6
        tháng", "Quý I/2023"); under a header "Năm" or "Kỳ", a year alone ("2022", "Năm 2022") is
        the report's own period in that year. None when it names no one period."""
        periods, named_years, _weak = name_periods(said)
        if (self.years_column if years is None else years) and len(self.periods) == 1:
            if A_YEAR.fullmatch(match_key(said)):
                return self.periods[0], named_years[0]
            if not periods and not named_years:  # "Cùng kỳ" / "Thực hiện" on a unit's or an indicator's rows
                vocab = self.ctx.vocab
                if vocab.matches("compare", said) or vocab.matches("target", said):  # "Kế hoạch", "So sánh"
                    return _NOT_RESULT, None
                if vocab.matches("prior", said):
                    return self.periods[0], self.year - 1
                if vocab.matches("result", said):
                    return self.periods[0], self.year
        return (periods[0], named_years[0] if named_years else None) if len(periods) == 1 else None

    # values -------------------------------------------------------------------------------------

    def _scale(self, code: str, unit_text: str, label: str) -> int:
        """A money row's scale: its own ĐVT or label, else the "ĐVT: triệu đồng" line above the
        table, else đồng; other rows count in their own unit, or in thousands where it says so
        ("Nghìn lượt người")."""
        if code not in self.ctx.money:
            thousands = counted_in(label, unit_text)
            return thousands[0] if thousands else 1
        own = money_scale(unit_text, label)
        stated = self._column_money_scale or (int(self.title.scale.value) if self.title.scale is not None else None)
        if own == 1 and stated is not None and not scale_from_text(unit_text or "") and not scale_from_text(label):
            return stated
        return own

    @cached_property
    def _column_money_scale(self) -> int | None:
        """The money unit the only value column's header states over a ĐVT column ("Kết quả
        (triệu đồng)"): the money rows' unit where their own ĐVT names none."""
        return next((scale_from_text(col.money_unit) for col, *_ in self.columns if col.money_unit), None)

    def _money_unstated(self, code: str, unit_text: str, label: str, raw: object, ref: str) -> bool:
        """True (with an error) for a sum of money below a million that nothing says the unit of:
        no ĐVT, no unit in the label or the cell, no "ĐVT: triệu đồng" above ("Giá trị quà | 500":
        500 đồng, nghìn or triệu?). A bare 150.000.000 is plainly đồng."""
        if code not in self.ctx.money or (unit_text or "").strip() or label_unit(label) or self.title.scale \
                or self._column_money_scale or scale_from_text(label):  # fmt: skip  # "Trị giá / Triệu đồng"
            return False
        text = str(raw)
        if any(ch.isalpha() for ch in text):  # "500 triệu", "15 tr.đ": the cell says it
            return False
        parsed = parse_number(raw)
        if parsed.value is None or abs(parsed.value) >= 1_000_000 or parsed.value == 0:
            return False
        self.result.issues.append(self.ctx.issue(
            "error", "cell.money_without_unit",
            f"Ô {ref} ghi {format_vn(parsed.value)} ở chỉ tiêu tính bằng tiền nhưng không có đơn vị (đồng, nghìn "
            "đồng hay triệu đồng); không được nạp. Hãy ghi cột ĐVT hoặc 'ĐVT: triệu đồng' phía trên bảng.", ref))  # fmt: skip
        return True

    def _too_little(self, raw: object, value: float, ref: str) -> None:
        """None, with the error: a sum of money below a thousand đồng ("415" under "Đồng") was
        written in nghìn or triệu."""
        shown = raw if isinstance(raw, str) else format_vn(raw)
        self.result.issues.append(self.ctx.issue(
            "error", "cell.unexpected_scale",
            f"Ô {ref} ghi '{shown}', tức {format_vn(value)} đồng — quá nhỏ cho một khoản tiền; có lẽ số ghi theo "
            "nghìn hoặc triệu đồng. "
            "Không được nạp. Hãy sửa đơn vị tính cho đúng (ví dụ 'Triệu đồng').", ref))  # fmt: skip
        return None

    def _value(self, raw: object, *, scale: int, ref: str, code: str) -> float | None:
        """The number in ``raw`` for indicator ``code``, or None with the issue said. Money and scores
        may have decimals (93,5 điểm); a count may not."""
        ctx, issues = self.ctx, self.result.issues
        money, fractional = code in ctx.money, code in ctx.fractional
        if ref in ctx.formula_gaps:  # no value kept, or an error ("#REF!") the reader gives as empty
            error = ctx.cell_errors.get(ref)
            issues.append(ctx.issue("error", "cell.formula_error", f"Ô {ref} ghi giá trị lỗi {error} (công thức hỏng: "
                                    "tham chiếu mất, chia cho 0…); không nạp. Hãy sửa công thức hoặc nhập số trực tiếp, "
                                    "lưu và gửi lại.", ref) if error else ctx.issue(
                "error", "cell.formula_without_value",
                f"Ô {ref} là công thức nhưng không có giá trị đã tính. Hãy mở tệp trong Excel, nhấn F9 "
                "rồi lưu lại, hoặc nhập số trực tiếp.", ref))  # fmt: skip
            return None
        if raw.__class__ is float and not raw.is_integer():  # type: ignore[attr-defined]
            # what the spreadsheet shows: a formula's 84.99999999999999 is 85 at its 15 digits
            raw = float(f"{raw:.15g}")
        if raw.__class__ is float and scale == 1 and (fractional or raw.is_integer()):  # type: ignore[attr-defined]
            if raw < 0:  # type: ignore[operator]  # the common case: a number typed as a number
                issues.append(ctx.issue("error", "cell.negative_value",
                                        f"Ô {ref} là số âm ({raw}); số liệu báo cáo không được âm.", ref))
                return None
            if money and 0 < raw < _TOO_LITTLE:  # type: ignore[operator]
                return self._too_little(raw, raw, ref)  # type: ignore[arg-type]
            return raw  # type: ignore[return-value]
        if not isinstance(raw, str | int | float) or isinstance(raw, bool):
            message = (
                f"Ô {ref} chứa ngày '{raw:%d/%m/%Y}' thay vì một số (có thể Excel đã tự đổi số gõ vào, "
                "như '1/2', thành ngày tháng); hãy định dạng ô là Số rồi nhập lại."
                if hasattr(raw, "strftime") else f"Ô {ref} chứa '{raw}' thay vì một số; hãy nhập số.")  # fmt: skip
            issues.append(ctx.issue("error", "cell.not_a_number", message, ref))
            return None
        if isinstance(raw, str) and RATIO.search(raw):
            issues.append(ctx.issue("error", "cell.not_a_number",
                                    f"Ô {ref} ghi '{raw}' (một tỷ số hoặc ngày tháng), không phải một số; "
                                    "không được nạp. Hãy chỉ ghi số kết quả.", ref))  # fmt: skip
            return None
        if isinstance(raw, str) and SUM_TYPED.match(raw):  # "12+3": a sum typed, never worked out here
            issues.append(ctx.issue("error", "cell.not_a_number",
                                    f"Ô {ref} ghi '{raw}', một phép cộng chứ không phải một số; không được nạp. "
                                    "Hãy ghi kết quả của phép cộng vào ô.", ref))  # fmt: skip
            return None
        if isinstance(raw, str) and RANGE.match(raw):
            issues.append(ctx.issue("error", "cell.not_a_number",
                                    f"Ô {ref} ghi '{raw}', một khoảng chứ không phải một số; không được nạp. "
                                    "Hãy ghi số chính xác của kỳ báo cáo.", ref))  # fmt: skip
            return None
        if isinstance(raw, str) and "%" in raw and len(raw) <= _SHORT_TEXT and (
                share := _SHARE_NOTE.match(raw) or _SHARE_AFTER.match(raw.strip())):  # fmt: skip
            figure = share.group("figure").strip()
            issues.append(ctx.issue(
                "warning", "cell.several_numbers",
                f"Ô {ref} ghi '{raw}': đã nạp số '{figure}'; phần sau ({share.group('note').strip()}) là "
                "tỷ lệ so sánh, không nạp. Nên để tỷ lệ ở cột riêng, mỗi ô một số.", ref))  # fmt: skip
            raw = figure
        if isinstance(raw, str) and "%" in raw:
            issues.append(ctx.issue("error", "cell.not_a_number",
                                    f"Ô {ref} ghi '{raw}', là tỷ lệ phần trăm chứ không phải số lượng; "
                                    "không được nạp. Hãy ghi số lượng.", ref))  # fmt: skip
            return None
        parsed = parse_number(raw, scale=scale)
        if parsed.empty:
            return None
        if isinstance(raw, str) and not raw.isdigit() and (figures := split_figures(raw)) and len(figures) == 1 \
                and figures[0][1] and measure_fits(code, figures[0][1], ref=ctx.ref) is False:  # fmt: skip
            issues.append(ctx.issue(
                "warning", "row.measure_mismatch",
                f"Ô {ref} ghi '{raw}': '{figures[0][1]}' không phải đơn vị tính của chỉ tiêu {self._named([code])} "
                f"({ctx.base_units.get(code, '')}); không được nạp. Hãy ghi số của đúng chỉ tiêu này, chỉ ghi số "
                "vào ô.", ref))  # fmt: skip
            return None
        if isinstance(raw, str) and PER_UNIT.search(raw) and _DIGIT_RUNS.search(raw):
            issues.append(ctx.issue("error", "cell.not_a_number",
                                    f"Ô {ref} ghi '{raw}', là mức bình quân cho mỗi suất, mỗi người…, không phải "
                                    "tổng số của kỳ; không được nạp. Hãy ghi tổng số (mức bình quân để ở cột Ghi "
                                    "chú).", ref))  # fmt: skip
            return None
        if parsed.problem == "number.ambiguous":
            issues.append(ctx.issue(
                "error", "cell.ambiguous_number",
                f"Ô {ref} ghi '{raw}': không rõ dấu chấm là phân cách hàng nghìn hay thập phân. Hãy ghi "
                "số theo kiểu Việt Nam (1.124 là một nghìn một trăm hai mươi tư; 1,5 là một phẩy năm).",
                ref))  # fmt: skip
            return None
        if parsed.problem and isinstance(raw, str) and (ctx.vocab.matches("not_reported", raw) or not raw.strip(" ?")) \
                and not _DIGIT_RUNS.search(raw):  # fmt: skip
            issues.append(ctx.issue("warning", "cell.not_reported",
                                    f"Ô {ref} ghi '{raw}': chưa có số liệu; không nạp. Hãy gửi số liệu khi đã có "
                                    "(bổ sung vào báo cáo và gửi lại).", ref))  # fmt: skip
            return None
        if parsed.problem:
            runs = _DIGIT_RUNS.findall(raw) if isinstance(raw, str) else []
            fix = (f"nếu số liệu là {runs[0].strip()}, hãy chỉ ghi {runs[0].strip()} vào ô (lời giải thích để ở cột "
                   "Ghi chú)" if len(runs) == 1 else "hãy chỉ nhập số")  # "Đã tổ chức 15 hội nghị"  # fmt: skip
            issues.append(ctx.issue("error", "cell.not_a_number",
                                    f"Ô {ref} ghi '{raw}', không đọc được thành số; {fix}.", ref))
            return None
        if parsed.value is not None and parsed.value < 0:
            issues.append(ctx.issue("error", "cell.negative_value",
                                    f"Ô {ref} là số âm ({raw}); số liệu báo cáo không được âm.", ref))
            return None
        if (not fractional and parsed.value is not None and isinstance(raw, str)
                and _THOUSANDS_COMMA.fullmatch(raw.strip())):
            # a count cannot be 1,25, nor is 2 written "2,000": "1,250" groups thousands with a comma
            parsed = parse_number(raw.replace(",", ""), scale=scale)
            issues.append(ctx.issue(
                "info", "cell.thousands_comma",
                f"Ô {ref} ghi '{raw}': chỉ tiêu đếm số lượng nên dấu phẩy là phân cách hàng nghìn; đã nạp "
                f"{format_vn(parsed.value)}. Nên ghi theo kiểu Việt Nam ({format_vn(parsed.value)}).", ref))  # fmt: skip
        if not fractional and parsed.value is not None and not float(parsed.value).is_integer():
            issues.append(ctx.issue(
                "error", "cell.not_whole",
                f"Ô {ref} ghi '{raw}' nhưng chỉ tiêu này đếm số lượng (hội nghị, người, cuộc…) nên phải là "
                "số nguyên; không được nạp. Nếu dấu phẩy dùng để phân cách hàng nghìn, hãy ghi theo kiểu "
                "Việt Nam (1.124).", ref))  # fmt: skip
            return None
        several = isinstance(raw, str) and not parsed.compound and len(_DIGIT_RUNS.findall(_FOOTNOTE.sub("", raw))) > 1
        if isinstance(raw, str) and not parsed.compound and any(ch.isalpha() for ch in raw) \
                and (_names_a_period(raw) or any(ctx.vocab.matches(role, raw) for role in _PERIOD_WORDS)):  # fmt: skip
            # "12 (lũy kế 30)": the quarter's figure and the year's to date in one cell; "12 (trong quý)"
            # under the nine months: the cell's own period, which may not be the column's
            issues.append(ctx.issue(
                "error", "cell.not_a_number",
                f"Ô {ref} ghi '{raw}': {'số của hai kỳ trong một ô' if several else 'ô tự ghi kỳ của số'}; không "
                "được nạp. Hãy ghi mỗi kỳ một cột có tiêu đề nêu kỳ (ví dụ 'Quý III' và 'Lũy kế 9 tháng'), mỗi ô "
                "một số.", ref))  # fmt: skip
            return None
        if several:
            issues.append(ctx.issue(
                "warning", "cell.several_numbers",
                f"Ô {ref} ghi '{raw}': có nhiều số trong một ô; chỉ nạp số đầu ({format_vn(parsed.value)}). "
                "Hãy tách mỗi số liệu ra một dòng, một ô.", ref))  # fmt: skip
        if parsed.qualifier:
            issues.append(ctx.issue(
                "info", "cell.approximate",
                f"Ô {ref} ghi '{raw}': số ước tính; đã nạp {format_vn(parsed.value)}.", ref))  # fmt: skip
        if not money and (parsed.scale not in (1, scale) or parsed.compound):
            if isinstance(raw, str) and (_MONEY_NAMED.search(raw.lower()) or parsed.compound or (
                    parsed.scale >= 1_000_000 and not _COUNTED_AFTER.search(raw.lower()))):  # fmt: skip
                # "1,5 tỷ" houses: never; "5 triệu", "5 triệu 500 nghìn" conferences: a sum of money, said the
                # way it is said ("1,2 triệu lượt người" names what it counts)
                issues.append(ctx.issue(
                    "error", "cell.unexpected_scale",
                    f"Ô {ref} ghi '{raw}', một số tiền, ở một chỉ tiêu không tính bằng tiền; không được nạp. "
                    "Hãy kiểm tra nội dung dòng (có phải là kinh phí, trị giá?) và đơn vị tính.", ref))  # fmt: skip
                return None
            issues.append(ctx.issue(
                "info", "cell.unexpected_scale",
                f"Ô {ref} ghi '{raw}': đã đọc là {format_vn(parsed.value)} (theo chữ nghìn, triệu trong ô); "
                "hãy kiểm tra.", ref))  # fmt: skip
        if money and parsed.value is not None and 0 < parsed.value < _TOO_LITTLE:
            return self._too_little(raw, parsed.value, ref)
        if money and scale > 1 and parsed.scale == scale and (parsed.value or 0) >= MONEY_CEILING:
            # "150.000.000" under "Triệu đồng": 150 000 tỷ — the figure was written in đồng
            issues.append(ctx.issue(
                "error", "cell.unexpected_scale",
                f"Ô {ref} ghi '{raw if isinstance(raw, str) else format_vn(raw)}' theo đơn vị "
                f"{_SCALE_WORDS.get(scale, f'{format_vn(scale)} đồng')}, tức "
                f"{format_vn(parsed.value)} đồng — quá "
                "lớn cho một đơn vị; có lẽ số đã ghi bằng đồng. Không được nạp. Hãy sửa đơn vị tính cho đúng "
                "(ghi 'Đồng'), hoặc ghi số theo đơn vị tính.", ref))  # fmt: skip
            return None
        return parsed.value

    def _emit(self, who: Decision, year, period, code, value, ref, label, pwhere, role) -> None:
        if role == "level":  # the level at the period's end: the figure of a stock (a board's members) only
            if code not in self.ctx.stocks:
                self.result.issues.append(self.ctx.issue(
                    "info", "column.not_result",
                    f"Ô {ref} ('{label}') ở cột số cuối kỳ: chỉ tiêu này cộng dồn theo kỳ, số có ở cuối kỳ không "
                    "phải kết quả của kỳ; không nạp. Hãy ghi kết quả trong kỳ ở cột 'Kết quả' hoặc 'Trong kỳ'.",
                    ref))  # fmt: skip
                return
            role = "result"
            self.level_cells.add(ref)
        if role == "prior" and who.value and not unit_valid(who.value, (year, end_month(period)), ref=self.ctx.ref):
            # "Cùng kỳ năm 2025" beside a new ward's first quarter of 2026: its communes' of before the reform
            self.result.issues.append(self.ctx.issue(
                "info", "column.not_result",
                f"Ô {ref} ('{label}'): số {period_label(period, year)} của {unit_label(who.value, ref=self.ctx.ref)}, "
                f"khi đơn vị chưa có ({unit_lifetime(who.value, ref=self.ctx.ref)}): là số của các đơn vị trước khi "
                "sắp xếp; không nạp.", ref))  # fmt: skip
            return
        if self.in_commune and who.value == "":  # a commune's rows of before the reform: summed, not loaded
            self.communes[(code, period, year)] = self.communes.get((code, period, year), 0.0) + value
            return
        key = (who.value, year, period, code)
        self.values.setdefault(key, []).append((
            who.value, "", year, period, code, float(value), self.ctx.base_units.get(code, ""),
            self.ctx.source_file, self.ctx.sheet, ref, label, pwhere, who.where, role,
        ))  # fmt: skip

    def _refuse_merged_over_others(self) -> None:
        """A figure's cell merged down over the rows of another indicator or unit ("Số cuộc giám
        sát" and "Số hội nghị phản biện" under one 7) is of neither alone: not loaded, said."""
        first = self.table.first_row
        downs = {a1(r, c): (r, c, bottom) for (r, c), bottom in self.grid.merge_bottom.items() if bottom > r >= first}
        if not downs:
            return
        refused = {}
        for rows in self.values.values():
            for v in rows:
                if v[9] in downs and v[9] not in refused and (other := self._merged_over_another(v, *downs[v[9]])):
                    refused[v[9]] = other
        if not refused:
            return
        self.values = {key: kept for key, rows in self.values.items()
                       if (kept := [v for v in rows if v[9] not in refused])}  # fmt: skip
        for ref, (label, other, bottom) in refused.items():
            self.result.issues.append(self.ctx.issue(
                "warning", "cell.merged_over_rows",
                f"Ô {ref} gộp xuống đến {bottom}, qua cả dòng '{other}' bên dưới dòng '{label}': không rõ số thuộc "
                "dòng nào; không nạp. Hãy bỏ gộp ô và ghi số của từng dòng vào ô của dòng đó.", ref))  # fmt: skip
            if self.trace is not None:
                row = int(_CELL.match(ref).group(2))
                self.trace.rows[:] = [(n, said, c, alias, "ô số gộp qua dòng khác: không nạp" if n == row else status)
                                      for n, said, c, alias, status in self.trace.rows]  # fmt: skip

    def _merged_over_another(self, v: tuple, r: int, c: int, bottom: int) -> tuple[str, str, str] | None:
        """``(its label, the other row's label, the merge's last cell)`` when the cell of value
        ``v`` (row ``r``, column ``c``) is merged down to row ``bottom`` over a row whose own label
        names another indicator or unit."""
        grid, hc = self.grid, self.table.label_col
        own = grid.spread.get((r, hc), (r, hc))
        for rr in range(r + 1, bottom + 1):
            text = text_of(grid.raw(rr, hc))
            if not text or grid.spread.get((rr, hc), (rr, hc)) == own:  # (a label merged over the same rows)
                continue
            unit_text = text_of(grid.raw(rr, self._uom_col)) if self._uom_col is not None else ""
            code = match_indicator(text, unit_text=unit_text or None, ref=self.ctx.ref).code
            unit = self._unit_named(text).unit_id if code is None else None
            if (code is not None and code != v[4]) or (unit and unit != v[0]):
                return text_of(grid.raw(r, hc)) or v[10], text, a1(bottom, c)
        return None

    def _detail(self, r: int, label: str) -> None:
        """A "Trong đó" / dashed detail row: named as a note, never loaded."""
        self.result.issues.append(self.ctx.issue(
            "info", "row.detail_not_loaded",
            f"Dòng chi tiết '{label}' (dòng {r + 1}) là một phần của chỉ tiêu phía trên; số liệu chi "
            "tiết không được nạp.", a1(r, self.table.label_col)))  # fmt: skip

    def _row(self, r: int, label: str, code: str, alias: str, status: str) -> None:
        if self.trace is not None:
            self.trace.rows.append((r + 1, label, code, alias, status))

    def _skip(self, where: str, why: str) -> None:
        if self.trace is not None:
            self.trace.skipped.append((where, why))

    def _check_part(self, r, filled, parent_values, scale, label, *, named: bool = False) -> None:
        """A "Trong đó" detail must not exceed the row it is part of, nor the rows that each name
        one of its parts ("- Chủ trì" 3, "- Phối hợp" 6 under 8) together (``row.part_exceeds_whole``)."""
        for (col, *_rest), raw in filled:
            part = parse_number(raw, scale=scale).value
            whole = parent_values.get(col.col)
            if part is None or whole is None:
                continue
            before = parent_values.get(("parts", col.col), 0.0)
            if named:
                parent_values[("parts", col.col)] = before + part
            if part <= whole + 1e-9 * abs(whole):
                if named and before and before + part > whole + 1e-9 * abs(whole):
                    self.result.issues.append(self.ctx.issue(
                        "error", "row.part_exceeds_whole",
                        f"Các dòng chi tiết đến '{label}' cộng lại được {format_vn((before + part) / scale)}, lớn "
                        f"hơn chỉ tiêu mà chúng là các phần ({format_vn(whole / scale)}). Các phần không thể lớn "
                        "hơn tổng; hãy kiểm tra lại các ô này.", a1(r, col.col)))  # fmt: skip
                continue
            self.result.issues.append(self.ctx.issue(
                "error", "row.part_exceeds_whole",
                f"Dòng chi tiết '{label}' ghi {format_vn(part / scale)}, lớn hơn chỉ tiêu mà nó là một "
                f"phần ({format_vn(whole / scale)}). Phần không thể lớn hơn tổng; hãy kiểm tra lại hai ô "
                "này.", a1(r, col.col)))  # fmt: skip

    @staticmethod
    def _agrees(stated: float, total: float, scale: int) -> bool:
        return abs(stated - total) <= max(0.5, 1e-9 * abs(total)) * scale

    def _check_total(self, stated: float | None, total: float, scale: int, ref: str, *,
                     whole: float | None = None, what: str = "các đơn vị") -> None:
        """``whole``: in a table of units in groups, the sum of every unit before the total; it
        agrees with its group's units ``total`` or with them all (a grand total at the foot)."""
        if stated is None or self._agrees(stated, total, scale) or (
                whole is not None and self._agrees(stated, whole, scale)):  # fmt: skip
            return
        group = whole is not None and not self._agrees(whole, total, scale)
        also = f" (của mọi đơn vị trước nó là {format_vn(whole / scale)})" if group else ""
        self.result.issues.append(self.ctx.issue(
            "error", "total.mismatch",
            f"Ô tổng {ref} ghi {format_vn(stated / scale)} nhưng tổng {what}{' của nhóm' if group else ''} là "
            f"{format_vn(total / scale)}{also}. Hãy kiểm tra lại số liệu {what} hoặc công thức tổng.",
            ref))  # fmt: skip

    def _bare_under_other_work(self, match: IndicatorMatch, key: str, heading: str) -> bool:
        """Whether ``match`` is a bare word of the list (an alias of three words or fewer that is
        the whole label ``key``) under a heading of other work ("Số vụ việc" under "Công tác hòa
        giải", "Số nhà" under "Nhà văn hóa"): it counts that work, not the list's indicator."""
        return bool(match.code and heading and match.alias == key and len(key.split()) <= 3
                    and self.ctx.vocab.matches("foreign_topic", heading))  # fmt: skip

    def _part_named(self, label: str, code: str) -> list[str]:
        """The parts of indicator ``code`` that ``label`` names ("Phối hợp giám sát": "phối hợp")."""
        return [p for p, opens in indicator_parts(self.ctx.ref).get(code, ())
                if ((_opening(label) + " ").startswith(f"{p} ") if opens else f" {p} " in f" {match_key(label)} ")]

    def _parts(self, rows: list[tuple]) -> bool:
        """Rows of one heading, or columns of one row, that each name a part of its indicator
        ("Nhà Đại đoàn kết": "Xây mới" 3, "Sửa chữa" 2) load as their sum, with a note naming the
        cells."""
        headings = {self.parts.get(v[9]) for v in rows}
        columns = {v[9].rstrip("0123456789") for v in rows}
        lines = {v[9].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for v in rows}
        levels = len(lines) == 1 and len(columns) == len(rows) and columns <= self.level_columns
        if not levels and ((len(columns) > 1 and len(lines) > 1) or len({v[10] for v in rows}) < len(rows)):
            return False
        if not levels and (None in headings or len(headings) > 1):  # or rows that each name one part in their label
            parts = indicator_parts(self.ctx.ref).get(rows[0][4], ())
            named = [self._part_named(v[10], rows[0][4]) for v in rows]
            if not parts or any(len(n) != 1 for n in named) or len({n[0] for n in named}) < len(rows):
                return False
        # a row of the parts that only says "Tổng số" is their total, written again: checked, not added
        stated = [v for v in rows if match_key(clean_label(v[10].rsplit(" / ", 1)[-1])) in _TOTAL_OF_PARTS]
        if stated and (len(stated) > 1 or len(stated) == len(rows) or levels):
            return False
        if stated:
            rows = [v for v in rows if v is not stated[0]]
        if len(headings) == 1 and len(columns) == 1 and not levels and any(
                self._part_named(label, rows[0][4])
                for label in self.unmapped_under.get((next(iter(headings)), next(iter(columns))), ())):  # fmt: skip
            # a row beside them names a part of the indicator ("Phối hợp với HĐND giám sát") but matched
            # nothing: their sum would miss it
            return False
        total = sum(v[5] for v in rows)
        heading = next(iter(headings)) if len(headings) == 1 and len(columns) == 1 else None
        said = self.heading_totals.get((heading, next(iter(columns)))) if heading is not None else None
        if len(columns) == 1:  # the total right under the parts, when there is one, is theirs
            letter = next(iter(columns))
            below = f"{letter}{max(int(v[9][len(letter):]) for v in rows) + 1}"
            if below in self.closing_totals:
                raw, unit_text, label = self.closing_totals[below]
                said = (raw, below, unit_text, label)
        if said is not None and said[2] and measure_fits(rows[0][4], said[2], ref=self.ctx.ref) is False:
            said = None  # the heading's last total counts another indicator ("Cộng | Triệu đồng" under houses)
        check = (stated[0][5], stated[0][9], 1) if stated else None
        if said is not None and check is None:
            scale = self._scale(rows[0][4], said[2], said[3])
            value = parse_number(said[0], scale=scale).value
            check = (value, said[1], scale) if value is not None else None
        if check is not None:
            self._check_total(check[0], total, check[2], check[1], what=f"các phần của chỉ tiêu {self._named([rows[0][4]])}")
        if len(rows) == 1:
            self.result.values.append(rows[0])
            return True
        cells = f"{rows[0][9]}:{rows[-1][9]}"
        headers = {a1(0, c)[:-1]: col.texts[-1] for c, col in self.table.columns.items() if col.texts}
        named = [headers.get(v[9].rstrip("0123456789"), v[10]) if levels else v[10] for v in rows]
        label = " + ".join(v[10] for v in rows)
        self.result.values.append((*rows[0][:5], total, *rows[0][6:9], cells, label, *rows[0][11:]))
        self.result.issues.append(self.ctx.issue(
            "info", "row.parts_added",
            f"Các {'dòng' if len(columns) == 1 else 'cột'} {', '.join(f'{said} ({v[9]}: {format_vn(v[5])})' for said, v in zip(named, rows, strict=True))} "
            "là các phần của chỉ "
            f"tiêu {self._named([rows[0][4]])}; đã nạp tổng {format_vn(total)}.", cells,
            unit_id=rows[0][0], year=rows[0][2], period=rows[0][3], indicator=rows[0][4]))  # fmt: skip
        return True

    def _unmatched(self, match: IndicatorMatch, label: str, unit_text: str = "") -> str:
        """Why ``label`` gave no indicator, in the analyst's words (after "Nội dung '…'")."""
        if match.mismatch:
            return f"có tên giống chỉ tiêu {self._named(match.candidates)} nhưng đơn vị tính '{unit_text}' không hợp"
        if match.excluded:  # "Quỹ Vì người nghèo đã chi": spent, not raised
            said = excluded_by(label, match.candidates[0], ref=self.ctx.ref)
            return (f"có tên giống chỉ tiêu {self._named(match.candidates[:1])} nhưng có chữ '{said}': đây là số "
                    "khác (số đã chi, còn lại, chuyển kỳ, tăng hay giảm trong kỳ, hoặc của một việc khác), không "
                    "phải của chỉ tiêu đó")  # fmt: skip
        if match.ambiguous:
            return "khớp nhiều chỉ tiêu: " + self._named(match.candidates)
        return "không khớp chỉ tiêu nào"

    def _in_its_own_measure(self, rows: list[tuple]) -> bool:
        """Rows of one column that count one indicator in different measures, each written in the
        ĐVT column and named in the label ("Số cuộc giám sát" | Cuộc 5, "Số công trình được giám
        sát" | Công trình 9): one work counted two ways, never parts to add. The one row in the
        indicator's own measure loads, with a note naming the others. False, and nothing done,
        otherwise."""
        uom = self._uom_col
        cells = [_CELL.fullmatch(v[9]) for v in rows]
        if uom is None or None in cells or len({c.group(1) for c in cells}) != 1:
            return False
        code = rows[0][4]
        said = [text_of(self.grid.raw(int(c.group(2)) - 1, uom)) for c in cells]
        measures = [match_key(m) for m in said]
        own = match_key(self.ctx.base_units.get(code, ""))
        if not own or not all(measures) or len(set(measures)) < len(rows) or not all(
                f" {m} " in f" {match_key(v[10].rsplit(' / ', 1)[-1])} " for v, m in zip(rows, measures, strict=True)):
            return False  # (each label names what it counts: "Số công trình …", never "Quà Trung thu" | Phần)
        chosen = [v for v, m in zip(rows, measures, strict=True) if m == own]
        if len(chosen) != 1:
            return False
        others = [(v, m) for v, m in zip(rows, said, strict=True) if v is not chosen[0]]
        self.result.values.append(chosen[0])
        named = ", ".join(f"'{v[10]}' ({v[9]}: {format_vn(v[5])} {m})" for v, m in others)
        self.result.issues.append(self.ctx.issue(
            "info", "row.other_measure",
            f"Dòng {named} đếm cùng việc với dòng '{chosen[0][10]}' ({chosen[0][9]}) nhưng bằng đơn vị tính khác; "
            f"chỉ nạp dòng tính bằng {self.ctx.base_units.get(code, '')} của chỉ tiêu {self._named([code])}.",
            others[0][0][9], unit_id=chosen[0][0], year=chosen[0][2], period=chosen[0][3], indicator=code))  # fmt: skip
        return True

    def _level_wins(self, rows: list[tuple]) -> bool:
        """A board's members at the period's end ("Cuối kỳ", "Đến nay") beside the figure of the
        period's own column ("Trong quý": those who joined in it): the level is the indicator's,
        loaded; the other is said. True when so resolved."""
        levels = [v for v in rows if v[9] in self.level_cells]
        if len(levels) != 1 or rows[0][4] not in self.ctx.stocks:
            return False
        level = levels[0]
        self.result.values.append(level)
        for v in rows:
            if v is not level:
                self.result.issues.append(self.ctx.issue(
                    "info", "column.not_result",
                    f"Ô {v[9]} ({format_vn(v[5])}) ghi số của chỉ tiêu {self._named([v[4]])} trong kỳ (số tăng thêm), "
                    f"bên cạnh số có ở cuối kỳ ({level[9]}: {format_vn(level[5])}); đã nạp số cuối kỳ.", v[9]))  # fmt: skip
        return True

    def _closed_by_total(self, rows: list[tuple]) -> bool:
        """Rows of other words, one under the other in one column, that each gave the same
        indicator ("Quà Tết hộ nghèo" 300, "Quà gia đình chính sách" 200), with a total row right
        under them ("Cộng" 500): the total is the indicator's figure, checked against their sum,
        and the rows are its parts (not a clash). False, and nothing done, otherwise."""
        if len({v[10] for v in rows}) < len(rows) or (run := _run_in_column(rows)) is None:
            return False
        named = [self._part_named(v[10], rows[0][4]) for v in rows]
        if all(len(n) == 1 for n in named) and len({n[0] for n in named}) == len(rows):
            return False  # the indicator's own parts ("- Xây mới", "- Sửa chữa"): added, see _parts
        letter, rows, lines = run
        where = f"{letter}{lines[-1] + 1}"
        if where not in self.closing_totals:
            return False
        raw, unit_text, label = self.closing_totals[where]
        code = rows[0][4]
        if unit_text and measure_fits(code, unit_text, ref=self.ctx.ref) is False:
            return False
        # the parts' own scale (their ĐVT, or their labels' "(triệu đồng)"): the total's unless it says its own
        uom = self._uom_col
        scales = {self._scale(code, text_of(self.grid.raw(line - 1, uom)) if uom is not None else "", v[10])
                  for line, v in zip(lines, rows, strict=True)}  # fmt: skip
        if len(scales) != 1:
            return False
        scale = self._scale(code, unit_text, label) if unit_text else scales.pop()
        total = self._value(raw, scale=scale, ref=where, code=code)
        if total is None:
            return False
        added = sum(v[5] for v in rows)
        if not self._agrees(total, added, scale):  # which is right, the parts or their total? Neither loads
            self.result.issues.append(self.ctx.issue(
                "error", "total.mismatch",
                f"Ô tổng {where} ('{label}') ghi {format_vn(total / scale)} nhưng cộng các dòng {rows[0][9]}:{rows[-1][9]} "
                f"của chỉ tiêu {self._named([code])} là {format_vn(added / scale)}; không nạp số nào của chỉ tiêu "
                "này. Hãy sửa dòng tổng hoặc các dòng trên cho khớp.", where,
                unit_id=rows[0][0], year=rows[0][2], period=rows[0][3], indicator=code))  # fmt: skip
            return True
        self.result.values.append((*rows[0][:5], total, *rows[0][6:9], where,
                                   f"{label} ({' + '.join(v[10] for v in rows)})", *rows[0][11:]))  # fmt: skip
        line = lines[-1] + 1  # the total row, said "not loaded" when it was read: it is, now
        self.result.issues[:] = [i for i in self.result.issues if not (
            i["code"] == "row.total_not_loaded" and i["source_cell"].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == str(line))]
        if self.trace is not None:
            self.trace.rows[:] = [(n, said, code, "", f"tổng của các dòng {rows[0][9]}:{rows[-1][9]}: nạp")
                                  if n == line else (n, said, c, alias, f"một phần của dòng tổng {where}: đối chiếu")
                                  if n in lines else (n, said, c, alias, status)
                                  for n, said, c, alias, status in self.trace.rows]  # fmt: skip
        self.result.issues.append(self.ctx.issue(
            "info", "row.parts_with_total",
            f"Các dòng {', '.join(f'{chr(39)}{v[10]}{chr(39)} ({v[9]}: {format_vn(v[5])})' for v in rows)} cùng là chỉ "
            f"tiêu {self._named([code])}, dòng '{label}' ngay dưới là tổng của chúng; đã nạp số của dòng tổng "
            f"({where}: {format_vn(total)}).", where,
            unit_id=rows[0][0], year=rows[0][2], period=rows[0][3], indicator=code))  # fmt: skip
        return True

    def _opened_by_total(self, rows: list[tuple]) -> bool:
        """Rows one under the other in one column that each gave the same indicator, the first or
        the last worded as their total ("Tổng số suất quà" 500, then "Quà cho hộ nghèo" 300 and
        "Quà cho gia đình chính sách" 200): when the others add up to it, it is the indicator's
        figure and they are its parts (not a clash). False, and nothing done, otherwise (a clash)."""
        if len(rows) < 3 or (run := _run_in_column(rows)) is None:
            return False
        _letter, rows, lines = run
        worded = [_WORDED_TOTAL.match(match_key(v[10])) is not None for v in rows]
        at = 0 if worded[0] and not any(worded[1:]) else -1 if worded[-1] and not any(worded[:-1]) else None
        if at is None:
            return False
        whole = rows[at]
        parts = [v for v in rows if v is not whole]
        if not self._agrees(whole[5], sum(v[5] for v in parts), 1):
            return False
        self.result.values.append(whole)
        if self.trace is not None:
            self.trace.rows[:] = [(n, said, c, alias, f"một phần của dòng tổng {whole[9]}: đối chiếu")
                                  if n in lines and n != lines[at] else (n, said, c, alias, status)
                                  for n, said, c, alias, status in self.trace.rows]  # fmt: skip
        self.result.issues.append(self.ctx.issue(
            "info", "row.parts_with_total",
            f"Các dòng {', '.join(f'{chr(39)}{v[10]}{chr(39)} ({v[9]}: {format_vn(v[5])})' for v in parts)} cùng là "
            f"chỉ tiêu {self._named([whole[4]])}, dòng '{whole[10]}' ngay {'trên' if at == 0 else 'dưới'} là tổng "
            f"của chúng; đã nạp số của dòng tổng ({whole[9]}: {format_vn(whole[5])}).", whole[9],
            unit_id=whole[0], year=whole[2], period=whole[3], indicator=whole[4]))  # fmt: skip
        return True

    def _stated(self, r, cells, filled, indicators) -> dict[tuple, tuple[float, str, int]]:
        """The figures of a total or group row of a table of units, by (indicator, column,
        period, year): each with its cell and money scale."""
        stated = {}
        for col, period, year, _pw, _yw, _role in filled:
            code = indicators[col.col][0]
            scale = self._scale(code, "", col.header)
            value = parse_number(cells[col.col - self.grid.left], scale=scale).value
            if value is not None:
                stated[(code, col.col, period, year)] = (value, a1(r, col.col), scale)
        return stated

    def _close_group(self) -> None:
        """A group of unit rows ends: the figures of its heading are checked against its units. A
        heading with figures and no unit under it ("Các xã còn lại | 14 | 4") holds units not
        named: not loaded, but part of the whole table's total."""
        if self.group_stated and not self.running and not self.unit_refused:
            name, r = self.group_heading
            for key, (value, _ref, _scale) in self.group_stated.items():
                self.sums[key] = self.sums.get(key, 0.0) + value
            self.result.issues.append(self.ctx.issue(
                "info", "row.group_not_loaded",
                f"Dòng '{name}' (dòng {r + 1}) ghi số gộp của nhiều đơn vị không nêu tên; không nạp (chỉ dùng để "
                "đối chiếu dòng tổng).", a1(r, self.table.label_col)))  # fmt: skip
        self.group_checks += [(*stated, self.running[key], None) for key, stated in self.group_stated.items()
                              if key in self.running]  # fmt: skip
        self.group_stated, self.running = {}, {}

    def _communes_whole(self) -> None:
        """A table of a district's communes of before the 2025 reform (no reporting units) with
        its whole (a units table's total row, or the rows of a total's section above the communes'
        sections): the whole is the district's own figure, the district the title names, where the
        communes add up to it; each commune is said once, as a note then, and as a warning when
        nothing of the whole is loaded."""
        ctx, hc = self.ctx, self.table.label_col
        wholes: list[tuple] = []  # (row, stated, year, period, code, value, label, pwhere, role)
        if self.values:  # units or the district's own rows beside them: no whole to take, no check
            self.unit_refused = True
        elif not self.unit_refused and resolve_unit(self.title, ctx)[0] is not None:
            if self.whole_row is not None:
                r, name, cells, filled, indicators = self.whole_row
                for col, period, year, pwhere, ywhere, role in filled:
                    key = (indicators[col.col][0], col.col, period, year)
                    if key in self.totals:
                        value = self._header_value(key[0], col, cells[col.col - self.grid.left], self.totals[key][1])
                        pwhere = pwhere if ywhere in ("", pwhere) else f"{pwhere}; {ywhere}"
                        wholes.append((r, self.totals[key], year, period, key[0], value, name, pwhere, role))
            for key, (row, year, period, code, value, label, pwhere, role) in self.whole_section.items():
                wholes.append((row, self.totals[key], year, period, code, value, label, pwhere, role))
        who = self.file_unit() if wholes else None  # (a cluster's title names none)
        loaded = False
        for row, stated, year, period, code, value, label, pwhere, role in wholes if who is not None else ():
            parts = self.communes.get((code, period, year))
            if parts is not None and not self._agrees(stated[0], parts, stated[2]):
                self._check_total(stated[0], parts, stated[2], stated[1], what="các phường, xã")
            elif value is not None:
                self._emit(who, year, period, code, value, stated[1], label, pwhere, role)
                loaded = True
                if self.trace is not None:  # the whole's row was said "tổng mục" while the table was walked
                    self.trace.rows[:] = [(n, lab, c, a, "nạp: số của cả đơn vị, đã đối chiếu với các phần"
                                           if n == row + 1 and c in (code, "") and w in _WHOLE_SAID else w)
                                          for n, lab, c, a, w in self.trace.rows]  # fmt: skip
        for r, name in self.commune_rows:
            said = f"Dòng {r + 1}: số liệu của {self._unknown_unit(name)}"
            if loaded:
                self.result.issues.append(ctx.issue("info", "unit.commune", said + " Số của cả đơn vị lấy ở dòng "
                                                    "tổng.", a1(r, hc)))  # fmt: skip
            else:
                self.result.issues.append(ctx.issue("warning", "unit.unknown", said + _WHOLE_FIX, a1(r, hc)))
        if loaded:
            self.totals = {}  # checked against the communes above

    def finish(self) -> None:
        """Totals checked against the units' sums; clashing cells of the sheet resolved."""
        if self.unit is not None:
            self._signature_agrees(self.unit)
        self._close_group()
        if self.commune_rows:
            self._communes_whole()
        for key, (stated, ref, scale) in self.totals.items():
            if key in self.sums and not self.unit_refused:
                self._check_total(stated, self.sums[key], scale, ref)
        for stated, ref, scale, section, whole in self.group_checks:
            if not self.unit_refused:
                self._check_total(stated, section, scale, ref, whole=whole)
        self._refuse_merged_over_others()
        for rows in self.values.values():
            if len(rows) == 1:
                self.result.values.append(rows[0])
                continue
            results = [v for v in rows if v[13] == "result"] or rows
            if (self._closed_by_total(results) or self._opened_by_total(results) or self._in_its_own_measure(results)
                    or self._level_wins(results) or self._parts(results)):
                # (parts of equal figures are added too)
                continue
            distinct = {v[5] for v in results}
            if len(distinct) == 1:
                self.result.values.append(results[0])
                continue
            cells = ", ".join(f"{v[9]} ({format_vn(v[5])})" for v in results)
            unit, year, period, code = results[0][0], results[0][2], results[0][3], results[0][4]
            labels = list(dict.fromkeys(v[10] for v in results if v[10]))
            fix = "Hãy sửa cho thống nhất."
            if len(labels) > 1 and len({v[9].rstrip("0123456789") for v in results}) == 1:
                # rows of different words in one column: parts of the indicator, with no whole above
                named = ", ".join(f"'{label}'" for label in labels)
                fix = (f"Các dòng {named} có tên khác nhau: nếu là các phần của cùng một chỉ tiêu, hãy thêm dòng "
                       "tổng ở trên và ghi các phần dưới dạng '- …' (chi tiết), hoặc gộp lại thành một dòng.")
            if self.trace is not None:  # the rows were said "nạp" while the table was walked: they are not
                clashed = {int(cell.group(2)) for v in results if (cell := _CELL.match(v[9]))}
                self.trace.rows[:] = [(n, said, c, alias, "số khác nhau cho cùng chỉ tiêu: không nạp")
                                      if n in clashed and c == code else (n, said, c, alias, status)
                                      for n, said, c, alias, status in self.trace.rows]  # fmt: skip
            self.result.issues.append(self.ctx.issue(
                "error", "value.conflict",
                f"Các ô {cells} cùng ghi chỉ tiêu {self._named([code])} của {unit_label(unit, ref=self.ctx.ref)}, kỳ "
                f"{period_label(period, year)} nhưng "
                f"khác nhau; không nạp ô nào. {fix}", results[0][9],
                unit_id=unit, year=year, period=period, indicator=code))  # fmt: skip

