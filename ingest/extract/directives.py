"""Walk the blocks of a notice: headings give context (section path, agencies, projects, the kind
of section); body blocks become Directives, Findings or, when nothing fits, Unclassified passages.

Structure is read from content (docs/directives.md): a numbered or lettered block is a heading
when it reads as one (a section title, a lead-in ending with ":", or a block with children and no
assignee of its own), else its content decides, like any paragraph's. A block that assigns work
and has children is a directive and gives its lead to them. The preamble before the first section
and everything after the closing formula (recipients, signature) are skipped, up to an appendix.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.extract import blocks as feat
from ingest.extract.deadlines import find_deadline
from ingest.extract.emit import (
    Ctx,
    Sink,
    Unit,
    emit_directive,
    emit_finding,
    emit_unclassified,
    merge_projects,
)
from ingest.extract.projects import find_projects
from ingest.extract.roles import Roles, agency_head, assignment
from ingest.extract.tables import (
    Columns,
    cell,
    cell_agencies,
    cell_deadline,
    cell_texts,
    group_marker,
    group_title,
    header,
)
from ingest.model import FindingKind
from ingest.structure import Block

LEVEL = {"roman": 0.0, "num": 1.0, "ordinal": 1.0, "letter": 6.0, "paren": 7.0, "bullet": 8.0,
         "row": 10.0, "para": 10.0}
_MARKED = ("roman", "num", "ordinal", "letter", "paren", "bullet")


@dataclass
class Walk(Sink):
    stack: list[Ctx] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    phase: str = "opening"  # opening | body | tail
    table: Columns | None = None
    kind: FindingKind = "context"  # finding kind outside any section


def _level(b: Block) -> float:
    if b.kind == "num":
        return LEVEL["num"] + b.marker.count(".")
    return LEVEL[b.kind] + (0.5 if b.kind == "bullet" and b.marker == "+" else 0.0)


def _top(w: Walk) -> Ctx | None:
    return w.stack[-1] if w.stack else None


def _mode(w: Walk) -> str:
    top = _top(w)
    return top.mode if top else "auto"


def _pop_to(w: Walk, level: float) -> None:
    while w.stack and w.stack[-1].level >= level:
        w.stack.pop()


def _section_for(w: Walk, level: float, marker: str) -> str:
    parent = _top(w)
    root = next((c.section for c in w.stack if c.level == 0), "")
    if level == 0:
        return marker
    if 1 <= level < 6:
        return f"{root}.{marker}" if root else marker
    base = parent.section if parent else ""
    return f"{base}.{marker}" if base and marker else base or marker


def _child(parent: Ctx | None, level: float, section: str, heading: str) -> Ctx:
    ctx = Ctx(level, section, heading)
    if parent:
        ctx.mode, ctx.finding_kind = parent.mode, parent.finding_kind
        ctx.lead, ctx.support, ctx.deadline = parent.lead, parent.support, parent.deadline
        ctx.projects, ctx.assigning = parent.projects, parent.assigning
    ctx.projects = merge_projects(find_projects(heading), ctx.projects)
    return ctx


def _heading(w: Walk, level: float, section: str, text: str, soft: str = "") -> Ctx:
    """Push a heading: its title sets the section's kind, its agencies lead what is under it."""
    ctx = _child(_top(w), level, section, text)
    ctx.soft = soft
    ctx.mode, ctx.finding_kind = feat.section_mode(text, (ctx.mode, ctx.finding_kind))
    r = _heading_roles(w, text)
    if r.lead:
        ctx.lead, ctx.support, ctx.assigning = r.lead, r.support, True
        ctx.deadline = find_deadline(text, w.ref) or ctx.deadline
        if ctx.mode == "auto":
            ctx.mode = "directives"
    w.stack.append(ctx)
    return ctx


def _heading_roles(w: Walk, text: str) -> Roles:
    head, _ = agency_head(w.resolver, text)
    if head:
        return Roles(head, [], False)
    return assignment(w.resolver, text) if feat.is_intro(text) else Roles()


def _next(blocks: list[Block], i: int) -> Block | None:
    return next((b for b in blocks[i + 1:] if not feat.is_separator(b.text)), None)


def _prev_sibling_leaf(blocks: list[Block], i: int, level: float) -> bool:
    """Whether the block before `i` at the same level was a leaf (a run of list items)."""
    for j in range(i - 1, -1, -1):
        b = blocks[j]
        if feat.is_separator(b.text):
            continue
        if b.kind in _MARKED and _level(b) <= level:
            return _level(b) == level
        if b.kind not in _MARKED or _level(b) > level:
            return False
    return False


def _has_children(blocks: list[Block], i: int) -> bool:
    level = _level(blocks[i])
    nxt = _next(blocks, i)
    if nxt is None or _level(nxt) <= level:
        return False
    return not (nxt.kind == "para" and _prev_sibling_leaf(blocks, i, level))


