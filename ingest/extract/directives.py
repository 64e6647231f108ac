"""Walk the blocks of a notice: headings give context (section path, agencies, projects, the kind
of section); body blocks become Directives, Findings or, when nothing fits, Unclassified passages.

Structure is read from content (docs/directives.md): a numbered or lettered block is a heading
when it reads as one (a section title, a lead-in ending with ":", or a block with children and no
assignee of its own), else its content decides, like any paragraph's. A block that assigns work
and has children is a directive and gives its lead to them. The preamble before the first section
and everything after the closing formula (recipients, signature) are skipped, up to an appendix.
"""

from __future__ import annotations

from ingest.extract import blocks as feat
from ingest.extract.clauses import (
    Clause,
    closing_completion,
    first_assigning,
    split_sentences,
    split_tasks,
)
from ingest.extract.deadlines import find_deadline
from ingest.extract.emit import Ctx, Unit, emit_directive, emit_finding, emit_unclassified
from ingest.extract.findings import finding_parts
from ingest.extract.outline import (
    MARKED,
    Walk,
    child_ctx,
    child_section,
    current,
    has_children,
    headings_of,
    level_of,
    nest_restarts,
    next_block,
    pop_to,
    push_heading,
    push_soft,
    section_for,
)
from ingest.extract.roles import Roles, agency_head, assignment, heading_agencies
from ingest.extract.table_walk import table_row
from ingest.extract.tables import cell_deadline
from ingest.structure import Block, clean

__all__ = ["Walk", "walk"]

def walk(blocks: list[Block], w: Walk) -> None:
    nest_restarts(blocks)
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
    """The preamble (date, chair, attendance, "... kết luận như sau:") opens the body but is not
    part of its content; the content starts after it, or at the first block that is not
    preamble."""
    if feat.is_preamble(b.text):
        if b.text.rstrip().endswith(":"):
            w.phase = "body"
        return False
    w.phase = "body"
    return True


def _body(w: Walk, blocks: list[Block], i: int) -> None:
    b = blocks[i]
    if b.kind == "para" and feat.is_closing(b.text):
        w.phase, w.table = "tail", None
        return
    if b.kind == "row":
        table_row(w, b)
        return
    w.table = None
    if feat.is_appendix_title(b.text) and b.kind == "para":
        pop_to(w, 0)
        push_heading(w, 0, "PL", b.text, soft="appendix").mode = "directives"
    elif b.kind == "para":
        _para(w, blocks, i)
    else:
        _marked(w, blocks, i)


# --- marked blocks -----------------------------------------------------------------------------
def _marked(w: Walk, blocks: list[Block], i: int) -> None:
    b = blocks[i]
    level = level_of(b)
    pop_to(w, level)
    section = child_section(w, b) if b.kind == "bullet" else section_for(w, level, b.marker)
    children = has_children(blocks, i)
    if feat.is_intro(b.text) or (children and not _assigns(w, b)):
        push_heading(w, level, section, b.text)
    elif children:
        ctx = child_ctx(current(w), level, section, b.text)
        unit = _content(w, b, section, ctx)
        ctx.lead = unit.lead if unit and unit.lead else ctx.lead
        ctx.requested = unit.requested if unit and unit.lead else ctx.requested
        ctx.support, ctx.deadline, ctx.assigning = [], None, bool(ctx.lead) or ctx.assigning
        w.stack.append(ctx)
    elif feat.is_known_title(b.text) and not _assigns(w, b):
        push_heading(w, level, section, b.text)
    else:
        _content(w, b, section, current(w))


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
    value = feat.deadline_label(b.text)
    if value is not None and w.directives:
        _late_deadline(w, value)
        return
    if feat.is_caps_title(b.text):
        level = 0.5 if w.stack and w.stack[0].soft == "appendix" else 0.0
        pop_to(w, level)
        push_heading(w, level, section_for(w, level, "") if level else "", b.text)
        return
    inline = _inline_title(w, b)
    if inline is not None:
        push_soft(w, b.text[: len(b.text) - len(inline.text)].rstrip(" :"), "field")
        _content(w, inline, child_section(w, b), current(w))
        return
    nxt = next_block(blocks, i)
    field_title = feat.is_known_title(b.text) or (bool(agency_head(w.resolver, b.text)[0]) and \
        feat.is_intro(b.text))
    before_items = nxt is not None and nxt.kind in MARKED and level_of(nxt) > 5
    if feat.is_intro(b.text) or (field_title and before_items) or \
            (feat.reads_as_heading(b.text) and before_items):
        push_soft(w, b.text, "field" if field_title else "intro")
        return
    _content(w, b, child_section(w, b), current(w))


