"""Read the tables of an old Word report (.doc, Word 97 to 2003) as sheets, as a .docx's are.

The document's text is taken from its piece table (the text as it now stands, however often
it was saved quickly), the main story only (not headers, footnotes or comments). Word marks a
cell's end with character 7, and a row's end with a paragraph of its own that the paragraph's
properties call the row's end; those properties are read from the file's paragraph runs. A
field keeps its result, never its code; nothing in the file is run. Merged cells are not kept:
a cell merged down is empty below its first row, as the format writes it.

The blocks (paragraphs, tables) then become sheets by the same rule as a .docx's
(:func:`.word.assemble`).
"""

from __future__ import annotations

import bisect
import struct
from collections.abc import Iterator
from typing import NamedTuple

from .inspect import ole_stream
from .word import FIGURE, Block, advance, assemble, bullet, shown_number
from .workbook import SheetCells

__all__ = ["DocProblem", "read_doc"]

_MAGIC = 0xA5EC
_FIELD_START, _FIELD_SEPARATE, _FIELD_END = "\x13", "\x14", "\x15"
_CELL = "\x07"
# characters of the text that are no text: pictures, drawn objects, note and comment marks,
# the optional hyphen
_DROPPED = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x1f"), None)
_SPACED = {ord("\x0b"): " ", ord("\x1e"): "-", ord("\t"): " ", ord("\xa0"): " "}  # line break, hard hyphen
# paragraph properties: in a table, the row's end, the table's depth
_IN_TABLE, _ROW_END, _DEPTH, _INNER_ROW_END, _ROW_CELLS, _HUGE = 0x2416, 0x2417, 0x6649, 0x244C, 0xD608, 0x6646
_LIST, _LEVEL = 0x460B, 0x260A  # the paragraph's list (a list use), its level
_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # bytes of a property's value by its kind


class DocProblem(ValueError):
    """The file is a Word document this reader cannot read (too old, damaged): the message says
    which; ``protected`` when a password keeps it closed."""

    def __init__(self, message: str, *, protected: bool = False) -> None:
        super().__init__(message)
        self.protected = protected


def read_doc(content: bytes) -> tuple[list[SheetCells], list[str]]:
    """The tables of the .doc ``content`` as sheets, with the title lines above each, and the
    text of its paragraphs outside the tables (see :func:`.word.read_word`)."""
    return assemble(_doc_blocks(content))


def _doc_blocks(content: bytes) -> Iterator[Block]:
    main = ole_stream(content, ("worddocument",))
    if main is None or len(main) < 64:
        raise DocProblem("không thấy nội dung văn bản Word trong tệp")
    magic, version = struct.unpack_from("<HH", main, 0)
    flags = struct.unpack_from("<H", main, 0x0A)[0]
    if magic != _MAGIC:
        raise DocProblem("không thấy nội dung văn bản Word trong tệp")
    if flags & 0x0100:
        raise DocProblem("văn bản được đặt mật khẩu", protected=True)
    if version < 101:  # Word 6 and 95 kept their text otherwise
        raise DocProblem("văn bản Word 6/95 đời quá cũ")
    table = ole_stream(content, ("1table",) if flags & 0x0200 else ("0table",))
    if table is None:
        raise DocProblem("thiếu phần bảng của văn bản Word")
    # the header's parts are counted: the 16-bit values, the 32-bit ones (the text's length is the
    # fourth), then the places of the parts in the table stream (the paragraph runs are the 14th
    # pair, the pieces of the text the 34th)
    shorts = struct.unpack_from("<H", main, 32)[0]
    longs_at = 34 + 2 * shorts + 2
    longs = struct.unpack_from("<H", main, longs_at - 2)[0]
    pairs_at = longs_at + 4 * longs + 2
    if longs < 4 or len(main) < pairs_at + 34 * 8:
        raise DocProblem("không thấy nội dung văn bản Word trong tệp")
    main_chars = struct.unpack_from("<i", main, longs_at + 12)[0]
    papx_at, papx_size = struct.unpack_from("<II", main, pairs_at + 13 * 8)
    clx_at, clx_size = struct.unpack_from("<II", main, pairs_at + 33 * 8)
    pieces = _pieces(table[clx_at : clx_at + clx_size])
    data = ole_stream(content, ("data",)) or b""  # where properties too long for their page are kept
    properties = _paragraph_runs(main, table[papx_at : papx_at + papx_size], data)
    lists_at, lists_size = struct.unpack_from("<II", main, pairs_at + 73 * 8) if len(main) >= pairs_at + 75 * 8 \
        else (0, 0)  # fmt: skip
    uses_at, uses_size = struct.unpack_from("<II", main, pairs_at + 74 * 8) if len(main) >= pairs_at + 75 * 8 \
        else (0, 0)  # fmt: skip
    # (the lists' levels follow their table, outside the size the header gives it)
    lists = _Lists(table[lists_at:] if lists_size else b"", table[uses_at : uses_at + uses_size])
    return _blocks(_paragraphs(main, pieces, max(main_chars, 0), properties), lists)


