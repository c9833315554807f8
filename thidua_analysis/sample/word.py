"""Write a small .docx (paragraphs and tables, merged cells) as a word processor does: the XML is
written here, by hand, not by a library the reader shares. The sample's Word reports and the
tests' Word fixtures are written with it."""


from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

__all__ = ["paragraph", "table", "write_docx"]

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="word/document.xml"/>
</Relationships>"""
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_COLUMN = 1500  # twips: a grid column's width


def paragraph(text: str, *, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    # a run split in two, as Word does when formatting changes mid-sentence
    half = len(text) // 2
    runs = "".join(f'<w:r>{props}<w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
                   for part in (text[:half], text[half:]) if part)  # fmt: skip
    return f"<w:p>{runs}</w:p>"


def table(rows: list[list[object]]) -> str:
    """``rows`` of cells: a text, None, or ``("span", n, text)`` / ``("down", text)`` (a cell
    that spans ``n`` columns, or starts a merge down) / ``"^"`` (continues the one above)."""
    # the grid and each cell's width, as a word processor writes them (a program converting the
    # document lays the cells out by them)
    columns = max((sum(c[1] if isinstance(c, tuple) and c[0] == "span" else 1 for c in row) for row in rows), default=0)
    out = ["<w:tbl><w:tblGrid>", f'<w:gridCol w:w="{_COLUMN}"/>' * columns, "</w:tblGrid>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            span = cell[1] if isinstance(cell, tuple) and cell[0] == "span" else 1
            width = f'<w:tcW w:w="{_COLUMN * span}" w:type="dxa"/>'
            props, text = width, cell
            if isinstance(cell, tuple) and cell[0] == "span":
                props, text = width + f'<w:gridSpan w:val="{cell[1]}"/>', cell[2]
            elif isinstance(cell, tuple) and cell[0] == "down":
                props, text = width + '<w:vMerge w:val="restart"/>', cell[1]
            elif cell == "^":
                props, text = width + "<w:vMerge/>", None
            body = paragraph(str(text)) if text not in (None, "") else "<w:p/>"
            out.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def write_docx(path: Path, parts: list[str]) -> Path:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
                + "".join(parts) + "</w:body></w:document>")  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document)
    return path
