"""Health: engine, counts, model."""

from typing import Any

from fastapi import APIRouter

from search_api.api.deps import ServiceDep
from search_api.api.schemas.core import ERRORS, Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health,
            response_model_exclude_unset=True, responses=ERRORS)
def health(service: ServiceDep) -> dict[str, Any]:
    return service.health()
