"""Tasks: one task as of a date, its audit trail of marks, and marking it done or reopened
(writes need the X-API-Key, as the documents routes)."""

from collections.abc import Mapping
from datetime import date
from typing import Any

from fastapi import APIRouter

from search_api.api.deps import ApiKeyDep, ServiceDep
from search_api.api.paging import ListPageDep, paged
from search_api.api.schemas.core import ERRORS, WRITE_ERRORS
from search_api.api.schemas.tasks import AllMarks, Mark, MarkRequest, Marks, TaskOne

router = APIRouter(prefix="/tasks", tags=["tasks"])


@router.get("/marks", response_model=AllMarks, responses=ERRORS)  # before /{task_id}
def all_marks(service: ServiceDep, page: ListPageDep) -> dict[str, Any]:
    """The audit trail of every mark (done / reopened) on any task: the export."""
    return paged(service.all_marks(), "marks", page, _mark_id)


@router.get("/{task_id}", response_model=TaskOne, response_model_exclude_unset=True,
            responses=ERRORS)
def task(task_id: str, service: ServiceDep, as_of: date | None = None) -> dict[str, Any]:
    return service.task(task_id, as_of)


@router.get("/{task_id}/marks", response_model=Marks, responses=ERRORS)
def marks(task_id: str, service: ServiceDep, page: ListPageDep) -> dict[str, Any]:
    return paged(service.task_marks(task_id), "marks", page, _mark_id)


def _mark_id(mark: Mapping[str, Any]) -> str:
    return f"{mark.get('task')}#{mark.get('seq')}"


@router.post("/{task_id}/done", status_code=201, response_model=Mark, responses=WRITE_ERRORS,
             dependencies=[ApiKeyDep])
def done(task_id: str, body: MarkRequest, service: ServiceDep) -> dict[str, Any]:
    return service.mark_task(task_id, "done", body.who, body.note)


@router.post("/{task_id}/reopen", status_code=201, response_model=Mark,
             responses=WRITE_ERRORS, dependencies=[ApiKeyDep])
def reopen(task_id: str, body: MarkRequest, service: ServiceDep) -> dict[str, Any]:
    return service.mark_task(task_id, "reopened", body.who, body.note)
