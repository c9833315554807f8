"""Where the table is and what each column holds, from the cell grid (unpivotr's ``behead``).

Rules:

* **Header row**: the first row (of the first 200) with a cell naming a label column ("Nội dung",
  "Chỉ tiêu", "Danh mục"… from the vocabulary) or a unit column ("Tên đơn vị"; "Đơn vị" only
  when the cells below it are unit names, else it is the measure column). The leftmost such cell
  is the label column. A header row has at least two cells.
* **Header band**: the header row and the rows its merged cells cover, then rows below whose
  label cell is empty and which hold words but no numbers (a second header row: "Trong quý |
  Lũy kế"). A column-numbering row ("A | B | 1 | 2 | 3", "(1) | (2)") under it is skipped.
* **Column roles**, from the column's header cells read bottom-up (a merged group header spreads
  over every column it covers): a cell with "%" or a comparison word → ``compare`` (never data);
  then the first cell with a role word decides: ``target`` (kế hoạch, chỉ tiêu), ``prior`` (cùng
  kỳ), ``result`` (kết quả, thực hiện), ``in_quarter`` (trong quý), ``in_period`` (trong kỳ),
  ``to_date`` (lũy kế), ``total``, ``skip`` (STT, ghi chú), ``uom`` (ĐVT). A header naming a unit
  makes a column of that unit; a header naming a period ("Quý III", "9 tháng năm 2023") gives
  the column its own period, which overrides the title's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..reference.catalog import header_measure, is_measure, label_unit, match_indicator, says_money
from ..reference.files import Reference, per_reference
from ..reference.registry import match_unit, merged_into
from ..schema import a1
from ..text.names import is_former, is_proper_name, name_key, names_a_place, names_an_area
from ..text.numbers import scale_from_text
from ..text.periods import name_periods, odd_months, one_month, start_month
from ..text.vietnamese import clean_text, match_key
from .cells import is_figure, is_figure_with_measure, numeric_like
from .grid import Grid
from .vocabulary import Vocabulary, load_vocabulary

__all__ = ["DATA_ROLES", "NUMBERING", "Column", "Table", "column_roles", "header_column", "is_numbering", "locate_table",
           "side_by_side", "turned"]

DATA_ROLES = ("result", "prior", "in_quarter", "in_period", "to_date")
QUARTER_TO_DATE = {"Q1": "Q1", "Q2": "H1", "Q3": "9M", "Q4": "FY"}  # the figures from January to its end
# a qualifier wins over a word of results: "Kết quả lũy kế" is to date, "Số lượng đăng ký" a target
HEADER_ROLES = ("spent", "balance", "target", "prior", "in_quarter", "in_period", "to_date", "total", "result")
_SECTION = re.compile(r"^(?:[IVX]{1,4}|[A-D]|\d{1,2})[.)]\s+\S", re.I)  # "I. …", "A) …", "1. …"
NUMBERING = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)?$|^\(?\d{1,2}\s*[=+\-*/x:].*\)?$", re.I)


@dataclass
class Column:
    col: int
    role: str  # label, skip, uom, result, prior, in_quarter, in_period, to_date, target, compare,
    #            total, unknown, empty
    header: str = ""  # the header texts, top to bottom, joined by " / "
    where: str = ""  # the A1 cell whose words decided the role
    period: str | None = None  # named by the header
    year: int | None = None
    period_where: str = ""
    unit_id: str | None = None  # named by the header
    unit_text: str = ""  # the header text that names a unit
    unit_where: str = ""
    measure: str = ""  # a money unit the header states ("Kinh phí (triệu đồng)"); "money" for
    #                    money words without one ("Trị giá", "Số tiền")
    # the only value column's money unit over a ĐVT column ("Nội dung | ĐVT | Kết quả (triệu
    # đồng)"): the unit of the money rows whose ĐVT names none; the other rows count in their ĐVT
    money_unit: str = ""
    texts: tuple[str, ...] = ()
    why: str = ""


@dataclass
class Table:
    kind: str  # "rows": indicators as rows; "units": units as rows, indicators as columns
    header_top: int
    header_bottom: int
    first_row: int
    label_col: int
    label_end: int = -1  # the last column the label header covers (merged over two columns)
    # a column of topics left of the labels ("Lĩnh vực" | "Nội dung": "Tuyên truyền" merged down
    # beside "Số hội nghị", "Số lượt người"): each row's label is read under its topic
    group_col: int | None = None
    columns: dict[int, Column] = field(default_factory=dict)
    numbering_row: int | None = None
    # roles decided by position, for a table with no header row (column → role)
    implied: dict[int, str] = field(default_factory=dict)
    one_unit: bool = False  # indicators across, one unit's kinds of figures down ("Kế hoạch", "Thực hiện")

    def range_a1(self, grid: Grid) -> str:
        return f"{a1(self.header_top, grid.left)}:{a1(grid.height - 1, grid.width - 1)}"


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _column_holds_units(grid: Grid, text, row: int, col: int, ref: Reference) -> bool:
    """True when most filled cells below ``(row, col)`` are unit names (a "Đơn vị" column); the
    rows that sum, compare or group the units ("Tổng cộng", "Bình quân", "Tỷ lệ so với cùng kỳ",
    "Cụm thi đua số 1") and those naming a unit's periods under its name ("Quý III", "Lũy kế 9
    tháng") are neither."""
    vocab = load_vocabulary(ref=ref)
    units = words = 0
    for r in range(row + 1, min(grid.height, row + 40)):
        value = text(grid.raw(r, col))
        if not value or len(value) > 80:
            continue
        if match_unit(value, suggest=False, ref=ref).known or written_as_a_place(value, ref):
            # "Phường Ngọc Lâm" of 2023, "Bồ Đề (cũ)": named as units are, known or not
            units += 1
        elif not any(vocab.matches(role, value) for role in ("total", "compare", "not_result", "unit_group")) \
                and not name_periods(value)[0]:  # fmt: skip
            words += 1
    return units > 0 and units >= words


