"""The hand-built corpus again, as Word reports: the lines above each table as paragraphs (a line
of cells set apart, as the committee's name beside the motto, as a layout table), the table as a
Word table with its merged cells, every figure typed as text. Every case of one visible sheet
must give the same figures (the cells differ: a Word table is addressed from its own first row)."""

from __future__ import annotations

import datetime
from pathlib import Path

from openpyxl.utils import range_boundaries

from thidua_analysis.interpret import interpret_file
from thidua_analysis.sample.word import paragraph, table, write_docx

from .corpus import CASES, Case


def _typed(value) -> str | None:
    """A cell as a word processor holds it: text, figures with dots between thousands ("1.250",
    "2,5"), a year as it is ("2021")."""
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if 1900 <= value <= 2100 else f"{value:,}".replace(",", ".")
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}".replace(",", ".")
        shown = f"{value:,.6f}".rstrip("0").rstrip(".")
        return shown.replace(",", " ").replace(".", ",").replace(" ", ".")
    return str(value)


def as_word(case: Case) -> list[str] | None:
    """The parts of a .docx holding ``case``'s one sheet, or None when it cannot be one: several
    or hidden sheets, rows or columns, a date cell, a merge both across and down, or in the lines
    above the table (the table starts at the first row of three cells or more)."""
    if len(case.sheets) != 1:
        return None
    sheet = case.sheets[0]
    rows = [list(r) for r in sheet.rows]
    if sheet.hidden or sheet.hidden_rows or sheet.hidden_columns or any(
            isinstance(v, datetime.date) for r in rows for v in r):  # fmt: skip
        return None
    top = next((i for i, r in enumerate(rows) if sum(v not in (None, "") for v in r) >= 3), None)
    merges = [range_boundaries(m) for m in sheet.merges]  # (first column, first row, last column, last row), from 1
    if top is None or any(r1 - 1 < top or (r1 != r2 and c1 != c2) for c1, r1, c2, r2 in merges):
        return None
    width = max(len(r) for r in rows)
    typed = [[_typed(v) for v in r] + [None] * (width - len(r)) for r in rows[top:]]
    cells: list[list[object]] = [list(r) for r in typed]
    covered = set()
    for c1, r1, c2, r2 in merges:
        r, c = r1 - 1 - top, c1 - 1
        if c2 > c1:  # across: one cell spanning the columns
            cells[r][c] = ("span", c2 - c1 + 1, typed[r][c] or "")
            covered.update((r, col) for col in range(c + 1, c2))
        else:  # down: the first cell, then the ones that continue it
            cells[r][c] = ("down", typed[r][c] or "")
            for below in range(r + 1, r2 - top):
                cells[below][c] = "^"
    parts = []
    for row in rows[:top]:
        at = [i for i, v in enumerate(row) if v not in (None, "")]
        said = [_typed(row[i]) for i in at]
        if len(said) >= 2 and at[-1] - at[0] >= len(at):  # set apart: a layout table
            parts.append(table([said]))
        elif said:
            parts.append(paragraph(" ".join(said)))
    parts.append(table([[v for c, v in enumerate(r) if (i, c) not in covered] for i, r in enumerate(cells)]))
    return parts


def test_every_case_of_one_sheet_loads_the_same_as_a_word_report(tmp_path: Path) -> None:
    wrong, written = [], 0
    for n, case in enumerate(CASES):
        parts = as_word(case)
        if parts is None:
            continue
        name = Path(case.file).with_suffix(".docx").name
        path = write_docx(tmp_path / str(n) / name, parts)
        written += 1
        got = {(v[0], v[3], v[4], v[5], round(v[6], 6)) for v in interpret_file(path, name).data}
        expected = {(u, y, p, i, round(float(v), 6)) for u, y, p, i, v, _cell in case.expected}
        if got != expected:
            wrong.append((case.name, sorted(expected - got)[:2], sorted(got - expected)[:2]))
    assert written >= 350  # (most of the corpus is one sheet)
    assert not wrong, wrong
