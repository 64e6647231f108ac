"""Themes with their counts per period (for the explorer's chart)."""

from typing import Any

from fastapi import APIRouter

from search_api.deps import ServiceDep

router = APIRouter(prefix="/themes", tags=["themes"])


@router.get("")
def themes(service: ServiceDep) -> dict[str, Any]:
    return {"themes": service.themes()}