def walk(blocks: list[Block], w: Walk) -> None:
    for i in range(len(blocks)):
        _step(w, blocks, i)
    if w.phase == "opening":  # no preamble and no section: read everything as body
        w.phase = "body"
        for i in range(len(blocks)):
            _step(w, blocks, i)


def _step(w: Walk, blocks: list[Block], i: int) -> None:
    b = blocks[i]
    if feat.is_separator(b.text) or feat.is_attachment_note(b.text):
        return
    if w.phase == "opening" and not _opening_ends(w, b):
        return
    if w.phase == "tail":
        if not feat.is_appendix_title(b.text):
            return
        w.phase, w.stack, w.table = "body", [], None
    _body(w, blocks, i)


def _opening_ends(w: Walk, b: Block) -> bool:
    """The preamble (date, chair, attendance, "... kết luận như sau:") is not part of the body;
    the body starts after it, or at the first section title."""
    if feat.is_preamble(b.text):
        if b.text.rstrip().endswith(":"):
            w.phase = "body"
        w.counters["preamble"] = 1
        return False
    started = b.kind in ("roman", "num") or (feat.is_caps_title(b.text) and feat.is_known_title(
        b.text)) or "preamble" in w.counters
    if started:
        w.phase = "body"
    return started


def _body(w: Walk, blocks: list[Block], i: int) -> None:
    b = blocks[i]
    if b.kind == "para" and feat.is_closing(b.text):
        w.phase, w.table = "tail", None
        return
    if b.kind == "row":
        _row(w, b)
        return
    w.table = None
    if feat.is_appendix_title(b.text) and b.kind == "para":
        _pop_to(w, 0)
        _heading(w, 0, "PL", b.text, soft="appendix").mode = "directives"
    elif b.kind == "para":
        _para(w, blocks, i)
    else:
        _marked(w, blocks, i)


# --- marked blocks -----------------------------------------------------------------------------
def _marked(w: Walk, blocks: list[Block], i: int) -> None:
    b = blocks[i]
    level = _level(b)
    _pop_to(w, level)
    section = _child_section(w, b) if b.kind == "bullet" else _section_for(w, level, b.marker)
    children = _has_children(blocks, i)
    if feat.is_intro(b.text) or (children and not _assigns(w, b)):
        _heading(w, level, section, b.text)
    elif children:
        ctx = _child(_top(w), level, section, b.text)
        unit = _content(w, b, section, ctx)
        ctx.lead = unit.lead if unit and unit.lead else ctx.lead
        ctx.support, ctx.deadline, ctx.assigning = [], None, bool(ctx.lead) or ctx.assigning
        w.stack.append(ctx)
    elif feat.is_known_title(b.text) and not _assigns(w, b):
        _heading(w, level, section, b.text)
    else:
        _content(w, b, section, _top(w))


def _assigns(w: Walk, b: Block) -> bool:
    """Whether a block with children is a task itself, not their heading: a section number
    ("2.7.") heads its children unless it names an assignee; an item ("a)", "-") is a task
    unless it reads as a title."""
    if feat.reads_as_heading(b.text):
        return False
    if b.kind not in ("roman", "num"):
        return True
    return bool(assignment(w.resolver, b.text).lead) or feat.opens_with_assignment(b.text)


# --- paragraphs --------------------------------------------------------------------------------
def _para(w: Walk, blocks: list[Block], i: int) -> None:
    b = blocks[i]
    if feat.is_caps_title(b.text):
        level = 0.5 if w.stack and w.stack[0].soft == "appendix" else 0.0
        _pop_to(w, level)
        _heading(w, level, _section_for(w, level, "") if level else "", b.text)
        return
    nxt = _next(blocks, i)
    field_title = feat.is_known_title(b.text) or (bool(agency_head(w.resolver, b.text)[0]) and \
        feat.is_intro(b.text))
    before_items = nxt is not None and nxt.kind in _MARKED and _level(nxt) > 5
    if feat.is_intro(b.text) or (field_title and before_items) or \
            (feat.reads_as_heading(b.text) and before_items):
        _soft(w, b.text, "field" if field_title else "intro")
        return
    _content(w, b, _child_section(w, b), _top(w))


def _soft(w: Walk, text: str, soft: str) -> None:
    """An unnumbered heading ("Về an sinh xã hội:") or lead-in ("Giao Sở X chủ trì, phối hợp
    ...:"): a new one replaces the last of its kind (a field heading also a nested one)."""
    while w.stack and w.stack[-1].soft in (("field",) if soft == "field" else ("field", "intro")):
        w.stack.pop()
    top = _top(w)
    _heading(w, (top.level if top else 0) + 0.5, top.section if top else "", text, soft)