def _pieces(clx: bytes) -> list[tuple[int, int, int, bool]]:
    """``(first character, characters, byte offset, one byte each)`` of each piece of the text."""
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # formatting kept with the pieces: not needed
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at + 5 > len(clx) or clx[at] != 0x02:
        raise DocProblem("không đọc được bảng nội dung của văn bản Word")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5 : at + 5 + size]
    count = (len(plc) - 4) // 12
    if count <= 0:
        return []
    starts = struct.unpack_from(f"<{count + 1}i", plc, 0)
    out = []
    for i in range(count):
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)[0]
        packed = bool(fc & 0x40000000)
        offset = (fc & 0x3FFFFFFF) // 2 if packed else fc & 0x3FFFFFFF
        length = starts[i + 1] - starts[i]
        if length > 0:
            out.append((starts[i], length, offset, packed))
    return out


def _paragraph_runs(main: bytes, plc: bytes, data: bytes) -> tuple[list[int], list[_Props]]:
    """The paragraph runs of the file, as sorted run ends (byte offsets in the text stream)
    and each run's ``(in a table, ends a row, table depth)``."""
    count = (len(plc) - 4) // 8
    ends: list[int] = []
    props: list[_Props] = []
    pages = sorted({struct.unpack_from("<I", plc, 4 * (count + 1) + 4 * i)[0] & 0x3FFFFF for i in range(count)}) \
        if count > 0 else []  # fmt: skip
    runs: list[tuple[int, int, _Props]] = []
    for page in pages:
        base = page * 512
        fkp = main[base : base + 512]
        if len(fkp) < 512:
            continue
        crun = fkp[511]
        if crun == 0 or 4 * (crun + 1) + 13 * crun > 511:
            continue
        fcs = struct.unpack_from(f"<{crun + 1}I", fkp, 0)
        for i in range(crun):
            offset = fkp[4 * (crun + 1) + 13 * i] * 2
            runs.append((fcs[i], fcs[i + 1], _table_props(fkp, offset, data) if offset else _NONE))
    runs.sort(key=lambda run: run[:2])
    for _start, end, prop in runs:
        ends.append(end)
        props.append(prop)
    return ends, props


class _Props(NamedTuple):
    """What a paragraph run says of its paragraphs' place in a table: in one, ends a row (then
    the row's cells' boundaries in twips, left to right, and each cell's merge flags), depth."""

    in_table: bool = False
    row_end: bool = False
    depth: int = 0
    edges: tuple[int, ...] = ()
    flags: tuple[int, ...] = ()
    list_no: int = 0  # the paragraph's list (its place in the file's list of list uses, from 1), 0 none
    level: int = 0  # its level in the list


_NONE = _Props()


