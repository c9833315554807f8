"""Read a report saved as a web page under a spreadsheet's or a document's name (an .xls or a
.doc that is HTML: what "export to Excel / to Word" of many programs writes, and Excel's and
Word's own "Web Page" format) as the tables of a Word report are read.

Each table becomes a sheet ``bảng N``, its cells placed on the table's grid (``colspan`` and
``rowspan`` are merged ranges); the short lines of text before a table are its title block.
Only the text is read: scripts, styles and anything the page would load are never run or
fetched. A table inside a cell is read after the table that holds it, as a table of its own.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .word import FIGURE, Block, assemble
from .workbook import SheetCells

__all__ = ["read_html"]

_MOST_SPAN = 256  # columns or rows one cell may span (more is made up)
_MOST_CELLS = 500_000  # cells of one table's grid
_BREAKS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "center", "title"})
_HIDDEN = frozenset({"script", "style", "head", "xml", "template", "noscript"})
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def read_html(content: bytes) -> tuple[list[SheetCells], list[str]]:
    """The tables of the page ``content`` as sheets, with the title lines above each, and the
    text of its paragraphs outside the tables (see :func:`.word.read_word`)."""
    reader = _Page()
    reader.feed(_decoded(content))
    reader.close()
    return assemble(iter(reader.blocks))


def _decoded(content: bytes) -> str:
    """The page's text: as its byte-order mark or its declared character set says, else UTF-8,
    else the Vietnamese Windows code page."""
    if content.startswith(b"\xff\xfe") or content.startswith(b"\xfe\xff"):
        return content.decode("utf-16", "replace")
    declared = _CHARSET.search(content[:4096])
    for name in ((declared.group(1).decode("ascii", "replace"),) if declared else ()) + ("utf-8",):
        try:
            return content.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return content.decode("cp1258", "replace")


class _Table:
    def __init__(self) -> None:
        self.rows: list[list[tuple[str, int, int]]] = []  # each cell: (text, columns, rows) it spans
        self.cell: list[str] | None = None
        self.span = (1, 1)

    def finish_cell(self) -> None:
        if self.cell is not None:
            if not self.rows:
                self.rows.append([])
            text = "\n".join(" ".join(line.split()) for line in "".join(self.cell).split("\n"))
            self.rows[-1].append(("\n".join(t for t in text.split("\n") if t), *self.span))
            self.cell = None

    def block(self) -> Block:
        """The table on its grid: a cell spanning rows or columns fills them (a merged range)."""
        taken: set[tuple[int, int]] = set()
        placed: dict[tuple[int, int], str] = {}
        merges: list[tuple[int, int, int, int]] = []
        width = 0
        for r, row in enumerate(self.rows):
            c = 0
            for text, across, down in row:
                while (r, c) in taken:
                    c += 1
                if len(taken) + across * down > _MOST_CELLS:
                    break
                for dr in range(down):
                    for dc in range(across):
                        taken.add((r + dr, c + dc))
                if text:
                    placed[(r, c)] = text
                if across > 1 or down > 1:
                    merges.append((r, c, r + down - 1, c + across - 1))
                c += across
                width = max(width, c)
        height = len(self.rows)
        grid: list[list[object]] = [[None] * width for _ in range(height)]
        for (r, c), text in placed.items():
            grid[r][c] = text
        figures = any(FIGURE.fullmatch(t) for t in placed.values())
        return "tbl", grid, [(r1, c1, min(r2, height - 1), c2) for r1, c1, r2, c2 in merges], figures


class _Page(HTMLParser):
    """The page's blocks in order: paragraphs' texts and tables (an inner table after its outer)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.text: list[str] = []  # the paragraph being read, outside tables
        self.tables: list[_Table] = []  # the tables open, innermost last
        self.inner: list[list[_Table]] = []  # for each open table, the tables finished inside it
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
            return
        if tag == "table":
            self._paragraph()
            if self.tables and self.tables[-1].cell is not None:
                self.tables[-1].cell.append("\n")
            self.tables.append(_Table())
            self.inner.append([])
            return
        if not self.tables:
            if tag in _BREAKS:
                self._paragraph()
            return
        table = self.tables[-1]
        if tag == "tr":
            table.finish_cell()
            table.rows.append([])
        elif tag in ("td", "th"):
            table.finish_cell()
            said = dict(attrs)
            table.span = (_count(said.get("colspan")), _count(said.get("rowspan")))
            table.cell = []
        elif tag in _BREAKS and table.cell is not None:
            table.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if tag == "table" and self.tables:
            table = self.tables.pop()
            table.finish_cell()
            finished = [table, *self.inner.pop()]
            if self.tables:  # read after the table that holds it
                self.inner[-1].extend(finished)
            else:
                self.blocks.extend(t.block() for t in finished)
        elif tag in ("td", "th") and self.tables:
            self.tables[-1].finish_cell()
        elif not self.tables and tag in _BREAKS:
            self._paragraph()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.tables:
            if self.tables[-1].cell is not None:
                self.tables[-1].cell.append(data)
            return
        self.text.append(data)

    def close(self) -> None:
        super().close()
        while self.tables:  # a table never closed ends with the page
            self.handle_endtag("table")
        self._paragraph()

    def _paragraph(self) -> None:
        text = " ".join("".join(self.text).split())
        self.text = []
        if text:
            self.blocks.append(("p", text))


def _count(value: str | None) -> int:
    """A span as written, at least 1 and no more than a page's table can have."""
    value = (value or "").strip()
    return min(int(value), _MOST_SPAN) if value.isdigit() and 0 < len(value) < 5 and int(value) > 0 else 1
