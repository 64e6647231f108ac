"""Word .docx: the body in document order, paragraphs and tables interleaved as in the file; a
table (a Decree-30 header or signature laid out as a table too) as TAB-joined rows; the page
header/footer parts are not read (they hold running titles and page numbers). Text is what Word
shows (`ooxml_text`: tracked insertions, content controls, fields and text boxes read; deletions
not), automatic list numbers ("II.", "1.", "a)", bullets) written before their paragraphs
(`numbering`)."""

from __future__ import annotations

import io
from typing import Any

from docx.table import Table

from ingest.readers.archive import check_zip
from ingest.readers.cells import cell_text, render_rows
from ingest.readers.numbering import Numbering
from ingest.readers.ooxml_text import W_P, blocks, paragraph_text, text_boxes


def read_docx(data: bytes) -> str:
    import docx

    check_zip(data)
    document = docx.Document(io.BytesIO(data))
    numbering = Numbering.of(document)
    parts: list[str] = []
    for block in blocks(document.element.body):
        if block.tag == W_P:
            parts.extend(_paragraphs(block, numbering))
        else:
            parts.append(table_text(Table(block, document), numbering))
    return "\n\n".join(p.strip() for p in parts if p.strip())


def _paragraphs(p: Any, numbering: Numbering) -> list[str]:
    """The paragraph's text boxes, then the paragraph itself."""
    return [paragraph_text(b) for b in text_boxes(p)] + [_text(p, numbering)]


def _text(p: Any, numbering: Numbering, bare: bool = False) -> str:
    """The paragraph with its list label; an empty one keeps its label only where the label is
    the content (`bare`: a table's "TT" cell), as Word draws it."""
    label, text = numbering.label(p), paragraph_text(p)
    if label and (bare or text.strip()):
        return f"{label} {text}".strip()
    return text


def table_text(table: Table, numbering: Numbering) -> str:
    """One line per row, one TAB-joined cell per grid cell; a cell spanning columns appears once,
    one spanning rows repeats in each (python-docx hands back the merged cell for both)."""
    return render_rows([_row(row.cells, numbering) for row in table.rows])


def _row(cells: list[Any], numbering: Numbering) -> list[str]:
    out: list[str] = []
    seen: set[int] = set()
    for cell in cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        out.append(cell_text(_cell_lines(cell, numbering)))
    return out


def _cell_lines(cell: Any, numbering: Numbering) -> list[str]:
    """A cell's paragraphs; a nested table's rows read where they stand, cell by cell."""
    lines: list[str] = []
    for block in blocks(cell._tc):
        if block.tag == W_P:
            lines.extend(_text(block, numbering, bare=True).splitlines())
        else:
            lines.extend(c for row in Table(block, cell).rows
                         for c in _row(row.cells, numbering))
    return lines

