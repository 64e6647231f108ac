"""Response and request models of the task endpoints (issue 18): a task is a chain of
directives of successive meetings (docs/cross-month.md); shared models come from `schemas`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from search_api.api.schemas.core import Deadline, MeetingRef, Obligations, Open, Project

TaskState = Literal["open", "overdue", "superseded", "reported_done", "done", "no_deadline",
                    "recurring"]


class DeadlineMove(Open):
    from_: str = Field(alias="from", description="the earlier deadline date")
    to: str
    period: str | None = None
    directive: str = Field(description="the occurrence that moved it")


class Reassignment(Open):
    from_: list[str] = Field(alias="from", description="lead agencies before")
    to: list[str]
    period: str | None = None
    directive: str


class DoneReport(Open):
    finding: str = Field(description="id of the later finding reporting the task completed")
    date: str | None = None


class Mark(Open):
    task: str
    state: Literal["done", "reopened"]
    who: str
    at: str = Field(description="when the mark was made (UTC, ISO 8601)")
    note: str = ""
    seq: int = Field(description="1, 2, ... per task: the audit trail's order")


class LinkEvidence(Open):
    directive: str = Field(description="the earlier occurrence this one continues")
    score: float | None = Field(None, description="the link's score (threshold 1.04)")
    cosine: float | None = Field(None, description="e5 cosine of the two passages")
    containment: float | None = Field(None, description="share of the smaller side's content "
                                                        "bigrams the two share")
    shared: list[str] = Field(default_factory=list, description="the shared content bigrams "
                                                                "(folded)")
    same_lead: bool | None = Field(None, description="null when one side names no lead")
    same_project: bool | None = None


class TaskOccurrence(Open):
    id: str
    text: str | None = None
    section: str | None = None
    meeting: MeetingRef | None = None
    lead: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)
    deadline: Deadline | None = None
    state: str = Field(description="superseded when a later occurrence exists, else by deadline")
    reported_done: DoneReport | None = None
    continues: LinkEvidence | None = Field(None, description="why it is the same task")


class Task(Open):
    id: str = Field(description="the id of the task's first directive (stable across re-ingests)")
    state: TaskState
    first_seen: str
    last_seen: str
    meetings: int
    repeated: int = Field(description="times repeated after its first occurrence")
    lead: list[str] = Field(default_factory=list, description="of the latest occurrence")
    support: list[str] = Field(default_factory=list)
    deadline: Deadline | None = None
    deadline_history: list[DeadlineMove] = Field(default_factory=list)
    reassigned: list[Reassignment] = Field(default_factory=list)
    done: Mark | None = None
    reported_done: DoneReport | None = None
    carried_by: list[str] | None = Field(None, description="(obligations) the lead agencies "
                                                           "a later meeting gave the task to")
    occurrences: list[TaskOccurrence]


class TaskOne(Open):
    as_of: str
    task: Task


class ProjectTasks(Open):
    project: Project
    as_of: str
    tasks: list[Task] = Field(description="the tasks about the project (a page where `limit` "
                                          "is given), in the order `sort`")
    sort: str = "first_seen"
    total: int | None = Field(None, description="tasks about the project, all pages")
    repeated_tasks: int | None = Field(None, description="of which repeated at least once")
    next_cursor: str | None = Field(None, description="the next page's `cursor` (none: the end)")


class TaskObligations(Obligations):
    lineage: list[str] = Field(default_factory=list, description="ids of the agency's "
                                                                 "predecessors (renames, mergers)")
    tasks: list[Task] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict, description="tasks per state")


class MarkRequest(BaseModel):
    who: str = Field(min_length=1, max_length=200, description="who marks the task")
    note: str = Field("", max_length=2000)


class Marks(Open):
    task: str
    marks: list[Mark]
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")


class AllMarks(Open):
    marks: list[Mark] = Field(description="every mark, by task then in the order made")
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")