def _inline_title(w: Walk, b: Block) -> Block | None:
    """"Về thủ tục đầu tư: Ban Quản lý ... có trách nhiệm ...": a field title and its content in
    one paragraph; the content as a block of its own (span after the colon), else None."""
    head, sep, rest = b.text.partition(":")
    if not sep or not rest.strip() or not feat.is_known_title(head) or not w.text or \
            agency_head(w.resolver, b.text)[0]:
        return None  # "Đối với Sở X: ..." is an agency heading, read as such
    raw = w.text[b.start:b.end]
    colon = raw.find(":")
    start = b.start + colon + 1 + (len(raw[colon + 1:]) - len(raw[colon + 1:].lstrip()))
    return Block("para", "", rest.strip(), start, b.end)


# --- content -----------------------------------------------------------------------------------
def _content(w: Walk, b: Block, section: str, ctx: Ctx | None) -> Unit | None:
    """A body block read by its content, in the kind of section it stands in."""
    mode = ctx.mode if ctx else "auto"
    cut = _report_ends(w, b, mode) if mode != "documents" else None
    if cut is not None:
        return _report_then_tasks(w, b, cut, section, ctx)
    if mode == "findings" and not feat.opens_with_assignment(b.text):
        _finding(w, b, section, ctx)
        return None
    if _is_task(w, b, ctx, mode):
        return _tasks(w, b, section, ctx)
    if mode == "documents":
        return None  # an approved document's title
    if feat.is_statement(b.text) or feat.reads_as_assessment(b.text):
        _finding(w, b, section, ctx)
        return None
    emit_unclassified(w, b, section, headings_of(w, b.text))
    return None


def _report_ends(w: Walk, b: Block, mode: str) -> int | None:
    """Where the tasks start in a prose paragraph that reports first, then assigns ("Công tác
    chuẩn bị Tết đã được triển khai sớm. Giao các sở ..."): the sentences before the first
    assigning one read as an assessment (a reported state, results, a turn to limitations). In
    an assessment section only an assignment verb starts the tasks ("Đồng thời, yêu cầu Sở
    ..."): an agency subject there reports ("Các sở sau hợp nhất cơ bản ổn định ...")."""
    if not w.text or b.kind != "para":
        return None
    raw = w.text[b.start:b.end]
    assigns = feat.opens_with_assignment if mode == "findings" else \
        (lambda t: _assigns_sentence(w, t))
    cut = first_assigning(raw, assigns)
    report = clean(raw[:cut]) if cut else ""
    reads = feat.is_statement(report) or feat.reads_as_assessment(report) or \
        feat.is_reported(report) or feat.turns_to_limitations(report)
    return cut if report and reads else None


def _report_then_tasks(w: Walk, b: Block, cut: int, section: str, ctx: Ctx | None) -> Unit:
    """The report as finding(s), then the paragraph's tasks, all with the paragraph's section."""
    raw = w.text[b.start:b.end]
    head = raw[:cut].rstrip()
    _finding(w, Block("para", "", clean(head), b.start, b.start + len(head)), section, ctx)
    return _tasks(w, Block("para", "", clean(raw[cut:]), b.start + cut, b.end), section, ctx)


def _is_task(w: Walk, b: Block, ctx: Ctx | None, mode: str) -> bool:
    """A task: an assignment verb, an agency heading or an assignee of its own (not a reported
    state), a role cue, a place under an assigning heading, or, in a task section, an imperative
    opening or an item that opens with a body ("c) Các bệnh viện được áp dụng ...")."""
    text = b.text
    if feat.is_statement(text) or feat.points_to_appendix(text):
        return False
    if feat.opens_with_assignment(text) or agency_head(w.resolver, text)[0]:
        return True
    own = assignment(w.resolver, text).lead
    if mode == "documents":
        return bool(own)
    if own and not feat.is_reported(text):
        return True
    if ctx is not None and ctx.assigning:
        return not feat.is_reported(text)
    if mode != "directives":
        return False  # outside a task section a role word ("phối hợp nhịp nhàng") is no task
    if feat.has_role_cue(text):
        return not feat.is_reported(text)
    item = b.kind in MARKED and feat.opens_with_body(text) and not feat.is_reported(text)
    return item or feat.starts_imperative(text) or feat.subject_then_task_verb(text) or \
        _titled_task(w, text)


def _titled_task(w: Walk, text: str) -> bool:
    """"về phòng bệnh. Cục Phòng bệnh theo dõi ...": a title sentence, then a sentence that
    assigns."""
    return bool(split_sentences(text, 0, lambda t: _assigns_sentence(w, t))[1])


def _finding(w: Walk, b: Block, section: str, ctx: Ctx | None) -> None:
    """A finding of the running kind, or one per part of a paragraph whose parts differ in kind
    (background, results, the turn to limitations: extract/findings.py); after a turn the
    running kind is `limitation`."""
    raw = w.text[b.start:b.end] if w.text else b.text
    parts = finding_parts(raw, b.start, ctx.finding_kind if ctx else w.kind)
    projects, headings = (ctx.projects if ctx else []), headings_of(w, b.text)
    if feat.turns_to_limitations(b.text):
        _answered(w)
    if any(p.kind == "limitation" for p in parts):
        if ctx:
            ctx.finding_kind = "limitation"
        else:
            w.kind = "limitation"
    if len(parts) == 1:
        emit_finding(w, b.text, (b.start, b.end), section, headings, parts[0].kind, projects)
        return
    for k, p in enumerate(parts, 1):
        emit_finding(w, p.text, p.span, f"{section}.h{k}", headings, p.kind, projects)


