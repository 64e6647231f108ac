"""parse: bytes/file -> Source -> blocks -> Meeting + Directives + Findings -> NoticeGraph."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ingest.anatomy import Anatomy, anatomy
from ingest.extract.directives import Walk, walk
from ingest.extract.documents import find_documents
from ingest.extract.indicators import find_indicators
from ingest.extract.meeting import extract_meeting
from ingest.extract.projects import find_projects, project_nodes
from ingest.extract.themes import theme_nodes
from ingest.formats import Source, read_bytes, read_source
from ingest.model import (
    Directive,
    Finding,
    Indicator,
    LegalDocument,
    Meeting,
    NoticeGraph,
    ProjectRef,
)
from ingest.passages import find_passages
from ingest.resolve import get_resolver
from ingest.structure import Block, blocks
from ingest.text import fold


def parse_file(path: Path) -> NoticeGraph:
    return parse_source(read_source(path))


def parse_bytes(name: str, data: bytes) -> NoticeGraph:
    return parse_source(read_bytes(name, data))


def body_blocks(text: str, parts: Anatomy) -> list[Block]:
    """The blocks of the body and the appendices: header, title, recipients and signature are
    never tasks. The preamble ("Ngày ..., UBND tỉnh tổ chức ...; ... kết luận như sau:") is body;
    the directive walker reads it as such and skips it."""
    return [b for b in blocks(text) if parts.in_body(b.start)]


def parse_source(src: Source) -> NoticeGraph:
    parts = anatomy(src.text)
    meeting = extract_meeting(src.name, src.text, parts, src.sha256)
    ref = meeting.date or meeting.issued or _period_start(meeting.period)
    w = Walk(meeting.id, ref, get_resolver(meeting.province or "unknown", meeting.issuer), src.text,
             issued=meeting.issued, topic=subject_project(meeting.title))
    body = body_blocks(src.text, parts)
    walk(body, w)
    passages = find_passages(meeting.id, body, [*w.directives, *w.findings], w.unclassified)
    return _graph(src, meeting, w.directives, w.findings).model_copy(
        update={"unclassified": w.unclassified, "passages": passages})


def subject_project(subject: str) -> list[ProjectRef]:
    """The project a meeting's subject names, when it names exactly one."""
    found = find_projects(subject)
    return found if len(found) == 1 else []


def _period_start(period: str) -> date:
    """The first day of a "YYYY-MM" period (the reference date of a notice without dates)."""
    m = re.match(r"(\d{4})-(\d{2})", period)
    return date(int(m.group(1)), int(m.group(2)), 1) if m else date(1970, 1, 1)


def _indicators(text: str, meeting: Meeting, findings: list[Finding]) -> list[Indicator]:
    out: list[Indicator] = []
    for f in findings:
        if f.kind == "context":
            continue
        half = "6 thang dau nam" in fold(f.text) or "6 thang dau nam" in fold(" ".join(f.headings))
        period = f"{meeting.period[:4]}-H1" if half else meeting.period
        out.extend(find_indicators(text[f.span[0]:f.span[1]], f.span[0], period))
    # Indicator nodes belong to their meeting: scope ids by it, or two provinces reporting the
    # same value in the same month collide in the store.
    scoped = [i.model_copy(update={"id": f"{meeting.id}:{i.id}"}) for i in out]
    return list({i.id: i for i in scoped}.values())


def _graph(src: Source, meeting: Meeting, ds: list[Directive], fs: list[Finding]) -> NoticeGraph:
    resolver = get_resolver(meeting.province or "unknown", meeting.issuer)
    units: list[Directive | Finding] = [*ds, *fs]
    refs = [a for d in ds for a in (*d.lead, *d.support)]
    docs: dict[str, LegalDocument] = {d.id: d for d in find_documents(src.text)}
    return NoticeGraph(
        meeting=meeting, text=src.text, directives=ds, findings=fs,
        indicators=_indicators(src.text, meeting, fs), documents=list(docs.values()),
        agencies=resolver.agencies(refs),
        projects=project_nodes([p for u in units for p in u.projects]),
        themes=theme_nodes(sorted({t for u in units for t in u.themes})),
    )
