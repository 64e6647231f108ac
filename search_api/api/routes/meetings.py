"""Meetings: the list by period, and one meeting with its directives and month-to-month diff."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from graph.read import lists, views
from search_api.api.deps import ServiceDep
from search_api.api.paging import PageDep, encode_cursor
from search_api.api.schemas.core import ERRORS, MeetingList, MeetingOne
from search_api.search.highlight import query_marks

router = APIRouter(prefix="/meetings", tags=["meetings"])


@router.get("", response_model=MeetingList,
            response_model_exclude_unset=True, responses=ERRORS)
def meetings(service: ServiceDep, page: PageDep) -> dict[str, Any]:
    found = lists.page_meetings(service.store, page.after, page.limit)
    return {"meetings": found.rows, "next_cursor": encode_cursor(found.after)}


@router.get("/{meeting_id}", response_model=MeetingOne,
            response_model_exclude_unset=True, responses=ERRORS)
def meeting(meeting_id: str, service: ServiceDep,
            q: Annotated[str | None, Query(max_length=500)] = None) -> dict[str, Any]:
    """`q`: a search's words, returned as `marks` (content words and stop words apart)."""
    body = {"meeting": views.meeting_with_context(service.store, service.meeting(meeting_id))}
    return {**body, "marks": query_marks(q)} if q else body