def written_as_a_place(text: str, ref: Reference) -> bool:
    """Whether ``text`` is written as a unit's or a part's name, known or not: "Phường Đại Kim",
    "Bồ Đề (cũ)", "Tổ dân phố số 1", or the bare name of a commune of before the reform ("Ngọc
    Lâm"). A column or rows so named are never the sheet's own figures."""
    return names_a_place(text) or is_former(text) or names_an_area(text) or (
        is_proper_name(text) and bool(merged_into(name_key(text), ref=ref)))


def _named_place(text: str, ref: Reference, vocab: Vocabulary) -> bool:
    """Whether ``text`` is a place's bare name that a list knows ("Tân Ước", "Trung Bình", "Tiến
    Thắng"): a unit's or a commune's column, whatever words its name shares with headers ("ước",
    an estimate; "trung bình", an average). In capitals, a name that is a header's whole wording
    ("TRUNG BÌNH") cannot be told from it: the header's."""
    if not is_proper_name(text) or not (merged_into(name_key(text), ref=ref) or match_unit(text, suggest=False, ref=ref).known):
        return False
    key = match_key(text)
    return not text.isupper() or not any(key == phrase for phrases in vocab.phrases.values() for phrase, _mode in phrases)


def _header_cells(grid: Grid, text, r: int) -> list[tuple[int, str]]:
    """``(column, text)`` of the filled cells of row ``r`` in the first 30 columns."""
    return [(c, t) for c in range(grid.left, min(grid.width, grid.left + 30)) if (t := text(grid.raw(r, c)))]


def _figures_below(grid: Grid, row: int, col: int, ref: Reference) -> bool:
    """True when most filled cells below ``(row, col)`` (the next 40 rows) are figures, bare or
    with their measure ("20 hội nghị")."""
    cells = [grid.raw(r, col) for r in range(row + 1, min(grid.height, row + 41))]
    filled = [v for v in cells if v not in (None, "")]
    return bool(filled) and 2 * sum(1 for v in filled if is_figure(v) or is_figure_with_measure(v, ref)) > len(filled)


A_YEAR = re.compile(r"(?:nam\s*)?(?:19|20)\d\d")  # a year alone, as a match key: "2022", "Năm 2022"
_TIME_WORDS = ("nam", "quy")  # label headers of a unit's years or quarters down the rows
# words that open a labelled line of the title block, what they say in the next cell: "Quý" | "III"
LINE_LABELS = frozenset({"quy", "nam", "ky", "ky bao cao", "thang", "thoi gian"})


def _names_beside(filled: list[tuple[int, str]], time: int) -> bool:
    """Whether a header row with "Năm" or "Quý" at ``time`` names something beside it (indicators),
    not only numerals, years or other line labels ("Quý" | "III", "Tháng" | 9 | "Năm" | 2023 are
    labelled lines of a title block)."""
    return any(c != time and not NUMBERING.match(t) and not A_YEAR.fullmatch(key := match_key(t))
               and key not in LINE_LABELS for c, t in filled)


def _years_below(grid: Grid, text, row: int, col: int) -> bool:
    """True when the cells below ``(row, col)`` (the next 40 rows) are years ("2022", 2023)."""
    cells = [grid.raw(r, col) for r in range(row + 1, min(grid.height, row + 41))]
    filled = [text(v) for v in cells if v not in (None, "")]
    return len(filled) >= 2 and all(A_YEAR.fullmatch(match_key(t)) for t in filled)


_QUARTER_NUMERAL = re.compile(r"(?:i{1,3}|iv|[1-4])", re.IGNORECASE)


def row_label(table: Table, label: str, col: int | None = None) -> str:
    """A row's label (or its cell of column ``col``) as it reads under its column's header: a
    bare numeral under "Quý" ("II") is that quarter ("Quý II"); any other text as it is."""
    column = table.columns.get(table.label_col if col is None else col)
    if column is not None and match_key(column.header) == "quy" and _QUARTER_NUMERAL.fullmatch(label.strip(" .")):
        return f"Quý {label.strip(' .')}"
    return label


# rows searched for the header row: a report's paragraphs may stand above its table
HEADER_WITHIN = 200


