"""Agencies: list, one (id or folded name), and its obligations as of a date."""

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter

from search_api.deps import ServiceDep

router = APIRouter(prefix="/agencies", tags=["agencies"])


@router.get("")
def agencies(service: ServiceDep) -> dict[str, Any]:
    return {"agencies": service.agencies()}


@router.get("/{agency_id}")
def agency(agency_id: str, service: ServiceDep) -> dict[str, Any]:
    return {"agency": service.agency(agency_id)}


@router.get("/{agency_id}/obligations")
def obligations(agency_id: str, service: ServiceDep, as_of: date | None = None,
                role: Literal["lead", "support"] | None = None) -> dict[str, Any]:
    return service.obligations(agency_id, as_of, role)
