"""The typed NoticeGraph: what ingest produces and graph/ stores. Strict pydantic models.

Spans are [start, end) character offsets into `NoticeGraph.text` (the NFC text of the source
document as read). `text` fields on directives/findings are the repaired paragraph (page breaks
joined, markdown emphasis stripped), NFC, original tone marks kept.
"""

from __future__ import annotations

import datetime as _dt
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Precision = Literal["day", "month", "quarter", "year", "lunar"]
Role = Literal["lead", "support"]
FindingKind = Literal["achievement", "limitation", "context"]
MeetingKind = Literal["thường kỳ", "mở rộng", "chuyên đề", "bất thường", "khác"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Deadline(Strict):
    date: date  # the last day the task may be done (end of month/quarter for coarse deadlines)
    precision: Precision
    text: str  # the phrase as written, e.g. "trước ngày 22/7/2025"


class AgencyRef(Strict):
    id: str  # canonical agency id (gazetteer id, or "unk-<slug>" for bodies not in the gazetteer)
    name: str  # canonical name
    mention: str  # as written in the notice
    known: bool = True  # False when not found in the gazetteer (kept, never dropped)
    collective: bool = False  # "các sở, ban, ngành", "UBND các xã, phường"


class ProjectRef(Strict):
    id: str
    name: str
    mention: str


class Agency(Strict):
    id: str  # province-scoped, e.g. "cao-bang:so-tai-chinh"
    name: str
    province: str = ""
    aliases: list[str] = Field(default_factory=list)
    kind: str = "khác"  # sở, ban, công an, quân sự, ubnd xã, ngân hàng, ...
    active_from: date | None = None
    active_to: date | None = None
    successors: list[str] = Field(default_factory=list)  # agency ids (SUCCEEDED_BY)
    known: bool = True
    collective: bool = False


class Project(Strict):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)


class Theme(Strict):
    id: str
    name: str
    description: str = ""


class LegalDocument(Strict):
    id: str  # folded number, e.g. "933-qd-ubnd"
    number: str  # as written, e.g. "933/QĐ-UBND"
    kind: str  # Nghị quyết, Quyết định, Kết luận, Chỉ thị, Kế hoạch, Công văn, Nghị định, ...
    date: _dt.date | None = None
    title: str = ""


class Indicator(Strict):
    id: str
    name: str  # e.g. "Tăng trưởng GRDP"
    value: float
    unit: str  # "%", "tỷ đồng", "lượt", "hộ", ...
    period: str  # "YYYY-MM", "YYYY-H1", "YYYY-Qn", "YYYY"
    text: str  # the phrase as written, e.g. "Tăng trưởng GRDP đạt 6,56%"
    span: tuple[int, int]


class Provenance(Strict):
    section: str  # dotted path, e.g. "II.2.5.a"
    headings: list[str] = Field(default_factory=list)  # heading texts from the top, for context
    span: tuple[int, int]


class Directive(Strict):
    id: str
    text: str
    section: str
    headings: list[str] = Field(default_factory=list)
    span: tuple[int, int]
    order: int
    lead: list[AgencyRef] = Field(default_factory=list)
    support: list[AgencyRef] = Field(default_factory=list)
    deadline: Deadline | None = None
    projects: list[ProjectRef] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)  # theme ids
    documents: list[str] = Field(default_factory=list)  # LegalDocument ids
    # "Đề nghị X ...": a request to a body outside the issuer's command (X is still the lead)
    requested: bool = False


class Finding(Strict):
    id: str
    text: str
    kind: FindingKind
    section: str
    headings: list[str] = Field(default_factory=list)
    span: tuple[int, int]
    order: int
    projects: list[ProjectRef] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list)


class Unclassified(Strict):
    """A body paragraph that is neither a directive, a finding, a heading nor the preamble: shown
    so a user knows what the parser did not understand."""

    text: str
    section: str
    headings: list[str] = Field(default_factory=list)
    span: tuple[int, int]


class Meeting(Strict):
    id: str  # deterministic: province + period + kind, e.g. "cao-bang-2025-06-thuong-ky"
    title: str
    province: str  # e.g. "Cao Bằng"
    period: str  # "YYYY-MM", the month the meeting reviews
    date: _dt.date | None = None  # the day the meeting was held
    issued: _dt.date | None = None  # the day the notice was issued
    kind: MeetingKind = "thường kỳ"
    extended: bool = False  # "(mở rộng)"
    chair: str = ""
    signer: str = ""
    source: str  # file name
    sha256: str  # of the source bytes


class NoticeGraph(Strict):
    meeting: Meeting
    text: str  # NFC text of the whole notice: every span points into it
    directives: list[Directive]
    findings: list[Finding] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    documents: list[LegalDocument] = Field(default_factory=list)
    agencies: list[Agency] = Field(default_factory=list)  # every agency referenced, resolved
    projects: list[Project] = Field(default_factory=list)
    themes: list[Theme] = Field(default_factory=list)
    unclassified: list[Unclassified] = Field(default_factory=list)
