"""Walk the blocks of a notice: headings give context (section path, agencies, projects); body
paragraphs become Directives (task sections) or Findings (assessment sections)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from ingest.extract.deadlines import find_deadline
from ingest.extract.documents import find_documents
from ingest.extract.folding import fold_keep
from ingest.extract.projects import find_projects
from ingest.extract.roles import heading_agencies, roles
from ingest.extract.themes import classify
from ingest.model import AgencyRef, Directive, Finding, FindingKind, ProjectRef
from ingest.resolve import AgencyResolver
from ingest.structure import Block
from ingest.text import fold

LEVEL = {"roman": 0, "num": 1, "letter": 6, "paren": 7, "bullet": 8}
_CLOSING = re.compile(r"^(chu tich|pho chu tich) (ubnd|uy ban nhan dan) .*thong bao ket luan")


@dataclass
class Ctx:
    level: float
    section: str
    heading: str
    lead: list[AgencyRef] = field(default_factory=list)
    support: list[AgencyRef] = field(default_factory=list)
    projects: list[ProjectRef] = field(default_factory=list)
    mode: str = ""  # findings | directives | documents | context (set by roman/num headings)
    finding_kind: FindingKind = "context"


@dataclass
class Walk:
    meeting_id: str
    ref: date
    resolver: AgencyResolver
    stack: list[Ctx] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    order: int = 0


def _level(b: Block) -> float:
    return LEVEL[b.kind] + (b.marker.count(".") if b.kind == "num" else 0)


def _mode(text: str, parent: Ctx | None) -> tuple[str, FindingKind]:
    f = fold(text)
    if "thong qua cac van ban" in f or "nhat tri thong qua" in f:
        return "documents", "context"
    if parent and parent.mode == "directives":
        return ("findings", "context") if "du bao" in f or "quan diem" in f else (
            "directives", "context")
    if "han che" in f or "ton tai" in f:
        return "findings", "limitation"
    if "ket qua dat duoc" in f or "danh gia" in f:
        return "findings", "achievement"
    if "du bao" in f or "quan diem" in f:
        return "findings", "context"
    if parent and parent.mode == "findings":
        return parent.mode, parent.finding_kind
    return "directives", "context"


def _top(w: Walk) -> Ctx | None:
    return w.stack[-1] if w.stack else None


def _push(w: Walk, level: float, marker: str, heading: str, body: bool) -> Ctx:
    while w.stack and w.stack[-1].level >= level:
        w.stack.pop()
    parent = _top(w)
    root = next((c.section for c in w.stack if c.level == 0), "")
    if level == 0:
        section = marker
    elif 1 <= level < 6:
        section = f"{root}.{marker}" if root else marker
    else:
        base = parent.section if parent else ""
        section = f"{base}.{marker}" if base else marker
    ctx = Ctx(level, section, heading, mode=parent.mode if parent else "directives",
              finding_kind=parent.finding_kind if parent else "context")
    if not body:
        ctx.mode, ctx.finding_kind = _mode(heading, parent)
    agencies = heading_agencies(w.resolver, heading.split(":")[0]) if not body else []
    ctx.lead = agencies or (parent.lead if parent else [])
    ctx.support = [] if agencies else (parent.support if parent else [])
    ctx.projects = find_projects(heading) + (parent.projects if parent else [])
    w.stack.append(ctx)
    return ctx


def _is_heading(b: Block) -> bool:
    if b.kind in ("roman", "num"):
        return True
    words = b.text.split()
    return b.kind == "letter" and (b.text.endswith(":") or
                                   (len(words) < 25 and not re.search(r"[.;]$", b.text)))


def walk(blocks: list[Block], w: Walk) -> None:
    for b in blocks:
        if _CLOSING.match(fold(b.text)):
            break
        if _is_heading(b):
            _push(w, _level(b), b.marker, b.text, body=False)
            continue
        if b.kind == "letter":
            ctx = _push(w, _level(b), b.marker, b.text, body=True)
            _inline_lead(w, ctx, b.text)
            _emit(w, b, ctx.section)
        elif b.text.endswith(":") and b.kind == "para":
            _intro(w, b)
        else:
            _emit(w, b, _child_section(w, b))


def _inline_lead(w: Walk, ctx: Ctx, text: str) -> None:
    head = text.split(":", 1)[0]
    if ":" in text and len(head.split()) <= 12:
        found = heading_agencies(w.resolver, head)
        if found:
            ctx.lead, ctx.support = found, []
            return
    lead, support = roles(w.resolver, text)
    if lead:
        ctx.lead, ctx.support = lead, support


def _intro(w: Walk, b: Block) -> None:
    top = _top(w)
    ctx = _push(w, (top.level if top else 0) + 0.5, "", b.text, body=True)
    ctx.section = top.section if top else ""
    lead, support = roles(w.resolver, b.text)
    if lead:
        ctx.lead, ctx.support = lead, support


def _child_section(w: Walk, b: Block) -> str:
    top = _top(w)
    base = top.section if top else ""
    key = f"{base}|{b.kind}"
    w.counters[key] = w.counters.get(key, 0) + 1
    tag = "b" if b.kind in ("bullet", "paren") else "p"
    return f"{base}.{tag}{w.counters[key]}" if base else f"{tag}{w.counters[key]}"


def _uid(w: Walk, section: str, text: str) -> str:
    digest = hashlib.sha1(fold(text).encode()).hexdigest()[:8]
    return f"{w.meeting_id}:{section}:{digest}"


def _emit(w: Walk, b: Block, section: str) -> None:
    ctx = _top(w)
    headings = [c.heading for c in w.stack if c.heading and c.heading != b.text]
    w.order += 1
    mode = ctx.mode if ctx else "directives"
    projects = _merge(find_projects(b.text), ctx.projects if ctx else [])
    themes = classify(" ".join([*headings[-2:], b.text]))
    docs = [d.id for d in find_documents(b.text)]
    if mode == "findings" or (mode == "documents" and not fold_keep(b.text).startswith("Giao")
                              and not fold(b.text).startswith("giao")):
        if mode == "documents":
            return
        if ctx and re.match(r"ben canh (nhung|cac) ket qua|ben canh do", fold(b.text)):
            ctx.finding_kind = "limitation"
        w.findings.append(Finding(
            id=_uid(w, section, b.text), text=b.text, kind=ctx.finding_kind if ctx else "context",
            section=section, headings=headings, span=(b.start, b.end), order=w.order,
            projects=projects, themes=themes, documents=docs))
        return
    lead, support = roles(w.resolver, b.text)
    if not lead and ctx:
        lead, support = ctx.lead, support or ctx.support
    w.directives.append(Directive(
        id=_uid(w, section, b.text), text=b.text, section=section, headings=headings,
        span=(b.start, b.end), order=w.order, lead=lead,
        support=[s for s in support if s.id not in {x.id for x in lead}],
        deadline=find_deadline(b.text, w.ref), projects=projects, themes=themes, documents=docs))


def _merge(own: list[ProjectRef], inherited: list[ProjectRef]) -> list[ProjectRef]:
    out: dict[str, ProjectRef] = {}
    for p in [*own, *inherited]:
        out.setdefault(p.id, p)
    return list(out.values())
