"""Word .docx: the body in document order, paragraphs and tables interleaved as in the file; a
table (a Decree-30 header or signature laid out as a table too) as TAB-joined rows; the page
header/footer parts are not read (they hold running titles and page numbers). Automatic list
numbers ("II.", "1.", "a)", bullets) are written before their paragraphs (`numbering`)."""

from __future__ import annotations

import io
from typing import Any

from docx.table import Table
from docx.text.paragraph import Paragraph

from ingest.readers.archive import check_zip
from ingest.readers.cells import cell_text, render_rows
from ingest.readers.numbering import Numbering


def read_docx(data: bytes) -> str:
    import docx

    check_zip(data)
    document = docx.Document(io.BytesIO(data))
    numbering = Numbering.of(document)
    parts: list[str] = []
    for block in document.iter_inner_content():
        parts.append(_text(block, numbering) if isinstance(block, Paragraph)
                     else table_text(block, numbering))
    return "\n\n".join(p.strip() for p in parts if p.strip())


def _text(paragraph: Paragraph, numbering: Numbering, bare: bool = False) -> str:
    """The paragraph with its list label; an empty one keeps its label only where the label is
    the content (`bare`: a table's "TT" cell), as Word draws it."""
    label = numbering.label(paragraph._p)
    if label and (bare or paragraph.text.strip()):
        return f"{label} {paragraph.text}".strip()
    return paragraph.text


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
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.extend(_text(block, numbering, bare=True).splitlines())
        else:
            lines.extend(c for row in block.rows for c in _row(row.cells, numbering))
    return lines
