"""The outline of a notice being walked: the stack of headings (numbered sections, lead-ins,
field headings, table groups, appendices), the section path of each block, and what each heading
passes down (lead, support, deadline, projects, the kind of section)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.extract import blocks as feat
from ingest.extract.deadlines import find_deadline
from ingest.extract.emit import Ctx, Sink, merge_projects
from ingest.extract.projects import find_projects
from ingest.extract.roles import Roles, agency_head, assignment, is_request, names_only
from ingest.extract.tables import Columns
from ingest.model import AgencyRef, FindingKind
from ingest.structure import Block

# An ordinal paragraph ("Thứ nhất, ...", "Một là, ...") stands inside the numbered section
# before it ("2. Nhiệm vụ ..."), above its lettered items.
LEVEL = {"roman": 0.0, "num": 1.0, "ordinal": 5.0, "letter": 6.0, "paren": 7.0, "bullet": 8.0,
         "row": 10.0, "para": 10.0}
_NAME_WORDS = 8
MARKED = ("roman", "num", "ordinal", "letter", "paren", "bullet")


@dataclass
class Walk(Sink):
    stack: list[Ctx] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    phase: str = "opening"  # opening | body | tail
    table: Columns | None = None
    kind: FindingKind = "context"  # finding kind outside any section
    last_task: int = 0  # index in `directives` of the first task of the last task block


def level_of(b: Block) -> float:
    """Depth of a block: by its marker kind (I. > 1. > 1.1. > a) > (1) > - > +), an indented
    list item deeper than the item above it."""
    if b.kind == "num":
        return LEVEL["num"] + b.marker.count(".") + 0.5 * b.depth
    plus = 0.5 if b.kind == "bullet" and b.marker == "+" else 0.0
    nested = 0.1 * min(b.indent // 2, 4) if b.kind in MARKED else 0.0
    return LEVEL[b.kind] + plus + nested


def nest_restarts(blocks: list[Block]) -> None:
    """A numbered list that restarts at "1." right after a numbered heading ("### 1. Vụ Chính
    sách tiền tệ" / "1. Theo dõi ..." / "2. Chủ trì ..." / "### 2. Vụ Tín dụng ...") stands
    under that heading: its items go one step deeper, until the next heading-like line."""
    nested = False
    for i, b in enumerate(blocks):
        if b.kind != "num" or "." in b.marker:
            nested = nested and b.kind != "roman"
            continue
        nxt = next_block(blocks, i)
        if _restart_heading(b, nxt):
            nested = True
        elif nested and not feat.reads_as_heading(b.text):
            b.depth = 1
        else:
            nested = False


def _restart_heading(b: Block, nxt: Block | None) -> bool:
    return nxt is not None and nxt.kind == "num" and nxt.marker == "1" and b.marker != "0" and \
        feat.reads_as_heading(b.text) and not feat.reads_as_heading(nxt.text)


def current(w: Walk) -> Ctx | None:
    return w.stack[-1] if w.stack else None



def pop_to(w: Walk, level: float) -> None:
    while w.stack and w.stack[-1].level >= level:
        w.stack.pop()


def section_for(w: Walk, level: float, marker: str) -> str:
    parent = current(w)
    root = next((c.section for c in w.stack if c.level == 0), "")
    if level == 0:
        return marker
    if (level == LEVEL["ordinal"] or level % 1 == 0.5) and parent and level < LEVEL["letter"]:
        return f"{parent.section}.{marker}" if parent.section else marker
    if 1 <= level < 6:
        return f"{root}.{marker}" if root else marker
    base = parent.section if parent else ""
    return f"{base}.{marker}" if base and marker else base or marker


def child_ctx(parent: Ctx | None, level: float, section: str, heading: str) -> Ctx:
    ctx = Ctx(level, section, heading)
    if parent:
        ctx.mode, ctx.finding_kind = parent.mode, parent.finding_kind
        ctx.lead, ctx.support, ctx.deadline = parent.lead, parent.support, parent.deadline
        ctx.requested = parent.requested
        ctx.projects, ctx.assigning = parent.projects, parent.assigning
    ctx.projects = merge_projects(find_projects(heading), ctx.projects)
    return ctx


def push_heading(w: Walk, level: float, section: str, text: str, soft: str = "") -> Ctx:
    """Push a heading: its title sets the section's kind, its agencies lead what is under it."""
    ctx = child_ctx(current(w), level, section, text)
    ctx.soft = soft
    ctx.mode, ctx.finding_kind = feat.section_mode(text, (ctx.mode, ctx.finding_kind))
    r = _heading_roles(w, text)
    if r.lead:
        ctx.lead, ctx.support, ctx.assigning = r.lead, r.support, True
        ctx.requested = r.requested
        ctx.deadline = find_deadline(text, w.ref, w.issued) or ctx.deadline
        if ctx.mode == "auto":
            ctx.mode = "directives"
    w.stack.append(ctx)
    return ctx


def _heading_roles(w: Walk, text: str) -> Roles:
    """"Sở Y tế:", "1. Sở Kế hoạch và Đầu tư", "1. Đối với Phòng X" (a heading that is a name)
    lead what is under them; a lead-in ("Giao X chủ trì, phối hợp với Y:") gives its roles."""
    head, _ = agency_head(w.resolver, text)
    if head:
        return Roles(head, [], is_request(text))
    if feat.is_intro(text):
        return assignment(w.resolver, text)
    name = feat.without_for(text)
    named = names_only(w.resolver, name) or _unknown_name(w, name)
    return Roles(named, [], False) if named else Roles()


def _unknown_name(w: Walk, text: str) -> list[AgencyRef]:
    """A short heading that is only a body's name the gazetteer does not know ("8. UBND các
    quận, huyện, thị xã"): kept as an unknown body leading what is under it."""
    name = text.strip().rstrip(":")
    if len(name.split()) > _NAME_WORDS or not feat.opens_with_body(name) or \
            feat.subject_end(name) is not None or feat.starts_imperative(name):
        return []
    return [w.resolver.resolve(name)]


def next_block(blocks: list[Block], i: int) -> Block | None:
    return next((b for b in blocks[i + 1:] if not feat.is_separator(b.text)), None)


def _prev_sibling_leaf(blocks: list[Block], i: int, level: float) -> bool:
    """Whether the block before `i` at the same level was a leaf (a run of list items)."""
    for j in range(i - 1, -1, -1):
        b = blocks[j]
        if feat.is_separator(b.text):
            continue
        if b.kind in MARKED and level_of(b) <= level:
            return level_of(b) == level
        if b.kind not in MARKED or level_of(b) > level:
            return False
    return False


def has_children(blocks: list[Block], i: int) -> bool:
    level = level_of(blocks[i])
    nxt = next_block(blocks, i)
    if nxt is None or level_of(nxt) <= level or feat.is_closing(nxt.text):
        return False
    if blocks[i].depth and nxt.kind == "para":
        return False  # an item of a restarted list is a sentence, not a heading
    if nxt.kind == "para" and level >= LEVEL["letter"] and _titles(nxt.text) and \
            not feat.reads_as_heading(blocks[i].text):
        return False  # an item is followed by the next field heading, not by its child
    return not (nxt.kind == "para" and _prev_sibling_leaf(blocks, i, level))


def _titles(text: str) -> bool:
    return feat.is_intro(text) or feat.is_known_title(text) or feat.is_caps_title(text)


def push_soft(w: Walk, text: str, soft: str) -> None:
    """An unnumbered heading ("Về an sinh xã hội:") or lead-in ("Giao Sở X chủ trì, phối hợp
    ...:"): a new one replaces the last of its kind (a field heading also a nested one)."""
    while w.stack and w.stack[-1].soft in (("field",) if soft == "field" else ("field", "intro")):
        w.stack.pop()
    top = current(w)
    push_heading(w, (top.level if top else 0) + 0.5, top.section if top else "", text, soft)


def child_section(w: Walk, b: Block) -> str:
    top = current(w)
    base = top.section if top else ""
    key = f"{base}|{b.kind}"
    w.counters[key] = w.counters.get(key, 0) + 1
    tag = "b" if b.kind == "bullet" else "r" if b.kind == "row" else "p"
    return f"{base}.{tag}{w.counters[key]}" if base else f"{tag}{w.counters[key]}"


def headings_of(w: Walk, text: str) -> list[str]:
    return [c.heading for c in w.stack if c.heading and c.heading != text]