def locate_table(
    grid: Grid, vocab: Vocabulary, text, *, header_row: int | None = None,
    label_col: int | None = None,
) -> Table | None:  # fmt: skip
    """The table's header band and label column, or None when the sheet has no report table.
    ``header_row`` / ``label_col`` (0-based) come from a recipe and are taken as given."""
    ref = vocab.ref
    rows = range(grid.top, min(grid.height, grid.top + HEADER_WITHIN))
    if header_row is not None:
        rows = range(header_row, header_row + 1)
    for r in rows:
        filled = _header_cells(grid, text, r)
        if len(filled) < 2 and header_row is None:
            continue
        kind = found = time = None
        for c, t in filled:
            word = _header_word(ref, t)
            if word == "label":
                if match_key(t) in _TIME_WORDS:  # "Năm", "Quý": the labels only when no column is named so
                    time = c if time is None else time
                    continue
                if _figures_below(grid, r, c, ref):
                    continue  # "Chỉ tiêu" over figures: the targets, right of an unnamed label column
                kind, found = "rows", c
                break
            if word in ("unit", "unit_or_uom"):
                if word == "unit_or_uom" and not _column_holds_units(grid, text, r, c, ref):
                    continue  # "Đơn vị" over measure words: the ĐVT of an unnamed label column
                kind, found = "units", c
                break
        if found is None and time is not None and _names_beside(filled, time) and (
                not _figures_below(grid, r, time, ref) or _years_below(grid, text, r, time)):
            kind, found = "rows", time  # "Năm | Số hội nghị | …", 2022 and 2023 down the rows; "Quý": I, II …
        if label_col is not None:
            found = label_col
            kind = kind or "rows"
        if found is None:
            continue
        table = _table_at(grid, text, r, found, kind, grouped=header_row is None, ref=ref)
        if kind == "rows" and label_col is None:
            _topics_left(grid, text, table, ref)
        return table
    if header_row is None and label_col is None:
        return _labels_by_content(grid, text, vocab) or _headerless(grid, text, ref) or _indicators_across(
            grid, text, ref)  # fmt: skip
    return None


def _table_at(grid: Grid, text, r: int, found: int, kind: str, *, ref: Reference, grouped: bool = True) -> Table:
    """The table whose header row is ``r`` and label column ``found``: its header band (a group
    row above, merged cells and a second header row below) and a column-numbering row."""
    top = r
    if r > grid.top and grouped and _group_row(grid, text, r - 1, found):
        top = r - 1  # "Kế hoạch" / "Thực hiện" merged over the value columns, above "Nội dung"
    table = Table(kind, top, _band_end(grid, text, r, found, ref), 0, found,
                  grid.merge_right.get((r, found), found))  # fmt: skip
    table.first_row = table.header_bottom + 1
    if table.first_row < grid.height and is_numbering(grid, text, table.first_row, found):
        table.numbering_row = table.first_row
        table.first_row += 1
    return table


def _topics_left(grid: Grid, text, table: Table, ref: Reference) -> None:
    """Two label headers side by side ("Lĩnh vực" | "Nội dung"): the left one holds the topics,
    the right one the labels read under them."""
    c = max(table.label_end, table.label_col) + 1
    r = next((r for r in range(table.header_top, table.header_bottom + 1) if text(grid.raw(r, table.label_col))),
             table.header_top)  # fmt: skip
    said = text(grid.raw(r, c)) if c < grid.width else ""
    if not said or _header_word(ref, said) != "label" or _figures_below(grid, r, c, ref):
        return
    below = range(table.first_row, min(grid.height, table.first_row + 60))
    topics = sum(1 for rr in below if text(grid.raw(rr, table.label_col)))
    labels = sum(1 for rr in below if text(grid.raw(rr, c)))
    named = [sum(1 for rr in below if (t := text(grid.raw(rr, col))) and match_indicator(t, ref=ref).code)
             for col in (table.label_col, c)]  # fmt: skip
    # a topic stands once over its rows, or names no more indicators than the labels beside it; a
    # second text on every row that names none ("Chỉ tiêu": a target in words) is no label, and
    # "Chỉ tiêu" (a target's word too) must name more
    target_word = match_key(said) == "chi tieu"
    if named[1] > named[0] or (named[1] == named[0] and named[1] and (topics < labels or not target_word)):
        table.group_col, table.label_col = table.label_col, c
        table.label_end = grid.merge_right.get((r, c), c)


def _labels_by_content(grid: Grid, text, vocab: Vocabulary) -> Table | None:
    """A header row whose label column is headed by words of no list ("Các mặt công tác", "Hoạt
    động"): the first row (of the first 60) with a word of results ("Kết quả", "Thực hiện", "Số
    lượng"…) whose cells left of it include a column where at least two cells below name
    indicators. That column, the one with the most such names, is the label column."""
    ref = vocab.ref
    for r in range(grid.top, min(grid.height - 1, grid.top + 60)):
        filled = _header_cells(grid, text, r)
        results = [c for c, t in filled if _role_word(vocab, t) in DATA_ROLES]
        if len(filled) < 2 or not results:
            continue
        best: tuple[int, int] | None = None
        for c in range(grid.left, results[0]):
            below = (text(grid.raw(rr, c)) for rr in range(r + 1, min(grid.height, r + 41)))
            hits = sum(1 for t in below if len(t) > 3 and match_indicator(t, ref=ref).code)
            if hits >= 2 and (best is None or hits > best[1]):
                best = (c, hits)
        if best is not None:
            return _table_at(grid, text, r, best[0], "rows", ref=ref)
        return None  # the first row of results words heads the table, or there is none
    return None


