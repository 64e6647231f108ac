"""Meetings: the list by period, and one meeting with its directives and month-to-month diff."""

from typing import Any

from fastapi import APIRouter

from search_api.deps import ServiceDep

router = APIRouter(prefix="/meetings", tags=["meetings"])


@router.get("")
def meetings(service: ServiceDep) -> dict[str, Any]:
    return {"meetings": service.meetings()}


@router.get("/{meeting_id}")
def meeting(meeting_id: str, service: ServiceDep) -> dict[str, Any]:
    return {"meeting": service.meeting(meeting_id)}