def _child_section(w: Walk, b: Block) -> str:
    top = _top(w)
    base = top.section if top else ""
    key = f"{base}|{b.kind}"
    w.counters[key] = w.counters.get(key, 0) + 1
    tag = "b" if b.kind == "bullet" else "r" if b.kind == "row" else "p"
    return f"{base}.{tag}{w.counters[key]}" if base else f"{tag}{w.counters[key]}"


# --- content -----------------------------------------------------------------------------------
def _content(w: Walk, b: Block, section: str, ctx: Ctx | None) -> Unit | None:
    """A body block read by its content, in the kind of section it stands in."""
    mode = ctx.mode if ctx else "auto"
    if mode == "findings" and not feat.opens_with_assignment(b.text):
        _finding(w, b, section, ctx)
        return None
    if _is_task(w, b.text, ctx, mode):
        return _tasks(w, b, section, ctx)
    if mode == "documents":
        return None  # an approved document's title
    if feat.is_statement(b.text) or feat.reads_as_assessment(b.text):
        _finding(w, b, section, ctx)
        return None
    emit_unclassified(w, b, section, _headings(w, b.text))
    return None


def _is_task(w: Walk, text: str, ctx: Ctx | None, mode: str) -> bool:
    if feat.is_statement(text):
        return False
    if feat.opens_with_assignment(text) or agency_head(w.resolver, text)[0]:
        return True
    own = assignment(w.resolver, text).lead
    if mode == "documents":
        return bool(own)
    if own and not feat.is_reported(text):
        return True
    if feat.has_role_cue(text) or (ctx is not None and ctx.assigning):
        return not feat.is_reported(text)
    return mode == "directives" and (feat.starts_imperative(text) or
                                     feat.subject_then_task_verb(text))


def _finding(w: Walk, b: Block, section: str, ctx: Ctx | None) -> None:
    kind = ctx.finding_kind if ctx else w.kind
    if feat.turns_to_limitations(b.text):
        kind = "limitation"
        if ctx:
            ctx.finding_kind = "limitation"
        else:
            w.kind = "limitation"
    emit_finding(w, b.text, (b.start, b.end), section, _headings(w, b.text), kind,
                 ctx.projects if ctx else [])


def _headings(w: Walk, text: str) -> list[str]:
    return [c.heading for c in w.stack if c.heading and c.heading != text]


def _tasks(w: Walk, b: Block, section: str, ctx: Ctx | None) -> Unit:
    """One directive per task of the block (several when it lists tasks split by ";")."""
    from ingest.extract.clauses import split_tasks

    raw = w.text[b.start:b.end] if w.text else b.text
    head, rest = agency_head(w.resolver, b.text)
    offset = _offset(raw, b, bool(head))
    parts = split_tasks(raw, b.start, offset, bool(head), w.ref) if w.text else []
    r = assignment(w.resolver, b.text)
    headings = _headings(w, b.text)
    if len(parts) < 2:
        return emit_directive(w, b.text, (b.start, b.end), section, headings, r, ctx)
    extra = [*headings, b.text[: len(b.text) - len(rest)].rstrip(" :")] if head else headings
    first: Unit | None = None
    for k, part in enumerate(parts, 1):
        own = assignment(w.resolver, part.text)
        roles = Roles(r.lead, own.support if k > 1 else r.support, r.requested)
        unit = emit_directive(w, part.text, (part.start, part.end), f"{section}.c{k}", extra,
                              roles, ctx)
        first = first or unit
    assert first is not None
    return first


def _offset(raw: str, b: Block, headed: bool) -> int:
    """Where a block's task text starts in its raw text (after the marker and a "Sở X:" head)."""
    if not headed:
        return 0
    return raw.find(":") + 1


# --- tables ------------------------------------------------------------------------------------
def _row(w: Walk, b: Block) -> None:
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
        top = _top(w)
        n = w.counters.get("groups", 0) + 1
        w.counters["groups"] = n
        base = top.section if top else ""
        _heading(w, (top.level if top else 0) + 0.5,
                 f"{base}.{group_marker(title, n)}".strip("."), title, soft="group")
        return
    if w.table is None:
        emit_unclassified(w, b, _child_section(w, b), _headings(w, b.text))
        return
    _table_task(w, b, cells, w.table)


def _table_task(w: Walk, b: Block, cells: list[str], cols: Columns) -> None:
    content = cell(cells, cols.content)
    if not content:
        return
    ctx = _top(w)
    lead = cell_agencies(w.resolver, cell(cells, cols.lead))
    support = [a for a in cell_agencies(w.resolver, cell(cells, cols.support))
               if a.id not in {x.id for x in lead}]
    order = cell(cells, cols.order)
    section = f"{ctx.section}.r{order}" if ctx and order else _child_section(w, b)
    s, e = b.cells[cols.content]
    deadline = cell_deadline(cell(cells, cols.deadline), w.ref)
    emit_directive(w, content, (s, e), section, _headings(w, content), Roles(lead, support),
                   ctx, deadline=deadline or find_deadline(content, w.ref))