def _indicators_across(grid: Grid, text, ref: Reference) -> Table | None:
    """A table whose header row names indicators and nothing else but a row-number column
    ("STT | Số hội nghị | Số lượt người", figures below): the column left of the first indicator
    is its label column (row numbers, or nothing). How its rows run is :func:`turned`'s to say."""
    vocab = load_vocabulary(ref=ref)
    for r in range(grid.top, min(grid.height - 1, grid.top + 60)):
        filled = _header_cells(grid, text, r)
        named = [c for c, t in filled if len(t) > 3 and match_indicator(t, ref=ref).code]
        if len(named) < 2:
            continue
        groups = _groups_above(grid, text, r)
        if groups:  # "Tuyên truyền" over "Số hội nghị | Lượt người", "Giám sát" over "Số cuộc"
            named = [c for c, t in filled if c in named or match_indicator(
                t, topic=groups.get(c, ""), ref=ref).code or match_indicator(f"{groups.get(c, '')} {t}", ref=ref).code]
        first = named[0]
        if sum(1 for c in named if numeric_like(grid.raw(r + 1, c))) < 2:
            continue  # no figures right under them: a group row above the indicators, or not this
        left = [c for c, t in filled if c < first and not vocab.matches("skip_column", t)]
        if len(left) == 1 and _column_holds_units(grid, text, r, left[0], ref) and all(
                c in named for c, _t in filled if c > first):  # fmt: skip
            # "TT | Đơn vị (xã, phường) | Số hội nghị | …": a column of units under words of no list
            return _table_at(grid, text, r, left[0], "units", ref=ref)
        if left:
            return None
        if any(c > first and c not in named for c, _t in filled):
            return None  # a header word beside them: not a header of indicators alone
        return Table("rows", r - 1 if groups else r, r, r + 1, first - 1, first - 1)
    return None


def _groups_above(grid: Grid, text, r: int) -> dict[int, str]:
    """``{column: group header}`` of the row above header row ``r`` when it is a row of group
    headers (two or more, words only, one at least merged across columns, no period named: not
    a title), else ``{}``."""
    if r - 1 < grid.top:
        return {}
    cells = {c: text(grid.header(r - 1, c)) for c in range(grid.left, grid.width)}
    origins = {grid.spread.get((r - 1, c), (r - 1, c)) for c, t in cells.items() if t}
    if len(origins) < 2 or not any(grid.merge_right.get(o, o[1]) > o[1] for o in origins):
        return {}
    if any(_is_number(grid.raw(*o)) or name_periods(text(grid.raw(*o)))[0] for o in origins):
        return {}
    return {c: t for c, t in cells.items() if t}


def _headerless(grid: Grid, text, ref: Reference) -> Table | None:
    """A table written with no header row: a column of labels that name indicators, and one
    column of figures right of it (a measure column between them, if any). Taken only when
    nothing could be mistaken: at least two labels an indicator's, figures in exactly one column
    right of them, and no words above the figures (a header not understood is no license)."""
    best: tuple[int, list[int]] | None = None
    for c in range(grid.left, min(grid.width, grid.left + 10)):
        rows = [r for r in range(grid.top, min(grid.height, grid.top + 200))
                if len(text(grid.raw(r, c))) > 3 and match_indicator(text(grid.raw(r, c)), ref=ref).code]  # fmt: skip
        if len(rows) >= 2 and (best is None or len(rows) > len(best[1])):
            best = (c, rows)
    if best is None:
        return None
    label_col, rows = best
    first, last = rows[0], rows[-1]
    figures = {c for r in range(first, last + 1) for c in range(label_col + 1, grid.width)
               if numeric_like(grid.raw(r, c)) and not _is_measure(text(grid.raw(r, c)))}  # fmt: skip
    if len(figures) != 1:
        return None
    value_col = figures.pop()
    if any(text(grid.raw(r, value_col)) for r in range(grid.top, first)):
        return None
    implied = {value_col: "result"}
    for c in range(label_col + 1, value_col):
        if any(_is_measure(text(grid.raw(r, c))) for r in rows):
            implied[c] = "uom"
    return Table("rows", first, first - 1, first, label_col, label_col, implied=implied)


