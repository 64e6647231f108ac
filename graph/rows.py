"""The shapes graph/read returns to its callers: one TypedDict per read whose columns its Cypher
fixes (the RETURN clause beside it names the same keys; tests/integration/graph/test_rows.py
checks every one against the real engines). They type the graph -> search_api boundary under
mypy --strict without copying a row: a read answers thousands of rows per request at scale, and
the API's pydantic schemas (search_api/api/schemas/) validate what leaves over HTTP.

Reads that answer a node's stored properties (a meeting, an agency, a project: open by schema,
grown by migrations) stay `Row` and are typed by those schemas at the edge."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, NotRequired, TypedDict

# A date as the engine returns it: `neo4j.time.Date` (both engines over Bolt) or an ISO string
# where a read converts it (`graph.read.units.plain`).
Temporal = Any


class Named(TypedDict):
    id: str
    name: str


def ids(named: Sequence[Named]) -> list[str]:
    return [x["id"] for x in named]


def names(named: Sequence[Named]) -> list[str]:
    return [x["name"] for x in named]


class DeadlineCols(TypedDict):
    date: str
    precision: str | None
    text: str | None


class MeetingRef(TypedDict):
    id: str
    period: str | None
    date: str | None
    title: str | None


class UnitRow(TypedDict):
    """A directive, finding or passage with its meeting, agencies by role, projects, themes,
    deadline and embedding (`graph.read.units.units_of_meetings`)."""

    id: str
    kind: Literal["directive", "finding", "passage"]
    finding_kind: str | None
    text: str | None
    section: str | None
    headings: list[str]
    span: list[int | None]
    order: int | None
    meeting: MeetingRef
    lead: list[Named]
    support: list[Named]
    projects: list[Named]
    themes: list[Named]
    deadline: DeadlineCols | None
    embedding: NotRequired[list[float] | None]


class ProvinceMeeting(TypedDict):
    id: str
    province: str | None
    period: str | None
    date: Temporal
    sha: str


class ProvinceDirective(TypedDict):
    """What linking compares of a directive."""

    id: str
    text: str
    embedding: list[float] | None
    meeting: str
    period: str | None
    lead: list[str]  # agency ids
    projects: list[str]  # project ids


class DeadlineColumns(TypedDict):
    """A directive's deadline as its three stored columns."""

    deadline_date: Temporal
    deadline_precision: str | None
    deadline_text: str | None


class ThreadRow(DeadlineColumns):
    id: str
    text: str
    meeting_id: str
    period: str | None
    meeting_date: Temporal
    title: str | None
    lead: list[str]  # agency names


class ThemeTrendRow(TypedDict):
    id: str
    name: str
    description: str | None
    period: str | None
    meetings: int
    n: int


class DirectiveRepeats(TypedDict):
    id: str
    repeats: list[str]


class FindingRow(TypedDict):
    """A finding where a done report is looked for."""

    id: str
    text: str
    meeting: str
    period: str | None
    date: Temporal
    projects: list[str]


class TaskState(TypedDict):
    """A directive as linking left it."""

    id: str
    task: str | None
    report: str | None
    report_date: Temporal
    earlier: list[str]


class Occurrence(DeadlineColumns):
    """One directive of a task, with its meeting, deadline, done report, lead and support."""

    id: str
    task: str | None
    text: str
    section: str | None
    meeting_id: str
    period: str | None
    meeting_date: Temporal
    title: str | None
    done_report: str | None
    done_report_date: Temporal
    lead: list[str]  # agency names
    support: list[str]


class LinkRow(TypedDict):
    """A REPEATS edge (a continues b) with its evidence."""

    a: str
    b: str
    cosine: float | None
    score: float | None
    containment: float | None
    shared: list[str] | None
    same_lead: bool | None
    same_project: bool | None


class MarkRow(TypedDict):
    """A task mark of the audit trail."""

    key: str
    task: str
    state: str
    who: str
    at: str
    note: str | None


class VersionRow(TypedDict):
    """A kept version of a meeting's notice."""

    sha256: str
    source: str | None
    period: str | None
    stored_at: str | None
    directives: int | None
    findings: int | None


class AgencyDirective(DeadlineColumns):
    """A directive assigned to an agency (the obligations view's raw row; dates as ISO text)."""

    id: str
    text: str
    section: str | None
    order: int | None
    meeting_id: str
    period: str | None
    meeting_date: str | None
    agency_id: str
    agency_name: str
    role: str


class DirectiveFlags(TypedDict):
    """A directive's id, task (its own id when never linked), whether it has a deadline and its
    date."""

    id: str
    task: str
    dated: bool
    deadline: str | None  # ISO (read through `units.plain`)


class TaskKey(TypedDict):
    """A directive's task (its own id when never linked) and its meeting's month and date: what
    orders and pages a project's tasks without reading their text."""

    id: str
    task: str
    period: str | None
    date: Temporal


class ProjectTaskKey(TaskKey):
    """A TaskKey of a directive about a project, and whether its task may hold other ones."""

    chained: bool


class StateKey(TypedDict):
    """What a task's state needs of one of its directives, no text (dates as ISO text): the
    agency page's filters, counts and sorts."""

    id: str
    task: str
    meeting_id: str
    period: str | None
    date: str | None
    deadline_date: str | None
    done_report: str | None
    done_report_date: str | None


class AgencyTaskKey(StateKey):
    """A StateKey of a directive assigned to an agency: its role, the agency it names (the page's
    agency or a predecessor), and whether its task may hold other directives."""

    role: str
    agency_id: str
    chained: bool


class MeetingMonth(TypedDict):
    """A meeting's id, month, date, title and province (the landing's recent meetings)."""

    id: str
    period: str | None
    date: str | None  # ISO (read through `units.plain`)
    title: str | None
    province: str | None


class UnitDigest(TypedDict):
    """A unit of the landing's latest meeting: directive or not, dated or not, the names of its
    lead agencies and of its projects."""

    id: str
    directive: bool
    dated: bool
    leads: list[str]
    projects: list[str]


class ProvinceCount(TypedDict):
    province: str | None
    meetings: int


class Assignee(TypedDict):
    """An agency a directive is assigned to, with its role."""

    id: str  # the directive
    agency: str
    name: str
    role: str


class Succession(TypedDict):
    """An agency (`id`) renamed or merged into `successor`."""

    id: str
    successor: str
    name: str


class MeetingVersion(TypedDict):
    """A meeting's stored notice version, jurisdiction and period (a discovered-theme window's
    choice and fingerprint)."""

    id: str
    sha: str
    province: str | None
    period: str | None


class WindowDirective(TypedDict):
    """A directive with its vector, for clustering (discovered themes)."""

    id: str
    text: str
    embedding: list[float] | None
    meeting: str
    period: str | None
    province: str | None
    themes: list[str]


class TaskMember(TypedDict):
    """One directive of a task, where and when (search's `group=task`)."""

    id: str
    meeting: str
    period: str | None
