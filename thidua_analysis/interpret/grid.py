"""A sheet as a grid of cells at absolute positions, with merged header cells spread."""

from __future__ import annotations

__all__ = ["Grid"]

MAX_SPREAD = 10_000  # a merged range larger than this is not spread (a crafted file's)


class Grid:
    """Absolute-position access to a sheet's cells: ``raw(r, c)`` is the cell at row ``r``,
    column ``c`` (0-based); ``header(r, c)`` the value of the merged range covering it."""

    def __init__(self, rows: list[list[object]], top: int, left: int, merges) -> None:
        self.rows, self.top, self.left = rows, top, left
        self.height = top + len(rows)
        self.width = left + max((len(r) for r in rows), default=0)
        for row in rows:  # every row as wide as the sheet: a cell is rows[r - top][c - left]
            if len(row) < self.width - left:
                row.extend([""] * (self.width - left - len(row)))
        self.spread: dict[tuple[int, int], tuple[int, int]] = {}
        for r1, c1, r2, c2 in merges:
            if (r2 - r1 + 1) * (c2 - c1 + 1) > MAX_SPREAD:
                continue
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.spread[(r, c)] = (r1, c1)
        self.merge_bottom = {(r1, c1): r2 for r1, c1, r2, _c2 in merges}
        self.merge_right = {(r1, c1): c2 for r1, c1, _r2, c2 in merges}

    def raw(self, r: int, c: int) -> object:
        rr, cc = r - self.top, c - self.left
        if rr >= 0 and cc >= 0:
            try:
                return self.rows[rr][cc]
            except IndexError:
                pass
        return ""

    def header(self, r: int, c: int) -> object:
        return self.raw(*self.spread.get((r, c), (r, c)))

    def columns(self, start: int, stop: int, *, from_row: int) -> Grid:
        """The same sheet with the cells outside columns ``start``..``stop - 1`` blanked from row
        ``from_row`` down (the lines above, a title over both, stay): one of two tables printed
        side by side."""
        rows = [
            list(row) if r < from_row else
            [v if start <= c < stop else "" for c, v in enumerate(row, start=self.left)]
            for r, row in enumerate(self.rows, start=self.top)
        ]  # fmt: skip
        merges = [(r1, c1, r2, c2) for (r1, c1), r2 in self.merge_bottom.items()
                  for c2 in (self.merge_right[(r1, c1)],)]  # fmt: skip
        return Grid(rows, self.top, self.left, merges)