def turned(grid: Grid, table: Table, vocab: Vocabulary, text) -> str:
    """How a table headed by a label word ("Nội dung") really runs when its columns are headed by
    indicators, not by kinds of figures: "units" when the rows are units ("MTTQ quận Ba Đình"),
    "one_unit" when each row says what its figures are ("Kế hoạch", "Thực hiện quý III", "Lũy
    kế 9 tháng") or the only row of figures has no label; "" otherwise (the usual table)."""
    if table.kind != "rows" or table.implied:
        return ""
    ref = vocab.ref
    named = []
    for col in table.columns.values():
        if col.role not in (*DATA_ROLES, "target", "unknown", "empty"):
            continue  # the labels, row numbers, the measure, notes
        indicator = bool(col.texts) and match_indicator(col.texts[-1], ref=ref).code is not None
        # no period, year or word of a kind of figure: an indicator's name, or a measure's alone
        bare = col.period is None and col.year is None and not (col.texts and _role_word(vocab, col.texts[-1]))
        if not indicator and bare and col.measure not in ("", "money"):
            continue  # "Lượt người" beside "Số hội nghị" under "Tuyên truyền": a count, by its measure alone
        if col.role in (*DATA_ROLES, "target") and not (indicator and bare):
            return ""  # a column of results ("Kết quả", "Quý III"): the usual table
        if indicator and col.role != "target":  # "Trị giá quà (triệu đồng)": a result by its money
            named.append(col.col)
    if len(named) < 2:
        return ""
    rows = [r for r in range(table.first_row, min(grid.height, table.first_row + 200))
            if any(numeric_like(grid.raw(r, c)) for c in named)]  # fmt: skip
    labels = [row_label(table, text(grid.header(r, table.label_col))) for r in rows]
    said = [label for label in labels if label and not NUMBERING.match(label)]  # "1", "a": no label
    if not rows or any(match_indicator(label, ref=ref).code for label in said):
        return ""
    names = [label for label in said if not vocab.matches("total", label)  # "Tổng cộng": the units' sum
             and not vocab.matches("unit_group", label)]  # "Cụm thi đua số 1": a heading of units  # fmt: skip
    known = sum(1 for label in names if match_unit(label, suggest=False, ref=ref).known)
    if known and 2 * known >= len(names):  # units, a misspelt one among them said by its row
        return "units"
    if len(said) < len(rows) and len(rows) > 1:
        return ""  # rows of figures with no label among labelled ones: nothing says what they are
    kinds = [header_column(table.label_col, [("", label)], vocab, "rows") for label in said]
    if all(k.role in (*DATA_ROLES, "target", "compare") and k.unit_id is None for k in kinds):
        return "one_unit"
    return ""


def header_column(c: int, texts: list[tuple[str, str]], vocab: Vocabulary, kind: str) -> Column:
    """Column ``c`` classified by its header cells ``texts`` ((A1, text), top to bottom): its
    role, period, year, unit and measure. A row's label read the same way says what the row
    holds in a one-unit table turned on its side."""
    column = Column(c, "empty", " / ".join(t for _, t in texts), texts=tuple(t for _, t in texts))
    _classify(column, texts, vocab, kind)
    return column


def _is_measure(value: str) -> bool:
    """A measure word standing alone in a cell ("Hội nghị", "Lượt người", "Triệu đồng")."""
    return bool(value) and not any(ch.isdigit() for ch in value) and len(value.split()) <= 3


def side_by_side(grid: Grid, table: Table, text, ref: Reference) -> int | None:
    """The first column of a second table printed right of this one, with the same header
    words ("STT | Nội dung | ĐVT | Kết quả | STT | Nội dung | ĐVT | Kết quả"), or None."""
    r = next((r for r in range(table.header_top, table.header_bottom + 1)
              if text(grid.raw(r, table.label_col))), table.header_top)  # fmt: skip
    label = match_key(text(grid.raw(r, table.label_col)))
    before = match_key(text(grid.raw(r, table.label_col - 1))) if table.label_col > grid.left else ""
    for c in range(max(table.label_end, table.label_col) + 2, grid.width):
        if match_key(text(grid.raw(r, c))) != label or ((r, c) in grid.spread and grid.spread[(r, c)] != (r, c)):
            continue
        if not any(is_figure(v := grid.raw(row, col)) or is_figure_with_measure(v, ref)
                   for row in range(table.header_bottom + 1, grid.height) for col in range(c + 1, grid.width)):
            return None  # a text column that happens to repeat the word: no second table
        if before and c - 1 > table.label_end and match_key(text(grid.raw(r, c - 1))) == before:
            return c - 1  # its own row numbers
        return c
    return None


@per_reference
def _header_word(ref: Reference, text: str) -> str:
    """What a cell of a candidate header row names: "label" (a label column), "unit" (a unit
    column), "unit_or_uom" ("Đơn vị": decided by what the column holds) or ""."""
    if len(text.split()) > 8 or text.partition(":")[2].strip() or text.rstrip().endswith(":"):
        return ""  # a sentence, or a labelled line ("Đơn vị báo cáo: UBMTTQ quận Ba Đình", or "Kỳ báo cáo:" | "Quý III")
    vocab = load_vocabulary(ref=ref)
    key = match_key(text)
    if vocab.matches("label_header", text, key=key):
        return "label"
    if vocab.matches("unit_header", text, key=key):
        return "unit_or_uom" if vocab.matches("uom_header", text, key=key) else "unit"
    return ""


