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

Precision = Literal["day", "month", "quarter", "year", "lunar", "relative"]
Role = Literal["lead", "support"]
FindingKind = Literal["achievement", "limitation", "context"]
Frequency = Literal[
    "day", "week", "month", "quarter", "half-year", "year", "periodic", "continuous"
]
MeetingKind = Literal["thường kỳ", "mở rộng", "chuyên đề", "bất thường", "giao ban", "làm việc",
                      "trực tuyến", "hội nghị", "sơ kết", "tổng kết", "khác"]
Level = Literal["central", "ministry", "province", "district", "commune", "unknown"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Deadline(Strict):
    date: date  # the last day the task may be done (end of month/quarter for coarse deadlines)
    precision: Precision
    text: str  # the phrase as written, e.g. "trước ngày 22/7/2025"


class Recurrence(Strict):
    """A recurring duty ("hằng tháng", "trước ngày 25 hằng tháng", "thường xuyên"): no deadline."""

    every: Frequency  # periodic: "định kỳ" without a unit; continuous: "thường xuyên"
    day: int | None = None  # day of the month: "trước ngày 25 hằng tháng" -> 25
    month: int | None = None  # month of a yearly duty: "trước ngày 15/12 hằng năm" -> 12
    text: str  # the phrase as written


class AgencyRef(Strict):
    id: str  # canonical agency id (gazetteer id, or "unk-<slug>" for bodies not in the gazetteer)
    name: str  # canonical name
    mention: str  # as written in the notice
    known: bool = True  # False when not found in the gazetteer (kept, never dropped)
    collective: bool = False  # "các sở, ban, ngành", "UBND các xã, phường"
    oversight: bool = False  # the issuer or a body above it in this notice: not an assignee


class ProjectRef(Strict):
    id: str
    name: str
    mention: str


class Agency(Strict):
    id: str  # scoped: "cao-bang:so-tai-chinh", national "vn:bo-tai-chinh" (docs/agencies.md)
    name: str
    province: str = ""  # "" for a national body
    aliases: list[str] = Field(default_factory=list)
    kind: str = "khác"  # sở, ban, công an, quân sự, ubnd xã, ngân hàng, ...
    active_from: date | None = None
    active_to: date | None = None
    successors: list[str] = Field(default_factory=list)  # agency ids (SUCCEEDED_BY)
    known: bool = True
    collective: bool = False
    parent: str | None = None  # agency id of the body a department belongs to (its ministry)


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


class Unit(Strict):
    """What every searchable unit (directive, finding, passage) knows of where it stands: its
    notice-wide id, its text, its section path, the headings above it and its span into
    `NoticeGraph.text`, and its order in the notice."""

    id: str
    text: str
    section: str  # dotted path, e.g. "II.2.5.a"
    headings: list[str] = Field(default_factory=list)  # heading texts from the top, for context
    span: tuple[int, int]
    order: int


class Directive(Unit):
    lead: list[AgencyRef] = Field(default_factory=list)
    support: list[AgencyRef] = Field(default_factory=list)
    deadline: Deadline | None = None
    projects: list[ProjectRef] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)  # theme ids
    documents: list[str] = Field(default_factory=list)  # LegalDocument ids
    # "Đề nghị X ...": a request to a body outside the issuer's command (X is still the lead)
    requested: bool = False
    recurrence: Recurrence | None = None  # "hằng tháng", "thường xuyên": a duty, no deadline


class Finding(Unit):
    kind: FindingKind
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


class Passage(Unit):
    """A searchable body paragraph or table row that is neither a directive nor a finding
    (preamble, headings, approved-document lists, context rows, what the parser did not
    classify): the same provenance as the other units. Header, "Nơi nhận" and signature
    never become passages (ingest/passages.py)."""


class Meeting(Strict):
    # deterministic: issuer key + period + kind (+ held date unless regular), e.g.
    # "cao-bang-2025-06-thuong-ky" (a province's UBND keeps the bare province slug),
    # "cao-bang-xa-tra-linh-2025-09-thuong-ky", "bo-xay-dung-2025-10-giao-ban-20251104"
    id: str
    title: str
    province: str  # the jurisdiction: "Cao Bằng"; "Chính phủ" (central); the ministry's name
    period: str  # "YYYY-MM", the month the meeting reviews (a one-off meeting's month)
    date: _dt.date | None = None  # the day the meeting was held
    issued: _dt.date | None = None  # the day the notice was issued (the header's date)
    kind: MeetingKind = "thường kỳ"
    extended: bool = False  # "(mở rộng)"
    chair: str = ""
    signer: str = ""
    signer_title: str = ""  # capacity and title lines, e.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    number: str = ""  # number and symbol, e.g. "286/TB-BXD"
    issuer: str = ""  # the issuing body, canonical: "Ủy ban nhân dân tỉnh Hà Giang"
    parent: str = ""  # the parent body line of the header, e.g. "BỘ XÂY DỰNG"
    level: Level = "unknown"
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
    passages: list[Passage] = Field(default_factory=list)  # every other body paragraph
