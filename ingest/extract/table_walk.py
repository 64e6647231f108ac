"""Walk the rows of a task table (ingest.extract.tables): a header row sets the columns, a merged
one-cell row is a group heading, every other row is one directive whose text and span are its
content cell's; rows of a table without a task header are listed as unclassified."""

from __future__ import annotations

from ingest.extract.deadlines import find_deadline
from ingest.extract.emit import emit_directive, emit_unclassified
from ingest.extract.outline import Walk, child_section, current, headings_of, push_heading
from ingest.extract.roles import Roles
from ingest.extract.tables import (
    Columns,
    cell,
    cell_agencies,
    cell_deadline,
    cell_texts,
    group_marker,
    group_title,
    header,
    labelled_roles,
)
from ingest.structure import Block


def table_row(w: Walk, b: Block) -> None:
    cells = cell_texts(w.text, b) if w.text else b.text.split(" | ")
    if w.phase != "body":
        return
    cols = header(cells)
    if cols is not None:
        w.table = cols
        return
    title = group_title(cells)
    if title is not None and w.table is not None:
        while w.stack and w.stack[-1].soft == "group":
            w.stack.pop()
        top = current(w)
        n = w.counters.get("groups", 0) + 1
        w.counters["groups"] = n
        base = top.section if top else ""
        push_heading(w, (top.level if top else 0) + 0.5,
                 f"{base}.{group_marker(title, n)}".strip("."), title, soft="group")
        return
    if w.table is None:
        emit_unclassified(w, b, child_section(w, b), headings_of(w, b.text))
        return
    _table_task(w, b, cells, w.table)


def _table_task(w: Walk, b: Block, cells: list[str], cols: Columns) -> None:
    content = cell(cells, cols.content)
    if not content:
        return
    ctx = current(w)
    lead, support = labelled_roles(w.resolver, cell(cells, cols.lead))
    if not lead and not support:
        lead = cell_agencies(w.resolver, cell(cells, cols.lead))
    support += cell_agencies(w.resolver, cell(cells, cols.support))
    support = [a for a in support if a.id not in {x.id for x in lead}]
    order = cell(cells, cols.order)
    section = f"{ctx.section}.r{order}" if ctx and order else child_section(w, b)
    s, e = b.cells[cols.content]
    deadline = cell_deadline(cell(cells, cols.deadline), w.ref, w.issued)
    emit_directive(w, content, (s, e), section, headings_of(w, content), Roles(lead, support),
                   ctx, deadline=deadline or find_deadline(content, w.ref, w.issued))
