"""What every step of a sheet's interpretation shares: the context of the sheet, what it found
(values, issues, the trace ``thidua explain`` shows) and a decision with its evidence."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

from ..reference.files import Reference
from ..schema import issue
from .recipes import Recipe
from .title import TitleBlock
from .vocabulary import Vocabulary

__all__ = ["ROLE_VI", "Context", "Decision", "SheetResult", "SheetTrace", "text_of"]

ROLE_VI = {
    "label": "nội dung", "skip": "không phải số liệu", "uom": "đơn vị tính", "result": "kết quả",
    "prior": "cùng kỳ (nạp vào năm của nó)", "in_quarter": "trong quý", "in_period": "trong kỳ",
    "to_date": "lũy kế", "target": "kế hoạch, chỉ tiêu (không nạp)",
    "compare": "so sánh, tỷ lệ, tăng giảm (không nạp)", "total": "tổng (đối chiếu)",
    "balance": "số đầu kỳ, cuối kỳ, số dư (chỉ nạp số cuối kỳ của số thành viên)", "spent": "số đã chi (không nạp)",
    "unknown": "không rõ (không nạp)", "empty": "", "unit": "tên đơn vị",
}  # fmt: skip


def text_of(value: object) -> str:
    """A cell as text (already cleaned by the reader): numbers as written, dates as offices write
    them ("30/9/2023"), "" for empty."""
    if value.__class__ is str:
        return value  # type: ignore[return-value]
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):  # a date cell (a datetime too): as offices write it, "30/9/2023"
        return f"{value.day}/{value.month}/{value.year}"
    return str(value)


@dataclass
class SheetTrace:
    """What was decided on a sheet and why (``thidua explain``)."""

    sheet: str
    table: str = ""
    kind: str = ""
    header: str = ""
    label_letter: str = ""  # the label column
    columns: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # letter, header,
    #                                                                 role, note, deciding cell
    decisions: list[tuple[str, str, str]] = field(default_factory=list)  # what, value, from where
    rows: list[tuple[int, str, str, str, str]] = field(default_factory=list)  # row, label, code,
    #                                                                           alias, status
    skipped: list[tuple[str, str]] = field(default_factory=list)  # where, why


@dataclass
class SheetResult:
    # (unit_id, unit_name, year, period, indicator, value, unit_of_measure, source_file,
    # source_sheet, source_cell, label, period_source, unit_source, column_role): DATA_COLUMNS
    # but the cluster, which the registry gives later
    values: list[tuple] = field(default_factory=list)
    issues: list[dict] = field(default_factory=list)
    found_table: bool = False
    trace: SheetTrace | None = None


@dataclass
class Context:
    source_file: str
    sheet: str
    file_stem: str
    formula_gaps: set[str]
    base_units: dict[str, str]
    vocab: Vocabulary
    recipe: Recipe | None = None
    first_title: TitleBlock | None = None  # the file's first sheet with a titled table
    first_sheet: str = ""
    unit_sheets: bool = False  # the workbook holds a sheet per unit
    money: frozenset[str] = frozenset()
    fractional: frozenset[str] = frozenset()  # money and scores: figures that may have decimals
    stocks: frozenset[str] = frozenset()  # levels at the period's end (a board's members)
    targets: bool = False  # a target registration: its target columns are the values
    cell_errors: dict[str, str] = field(default_factory=dict)  # A1 ref → "#DIV/0!": a broken formula's value
    when: tuple[int, int] | None = None  # (year, month) the figures are for, once known: it tells
    #                                      an old district from the new commune of the same name

    @property
    def ref(self) -> Reference:
        """The reference data this sheet is read with (the vocabulary's)."""
        return self.vocab.ref

    def but(self, **changes) -> Context:
        """A copy with ``changes`` (a plain copy: ``dataclasses.replace`` costs more per sheet)."""
        other = copy.copy(self)
        other.__dict__.update(changes)
        return other

    def issue(self, severity: str, code: str, message: str, cell: str = "", **about) -> dict:
        """An issue of this sheet; ``about`` names the unit, year, period and indicator if known."""
        return issue(severity, code, message, self.source_file, self.sheet, cell, **about)


@dataclass(frozen=True)
class Decision:
    value: object
    where: str


