"""The units a walk produces (Directive, Finding, Unclassified) and the context they inherit."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from ingest.extract.deadlines import find_deadline, find_recurrence
from ingest.extract.documents import find_documents
from ingest.extract.projects import find_projects
from ingest.extract.roles import Roles
from ingest.extract.themes import classify
from ingest.model import (
    AgencyRef,
    Deadline,
    Directive,
    Finding,
    FindingKind,
    ProjectRef,
    Unclassified,
)
from ingest.resolve import AgencyResolver
from ingest.structure import Block
from ingest.text import fold

Unit = Directive


@dataclass
class Ctx:
    """What a heading (or a task with children) gives to the blocks under it."""

    level: float
    section: str
    heading: str
    lead: list[AgencyRef] = field(default_factory=list)
    support: list[AgencyRef] = field(default_factory=list)
    deadline: Deadline | None = None
    projects: list[ProjectRef] = field(default_factory=list)
    mode: str = "auto"  # auto | findings | directives | documents
    finding_kind: FindingKind = "context"
    soft: str = ""  # "" (a marked block), intro, field, group, appendix
    assigning: bool = False  # the blocks under it are tasks of its lead
    requested: bool = False


@dataclass
class Sink:
    meeting_id: str
    ref: date
    resolver: AgencyResolver
    text: str = ""  # the notice text (spans of clauses and table cells point into it)
    directives: list[Directive] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    unclassified: list[Unclassified] = field(default_factory=list)
    order: int = 0
    issued: date | None = None  # the issue date: "trong 10 ngày kể từ ngày ký" counts from it
    # the one project a meeting is about, named in its subject ("kiểm tra thực địa Dự án X"):
    # the project of every unit that names none
    topic: list[ProjectRef] = field(default_factory=list)


def merge_projects(own: list[ProjectRef], inherited: list[ProjectRef]) -> list[ProjectRef]:
    out: dict[str, ProjectRef] = {}
    for p in [*own, *inherited]:
        out.setdefault(p.id, p)
    return list(out.values())


def _uid(w: Sink, section: str, text: str) -> str:
    digest = hashlib.sha1(fold(text).encode()).hexdigest()[:8]
    return f"{w.meeting_id}:{section}:{digest}"


def emit_directive(w: Sink, text: str, span: tuple[int, int], section: str, headings: list[str],
                   roles: Roles, ctx: Ctx | None, deadline: Deadline | None = None) -> Directive:
    """A directive: its own lead, else the context's (with the context's support when it
    names none); its own deadline, else the one a lead-in gave."""
    lead, support, requested = roles.lead, roles.support, roles.requested
    if not lead and ctx:
        lead, support, requested = ctx.lead, support or ctx.support, ctx.requested
    ids = {a.id for a in lead}
    w.order += 1
    d = Directive(
        id=_uid(w, section, text), text=text, section=section, headings=headings, span=span,
        order=w.order, lead=lead, support=[s for s in support if s.id not in ids],
        deadline=deadline or find_deadline(text, w.ref, w.issued)
        or (ctx.deadline if ctx else None),
        projects=merge_projects(find_projects(text), ctx.projects if ctx else []) or w.topic,
        themes=classify(" ".join([*headings[-2:], text])),
        documents=[x.id for x in find_documents(text)], requested=requested,
        recurrence=find_recurrence(text))
    w.directives.append(d)
    return d


def emit_finding(w: Sink, text: str, span: tuple[int, int], section: str, headings: list[str],
                 kind: FindingKind, projects: list[ProjectRef]) -> None:
    w.order += 1
    w.findings.append(Finding(
        id=_uid(w, section, text), text=text, kind=kind, section=section, headings=headings,
        span=span, order=w.order, projects=merge_projects(find_projects(text), projects),
        themes=classify(" ".join([*headings[-2:], text])),
        documents=[x.id for x in find_documents(text)]))


def emit_unclassified(w: Sink, b: Block, section: str, headings: list[str]) -> None:
    w.unclassified.append(Unclassified(text=b.text, section=section, headings=headings,
                                       span=(b.start, b.end)))
