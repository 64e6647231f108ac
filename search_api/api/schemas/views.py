"""Response models of the explorer's own views: the agency task list, the overview."""

from __future__ import annotations

from pydantic import Field

from search_api.api.schemas.core import Agency, Deadline, MeetingRef, Open


class LineageStep(Open):
    id: str = Field(description="the body merged or renamed away")
    name: str
    into: str = Field(description="the body it went into")
    into_name: str
    since: str | None = Field(None, description="first day under the new body (ISO date)")


class TaskRow(Open):
    id: str = Field(description="the task id (its first directive)")
    text: str | None = Field(None, description="the latest occurrence's text")
    state: str
    role: str = Field(description="lead when any of the agency's paragraphs of it says lead")
    deadline: Deadline | None = None
    meeting: MeetingRef | None = Field(None, description="the latest occurrence's meeting")
    directive: str = Field(description="the latest occurrence's id")
    first_seen: str
    last_seen: str
    meetings: int = Field(description="thread length: meetings the task appears in")
    repeated: int
    deadline_moves: int
    projects: list[str] = Field(default_factory=list)
    lead: list[str] = Field(default_factory=list)
    inherited_from: list[str] = Field(default_factory=list, description="predecessor agencies "
                                      "the agency's paragraphs of it were addressed to")
    carried_by: list[str] = Field(default_factory=list)


class AgencyTaskList(Open):
    agency: Agency
    as_of: str
    counts: dict[str, int] = Field(default_factory=dict, description="tasks per state (of the "
                                   "tasks the other filters keep: every state's count filters)")
    roles: dict[str, int] = Field(default_factory=dict, description="tasks per role, lead or "
                                  "support (of the tasks the other filters keep)")
    total: int | None = Field(None, description="the tasks these filters keep, every page")
    sort: str | None = Field(None, description="the order of `tasks`")
    lineage: list[LineageStep] = Field(default_factory=list)
    tasks: list[TaskRow]
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")


class TaskBrief(Open):
    id: str
    text: str | None = None
    state: str
    lead: list[str] = Field(default_factory=list)
    deadline: Deadline | None = None
    directive: str
    meeting: MeetingRef | None = None
    first_seen: str
    last_seen: str
    repeated: int


class Count(Open):
    name: str


class AgencyOverdue(Count):
    id: str | None = Field(None, description="the agency (its page lists these tasks: state "
                                             "overdue, last seen from `since`)")
    overdue: int = Field(description="its overdue tasks: latest occurrence assigned to it "
                                     "(lead or support) or to a predecessor")
    lead: int | None = Field(None, description="of which it leads the latest occurrence")


class RecentMeeting(Open):
    id: str
    period: str | None = None
    date: str | None = None
    title: str | None = None
    province: str | None = None


class LatestMeeting(Open):
    id: str
    title: str | None = None
    period: str | None = None
    date: str | None = None
    directives: int
    findings: int
    deadlines: int
    leads: list[Count] = Field(default_factory=list, description="lead agencies by directives")
    projects: list[Count] = Field(default_factory=list)


class Overview(Open):
    as_of: str
    meetings: int
    tasks: int = Field(description="tasks of the window's meetings")
    province: str | None = Field(None, description="the province asked for, as stored")
    provinces: list[str] = Field(default_factory=list, description="every province stored")
    since: str | None = Field(None, description="the window: meetings held by `as_of` in the "
                                                "months of the latest 12, from this month on")
    recent_meetings: list[RecentMeeting] = Field(default_factory=list,
                                                 description="the window's meetings, latest first")
    due_this_week: list[TaskBrief]
    due_this_month: list[TaskBrief]
    overdue_by_agency: list[AgencyOverdue]
    most_repeated: list[TaskBrief]
    latest_meeting: LatestMeeting | None = None
