"""Agencies: list, one (id or folded name), its obligations as of a date, its repeated tasks."""

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter

from graph.read import lists
from search_api.api.deps import ServiceDep
from search_api.api.paging import ListPageDep, PageDep, encode_cursor, paged
from search_api.api.schemas.core import ERRORS, AgencyList, AgencyOne
from search_api.api.schemas.crossmonth import AgencyRepeated
from search_api.api.schemas.tasks import TaskObligations, TaskState

router = APIRouter(prefix="/agencies", tags=["agencies"])


@router.get("", response_model=AgencyList,
            response_model_exclude_unset=True, responses=ERRORS)
def agencies(service: ServiceDep, page: PageDep) -> dict[str, Any]:
    found = lists.page_agencies(service.store, page.after, page.limit)
    return {"agencies": found.rows, "next_cursor": encode_cursor(found.after)}


@router.get("/{agency_id}", response_model=AgencyOne,
            response_model_exclude_unset=True, responses=ERRORS)
def agency(agency_id: str, service: ServiceDep) -> dict[str, Any]:
    return {"agency": service.agency(agency_id)}


@router.get("/{agency_id}/obligations", response_model=TaskObligations,
            response_model_exclude_unset=True, responses=ERRORS)
def obligations(agency_id: str, service: ServiceDep, page: ListPageDep, as_of: date | None = None,
                role: Literal["lead", "support"] | None = None, state: TaskState | None = None,
                since: str | None = None, until: str | None = None,
                sort: Literal["first_seen", "last_seen", "deadline", "repeated"] = "first_seen",
                ) -> dict[str, Any]:
    """Paragraphs assigned to the agency (or a predecessor) and the tasks behind them, a task
    counted once; `state` filters tasks, `since`/`until` (YYYY-MM) the paragraphs' periods,
    `sort` orders the tasks; `limit`/`cursor` page the paragraphs (`obligations`)."""
    return paged(service.obligations(agency_id, as_of, role, state, since, until, sort),
                 "obligations", page)


@router.get("/{agency_id}/repeated", response_model=AgencyRepeated,
            response_model_exclude_unset=True, responses=ERRORS)
def repeated(agency_id: str, service: ServiceDep, page: ListPageDep) -> dict[str, Any]:
    return paged(service.agency_repeated(agency_id), "threads", page)
