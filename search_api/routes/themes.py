"""Themes with their counts per period (for the explorer's chart)."""

from typing import Any

from fastapi import APIRouter

from search_api.deps import ServiceDep
from search_api.schemas import ERRORS, ThemeList

router = APIRouter(prefix="/themes", tags=["themes"])


@router.get("", response_model=ThemeList,
            response_model_exclude_unset=True, responses=ERRORS)
def themes(service: ServiceDep) -> dict[str, Any]:
    return {"themes": service.themes()}
