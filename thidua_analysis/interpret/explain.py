"""``explain(path)``: what the loader decided on each sheet of one file, and why.

Per sheet: the table's range and header rows, each column's role, the period, year and unit with
the cell (or sheet name, file name, recipe) that decided them, each row → indicator with the
alias that matched, and everything skipped with the reason. :meth:`Explanation.notes` gives the
same as one row per cell, which ``quality.feedback.write_explanation`` paints onto a copy of the
workbook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..schema import DATA_COLUMNS, ISSUE_COLUMNS
from ..text.numbers import format_vn
from .context import ROLE_VI, SheetTrace
from .workbook import interpret_file

__all__ = ["Explanation", "explain"]

NOTE_COLUMNS = ["kind", "source_sheet", "source_cell", "message"]
_CELL = re.compile(r"^(?:'(?P<sheet>[^']+)'!)?(?P<cell>[A-Z]{1,3}[1-9][0-9]*)$")
_DATA_ROLES = {ROLE_VI[r] for r in ("result", "prior", "in_quarter", "in_period", "to_date")}
_SKIPPED_ROLES = {ROLE_VI[r] for r in ("target", "compare", "balance", "spent", "unknown", "skip")}


@dataclass
class Explanation:
    """``sheets``: one :class:`SheetTrace` per sheet; ``data`` and ``issues`` as loading gives
    them for this file alone."""

    path: Path
    sheets: tuple[SheetTrace, ...]
    data: pd.DataFrame
    issues: pd.DataFrame

    def notes(self) -> pd.DataFrame:
        """One row per cell worth colouring: ``kind`` (value, label, column, skipped_column,
        decision, skipped, error, warning, info), sheet, cell and a Vietnamese message."""
        rows: list[tuple[str, str, str, str]] = []
        for trace in self.sheets:
            for what, value, where in trace.decisions:
                for part in str(where).split("; "):
                    hit = _CELL.match(part)
                    if hit:
                        rows.append(("decision", hit["sheet"] or trace.sheet, hit["cell"],
                                     f"Căn cứ xác định {what}: {value}."))  # fmt: skip
            for _letter, header, role, note, where in trace.columns:
                kind = "column" if role in _DATA_ROLES else "skipped_column" if role in _SKIPPED_ROLES else ""
                if kind and where:
                    rows.append((kind, trace.sheet, where,
                                 f"Cột '{header}': {role}{'; ' + note if note else ''}."))  # fmt: skip
            for row, label, code, alias, status in trace.rows:
                if code and (status == "nạp" or status.endswith(": nạp")):  # "tổng của các dòng D5:D6: nạp"
                    rows.append(("label", trace.sheet, f"{trace.label_letter}{row}",
                                 f"'{label}' → {code}" + (f" (bí danh '{alias}')" if alias else "")
                                 + (f" ({status})" if status != "nạp" else "") + "."))
                elif trace.label_letter:
                    rows.append(("skipped", trace.sheet, f"{trace.label_letter}{row}", f"'{label}': {status}."))
            for where, why in trace.skipped:
                hit = _CELL.match(str(where))
                if hit:
                    rows.append(("skipped", hit["sheet"] or trace.sheet, hit["cell"], why))
        for v in self.data.itertuples(index=False):
            rows.append(("value", v.source_sheet, v.source_cell,
                         f"Nạp: {v.indicator} = {format_vn(v.value)} {v.unit_of_measure}; {v.unit_id}, "
                         f"{v.period} {v.year}; kỳ theo {v.period_source}, đơn vị theo {v.unit_source}."))  # fmt: skip
        for i in self.issues.itertuples(index=False):
            rows.append((i.severity, i.source_sheet, i.source_cell, i.message))
        return pd.DataFrame(rows, columns=NOTE_COLUMNS)


def explain(path: str | Path, *, rel: str | None = None) -> Explanation:
    """What the loader decides for the file at ``path`` (``rel``: the name used in provenance,
    the file's name by default, which matters for recipes)."""
    path = Path(path)
    reading = interpret_file(path, rel or path.name, trace=True)
    data = pd.DataFrame(reading.data, columns=DATA_COLUMNS)
    issues = pd.DataFrame(reading.issues, columns=ISSUE_COLUMNS)
    return Explanation(path, reading.traces, data, issues)