def _table_props(fkp: bytes, at: int, data: bytes) -> _Props:
    """A paragraph run's table properties, from its properties at ``at`` in the page (or, for a
    row of many cells, in the data stream where the page points)."""
    if at >= 511:
        return _NONE
    size = fkp[at]
    if size == 0:
        if at + 1 >= 511:
            return _NONE
        size, at = 2 * fkp[at + 1], at + 2
    else:
        size, at = 2 * size - 1, at + 1
    found = _sprms(fkp[at + 2 : min(at + size, 511)])  # (after the style's number)
    if _HUGE in found and len(found[_HUGE]) == 4:
        where = struct.unpack("<I", found[_HUGE])[0]
        if where + 2 <= len(data):
            more = struct.unpack_from("<H", data, where)[0]
            found = {**found, **_sprms(data[where + 2 : where + 2 + more])}
    depth = struct.unpack("<i", found[_DEPTH])[0] if len(found.get(_DEPTH, b"")) == 4 else 0
    in_table = found.get(_IN_TABLE, b"\0")[:1] == b"\1"
    row_end = found.get(_ROW_END, b"\0")[:1] == b"\1" or (
        found.get(_INNER_ROW_END, b"\0")[:1] == b"\1" and depth == 1)  # fmt: skip
    edges, flags = _row_cells(found[_ROW_CELLS]) if len(found.get(_ROW_CELLS, b"")) >= 3 else ((), ())
    if in_table and depth == 0:
        depth = 1
    list_no = struct.unpack("<H", found[_LIST])[0] if len(found.get(_LIST, b"")) == 2 else 0
    level = found[_LEVEL][0] if found.get(_LEVEL) else 0
    return _Props(in_table or depth > 0, row_end, depth, edges, flags, list_no, level)


def _sprms(grpprl: bytes) -> dict[int, bytes]:
    """Each property of a list of them, by its code, with its value's bytes (the last wins)."""
    found: dict[int, bytes] = {}
    i = 0
    while i + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, i)[0]
        i += 2
        kind = sprm >> 13
        if kind == 6:
            if i >= len(grpprl):
                break
            length = (struct.unpack_from("<H", grpprl, i)[0] + 1) if sprm == _ROW_CELLS and i + 2 <= len(grpprl) \
                else grpprl[i] + 1  # fmt: skip
        else:
            length = _OPERAND[kind]
        found[sprm] = grpprl[i : i + length]
        i += length
    return found


def _row_cells(value: bytes) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """A row's cell boundaries (n + 1, twips) and its cells' merge flags (n), from the row's
    definition: its size (2 bytes), n, the boundaries, then 20 bytes for each cell."""
    n = value[2]
    if len(value) < 3 + 2 * (n + 1):
        return (), ()
    edges = struct.unpack_from(f"<{n + 1}h", value, 3)
    at = 3 + 2 * (n + 1)
    flags = tuple(struct.unpack_from("<H", value, at + 20 * k)[0] if at + 20 * k + 2 <= len(value) else 0
                  for k in range(n))  # fmt: skip
    return tuple(edges), flags


def _paragraphs(
    main: bytes, pieces: list[tuple[int, int, int, bool]], main_chars: int,
    properties: tuple[list[int], list[_Props]],
) -> Iterator[tuple[str, str, _Props]]:  # fmt: skip
    """``(text, the mark that ends it, its table properties)`` of each paragraph of the main
    story, in order."""
    ends, props = properties
    text: list[str] = []
    budget = len(main)  # a character takes a byte of the stream at least: pieces claiming more are made up
    for first, length, offset, packed in pieces:
        if first >= main_chars or budget <= 0:
            break
        length = min(length, main_chars - first, budget)
        budget -= length
        width = 1 if packed else 2
        raw = main[offset : offset + length * width]
        chars = raw.decode("cp1252", "replace") if packed else raw.decode("utf-16-le", "replace")
        start = 0
        for i, ch in enumerate(chars):
            if ch in "\r\x07\x0c":
                text.append(chars[start:i])
                at = offset + i * width  # where the mark stands in the file: its paragraph run
                where = bisect.bisect_right(ends, at)
                prop = props[where] if where < len(props) else _NONE
                yield "".join(text), ch, prop
                text, start = [], i + 1
        text.append(chars[start:])
    if any(text):
        yield "".join(text), "\r", _NONE