def _group_row(grid: Grid, text, r: int, label_col: int) -> bool:
    """True when row ``r`` holds only group headers over the value columns: words, no numbers,
    nothing at or left of the label column, and at least one cell merged across columns."""
    cells = [(c, grid.raw(r, c)) for c in range(grid.left, grid.width)]
    filled = [(c, v) for c, v in cells if text(v)]
    if not filled or any(c <= label_col for c, _ in filled) or any(_is_number(v) for _, v in filled):
        return False
    return any(grid.merge_right.get((r, c), c) > c for c, _ in filled)


def _band_end(grid: Grid, text, hr: int, label_col: int, ref: Reference) -> int:
    end = hr
    for c in range(grid.left, grid.width):
        end = max(end, grid.merge_bottom.get((hr, c), hr))
    while end + 1 < grid.height and end - hr < 4:
        r = end + 1
        if _measures_row(grid, text, r, label_col, ref):
            end = r  # "ĐVT | Hội nghị | Lượt người | Triệu đồng" under the indicators: each column's measure
            continue
        if text(grid.raw(r, label_col)) or is_numbering(grid, text, r, label_col):
            break
        values = [grid.raw(r, c) for c in range(grid.left, grid.width)]
        if any(is_figure(v) for v in values) or not any(text(v) for v in values):
            break
        first = next(text(v) for v in values if text(v))
        if _SECTION.match(first):  # "I. HUYỆN ĐAN PHƯỢNG" in the STT column: the first section, not a header
            break
        end = r
        for c in range(grid.left, grid.width):
            end = max(end, grid.merge_bottom.get((r, c), r))
    return end


def _measures_row(grid: Grid, text, r: int, label_col: int, ref: Reference) -> bool:
    """True for a row headed "ĐVT" (or "Đơn vị tính") in the label column whose other cells are
    all measures ("Hội nghị", "Lượt người", "Triệu đồng"), at least two of them."""
    said = text(grid.raw(r, label_col))
    if not said or not load_vocabulary(ref=ref).matches("uom_header", said):
        return False
    others = [text(grid.raw(r, c)) for c in range(label_col + 1, grid.width)]
    others = [t for t in others if t]
    return len(others) >= 2 and all(is_measure(t, ref=ref) for t in others)


def is_numbering(grid: Grid, text, r: int, label_col: int) -> bool:
    """A row of column numbers under the header: "A | B | 1 | 2 | 3" or "(1) | (2) | (3)"."""
    label = text(grid.raw(r, label_col))
    if len(label) > 4:
        return False
    tokens = []
    for c in range(grid.left, grid.width):
        value = grid.raw(r, c)
        if _is_number(value):
            if value != int(value) or not 0 <= value <= 60:
                return False
            tokens.append(str(int(value)))
        elif text(value):
            if not NUMBERING.match(text(value).replace(" ", "")):
                return False
            tokens.append(text(value))
    return len(tokens) >= 2 and len(set(tokens)) == len(tokens)


def _ratio(vocab: Vocabulary, t: str) -> bool:
    """True for a header dividing one kind of figure by another ("Thực hiện/Kế hoạch", "TH/CK");
    two words of one kind are two names of it ("Số lượng/Kết quả")."""
    roles = [_role_word(vocab, p) for p in t.split("/") if p.strip()]
    return len(roles) >= 2 and all(roles) and len(set(roles)) > 1


# the change of a level, not a figure of the period: "Tăng trong kỳ", "Số giảm", "Tăng/giảm so với…"
# (by the words with their marks: without them "tăng" is "tặng", as in "Quà tặng trong kỳ")
_CHANGE = re.compile(r"(?:số\s+(?:lượng\s+)?)?(?:tăng|giảm)(?:\s*[/,-]\s*(?:tăng|giảm))?(?:\s+(?:trong|so|mới)\b|\s*$)")


def _role_word(vocab: Vocabulary, t: str) -> str:
    key = match_key(t)
    for role in HEADER_ROLES:
        if vocab.matches(role, t, key=key):
            return role
    if key.endswith(" den nay") and start_month(t) is not None:  # "Từ 01/7/2025 đến nay": counted from a date
        return "to_date"
    return "result" if vocab.matches("own_column", t, key=key) else ""  # "MTTQ" beside "Hội LHPN", "Đoàn TN"


# a column's number written after its header: "ĐVT (3)", "Cộng (6)=(4)+(5)"
_COLUMN_MARK = re.compile(r"\s*\((?:\d{1,2}|[A-Za-z])\)(?:\s*[=+\-x*]\s*\((?:\d{1,2}|[A-Za-z])\))*\s*$")


