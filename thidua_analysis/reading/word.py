"""Read the tables of a Word report (.docx) as sheets, for the same interpretation as a workbook.

Each table of the document becomes a sheet named ``bảng N`` (N counts the tables from 1). Its
rows are the table's rows, so a cell's reference is its place in the table (``bảng 2!C5``: row 5,
column C of the second table); a cell spanning columns or rows is a merged range. Above them, at
negative rows, stand the document's short lines before the table (the committee's name, the
report's title and period, "ĐVT: triệu đồng"), so that the title block of the table reads as a
sheet's would: first the lines at the top of the document (before its first table), then those
just above the table. Long paragraphs (narrative text) are left out of the title block.

A table the page broke in two ("bảng 1" and, after nothing but empty lines, a second part with
no header whose first row holds figures where the first part's last row did, the same number of
columns) is one sheet, ``bảng 1–2``: the second part's rows follow the first's (its row 1 is the
sheet's row after the first part's last), and the next table is ``bảng 3``.

Only the XML text is read: fields, macros and embedded objects are never run.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

from .workbook import SheetCells

__all__ = ["FIGURE", "Block", "advance", "assemble", "bullet", "read_document", "read_word", "shown_number"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TITLE_WORDS = 30  # a longer paragraph is narrative, not a title line
_TITLE_LINES = 30  # at most this many lines above a table
FIGURE = re.compile(r"\d[\d.,\s]*")  # a cell that is a figure: "12", "1.500", "2,5"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# what a paragraph's own text leaves out: its text boxes, their copy for older programs, deleted text
_APART = frozenset({_W + "txbxContent", _MC_FALLBACK, _W + "delText"})


def _text(element: ElementTree.Element, marks: dict[int, str] | None = None) -> str:
    """The text of a paragraph (runs, tabs and breaks as spaces; a non-breaking hyphen as a
    hyphen), without its text boxes (lines of their own: :func:`_blocks`) and without the copy
    of them Word keeps for older programs (``mc:Fallback``); after its list mark in ``marks``
    (:func:`_list_marks`), when Word numbers or bullets it ("1.", "a)", "-")."""
    text = "".join(_walk(element, _text_step)).strip()
    mark = marks.get(id(element), "") if marks else ""
    return f"{mark} {text}".strip() if mark else text  # (an empty numbered cell shows its number: STT)


def _walk(node: ElementTree.Element, step) -> Iterator:
    """The elements below ``node`` depth first, in document order, without recursion (a crafted
    file may nest them thousands deep): ``step(child)`` gives ``(what to yield for it or None,
    the element whose children come next or None)``."""
    stack = [iter(node)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        out, into = step(child)
        if out is not None:
            yield out
        if into is not None:
            stack.append(iter(into))


_SPACES = {_W + "tab": " ", _W + "br": " ", _W + "cr": " ", _W + "noBreakHyphen": "-"}


def _text_step(child: ElementTree.Element) -> tuple[str | None, ElementTree.Element | None]:
    tag = child.tag
    if tag == _W + "t":
        return child.text, None
    if tag in _SPACES:
        return _SPACES[tag], None
    return None, (child if tag not in _APART else None)


def _blocks(container: ElementTree.Element) -> Iterator[tuple[str, ElementTree.Element]]:
    """The paragraphs (``"p"``) and tables (``"tbl"``) of a body or a table cell, in order: also
    those inside content controls (``w:sdt``, a form's fields), and the paragraphs of a text box
    (the committee's name set in a box at the top) before the paragraph that holds it."""
    stack = [iter(container)]  # (no recursion: a crafted file may nest them thousands deep)
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.__class__ is tuple:  # a paragraph whose boxes came first
            yield child
            continue
        tag = child.tag
        if tag == _W + "p":
            boxes = _boxes(child)
            if boxes:  # the paragraph itself comes after its boxes' paragraphs
                stack.append(iter([("p", child)]))
                stack.extend(iter(box) for box in reversed(boxes))
                continue
            yield "p", child
        elif tag == _W + "tbl":
            yield "tbl", child
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                stack.append(iter(content))
        elif tag == _W + "customXml":
            stack.append(iter(child))


def _boxes(node: ElementTree.Element) -> list[ElementTree.Element]:
    """The text boxes held in a paragraph, in order, each once (not the older programs' copy)."""
    return list(_walk(node, lambda c: (c, None) if c.tag == _W + "txbxContent" else
                      (None, c if c.tag != _MC_FALLBACK else None)))  # fmt: skip


def _parts(node: ElementTree.Element, tag: str) -> Iterator[ElementTree.Element]:
    """The rows of a table or the cells of a row (``tag``), also those inside content controls
    (a form's repeating section wraps its rows in one)."""
    def step(child: ElementTree.Element) -> tuple:
        if child.tag == tag:
            return child, None
        if child.tag == _W + "sdt":
            return None, child.find(_W + "sdtContent")
        return None, (child if child.tag == _W + "customXml" else None)

    return _walk(node, step)


def _cell_text(cell: ElementTree.Element, marks: dict[int, str]) -> str:
    return "\n".join(t for kind, p in _blocks(cell) if kind == "p" and (t := _text(p, marks)))


def _inner_tables(table: ElementTree.Element) -> list[ElementTree.Element]:
    """The tables set inside the cells of ``table`` (a table pasted into a frame of another)."""
    return [inner for tr in _parts(table, _W + "tr") for tc in _parts(tr, _W + "tc")
            for kind, inner in _blocks(tc) if kind == "tbl"]  # fmt: skip


def _table(table: ElementTree.Element, marks: dict[int, str]) -> tuple[list[list[object]], list[tuple], bool]:
    """The rows of a table, its merged ranges (relative to the table), and whether a cell of it
    is a figure by its own text ("12", "1.500", "2,5"), not by a list's mark: a report's table,
    not the block of the committee's name and the motto laid out as a table (nor a list of
    recipients the list button numbered)."""
    rows: list[list[object]] = []
    merges: list[tuple[int, int, int, int]] = []
    figures = False
    for r, tr in enumerate(_parts(table, _W + "tr")):
        row: list[object] = []
        across: tuple[int, int] | None = None  # an old-style merge across (hMerge): its first column, last
        for c, tc, span, vmerge, hmerge in _cells(tr):
            row.extend([None] * (c - len(row)))
            if hmerge == "continue" and across is not None:  # the cell to the left spans on to here
                across = (across[0], c + span - 1)
                row.extend([None] * span)
                continue
            if across is not None and across[1] > across[0]:
                merges.append((r, across[0], r, across[1]))
            across = (c, c + span - 1) if hmerge == "restart" else None
            if vmerge == "continue":  # the cell above spans down to here
                row.extend([None] * span)
                continue
            text = _cell_text(tc, marks)
            if not figures and text and FIGURE.fullmatch(_cell_text(tc, {}) if marks else text):
                figures = True
            row.extend([text or None] + [None] * (span - 1))
            if span > 1 and vmerge is None and across is None:
                merges.append((r, c, r, c + span - 1))
        if across is not None and across[1] > across[0]:
            merges.append((r, across[0], r, across[1]))
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    rows = [r + [None] * (width - len(r)) for r in rows]
    return rows, merges + _vertical_merges(table), figures


_MOST_COLUMNS = 64  # a word processor's table has at most 63 columns


def _cells(tr: ElementTree.Element) -> Iterator[tuple[int, ElementTree.Element, int, str | None, str | None]]:
    """``(column, cell, columns it spans, its vMerge, its hMerge)`` for each cell of a row, the
    columns counted from the table's grid (a row may start further right: ``gridBefore``)."""
    props = tr.find(_W + "trPr")
    c = _count(_val(props, "gridBefore", "0"))
    for tc in _parts(tr, _W + "tc"):
        cell = tc.find(_W + "tcPr")
        span = max(_count(_val(cell, "gridSpan", "1")), 1)
        vmerge = cell.find(_W + "vMerge") if cell is not None else None
        hmerge = cell.find(_W + "hMerge") if cell is not None else None
        yield (c, tc, span, None if vmerge is None else vmerge.get(_W + "val", "continue"),
               None if hmerge is None else hmerge.get(_W + "val", "continue"))  # fmt: skip
        c += span


def _count(text: str) -> int:
    """A count of grid columns as written, no more than a table can have (0 if not a count)."""
    return min(int(text), _MOST_COLUMNS) if text.isdigit() and len(text) < 4 else 0


def _vertical_merges(table: ElementTree.Element) -> list[tuple[int, int, int, int]]:
    """The cells that span rows (``vMerge``), as ranges."""
    open_: dict[int, tuple[int, int]] = {}  # column → (first row, columns spanned)
    out: list[tuple[int, int, int, int]] = []
    trs = list(_parts(table, _W + "tr"))
    for r, tr in enumerate(trs):
        for c, _tc, span, vmerge, _hmerge in _cells(tr):
            if vmerge != "continue" and c in open_:  # the merge above ends on the row before
                first, width = open_.pop(c)
                if r - 1 > first or width > 1:
                    out.append((first, c, r - 1, c + width - 1))
            if vmerge == "restart":
                open_[c] = (r, span)
    for c, (first, width) in open_.items():
        out.append((first, c, len(trs) - 1, c + width - 1))
    return [m for m in out if m[2] > m[0] or m[3] > m[1]]


def read_document(content: bytes) -> list[SheetCells]:
    """The tables of the .docx ``content``, each as a sheet with the title lines above it."""
    return read_word(content)[0]


def read_word(content: bytes) -> tuple[list[SheetCells], list[str]]:
    """The document read once: its tables as sheets (see :func:`read_document`) and the text of
    its paragraphs outside the tables, in order, the empty ones left out (the narrative whose
    sentences carry figures, numbered from 1 as they come)."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        body = ElementTree.fromstring(archive.read("word/document.xml")).find(_W + "body")
        if body is None:
            return [], []
        marks = _list_marks(body, archive)
    return assemble(_docx_blocks(body, marks))


# a block of a document, as it comes: a paragraph's text, or a table (its rows of cell texts, its
# merged ranges relative to the table, and whether a cell of it is a figure by its own text)
Block = tuple[str, str] | tuple[str, list[list[object]], list[tuple[int, int, int, int]], bool]


def _docx_blocks(body: ElementTree.Element, marks: dict[int, str]) -> Iterator[Block]:
    pending = list(_blocks(body))
    pending.reverse()
    while pending:
        kind, element = pending.pop()
        if kind == "p":
            yield "p", _text(element)  # (a list's mark only in tables: the narrative's sentences stay as keyed)
        else:
            # the tables set inside its cells are read after it, as tables of their own
            pending.extend(("tbl", inner) for inner in reversed(_inner_tables(element)))
            yield "tbl", *_table(element, marks)


def assemble(blocks: Iterator[Block]) -> tuple[list[SheetCells], list[str]]:
    """A document's blocks as sheets, one per table with figures, under the title lines above it;
    and its paragraphs' texts (see :func:`read_word`). The same for every format of document."""
    sheets: list[SheetCells] = []
    paragraphs: list[str] = []
    preamble: list[str] = []  # the lines before the first table with figures
    lines: list[str] = []  # the lines since the last table
    tables = 0  # the tables with figures so far
    first = 0  # the number of the first table the last sheet holds
    last: list[list[object]] = []  # the last sheet's own rows (no title lines)
    for block in blocks:
        if block[0] == "p":
            text = block[1]
            if text:
                paragraphs.append(text)
            if text and len(text.split()) <= _TITLE_WORDS:
                lines.append(text)
            continue
        _kind, rows, merges, figures = block
        if not figures:  # the header block laid out as a table, a signature block
            lines.extend(t for row in rows for t in row if isinstance(t, str) and t)
            continue
        tables += 1
        if sheets and not lines and _continues(last, rows):  # the page broke the table in two
            joined = sheets[-1]
            shift = len(last)
            sheets[-1] = SheetCells(f"bảng {first}–{tables}", joined.rows + rows, joined.top, 0,
                                    joined.merges + [(r1 + shift, c1, r2 + shift, c2) for r1, c1, r2, c2 in merges])  # fmt: skip
            last = last + rows
            continue
        above = (preamble + lines)[-_TITLE_LINES:] if sheets else lines[-_TITLE_LINES:]
        if not sheets:
            preamble = list(lines)
        title = [[t] for t in above]
        sheets.append(SheetCells(f"bảng {tables}", title + rows, -len(title), 0, list(merges)))
        first, last = tables, rows
        lines = []
    return sheets, paragraphs


def _list_marks(body: ElementTree.Element, archive: zipfile.ZipFile) -> dict[int, str]:
    """The marks Word shows before its numbered and bulleted paragraphs (the STT column numbered
    by the list button: "1.", "2."; "- Chủ trì" bulleted), by the paragraph's ``id``, counted in
    the document's order as Word counts them. A part that cannot be read gives no marks. (Used
    in table cells only: a sentence of the narrative keeps its text, and so its key.)"""
    lists = _Lists(_part(archive, "word/numbering.xml"), _part(archive, "word/styles.xml"))
    if not lists.levels:
        return {}
    paragraphs = _walk(body, lambda n: (n if n.tag == _W + "p" else None, n if n.tag != _MC_FALLBACK else None))
    return {id(p): mark for p in paragraphs if (mark := lists.mark(p))}


def _part(archive: zipfile.ZipFile, name: str) -> ElementTree.Element | None:
    try:
        return ElementTree.fromstring(archive.read(name))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, ValueError, OSError):
        return None


def _val(node: ElementTree.Element | None, tag: str, default: str = "") -> str:
    child = node.find(_W + tag) if node is not None else None
    return child.get(_W + "val", default) if child is not None else default


class _Lists:
    """A document's list definitions (numbering.xml, and the paragraph styles that carry a list:
    "List Number", "List Bullet") and the counters of its lists as the paragraphs come."""

    def __init__(self, numbering: ElementTree.Element | None, styles: ElementTree.Element | None) -> None:
        self.levels: dict[str, dict[str, tuple[str, str, int]]] = {}  # numId → level → (format, text, start)
        self.counts: dict[str, dict[int, int]] = {}
        self.styles: dict[str, tuple[str, str]] = {}  # paragraph style → (numId, level)
        if numbering is None:
            return
        abstract = {}
        for definition in numbering.findall(_W + "abstractNum"):
            levels = {}
            for lvl in definition.findall(_W + "lvl"):
                start = _val(lvl, "start", "1")
                levels[lvl.get(_W + "ilvl", "0")] = (_val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText"),
                                                     int(start) if start.isdigit() and len(start) < 5 else 1)  # fmt: skip
            abstract[definition.get(_W + "abstractNumId", "")] = levels
        for num in numbering.findall(_W + "num"):
            levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
            for override in num.findall(_W + "lvlOverride"):
                level = override.get(_W + "ilvl", "0")
                start = _val(override, "startOverride")
                if start.isdigit() and len(start) < 5 and level in levels:
                    levels[level] = (*levels[level][:2], int(start))
            self.levels[num.get(_W + "numId", "")] = levels
        if styles is None:
            return
        said: dict[str, tuple[str | None, str | None, str]] = {}  # style → (numId, level, based on)
        for style in styles.findall(_W + "style"):
            numbered = style.find(f"{_W}pPr/{_W}numPr")
            said[style.get(_W + "styleId", "")] = (
                _val(numbered, "numId") or None if numbered is not None else None,
                _val(numbered, "ilvl") or None if numbered is not None else None, _val(style, "basedOn"))  # fmt: skip
        for name in said:
            num = level = None
            seen, at = set(), name
            while at in said and at not in seen and (num is None or level is None):  # up the styles it is based on
                seen.add(at)
                num, level = num or said[at][0], level or said[at][1]
                at = said[at][2]
            if num:
                self.styles[name] = (num, level or "0")

    def mark(self, paragraph: ElementTree.Element) -> str:
        """The mark Word shows before ``paragraph``, its list's counter moved on; "" if none."""
        props = paragraph.find(_W + "pPr")
        numbered = props.find(_W + "numPr") if props is not None else None
        by_style = self.styles.get(_val(props, "pStyle"))
        num = _val(numbered, "numId") or (by_style[0] if by_style else "")
        level = _val(numbered, "ilvl") or (by_style[1] if by_style and by_style[0] == num else "0")
        levels = self.levels.get(num)
        if not levels or level not in levels or not level.isdigit():
            return ""
        counts = self.counts.setdefault(num, {})
        advance(counts, int(level), levels[level][2])
        shape, text, _start = levels[level]
        if shape in ("bullet", "none"):
            return bullet(text) if shape == "bullet" else ""
        return _PLACE.sub(lambda m: self._shown(levels, counts, int(m.group(1)) - 1), text).strip()

    @staticmethod
    def _shown(levels: dict, counts: dict[int, int], depth: int) -> str:
        if str(depth) not in levels:
            return ""
        return shown_number(counts.get(depth, levels[str(depth)][2]), levels[str(depth)][0])


def advance(counts: dict[int, int], depth: int, start: int) -> None:
    """Move a list's counter at ``depth`` on (to ``start`` the first time); a new item restarts
    the lists below it."""
    counts[depth] = counts[depth] + 1 if depth in counts else start
    for deeper in [d for d in counts if d > depth]:
        del counts[deeper]


def bullet(text: str) -> str:
    """A bullet's mark as written ("-", "+", "•"), or "•" for a symbol font's private letter."""
    return text if text and all(ch.isprintable() and not 0xE000 <= ord(ch) <= 0xF8FF for ch in text) else "•"


def shown_number(n: int, shape: str) -> str:
    """A list's number ``n`` as Word shows it in ``shape`` ("upperRoman": "IV", "lowerLetter":
    "d", "decimalZero": "04"), bounded (a made-up counter is shown as digits)."""
    if shape in ("upperRoman", "lowerRoman") and 0 < n < 4000:
        roman = _roman(n)
        return roman if shape == "upperRoman" else roman.lower()
    if shape in ("upperLetter", "lowerLetter") and 0 < n <= 26 * 30:
        letters = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letters if shape == "upperLetter" else letters.lower()
    if shape == "decimalZero":
        return f"{n:02d}"
    return str(n)


_PLACE = re.compile(r"%([1-9])")


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out) or str(n)


def _figures_at(row: list[object]) -> tuple[bool, ...]:
    return tuple(isinstance(v, str) and bool(FIGURE.fullmatch(v)) for v in row)


def _continues(before: list[list[object]], rows: list[list[object]]) -> bool:
    """True when ``rows`` go on from the table ``before``: as many columns, and a first row with
    figures in exactly the columns of the last row before (no header: "3 | Số suất quà | Suất |
    420" after "2 | Số lượt người tham dự | Lượt người | 1.350")."""
    if not before or not rows or len(before[-1]) != len(rows[0]):
        return False
    shape = _figures_at(rows[0])
    return any(shape) and shape == _figures_at(before[-1])