def _answered(w: Walk) -> None:
    """The paragraph right before a turn to limitations ("Tuy vậy, ...") reports what the turn
    answers: results, also outside an assessment section."""
    last = w.findings[-1] if w.findings else None
    if last is not None and last.order == w.order and last.kind == "context":
        w.findings[-1] = last.model_copy(update={"kind": "achievement"})


def _tasks(w: Walk, b: Block, section: str, ctx: Ctx | None) -> Unit:
    """One directive per task of the block (several when it lists tasks split by ";")."""
    w.last_task = len(w.directives)
    raw = w.text[b.start:b.end] if w.text else b.text
    title, sentences = split_sentences(raw, b.start, lambda t: _assigns_sentence(w, t)) \
        if w.text else ("", [])
    if sentences:
        return _sentence_tasks(w, sentences, section, [*headings_of(w, b.text), title], ctx)
    head, rest = agency_head(w.resolver, b.text)
    offset = _offset(raw, b, bool(head))
    parts = split_tasks(raw, b.start, offset, bool(head), w.ref,
                        lambda t: _names_subject(w, t)) if w.text else []
    r = assignment(w.resolver, b.text)
    headings = headings_of(w, b.text)
    if len(parts) < 2:
        return emit_directive(w, b.text, (b.start, b.end), section, headings, r, ctx)
    extra = [*headings, b.text[: len(b.text) - len(rest)].rstrip(" :")] if head else headings
    return _clause_tasks(w, parts, section, extra, r, ctx)


def _clause_tasks(w: Walk, parts: list[Clause], section: str, headings: list[str], r: Roles,
                  ctx: Ctx | None) -> Unit:
    """One directive per ";"-task, led by the paragraph's lead unless a clause names its own;
    a closing "...; hoàn thành trong quý IV/2025" dates the tasks that name no deadline."""
    shared = find_deadline(closing_completion(parts), w.ref, w.issued)
    units: list[Unit] = []
    for k, part in enumerate(parts, 1):
        own = assignment(w.resolver, part.text)
        named = k > 1 and _names_subject(w, part.text)
        roles = Roles(own.lead if named else r.lead, own.support if k > 1 else r.support,
                      own.requested if named else r.requested)
        dated = find_deadline(part.text, w.ref, w.issued) is not None
        units.append(emit_directive(w, part.text, (part.start, part.end), f"{section}.c{k}",
                                    headings, roles, ctx, None if dated else shared))
    return units[0]


def _names_subject(w: Walk, text: str) -> bool:
    """A clause that opens with its own assignee ("Sở Công Thương theo dõi, đôn đốc ...")."""
    return not feat.is_reported(text) and bool(heading_agencies(w.resolver, text.split(",")[0])
                                               if feat.opens_with_body(text) else [])


def _assigns_sentence(w: Walk, text: str) -> bool:
    """A sentence that assigns a task by itself: an assignment verb, or an assignee of its own
    that is not a reported state or an accountability clause ("... chịu trách nhiệm ... nếu")."""
    if feat.opens_with_assignment(text):
        return True
    if feat.is_reported(text) or feat.is_accountability(text):
        return False
    return bool(assignment(w.resolver, text).lead)


def _sentence_tasks(w: Walk, parts: list[Clause], section: str, headings: list[str],
                    ctx: Ctx | None) -> Unit:
    """One directive per assigning sentence, or per ";"-task inside one."""
    units: list[Unit] = []
    for k, p in enumerate(parts, 1):
        r, sub, hs = assignment(w.resolver, p.text), f"{section}.s{k}", [h for h in headings if h]
        tasks = split_tasks(w.text[p.start:p.end], p.start, 0, False, w.ref,
                            lambda t: _names_subject(w, t))
        units.append(_clause_tasks(w, tasks, sub, hs, r, ctx) if len(tasks) > 1 else
                     emit_directive(w, p.text, (p.start, p.end), sub, hs, r, ctx))
    return units[0]


def _offset(raw: str, b: Block, headed: bool) -> int:
    """Where a block's task text starts in its raw text: after the marker ("b) ", "- "), and
    after the "Sở X:" head of the colon form."""
    start = max(raw.find(b.text[:12]), 0)
    return raw.find(":", start) + 1 if headed else start


def _late_deadline(w: Walk, value: str) -> None:
    """"Thời gian hoàn thành: trước ngày 30/11/2025." on its own line: the deadline of the task
    block just before it (of each of its tasks that has none); "thường xuyên" sets none."""
    deadline = cell_deadline(value, w.ref, w.issued)
    if deadline is None:
        return
    for k in range(w.last_task, len(w.directives)):
        if w.directives[k].deadline is None:
            w.directives[k] = w.directives[k].model_copy(update={"deadline": deadline})