def column_roles(
    grid: Grid, table: Table, vocab: Vocabulary, text, *, given: dict[int, str] | None = None
) -> dict[int, Column]:
    """Every column of the table with its role; ``given`` (from a recipe) overrides the words."""
    columns: dict[int, Column] = {}
    for c in range(grid.left, grid.width):
        texts: list[tuple[str, str]] = []  # (A1, text), top to bottom
        for r in range(table.header_top, table.header_bottom + 1):
            origin = grid.spread.get((r, c), (r, c))
            said = text(grid.raw(*origin))
            t = _COLUMN_MARK.sub("", said) or said
            if t and (not texts or texts[-1][1] != t):
                texts.append((a1(*origin), t))
        column = Column(c, "empty", " / ".join(t for _, t in texts), texts=tuple(t for _, t in texts))
        columns[c] = column
        if table.label_col <= c <= table.label_end:
            column.role, column.where = "label", texts[0][0] if texts else ""
            continue
        if c < table.label_col:  # row numbers stand left of the labels, values right of them
            column.role, column.why = "skip", ("lĩnh vực: chủ đề của các dòng nội dung" if c == table.group_col
                                               else "bên trái cột nội dung")  # fmt: skip
            if table.kind == "rows" and texts and match_key(texts[-1][1]) != "don vi" \
                    and vocab.matches("uom_header", texts[-1][1]):  # "STT | ĐVT | Nội dung": the measure, first  # fmt: skip
                column.role, column.where, column.why = "uom", texts[-1][0], ""
            continue
        if texts:
            columns[c] = header_column(c, texts, vocab, table.kind)
    if table.kind == "rows" and not any(col.role == "uom" for col in columns.values()):
        _measures_by_content(grid, table, columns, text, vocab)
    figures = [col for col in columns.values() if col.role in DATA_ROLES]
    if (table.kind == "rows" and len(figures) == 1 and figures[0].measure
            and any(col.role == "uom" for col in columns.values())):  # fmt: skip
        # "Nội dung | ĐVT | Giá trị", "… | Kết quả (triệu đồng)": each row's value, in its own ĐVT
        figures[0].money_unit = "" if figures[0].measure == "money" else figures[0].measure
        figures[0].measure = ""
    if table.kind == "rows" and not table.implied and not any(col.role in DATA_ROLES for col in columns.values()):
        blank = [c for c, col in columns.items() if col.role == "empty" and not col.texts and c > table.label_end
                 and any(numeric_like(grid.raw(r, c)) for r in range(table.first_row, min(grid.height, table.first_row + 200)))]  # fmt: skip
        if len(blank) == 1:  # "Nội dung | ĐVT | (nothing)": the only column of figures, its header left blank
            column = columns[blank[0]]
            column.role, column.where = "result", a1(table.header_top, blank[0])
            column.why = "cột số liệu duy nhất, không có tiêu đề"
    for c, role in table.implied.items():
        column = columns.setdefault(c, Column(c, role))
        column.role, column.why = role, "bảng không có dòng tiêu đề: cột số liệu duy nhất"
    for c, role in (given or {}).items():
        column = columns.setdefault(c, Column(c, role))
        column.role, column.why = role, "công thức đọc (recipe)"
    return columns


_NEEDS_COLON = {"nguon", "ghi chu", "luu y", "luu"}


def is_stop(vocab: Vocabulary, first: str) -> bool:
    """Whether a row whose first words are ``first`` begins the signature block or the notes
    below the table ("Nơi nhận:", "TM. BAN THƯỜNG TRỰC"); a plain word that can also head a group
    ("Nguồn", "Ghi chú", "Lưu ý") only with its colon ("Nguồn: …")."""
    phrase = vocab.matches("stop", first) if first else ""
    return bool(phrase) and (phrase not in _NEEDS_COLON or ":" in first[: len(phrase) + 4])


def _measures_by_content(grid: Grid, table: Table, columns: dict[int, Column], text, vocab: Vocabulary) -> None:
    """A column right of a figures column that shares its header ("Kết quả" merged over both) or
    has none, and holds only measures ("hội nghị", "lượt người", "triệu đồng"), at least two:
    it is the rows' ĐVT, written after the figure."""
    for c, column in columns.items():
        if c <= table.label_end or column.role not in (*DATA_ROLES, "unknown", "empty"):
            continue
        left = columns.get(c - 1)
        if left is None or left.role not in DATA_ROLES:
            continue
        shared = any(grid.spread.get((r, c), (r, c))[1] < c for r in range(table.header_top, table.header_bottom + 1))
        if column.texts and not shared:
            continue
        said = []
        for r in range(table.header_bottom + 1, grid.height):
            if is_stop(vocab, next((t for v in grid.rows[r - grid.top] if (t := text(v))), "")):
                break  # the signature block below the table
            if (t := text(grid.raw(r, c))) and not is_numbering(grid, text, r, table.label_col):
                said.append(t)
        if len(said) >= 2 and all(not any(ch.isdigit() for ch in t) and is_measure(t, ref=vocab.ref) for t in said):
            column.role, column.why = "uom", "cột ghi đơn vị tính sau số liệu"
            column.where = a1(table.header_top, c)
            return


def _classify(column: Column, texts: list[tuple[str, str]], vocab: Vocabulary, kind: str) -> None:
    """Fill ``column``'s role, period, year, unit and measure from its header ``texts``."""
    facts = _classification(vocab.ref, tuple(t for _, t in texts), kind)
    role, role_at, period, year, period_at, unit_id, unit_at, measure, why = facts
    where = [w for w, _ in texts]
    column.role, column.where, column.why, column.measure = role, where[role_at], why, measure
    column.period, column.year = period, year
    column.period_where = where[period_at] if period_at is not None else ""
    if unit_at is not None:
        column.unit_id, column.unit_text, column.unit_where = unit_id, texts[unit_at][1], where[unit_at]


