"""Word .docx: the body in document order, paragraphs and tables interleaved as in the file; a
table (a Decree-30 header or signature laid out as a table too) as TAB-joined rows; the page
header/footer parts are not read (they hold running titles and page numbers)."""

from __future__ import annotations

import io
from typing import Any

from docx.table import Table
from docx.text.paragraph import Paragraph

from ingest.readers.archive import check_zip
from ingest.readers.cells import cell_text, render_rows


def read_docx(data: bytes) -> str:
    import docx

    check_zip(data)
    document = docx.Document(io.BytesIO(data))
    parts: list[str] = []
    for block in document.iter_inner_content():
        parts.append(block.text if isinstance(block, Paragraph) else table_text(block))
    return "\n\n".join(p.strip() for p in parts if p.strip())


def table_text(table: Table) -> str:
    """One line per row, one TAB-joined cell per grid cell; a cell spanning columns appears once,
    one spanning rows repeats in each (python-docx hands back the merged cell for both)."""
    return render_rows([_row(row.cells) for row in table.rows])


def _row(cells: list[Any]) -> list[str]:
    out: list[str] = []
    seen: set[int] = set()
    for cell in cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        out.append(cell_text(_cell_lines(cell)))
    return out


def _cell_lines(cell: Any) -> list[str]:
    """A cell's paragraphs; a nested table's rows read where they stand, cell by cell."""
    lines: list[str] = []
    for block in cell.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.extend(block.text.splitlines())
        else:
            lines.extend(c for row in block.rows for c in _row(row.cells))
    return lines
