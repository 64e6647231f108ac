"""Response models for every endpoint: they document the JSON in /docs and /openapi.json.

Every model allows extra fields and routes serialise with `exclude_unset`, so a response carries
exactly what the service returned (the DESIGN.md contract, extended freely), typed where known.
Fields a notice may lack (dates, sections, deadlines) are optional: unseen notices must not 500."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    code: str = Field(examples=["not_found"])
    message: str


class ErrorResponse(BaseModel):
    """The one error shape, with the HTTP status of the error."""

    error: ErrorDetail


class Deadline(Open):
    date: str | None = Field(None, description="ISO date; the last day when precision is coarser")
    precision: str | None = Field(
        None, description="day | month | quarter | year | lunar | relative (from the issue date)")
    text: str | None = Field(None, description="the deadline as written in the notice")


class MeetingRef(Open):
    id: str
    period: str | None = Field(None, description="YYYY-MM: the month the meeting reviewed")
    date: str | None = None
    title: str | None = None


class Named(Open):
    id: str
    name: str | None = None


class IndexProgress(Open):
    done: int = Field(description="meetings read into the search index so far")
    total: int = Field(description="meetings this build reads (new or changed since the last)")


class Health(Open):
    status: Literal["ok", "degraded"]
    problems: list[Literal["disk_full", "index_building"]] = []
    store: str
    meetings: int
    directives: int
    index_progress: IndexProgress | None = Field(
        None, description="while the search index is being built (problem index_building)")


class SearchResult(Open):
    id: str
    kind: Literal["directive", "finding", "passage"]
    text: str | None = None
    score: float
    meeting: MeetingRef | None = None
    section: str | None = None
    span: list[int | None] = Field(default_factory=list, description="[start, end) in the notice")
    lead: list[str] = Field(default_factory=list, description="lead agency names")
    support: list[str] = Field(default_factory=list, description="support agency names")
    projects: list[str] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    deadline: Deadline | None = None
    repeats: list[str] = Field(default_factory=list, description="earlier directives it repeats")
    task: str | None = Field(None, description="group=task: the task (cross-month chain) id")
    months: list[str] = Field(default_factory=list, description="group=task: its periods")
    occurrences: list[Open] = Field(default_factory=list,
                                    description="group=task: its directives {id, meeting, period}")
    grouped: list[str] = Field(default_factory=list,
                               description="group=task: other results of the task folded in")


class Evidence(Open):
    coverage: float = Field(description="idf-weighted share of the query's syllables in a top hit")
    cosine: float | None = Field(None, description="best e5 cosine of the query to a unit")


class QueryMarks(Open):
    words: list[str] = Field(description="the query's content words, marked wherever they occur")
    stop: list[str] = Field(description="its stop words (các, và…), marked only inside a run of "
                            "the query's words that holds a content word")


class SearchResponse(Open):
    query: str
    results: list[SearchResult]
    offset: int = Field(0, description="rank of the first result, from 0 (paging)")
    no_result: bool = Field(False, description="nothing matched well enough (see reason)")
    reason: str | None = Field(None, description="why there is no result")
    evidence: Evidence | None = Field(None, description="what no_result was decided on")
    marks: QueryMarks | None = None


class Agency(Open):
    id: str
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    kind: str | None = None


class AgencyList(Open):
    agencies: list[Agency]
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")


class AgencyOne(Open):
    agency: Agency


class Obligation(Open):
    id: str
    text: str | None = None
    role: Literal["lead", "support"]
    meeting: MeetingRef | None = None
    deadline: Deadline | None = None
    status: Literal["open", "overdue", "no_deadline"]
    thread: str | None = Field(None, description="id of the task thread, if it repeats")


class Obligations(Open):
    agency: Agency
    as_of: str
    obligations: list[Obligation]
    next_cursor: str | None = Field(None, description="`cursor` of the next page of "
                                    "`obligations`; null on the last")


class Project(Open):
    id: str
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)


class ProjectList(Open):
    projects: list[Project]
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")


class ProjectOne(Open):
    project: Project


class Occurrence(Open):
    id: str
    text: str | None = None
    meeting: MeetingRef | None = None
    lead: list[str] = Field(default_factory=list)
    deadline: Deadline | None = None


class Thread(Open):
    id: str
    meetings: int = Field(description="how many meetings the task appears in")
    first_seen: str | None = None
    last_seen: str | None = None
    occurrences: list[Occurrence] = Field(description="in date order")


class ProjectRepeated(Open):
    project: Project
    threads: list[Thread]
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")


class Theme(Open):
    id: str
    name: str | None = None
    description: str | None = None
    by_period: dict[str, int] = Field(default_factory=dict, description="paragraphs per month")


class ThemeList(Open):
    themes: list[Theme]
    pending: bool | None = Field(None, description="true: the counts are still being computed "
                                 "(no themes yet): ask again")
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")


class MeetingSummary(Open):
    id: str
    title: str | None = None
    period: str | None = None
    date: str | None = None
    kind: str | None = None
    chair: str | None = None
    directives: int | None = Field(None, description="number of directives")


class MeetingList(Open):
    meetings: list[MeetingSummary]
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")


class Paragraph(Open):
    """A directive or finding of the notice, with the /search result fields."""

    id: str
    section: str | None = None
    text: str | None = None
    order: int | None = None
    deadline: Deadline | None = None
    lead: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)
    projects: list[str] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)


class MeetingDetail(Open):
    id: str
    title: str | None = None
    period: str | None = None
    date: str | None = None
    directives: list[Paragraph]
    findings: list[Paragraph]
    passages: list[Paragraph] = Field(
        default_factory=list, description="the other body paragraphs and table rows")
    indicators: list[Open] = Field(default_factory=list)
    diff: Open | None = Field(None, description="new / repeated / disappeared vs the previous one")


class MeetingOne(Open):
    meeting: MeetingDetail
    marks: QueryMarks | None = Field(None, description="with `q`: the words to mark")


class Directive(Open):
    id: str
    kind: Literal["directive", "finding"]
    text: str | None = None
    section: str | None = None
    meeting: MeetingRef | None = None
    lead: list[Named] = Field(default_factory=list)
    support: list[Named] = Field(default_factory=list)
    projects: list[Named] = Field(default_factory=list)
    themes: list[Named] = Field(default_factory=list)
    deadline: Deadline | None = None


class DirectiveOne(Open):
    directive: Directive


class GraphNode(Open):
    id: str
    label: str = Field(description="Meeting, Directive, Finding, Agency, Project, Theme, ...")
    name: str | None = None
    period: str | None = Field(None, description="YYYY-MM of the meeting (meetings, paragraphs)")
    meeting: str | None = Field(None, description="id of the issuing meeting (paragraphs)")


class GraphEdge(Open):
    source: str
    target: str
    type: str


RelType = Literal["ISSUED", "NEXT", "ASSIGNED_TO", "CONCERNS", "ABOUT", "REPEATS", "REPORTED",
                  "CITES", "SUCCEEDED_BY"]  # graph.schema.REL_TYPES, as a type for the `rel` filter


class GraphRelation(Open):
    type: str
    count: int


class Graph(Open):
    centre: str | None = Field(None, description="id of the node the neighbourhood is around")
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    total: int | None = Field(None, description="the centre's relationships (of type `rel`), "
                                                "depth 1: how many a limited answer leaves out")
    relations: list[GraphRelation] | None = Field(
        None, description="the centre's relationships counted by type, most first (depth 1)")


class IngestReport(Open):
    source: str
    meeting_id: str
    period: str
    status: Literal["created", "unchanged", "replaced"]
    directives: int
    findings: int
    agencies: int
    projects: int
    deadlines: int
    repeats: int
    unclassified: int = 0  # body paragraphs the parser could not classify
    passages: int = 0  # body paragraphs and rows searchable as passages


class Deleted(Open):
    deleted: str


ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorResponse, "description": text}
    for status, text in ((404, "unknown id or name"), (422, "invalid parameter"),
                         (503, "store unavailable or writes disabled"))
}
WRITE_ERRORS: dict[int | str, dict[str, object]] = {
    **ERRORS,
    **{status: {"model": ErrorResponse, "description": text}
       for status, text in ((401, "missing X-API-Key"), (403, "wrong X-API-Key"),
                            (413, "upload too large"))},
}
