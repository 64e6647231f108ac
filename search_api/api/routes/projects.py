"""Projects: list, one (id or folded name), and its repeated directives across months."""

from datetime import date
from typing import Any

from fastapi import APIRouter

from graph.read import lists
from search_api.api.deps import ServiceDep
from search_api.api.paging import ListPageDep, PageDep, encode_cursor, paged
from search_api.api.schemas.core import ERRORS, ProjectList, ProjectOne, ProjectRepeated
from search_api.api.schemas.tasks import ProjectTasks

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
def tasks(project_id: str, service: ServiceDep, page: ListPageDep,
          as_of: date | None = None) -> dict[str, Any]:
    return paged(service.project_tasks(project_id, as_of), "tasks", page)


@router.get("/{project_id}/repeated", response_model=ProjectRepeated,
            response_model_exclude_unset=True, responses=ERRORS)
def repeated(project_id: str, service: ServiceDep, page: ListPageDep) -> dict[str, Any]:
    return paged(service.project_repeated(project_id), "threads", page)