def _clean(text: str) -> str:
    """A paragraph's text as shown: fields by their result, marks that are no text left out."""
    if _FIELD_START in text:
        out, open_, coding = [], [], 0  # each open field: True while in its code; how many are
        for ch in text:
            if ch == _FIELD_START:
                open_.append(True)
                coding += 1
            elif ch == _FIELD_SEPARATE and open_:
                coding -= open_[-1]
                open_[-1] = False
            elif ch == _FIELD_END and open_:
                coding -= open_.pop()
            elif not coding:
                out.append(ch)
        text = "".join(out)
    return " ".join(text.translate(_DROPPED).translate(_SPACED).split())


def _blocks(paragraphs: Iterator[tuple[str, str, _Props]], lists: _Lists) -> Iterator[Block]:
    rows: list[tuple[list[str | None], _Props]] = []
    row: list[str | None] = []
    cell: list[str] = []
    figures = False  # a cell of the table is a figure by its own text, not by a list's mark
    for raw, mark, props in paragraphs:
        # the mark Word shows before a numbered or bulleted paragraph (counted for every one, shown
        # in table cells only, as for a .docx: the STT column numbered by the list button)
        shown = lists.mark(props.list_no, props.level) if props.list_no else ""
        if props.in_table and (props.depth <= 1 or props.row_end):
            if props.row_end and mark == _CELL:  # the row's own end: its cells are all there
                rows.append((row, props))
                row, cell = [], []
                continue
            text = _clean(raw)
            figures = figures or bool(FIGURE.fullmatch(text))
            text = f"{shown} {text}".strip() if shown else text
            if text:
                cell.append(text)
            if mark == _CELL:
                row.append("\n".join(cell) or None)
                cell = []
            continue
        if props.in_table:  # a table inside a cell: its text is the cell's
            text = _clean(raw)
            if text:
                cell.append(text)
            continue
        if rows or row:
            yield _table(rows + ([(row, _NONE)] if row else []), figures)
            rows, row, figures = [], [], False
        yield "p", _clean(raw)
    if rows or row:
        yield _table(rows + ([(row, _NONE)] if row else []), figures)


# the kinds of list number, by their code in the file
_SHAPES = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter", 22: "decimalZero",
           23: "bullet", 255: "none"}  # fmt: skip


