"""Walk the rows of a task table (ingest.extract.tables): a header row sets the columns, a merged
one-cell row is a group heading, every other row is one directive whose text and span are its
content cell's (one directive per item when the cell holds a bulleted list of sentences); rows
of a table without a task header are listed as unclassified."""

from __future__ import annotations

import re

from ingest.extract.deadlines import find_deadline
from ingest.extract.emit import emit_directive, emit_unclassified
from ingest.extract.outline import Walk, child_section, current, headings_of, push_heading
from ingest.extract.roles import Roles, assignment
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
    roles, own_roles = _row_roles(w, cells, cols)
    order = cell(cells, cols.order)
    section = f"{ctx.section}.r{order}" if ctx and order else child_section(w, b)
    deadline = cell_deadline(cell(cells, cols.deadline), w.ref, w.issued)
    items = task_items(content)
    for k, (text, span) in enumerate(_item_spans(w, b, cols, content, items), 1):
        emit_directive(w, text, span, f"{section}.{k}" if len(items) > 1 else section,
                       headings_of(w, text), _with_own_support(w, roles, text) if own_roles
                       else roles, ctx, deadline=deadline or find_deadline(text, w.ref, w.issued))


def _row_roles(w: Walk, cells: list[str], cols: Columns) -> tuple[Roles, bool]:
    """The row's lead and support, and whether its tasks name their own supporters (no support
    column and no "Chủ trì: / Phối hợp:" labels: "Phối hợp với Y ..." in the task text)."""
    lead, support = labelled_roles(w.resolver, cell(cells, cols.lead))
    own_roles = cols.support is None and not lead and not support
    if not lead and not support:
        lead = cell_agencies(w.resolver, cell(cells, cols.lead))
    support += cell_agencies(w.resolver, cell(cells, cols.support))
    return Roles(lead, [a for a in support if a.id not in {x.id for x in lead}]), own_roles


def _with_own_support(w: Walk, roles: Roles, text: str) -> Roles:
    known = {a.id for a in roles.lead + roles.support}
    found = [a for a in assignment(w.resolver, text).support if a.id not in known]
    return Roles(roles.lead, roles.support + found)


def task_items(content: str) -> list[str]:
    """The tasks of one task cell: a cell holding a list of complete sentences (the items of a
    bulleted list, each ending in "." and joined by "; " as the readers join list items) holds
    one task per item; any other cell, ';' clauses included, is one task."""
    parts = [p.strip() for p in _ITEM_END.split(content)]
    if len(parts) < 2 or any(not p for p in parts):
        return [content]
    return [p if p.endswith(".") else p + "." for p in parts[:-1]] + [parts[-1]]


_ITEM_END = re.compile(r"(?<=\S)\.;\s+(?=[^\W\d_])")


def _item_spans(w: Walk, b: Block, cols: Columns, content: str,
                items: list[str]) -> list[tuple[str, tuple[int, int]]]:
    """Each item with its span inside the content cell (the whole cell when not found)."""
    s, e = b.cells[cols.content]
    if len(items) == 1:
        return [(content, (s, e))]
    out, pos = [], s
    for item in items:
        bare = item.rstrip(".")
        at = w.text.find(bare, pos, e)
        end = at + len(bare) + (w.text[at + len(bare):at + len(bare) + 1] == ".")
        span = (at, end) if at >= 0 else (s, e)
        pos = span[1] if at >= 0 else pos
        out.append((item, span))
    return out
