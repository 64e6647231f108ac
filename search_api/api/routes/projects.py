"""Projects: list, one (id or folded name), and its repeated directives across months."""

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from graph.read import lists
from search_api.api.deps import ServiceDep
from search_api.api.errors import BadRequest
from search_api.api.paging import (
    MAX_LIMIT,
    ListPageDep,
    PageDep,
    decode_cursor,
    encode_cursor,
    paged,
)
from search_api.api.schemas.core import ERRORS, ProjectList, ProjectOne, ProjectRepeated
from search_api.api.schemas.tasks import ProjectTasks
from search_api.crossmonth import project_page

router = APIRouter(prefix="/projects", tags=["projects"])


@router.get("", response_model=ProjectList,
            response_model_exclude_unset=True, responses=ERRORS)
def projects(service: ServiceDep, page: PageDep) -> dict[str, Any]:
    found = lists.page_projects(service.store, page.after, page.limit)
    return {"projects": found.rows, "next_cursor": encode_cursor(found.after)}


@router.get("/{project_id}", response_model=ProjectOne,
            response_model_exclude_unset=True, responses=ERRORS)
def project(project_id: str, service: ServiceDep, as_of: date | None = None) -> dict[str, Any]:
    """The project, and (`tasks`) every task about it as of the date, repeated or not."""
    return {"project": service.project(project_id),
            "tasks": service.project_tasks(project_id, as_of)["tasks"]}


@router.get("/{project_id}/tasks", response_model=ProjectTasks,
            response_model_exclude_unset=True, responses=ERRORS)
def tasks(project_id: str, service: ServiceDep, as_of: date | None = None,
          sort: Literal["first_seen", "last_seen", "repeated"] = "first_seen",
          limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT)] = None,
          cursor: Annotated[str | None, Query(max_length=2048)] = None) -> dict[str, Any]:
    """The project's tasks with their history, in the order `sort` (first seen first, last seen
    first-to-latest, or the most repeated first); `limit` a page (none: every task) continued by
    `next_cursor`; `total` and `repeated_tasks` count the whole list."""
    after = decode_cursor(cursor)
    if after is not None and after[0] != sort:
        raise BadRequest("cursor không hợp lệ: dùng next_cursor của trang trước")
    body = project_page.project_page(service, project_id, as_of or date.today(), sort, limit,
                                     after[1:] if after else None)
    return {**body, "next_cursor": encode_cursor(body.pop("next_cursor_key"))}


@router.get("/{project_id}/repeated", response_model=ProjectRepeated,
            response_model_exclude_unset=True, responses=ERRORS)
def repeated(project_id: str, service: ServiceDep, page: ListPageDep) -> dict[str, Any]:
    return paged(service.project_repeated(project_id), "threads", page)