@per_reference
def _classification(ref: Reference, texts: tuple[str, ...], kind: str) -> tuple:
    """``(role, role_at, period, year, period_at, unit_id, unit_at, measure, why)`` of a column
    whose header cells read ``texts`` (top to bottom); ``*_at`` index ``texts``."""
    vocab = load_vocabulary(ref=ref)
    last = len(texts) - 1
    low = texts[last]
    key = match_key(low)
    if vocab.matches("skip_column", low, key=key):
        return "skip", last, None, None, None, None, None, "", ""
    if vocab.matches("uom_header", low, key=key):
        return "uom", last, None, None, None, None, None, "", ""
    if kind == "rows" and any(match_key(t).startswith("trong do") for t in texts[:-1]):
        # "Tổng số" beside "Trong đó" over "Chủ trì | Phối hợp": the total's details, not loaded
        return "skip", last, None, None, None, None, None, "", "chi tiết (trong đó) của cột tổng: không nạp"
    places = {at for at, t in enumerate(texts) if _named_place(t, ref, vocab)}  # "Tân Ước", "Trung Bình": no role words
    for at, t in enumerate(texts):
        if at in places:
            continue
        if "%" in t or "±" in t or "+/-" in t.replace(" ", "") or vocab.matches("compare", t) or _ratio(vocab, t) \
                or _CHANGE.match(clean_text(t).lower()):  # fmt: skip
            return "compare", at, None, None, None, None, None, "", ""
    role, role_at, why = "empty", last, ""
    words = [(at, _role_word(vocab, texts[at]) if at not in places else "") for at in range(last, -1, -1)]  # lowest first
    words = [(at, w) for at, w in words if w]
    if words:
        role_at, role = words[0]  # the lowest header cell with a role word decides…
        if kind == "rows":  # …unless a group above says plan, same period or when: "Kế hoạch
            for wanted in (("target",), ("prior",), ("in_quarter", "in_period", "to_date")):
                group = [(at, w) for at, w in words if w in wanted]  # năm / Số lượng" is a plan
                if group and role not in ("target", "prior"):
                    role_at, role = group[0]
                    break
    period = year = period_at = None
    for at in range(last, -1, -1):
        periods, years, weak = name_periods(texts[at])
        if periods and not weak and period is None:
            if len(periods) == 1:
                period, period_at = periods[0], at
            else:
                role, role_at, why = "unknown", at, "tiêu đề cột nêu hai kỳ"
        if years and year is None:
            year = years[0]
            period_at = at if period_at is None else period_at
    if period is None and year is None and len(texts) > 1 and role != "unknown":
        # "Đến ngày" over a date cell "30/9/2023", "Từ ngày 01/7" over "đến 30/9/2023": read together
        periods, years, weak = name_periods(" ".join(texts))
        if len(periods) == 1 and not weak:
            period, year, period_at = periods[0], years[0] if years else None, last
    if role == "to_date" and period in QUARTER_TO_DATE:  # "Lũy kế đến hết quý III": nine months
        period = QUARTER_TO_DATE[period]
    if period is None and role in ("result", "in_period", "to_date", "empty"):
        for at in range(last, -1, -1):
            months = odd_months(texts[at])
            if months:  # "Thực hiện 11 tháng" in a year's report: not the year's figures
                role, role_at = "unknown", at
                why = f"ghi số liệu {months} tháng, không phải một kỳ báo cáo (quý, 6 tháng, 9 tháng, năm)"
                break
            month = one_month(texts[at])
            if month:  # "Tháng 9" beside "Lũy kế 9 tháng": one month's figures
                role, role_at = "unknown", at
                why = f"ghi số liệu của riêng tháng {month}, không phải một kỳ báo cáo (quý, 6 tháng, 9 tháng, năm)"
                break
    measure, unit_id, unit_at = "", None, None
    if kind == "rows":
        for t in reversed(texts):
            stated = label_unit(t)
            if stated and scale_from_text(stated):  # "Kinh phí (triệu đồng)"
                measure = stated
                break
            if says_money(t):
                measure = "money"
                break
            if counted := header_measure(t, ref=ref):  # "Số cuộc", "Số người tham dự"
                measure = counted
                break
        for at in range(last, -1, -1):
            hit = match_unit(texts[at], suggest=False, ref=ref)
            if hit.known:  # which unit, once the period is known (old district or new commune)
                unit_id, unit_at = hit.unit_id, at
                break
        else:  # "Phường Đại Kim" of no list: some unit's column all the same, never the sheet's own
            unit_at = next((at for at in range(last, -1, -1) if written_as_a_place(texts[at], ref)), None)
    if role == "empty":
        if period or unit_at is not None or year or kind == "units" or measure:  # "Kinh phí (triệu đồng)"
            role_at = period_at if period_at is not None else unit_at if unit_at is not None else last
            role = "result"
        else:
            role, role_at = "unknown", last
    return role, role_at, period, year, period_at, unit_id, unit_at, measure, why