class _Lists:
    """The file's lists (their levels' kind of number, start and text, "%1." as "\x00.") and
    its list uses (each naming a list), with the counters of the lists as the paragraphs come.
    Parts that cannot be read give no marks."""

    def __init__(self, lists: bytes, uses: bytes) -> None:
        self.levels: dict[int, list[tuple[str, str, int]]] = {}  # list id → levels (shape, text, start)
        self.uses: list[int] = []  # list id of each use, from 1
        self.counts: dict[int, dict[int, int]] = {}
        try:
            self._read(lists, uses)
        except (struct.error, IndexError, ValueError):
            self.levels, self.uses = {}, []

    def _read(self, lists: bytes, uses: bytes) -> None:
        count = struct.unpack_from("<h", lists, 0)[0]
        ids = []
        for k in range(max(count, 0)):
            at = 2 + 28 * k
            ids.append((struct.unpack_from("<i", lists, at)[0], bool(lists[at + 26] & 0x01)))  # (id, one level)
        at = 2 + 28 * max(count, 0)
        for list_id, simple in ids:
            levels = []
            for _level in range(1 if simple else 9):
                start, shape = struct.unpack_from("<iB", lists, at)
                papx, chpx = lists[at + 25], lists[at + 24]
                at += 28 + papx + chpx
                chars = struct.unpack_from("<H", lists, at)[0]
                text = lists[at + 2 : at + 2 + 2 * chars].decode("utf-16-le", "replace")
                at += 2 + 2 * chars
                levels.append((_SHAPES.get(shape, "decimal"), text, start if 0 <= start < 10_000 else 1))
            self.levels[list_id] = levels
        used = struct.unpack_from("<i", uses, 0)[0]
        self.uses = [struct.unpack_from("<i", uses, 4 + 16 * k)[0] for k in range(max(0, min(used, len(uses) // 16)))]

    def mark(self, use: int, level: int) -> str:
        """The mark of a paragraph of list use ``use`` (from 1) at ``level``, its list's counter moved on."""
        if not 0 < use <= len(self.uses) or self.uses[use - 1] not in self.levels:
            return ""
        list_id = self.uses[use - 1]
        levels = self.levels[list_id]
        if not 0 <= level < len(levels):
            return ""
        counts = self.counts.setdefault(list_id, {})
        advance(counts, level, levels[level][2])
        shape, text, _start = levels[level]
        if shape in ("bullet", "none"):
            return bullet(text) if shape == "bullet" else ""
        out = []
        for ch in text:
            if ord(ch) < 9:  # a level's number
                depth = ord(ch)
                n = counts.get(depth, levels[depth][2] if depth < len(levels) else 1)
                out.append(shown_number(n, levels[depth][0] if depth < len(levels) else "decimal"))
            else:
                out.append(ch)
        return "".join(out).strip()


_NEAR = 30  # twips: cell boundaries of two rows this close are one column's
_MOST_COLUMNS = 64  # a word processor's table has at most 63 columns


def _table(rows: list[tuple[list[str | None], _Props]], figures: bool) -> Block:
    """A table's rows on one grid: the columns are the cells' boundaries in all rows, so that
    a cell twice as wide (a header over two columns, a row that starts further right) stands
    over the columns it covers, a merged range; a cell merged down continues the one above. A
    row whose boundaries are not known has its cells in order."""
    grid = sorted({e for cells, p in rows if len(p.edges) == len(cells) + 1 for e in p.edges})
    columns: list[int] = []
    for edge in grid:
        if not columns or edge - columns[-1] > _NEAR:
            columns.append(edge)
    if len(columns) > _MOST_COLUMNS + 1:  # no word processor's table: the cells in order
        columns = []

    def column(edge: int) -> int:
        """The grid column whose left boundary is nearest ``edge``."""
        k = bisect.bisect_left(columns, edge)
        if k == len(columns) or (k > 0 and edge - columns[k - 1] <= columns[k] - edge):
            return k - 1
        return k

    placed: list[list[object]] = []
    merges: list[tuple[int, int, int, int]] = []
    down: dict[int, tuple[int, int]] = {}  # column → (first row, last column) of a cell merged down
    above: dict[int, tuple[int, int]] = {}  # column → (row, last column) of the last cell placed there
    for r, (cells, props) in enumerate(rows):
        known = len(props.edges) == len(cells) + 1 and columns
        out: list[object] = []
        for k, text in enumerate(cells):
            first, last = (column(props.edges[k]), column(props.edges[k + 1]) - 1) if known else (len(out), len(out))
            last = max(first, last)
            flags = props.flags[k] if known and k < len(props.flags) else 0
            vertical, across = (flags >> 5) & 3, flags & 3
            out.extend([None] * (first - len(out)))
            if across in (2, 3) and out:  # merged the old way with the cell on its left
                out.extend([None] * (last + 1 - len(out)))
                continue
            if vertical == 1 and (first in down or first in above):  # merged with the cell above
                down.setdefault(first, above.get(first, (r, last)))  # (its first need not say so)
                out.extend([None] * (last + 1 - len(out)))
                continue
            above[first] = (r, last)
            if first in down:  # the merge above ends on the row before
                top, right = down.pop(first)
                if r - 1 > top or right > first:
                    merges.append((top, first, r - 1, right))
            if vertical == 3:
                down[first] = (r, last)
            elif last > first:
                merges.append((r, first, r, last))
            out.extend([text] + [None] * (last - first))
        placed.append(out)
    for first, (top, right) in down.items():
        merges.append((top, first, len(rows) - 1, right))
    width = max((len(r) for r in placed), default=0)
    return "tbl", [r + [None] * (width - len(r)) for r in placed], [m for m in merges if m[2] > m[0] or m[3] > m[1]], \
        figures  # fmt: skip
